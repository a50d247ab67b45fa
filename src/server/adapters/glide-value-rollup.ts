/**
 * Benefit value rolled up onto the platform's projects and demands: the periods of their benefits (functional
 * currency, money benefits only, cancelled ones left out), the project's cost and start, and the x_itvc_value_*
 * columns written back. Plain GlideRecord/GlideAggregate: the roll-up is the app's own bookkeeping.
 */
import { GlideAggregate, GlideRecord, gs } from '@servicenow/glide'
import type { Cents, IsoDate, PeriodAmounts, ProjectValue } from '../core/index.ts'
import { formatCents, parseCents } from '../core/index.ts'
import { centsOf, PERIOD_TABLE, setChanged } from './glide-benefits.ts'

/** Most periods one roll-up reads (50 benefits with a 50-year monthly plan each). */
export const MAX_ROLLUP_PERIODS = 30000

/** The benefits that count towards money roll-ups, as a condition on the period table. */
export const VALUE_PERIODS = 'benefit.measure=currency^benefit.state!=cancelled'

/** Project columns the roll-up writes. */
export const PROJECT_VALUE_COLUMNS = {
    planned: 'x_itvc_value_planned_benefit',
    realised: 'x_itvc_value_realised_benefit',
    realisationPct: 'x_itvc_value_realisation_pct',
    roiPct: 'x_itvc_value_roi_pct',
    npv: 'x_itvc_value_npv',
    paybackMonths: 'x_itvc_value_payback_months',
    health: 'x_itvc_value_value_health',
} as const

/** Demand columns the roll-up writes. */
export const DEMAND_VALUE_COLUMNS = {
    planned: 'x_itvc_value_planned_benefit',
    realised: 'x_itvc_value_realised_benefit',
} as const

/** What a project's value depends on besides its benefits. */
export interface ProjectFacts {
    readonly sysId: string
    readonly cost: Cents | null
    readonly start: IsoDate | null
    readonly projectManager: string
}

/** A project's cost (the configured field) and planned start; `null` when there is no such project. */
export function readProjectFacts(projectId: string, costField: string): ProjectFacts | null {
    // The summary route calls this only for a project the caller may read (glide-benefit-summary.ts readScope).
    // system access: the roll-up rules need the cost and start of any project
    const gr = new GlideRecord('pm_project')
    if (!projectId || !gr.get(projectId)) return null
    return {
        sysId: projectId,
        cost: centsOf(gr, costField),
        start: (gr.getValue('start_date') ?? '').substring(0, 10) || null,
        projectManager: gr.getValue('project_manager') ?? '',
    }
}

/** The functional-currency periods of the money benefits linked to a project or demand. */
export function readValuePeriods(column: 'project' | 'demand', sysId: string): PeriodAmounts[] {
    const gr = new GlideRecord(PERIOD_TABLE)
    gr.addEncodedQuery(`benefit.${column}=${sysId}^${VALUE_PERIODS}`)
    gr.orderBy('period_end')
    gr.setLimit(MAX_ROLLUP_PERIODS)
    gr.query()
    const out: PeriodAmounts[] = []
    while (gr.next()) {
        out.push({
            end: gr.getValue('period_end') ?? '',
            planned: centsOf(gr, 'planned_functional') ?? 0,
            realised: centsOf(gr, 'realised_functional'),
        })
    }
    if (out.length >= MAX_ROLLUP_PERIODS) gs.warn(`${column} ${sysId}: value roll-up read only ${out.length} periods`)
    return out
}

/** Writes a project's value columns (only what changed); true when something was written. */
export function writeProjectValue(projectId: string, value: ProjectValue): boolean {
    const gr = new GlideRecord('pm_project')
    if (!gr.get(projectId)) return false
    const c = PROJECT_VALUE_COLUMNS
    const pct = (n: number | null): string => (n === null ? '' : n.toFixed(2))
    const changed = setChanged(gr, {
        [c.planned]: formatCents(value.planned),
        [c.realised]: formatCents(value.realised),
        [c.realisationPct]: value.health === 'not_measured' ? '' : pct(value.realisationPct),
        [c.roiPct]: pct(value.roiPct),
        [c.npv]: value.npv === null ? '' : formatCents(value.npv),
        [c.paybackMonths]: value.paybackMonths === null ? '' : String(value.paybackMonths),
        [c.health]: value.health,
    })
    return changed && gr.update() !== null
}

/** Σ planned and Σ realised (functional currency) of a demand's money benefits, by GlideAggregate. */
export function sumDemandBenefits(demandId: string): { readonly planned: Cents; readonly realised: Cents } {
    const agg = new GlideAggregate(PERIOD_TABLE)
    agg.addEncodedQuery(`benefit.demand=${demandId}^${VALUE_PERIODS}`)
    agg.addAggregate('SUM', 'planned_functional')
    agg.addAggregate('SUM', 'realised_functional')
    agg.query()
    const sum = (field: string): Cents => {
        const parsed = parseCents(agg.getAggregate('SUM', field))
        return parsed.ok ? (parsed.value ?? 0) : 0
    }
    return agg.next()
        ? { planned: sum('planned_functional'), realised: sum('realised_functional') }
        : { planned: 0, realised: 0 }
}

/** Writes a demand's benefit totals (only what changed); true when something was written. */
export function writeDemandTotals(demandId: string, planned: Cents, realised: Cents): boolean {
    const gr = new GlideRecord('dmn_demand')
    if (!demandId || !gr.get(demandId)) return false
    const changed = setChanged(gr, {
        [DEMAND_VALUE_COLUMNS.planned]: formatCents(planned),
        [DEMAND_VALUE_COLUMNS.realised]: formatCents(realised),
    })
    return changed && gr.update() !== null
}

/** The distinct projects or demands benefits are linked to (GlideAggregate groupBy; bounded). */
export function linkedRecords(column: 'project' | 'demand', limit: number): string[] {
    const agg = new GlideAggregate('x_itvc_value_benefit')
    agg.addNotNullQuery(column)
    agg.addAggregate('COUNT', column)
    agg.groupBy(column)
    agg.query()
    const out: string[] = []
    while (agg.next() && out.length < limit) out.push(agg.getValue(column) ?? '')
    return out.filter(Boolean)
}

/**
 * Points every benefit of a demand at the project the demand became (the same records: no copies; they keep their
 * demand). The benefit rules roll the old and new project up. Returns how many moved.
 */
export function repointBenefits(demandId: string, projectId: string): number {
    const gr = new GlideRecord('x_itvc_value_benefit')
    gr.addEncodedQuery(`demand=${demandId}^projectISEMPTY^ORproject!=${projectId}`)
    gr.setLimit(500)
    gr.query()
    let moved = 0
    while (gr.next()) {
        gr.setValue('project', projectId)
        if (gr.update() !== null) moved++
    }
    return moved
}

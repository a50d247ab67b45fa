/**
 * What the summary route reads, for the calling user: the project, demand or portfolio asked about, and its benefits
 * and their periods through GlideRecordSecure (rows the user may not read are left out).
 */
import { GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import type { Cents, LabelledPeriod } from '../core/index.ts'
import { BENEFIT_TABLE, centsOf, PERIOD_TABLE } from './glide-benefits.ts'

/** What a summary is about. */
export type ScopeKind = 'project' | 'demand' | 'portfolio'

/** Most benefits one summary reads. */
export const MAX_SUMMARY_BENEFITS = 500

/** Most periods one summary reads. */
export const MAX_SUMMARY_PERIODS = 30000

const SCOPE_TABLES: Readonly<Record<ScopeKind, string>> = {
    project: 'pm_project',
    demand: 'dmn_demand',
    portfolio: 'pm_portfolio',
}

/** The benefits of a scope: a portfolio's are those of its projects and of its demands not converted yet. */
function benefitQuery(kind: ScopeKind, sysId: string): string {
    if (kind === 'portfolio') return `project.primary_portfolio=${sysId}^NQprojectISEMPTY^demand.portfolio=${sysId}`
    return `${kind}=${sysId}`
}

/** The record a summary is about: whether it exists, and its name when the user may read it. */
export interface ScopeRecord {
    readonly exists: boolean
    readonly readable: boolean
    readonly number: string
    readonly name: string
}

export function readScope(kind: ScopeKind, sysId: string): ScopeRecord {
    const table = SCOPE_TABLES[kind]
    // A record the caller may not read gives neither its number nor its name: the summary then holds only the
    // benefits the caller may read.
    // system access: whether the sys_id exists at all (else 404)
    const exists = new GlideRecord(table)
    if (!/^[0-9a-f]{32}$/.test(sysId) || !exists.get(sysId))
        return { exists: false, readable: false, number: '', name: '' }
    const secure = new GlideRecordSecure(table)
    if (!secure.get(sysId)) return { exists: true, readable: false, number: '', name: '' }
    return {
        exists: true,
        readable: true,
        number: kind === 'portfolio' ? '' : (secure.getValue('number') ?? ''),
        name: (kind === 'portfolio' ? secure.getValue('name') : secure.getValue('short_description')) ?? '',
    }
}

/** A benefit as the summary lists it (amounts in its own currency and unit). */
export interface SummaryBenefit {
    readonly sysId: string
    readonly number: string
    readonly shortDescription: string
    readonly state: string
    readonly type: string
    readonly measure: string
    readonly currency: string
    readonly owner: string
    readonly project: string
    readonly demand: string
    readonly plannedTotal: Cents | null
    readonly realisedTotal: Cents | null
    readonly realisationPct: number | null
}

export function readScopeBenefits(kind: ScopeKind, sysId: string): SummaryBenefit[] {
    const gr = new GlideRecordSecure(BENEFIT_TABLE)
    gr.addEncodedQuery(`${benefitQuery(kind, sysId)}^ORDERBYnumber`)
    gr.setLimit(MAX_SUMMARY_BENEFITS)
    gr.query()
    const out: SummaryBenefit[] = []
    while (gr.next()) {
        const pct = gr.getValue('realisation_pct')
        out.push({
            sysId: gr.getUniqueValue(),
            number: gr.getValue('number') ?? '',
            shortDescription: gr.getValue('short_description') ?? '',
            state: gr.getValue('state') ?? '',
            type: gr.getValue('type') ?? '',
            measure: gr.getValue('measure') ?? 'currency',
            currency: gr.getValue('currency') ?? '',
            owner: gr.getValue('owner') ?? '',
            project: gr.getValue('project') ?? '',
            demand: gr.getValue('demand') ?? '',
            plannedTotal: centsOf(gr, 'planned_total'),
            realisedTotal: centsOf(gr, 'realised_total'),
            realisationPct: pct === null || pct === '' ? null : Number(pct),
        })
    }
    return out
}

/** A period of a listed benefit, in the functional currency. */
export interface SummaryPeriod extends LabelledPeriod {
    readonly benefit: string
}

/** The functional-currency periods of the given benefits that the user may read. */
export function readSummaryPeriods(benefitIds: readonly string[]): SummaryPeriod[] {
    const out: SummaryPeriod[] = []
    for (let i = 0; i < benefitIds.length && out.length < MAX_SUMMARY_PERIODS; i += 100) {
        const gr = new GlideRecordSecure(PERIOD_TABLE)
        gr.addQuery('benefit', 'IN', benefitIds.slice(i, i + 100).join(','))
        gr.orderBy('period_start')
        gr.setLimit(MAX_SUMMARY_PERIODS - out.length)
        gr.query()
        while (gr.next()) {
            out.push({
                benefit: gr.getValue('benefit') ?? '',
                label: gr.getValue('period_label') ?? '',
                start: gr.getValue('period_start') ?? '',
                end: gr.getValue('period_end') ?? '',
                planned: centsOf(gr, 'planned_functional') ?? 0,
                realised: centsOf(gr, 'realised_functional'),
            })
        }
    }
    return out
}

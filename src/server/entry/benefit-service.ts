/**
 * The benefit-tracking use cases the rules, the job, the UI action and the routes share (not bound by metadata
 * itself): refresh a benefit from its periods, roll value up onto projects and demands, generate a plan, record
 * actuals, summarise. Each reads through the adapters, computes with the core and writes through the adapters.
 */
import type { Conversion, IsoDate, PlanChanges, Result, SeriesPoint } from '../core/index.ts'
import {
    benefitState,
    benefitTotals,
    checkBenefit,
    checkPeriod,
    checkPeriodInRange,
    convert,
    formatCents,
    generatePlan,
    parseActuals,
    parsePlanFields,
    periodSeries,
    projectValue,
    valueHealth,
} from '../core/index.ts'
import type { BenefitConfig } from '../adapters/glide-benefit-config.ts'
import type { BenefitFacts } from '../adapters/glide-benefits.ts'
import {
    benefitFacts,
    findBenefit,
    periodClash,
    ratesFor,
    readPeriods,
    writeBenefitTotals,
} from '../adapters/glide-benefits.ts'
import type { ScopeKind } from '../adapters/glide-benefit-summary.ts'
import { readScope, readScopeBenefits, readSummaryPeriods } from '../adapters/glide-benefit-summary.ts'
import type { ActualOutcome, PlanOutcome } from '../adapters/glide-benefit-writes.ts'
import { applyPlan, recordActuals, writePlanFields } from '../adapters/glide-benefit-writes.ts'
import {
    readProjectFacts,
    readValuePeriods,
    sumDemandBenefits,
    writeDemandTotals,
    writeProjectValue,
} from '../adapters/glide-value-rollup.ts'

const notFound = <T>(sysId: string): Result<T> => ({
    ok: false,
    error: { code: 'BENEFIT.NOT_FOUND', message: `No benefit ${sysId} that you may read` },
})

/** Recomputes a benefit's totals and state from its periods; true when something changed. */
export function refreshBenefit(benefitId: string, config: BenefitConfig, asOf: IsoDate): boolean {
    const record = findBenefit(benefitId)
    if (!record) return false
    const periods = readPeriods(benefitId)
    const totals = benefitTotals(periods, asOf, config.settings.atRiskThresholdPct)
    const state = benefitState({
        current: benefitFacts(record).state,
        periodCount: periods.length,
        lastPeriodEnd: periods.length ? (periods[periods.length - 1]?.end ?? null) : null,
        totals,
        asOf,
    })
    return writeBenefitTotals(benefitId, totals, state)
}

/** Recomputes a project's value columns from its money benefits; true when something changed. */
export function rollUpProject(projectId: string, config: BenefitConfig, asOf: IsoDate): boolean {
    const facts = readProjectFacts(projectId, config.costField)
    if (!facts) return false
    const value = projectValue({
        periods: readValuePeriods('project', projectId),
        cost: facts.cost,
        projectStart: facts.start,
        asOf,
        discountRate: config.settings.discountRate,
        thresholdPct: config.settings.atRiskThresholdPct,
    })
    return writeProjectValue(projectId, value)
}

/** Recomputes a demand's planned and realised benefit; true when something changed. */
export function rollUpDemand(demandId: string): boolean {
    const sums = sumDemandBenefits(demandId)
    return writeDemandTotals(demandId, sums.planned, sums.realised)
}

/** A period's values checked against its benefit, with the conversions to store. */
export interface DerivedPeriod {
    readonly label: string
    readonly start: IsoDate
    readonly end: IsoDate
    readonly planned: Conversion | null
    readonly realised: Conversion | null
}

/**
 * The rules of a period being saved: valid label inside the benefit's range, amounts not negative, no other period
 * of the benefit with the label or overlapping dates, a rate for its currency (money benefits).
 */
export function derivePeriod(
    benefit: BenefitFacts,
    period: {
        readonly sysId: string
        readonly label: string | null
        readonly planned: string | null
        readonly realised: string | null
    },
    config: BenefitConfig
): Result<DerivedPeriod> {
    const checked = checkPeriod(period, { start: benefit.startDate, end: benefit.endDate }, config.fiscal)
    if (!checked.ok) return checked
    const { label, start, end } = checked.value.period
    const clash = periodClash(benefit.sysId, period.sysId, label, start, end)
    if (clash?.kind === 'duplicate') {
        return {
            ok: false,
            error: {
                code: 'BENEFIT.PERIOD_DUPLICATE',
                message: `${benefit.number} already has period ${label}`,
                field: 'period_label',
            },
        }
    }
    if (clash) {
        return {
            ok: false,
            error: {
                code: 'BENEFIT.PERIOD_OVERLAP',
                message: `${label} overlaps period ${clash.label} of ${benefit.number}`,
                field: 'period_label',
            },
        }
    }
    if (benefit.measure !== 'currency') return { ok: true, value: { label, start, end, planned: null, realised: null } }
    const planned = toFunctional(checked.value.planned, benefit, start, config)
    if (!planned.ok) return planned
    const realised =
        checked.value.realised === null ? null : toFunctional(checked.value.realised, benefit, start, config)
    if (realised && !realised.ok) return realised
    return {
        ok: true,
        value: { label, start, end, planned: planned.value, realised: realised ? realised.value : null },
    }
}

function toFunctional(cents: number, benefit: BenefitFacts, start: IsoDate, config: BenefitConfig): Result<Conversion> {
    const functional = config.settings.functionalCurrency
    const currency = benefit.currency || functional
    const rates = currency === functional ? [] : ratesFor(currency, start)
    return convert(cents, currency, start, rates, functional)
}

/** Saves the plan fields of a request body on a benefit, as the user; no fields, no write. */
export function savePlanFields(benefitId: string, body: unknown, config: BenefitConfig): Result<true> {
    const fields = parsePlanFields(body)
    if (!fields.ok) return fields
    const record = findBenefit(benefitId, true)
    if (!record) return notFound(benefitId)
    if (Object.keys(fields.value).length === 0) return { ok: true, value: true }
    const stored = benefitFacts(record)
    const checked = checkBenefit(
        {
            measure: stored.measure,
            currency: stored.currency,
            type: null,
            perspective: null,
            startDate: fields.value.startDate ?? stored.startDate,
            endDate: fields.value.endDate ?? stored.endDate,
            plannedTotal: formatCents(fields.value.plannedTotal ?? stored.plannedTotal),
        },
        config.settings.functionalCurrency
    )
    return checked.ok ? writePlanFields(record, fields.value) : checked
}

/** Plans a benefit's periods from its planned total, dates and period length, as the user (ACLs apply). */
export function planBenefit(
    benefitId: string,
    config: BenefitConfig
): Result<PlanOutcome & { readonly changes: PlanChanges }> {
    const record = findBenefit(benefitId, true)
    if (!record) return notFound(benefitId)
    const facts = benefitFacts(record)
    if (!facts.startDate || !facts.endDate) {
        return {
            ok: false,
            error: {
                code: 'BENEFIT.NO_RANGE',
                message: `${facts.number} needs a start and an end date to plan`,
                field: 'start_date',
            },
        }
    }
    const existing = readPeriods(benefitId, true).map((p) => ({
        label: p.label,
        planned: p.planned,
        measured: p.realised !== null,
    }))
    const changes = generatePlan(
        {
            total: facts.plannedTotal,
            start: facts.startDate,
            end: facts.endDate,
            granularity: facts.granularity,
            existing,
        },
        config.fiscal
    )
    if (!changes.ok) return changes
    const applied = applyPlan(benefitId, changes.value)
    return applied.ok ? { ok: true, value: { ...applied.value, changes: changes.value } } : applied
}

/**
 * Records the realised amounts of a request body for a benefit, as the user. The whole request is checked before
 * anything is written: the body, every period inside the benefit's range and free of overlaps, a rate for every
 * amount, the user's permissions.
 */
export function recordBenefitActuals(benefitId: string, body: unknown, config: BenefitConfig): Result<ActualOutcome[]> {
    const record = findBenefit(benefitId, true)
    if (!record) return notFound(benefitId)
    const benefit = benefitFacts(record)
    const actuals = parseActuals(body, config.fiscal)
    if (!actuals.ok) return actuals
    const known = new Map(readPeriods(benefitId, true).map((p) => [p.label.toUpperCase(), p]))
    for (const a of actuals.value) {
        const inRange = checkPeriodInRange(a.period, benefit.startDate, benefit.endDate)
        if (!inRange.ok) return inRange
        const stored = known.get(a.period.label)
        const planned = formatCents(stored?.planned ?? 0)
        const period = { sysId: stored?.sysId ?? '', label: a.period.label, planned, realised: formatCents(a.realised) }
        const derived = derivePeriod(benefit, period, config)
        if (!derived.ok) return derived
        const clash = actuals.value.find((b) => b !== a && !known.has(b.period.label) && overlaps(a.period, b.period))
        if (clash && !stored) {
            const message = `${a.period.label} and ${clash.period.label} overlap: record months or quarters, not both`
            return { ok: false, error: { code: 'BENEFIT.PERIOD_OVERLAP', message, field: 'actuals' } }
        }
    }
    return recordActuals(benefitId, actuals.value)
}

function overlaps(
    a: { readonly start: IsoDate; readonly end: IsoDate },
    b: { readonly start: IsoDate; readonly end: IsoDate }
): boolean {
    return a.start <= b.end && b.start <= a.end
}

/** Money as the routes show it: a number of currency units with at most two decimals. */
export function amount(cents: number | null): number | null {
    return cents === null ? null : cents / 100
}

/** The summary of a project, demand or portfolio for the calling user; `null` when there is no such record. */
export function benefitSummary(kind: ScopeKind, sysId: string, config: BenefitConfig, asOf: IsoDate): object | null {
    const scope = readScope(kind, sysId)
    if (!scope.exists) return null
    const benefits = readScopeBenefits(kind, sysId)
    const money = new Set(
        benefits.filter((b) => b.measure === 'currency' && b.state !== 'cancelled').map((b) => b.sysId)
    )
    const periods = readSummaryPeriods([...money])
    const threshold = config.settings.atRiskThresholdPct
    const totals = benefitTotals(periods, asOf, threshold)
    const project = kind === 'project' && scope.readable ? readProjectFacts(sysId, config.costField) : null
    const value = project
        ? projectValue({
              periods,
              cost: project.cost,
              projectStart: project.start,
              asOf,
              discountRate: config.settings.discountRate,
              thresholdPct: threshold,
          })
        : null
    return {
        scope: { type: kind, sys_id: sysId, number: scope.number, name: scope.name },
        currency: config.settings.functionalCurrency,
        as_of: asOf,
        totals: {
            planned: amount(totals.planned),
            realised: amount(totals.realised),
            planned_to_date: amount(totals.plannedToDate),
            realisation_pct: totals.realisationPct,
            variance: amount(totals.variance),
            measured_periods: totals.measuredCount,
        },
        health: valueHealth(totals.realisationPct, totals.measuredCount, threshold),
        value: value && {
            cost: amount(project?.cost ?? null),
            roi_pct: value.roiPct,
            npv: amount(value.npv),
            payback_months: value.paybackMonths,
        },
        series: periodSeries(periods).map(seriesPoint),
        benefits: benefits.map((b) => ({
            sys_id: b.sysId,
            number: b.number,
            short_description: b.shortDescription,
            state: b.state,
            type: b.type,
            measure: b.measure,
            currency: b.currency,
            in_totals: money.has(b.sysId),
            planned_total: amount(b.plannedTotal),
            realised_total: amount(b.realisedTotal),
            realisation_pct: b.realisationPct,
        })),
    }
}

function seriesPoint(p: SeriesPoint): object {
    return {
        period: p.period,
        start: p.start,
        end: p.end,
        planned: amount(p.planned),
        realised: amount(p.realised),
        variance: p.realised === null ? null : amount(p.realised - p.planned),
        measured: p.measured,
        periods: p.periods,
    }
}

/**
 * Benefit roll-up math over benefit periods: planned to date, realisation, variance, risk, and which periods are
 * overdue for measurement.
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { toDayNumber } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { percentOf } from './percent.ts'
import type { PeriodAmounts } from './types.ts'

/** Default of `x_itvc_value.at_risk_threshold_pct`. */
export const DEFAULT_AT_RISK_THRESHOLD_PCT = 80

/** Default of `x_itvc_value.measurement_grace_days`. */
export const DEFAULT_MEASUREMENT_GRACE_DAYS = 30

/** The roll-up of one benefit's periods at an as-of date. */
export interface BenefitTotals {
    /** Σ planned of every period. */
    readonly planned: Cents
    /** Σ realised of every measured period (a measurement counts even if its period has not ended yet). */
    readonly realised: Cents
    /** Σ planned of the periods ending on or before the as-of date. */
    readonly plannedToDate: Cents
    /** realised / plannedToDate × 100, 2 decimals, half away from zero; `null` when plannedToDate is 0. */
    readonly realisationPct: number | null
    /** realised − plannedToDate: positive is ahead of plan. */
    readonly variance: Cents
    /** At least one measured period and realisationPct below the threshold. */
    readonly atRisk: boolean
    /** Periods with a realised amount. */
    readonly measuredCount: number
}

/**
 * Rolls up a benefit's periods at an as-of date (UTC 'yyyy-MM-dd'; a date-time counts as its date). The at-risk
 * test compares the rounded percentage (what users see) with the threshold; with nothing planned to date
 * (realisationPct `null`) a benefit is not at risk. A malformed date throws a `RangeError`.
 * @example benefitTotals([{ end: '2026-01-31', planned: 10000, realised: 5000 }], '2026-02-15', 80)
 * //=> { planned: 10000, realised: 5000, plannedToDate: 10000, realisationPct: 50, variance: -5000, atRisk: true, measuredCount: 1 }
 */
export function benefitTotals(
    periods: readonly PeriodAmounts[],
    asOf: IsoDate,
    thresholdPct: number = DEFAULT_AT_RISK_THRESHOLD_PCT
): BenefitTotals {
    const asOfDay = toDayNumber(asOf)
    let planned = 0
    let realised = 0
    let plannedToDate = 0
    let measuredCount = 0
    for (const period of periods) {
        planned += period.planned
        if (toDayNumber(period.end) <= asOfDay) plannedToDate += period.planned
        if (period.realised !== null) {
            realised += period.realised
            measuredCount += 1
        }
    }
    const realisationPct = percentOf(realised, plannedToDate)
    return {
        planned,
        realised,
        plannedToDate,
        realisationPct,
        variance: realised - plannedToDate,
        atRisk: measuredCount > 0 && realisationPct !== null && realisationPct < thresholdPct,
        measuredCount,
    }
}

/**
 * The periods overdue for measurement: no realised amount and ended more than `graceDays` before the as-of date.
 * A period ending 2026-01-31 with 30 grace days may be measured up to 2026-03-02 and is overdue from 2026-03-03.
 * Returns the input objects, in input order. A malformed date throws a `RangeError`.
 * @example overduePeriods([{ end: '2026-01-31', planned: 100, realised: null }], '2026-03-03', 30).length //=> 1
 */
export function overduePeriods<T extends PeriodAmounts>(
    periods: readonly T[],
    asOf: IsoDate,
    graceDays: number = DEFAULT_MEASUREMENT_GRACE_DAYS
): T[] {
    const asOfDay = toDayNumber(asOf)
    return periods.filter((period) => period.realised === null && asOfDay - toDayNumber(period.end) > graceDays)
}

function checkCents(value: number, field: string): Result<Cents> {
    if (!Number.isSafeInteger(value)) return fail('MONEY.NOT_CENTS', `${field} must be a whole number of cents`, field)
    return ok(value)
}

/**
 * Validates a benefit period's amounts before they are saved: planned is required and not negative (0 is allowed,
 * for a period that plans nothing); realised is empty (not measured) or not negative. A realised 0 is a valid
 * measurement ("nothing realised"); a loss is not a benefit and is refused rather than recorded as negative.
 * Fields: `planned`, `realised`.
 * @example validatePeriodAmounts({ planned: -100, realised: null }) //=> { ok: false, error: { code: 'BENEFIT.PLANNED_NEGATIVE', field: 'planned', ... } }
 * @example validatePeriodAmounts({ planned: 100, realised: 0 }) //=> { ok: true, value: { planned: 100, realised: 0 } }
 */
export function validatePeriodAmounts(amounts: {
    readonly planned: Cents | null
    readonly realised: Cents | null
}): Result<{ readonly planned: Cents; readonly realised: Cents | null }> {
    const { planned, realised } = amounts
    if (planned === null || planned === undefined) {
        return fail('BENEFIT.PLANNED_REQUIRED', 'a benefit period needs a planned amount (0 is allowed)', 'planned')
    }
    const plannedCents = checkCents(planned, 'planned')
    if (!plannedCents.ok) return plannedCents
    if (planned < 0) return fail('BENEFIT.PLANNED_NEGATIVE', 'the planned amount must not be negative', 'planned')
    if (realised === null || realised === undefined) return ok({ planned, realised: null })
    const realisedCents = checkCents(realised, 'realised')
    if (!realisedCents.ok) return realisedCents
    if (realised < 0) {
        return fail('BENEFIT.REALISED_NEGATIVE', 'the realised amount must not be negative (use 0)', 'realised')
    }
    return ok({ planned, realised })
}

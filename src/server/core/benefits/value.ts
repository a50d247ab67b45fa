/**
 * A project's value from its benefit periods: realisation, ROI, NPV, payback and a health flag.
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { addMonths, calendarParts, toDayNumber } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import { toCents } from '../money.ts'
import { percentOf } from './percent.ts'
import { benefitTotals, DEFAULT_AT_RISK_THRESHOLD_PCT } from './totals.ts'
import type { PeriodAmounts } from './types.ts'

/** Default of `x_itvc_value.discount_rate` (a fraction per year: 0.08 is 8 %). */
export const DEFAULT_DISCOUNT_RATE = 0.08

/** Days per year used to turn day counts into the fractional years of discounting. */
export const DAYS_PER_YEAR = 365.25

/** Value health (choice values). */
export type ValueHealth = 'on_track' | 'at_risk' | 'off_track' | 'not_measured'

/** The inputs of `projectValue`; amounts in functional-currency cents. */
export interface ProjectValueInput {
    /** The periods of all the project's benefits. */
    readonly periods: readonly PeriodAmounts[]
    /** Total project cost; `null` when unknown. */
    readonly cost: Cents | null
    /** `null` when the project has no start date (then NPV and payback are `null`). */
    readonly projectStart: IsoDate | null
    readonly asOf: IsoDate
    /** Yearly discount rate as a fraction; default 0.08. */
    readonly discountRate?: number
    /** At-risk threshold in percent; default 80. */
    readonly thresholdPct?: number
}

/** A project's value at an as-of date. */
export interface ProjectValue {
    /** Σ planned of every period. */
    readonly planned: Cents
    /** Σ realised of every measured period. */
    readonly realised: Cents
    /** realised / planned to date × 100 (2 decimals); `null` when nothing is planned to date. */
    readonly realisationPct: number | null
    /** (realised − cost) / cost × 100 (2 decimals); `null` when the cost is missing or not above 0. */
    readonly roiPct: number | null
    /** Net present value of the benefit stream at the project start, in cents; `null` without a project start. */
    readonly npv: Cents | null
    /** Whole months from the project start until realised benefits cover the cost; `null` if not (yet) reached. */
    readonly paybackMonths: number | null
    readonly health: ValueHealth
}

/**
 * Health from realisation: `not_measured` without a measured period; `on_track` when realisation reaches the
 * threshold (or nothing is planned to date yet); `at_risk` from half the threshold up to the threshold;
 * `off_track` below half the threshold. With the default 80: on track ≥ 80 %, at risk 40 % to < 80 %, off track
 * < 40 %. Compares the rounded percentage, as users see it.
 * @example valueHealth(65, 2, 80) //=> 'at_risk'
 * @example valueHealth(null, 0, 80) //=> 'not_measured'
 */
export function valueHealth(
    realisationPct: number | null,
    measuredCount: number,
    thresholdPct: number = DEFAULT_AT_RISK_THRESHOLD_PCT
): ValueHealth {
    if (measuredCount === 0) return 'not_measured'
    if (realisationPct === null || realisationPct >= thresholdPct) return 'on_track'
    return realisationPct >= thresholdPct / 2 ? 'at_risk' : 'off_track'
}

/**
 * Whole calendar months from `from` to `until` (exclusive), a started month counting as a whole one; 0 when
 * `until` is not after `from`. Months are added with day clamping (Jan 31 + 1 month = Feb 28).
 */
function monthsUntil(from: IsoDate, untilDay: number): number {
    const fromDay = toDayNumber(from)
    if (untilDay <= fromDay) return 0
    const a = calendarParts(fromDay)
    const b = calendarParts(untilDay)
    let months = (b.year - a.year) * 12 + (b.month - a.month)
    if (toDayNumber(addMonths(from, months)) > untilDay) months -= 1
    return toDayNumber(addMonths(from, months)) < untilDay ? months + 1 : months
}

function npvOf(periods: readonly PeriodAmounts[], projectStart: IsoDate, rate: number): Cents {
    const startDay = toDayNumber(projectStart)
    let sum = 0
    for (const period of periods) {
        const years = (toDayNumber(period.end) - startDay) / DAYS_PER_YEAR
        sum += (period.realised ?? period.planned) / Math.pow(1 + rate, years)
    }
    return toCents(sum / 100)
}

function paybackOf(periods: readonly PeriodAmounts[], projectStart: IsoDate, cost: Cents): number | null {
    const byEnd = periods
        .map((period) => ({ endDay: toDayNumber(period.end), realised: period.realised ?? 0 }))
        .sort((x, y) => x.endDay - y.endDay)
    let cumulative = 0
    for (const period of byEnd) {
        cumulative += period.realised
        if (cumulative >= cost) return monthsUntil(projectStart, period.endDay + 1)
    }
    return null
}

/**
 * Rolls a project's benefit periods up into its value at an as-of date.
 * - planned, realised, realisation %: as in `benefitTotals`; health: as in `valueHealth`.
 * - ROI % = (realised − cost) / cost × 100, to 2 decimals half away from zero.
 * - NPV = Σ amount / (1 + r)^t over every period, where amount is the realised amount of a measured period and
 *   the planned amount otherwise, and t = (period end − project start) in days / 365.25 (negative for a period
 *   ending before the start, which compounds it forward). The cost is not deducted (NPV of the benefits; net
 *   value = npv − cost). Rounded once, to the cent, half away from zero.
 * - Payback months: taking periods by end date, the first whose cumulative realised amount reaches the cost;
 *   counted from the project start to the day after that period's end, in calendar months, a started month
 *   counting as a whole (2026-01-15 to the end of March is 3); 0 if that period ended before the start. `null`
 *   when never reached, or when the cost is missing or not above 0.
 * A malformed date throws a `RangeError`, as does a discount rate that is not a number above −1.
 * @example projectValue({ periods: [{ end: '2026-12-31', planned: 100000, realised: 120000 }], cost: 100000, projectStart: '2026-01-01', asOf: '2027-01-15' })
 * //=> { planned: 100000, realised: 120000, realisationPct: 120, roiPct: 20, npv: 111140, paybackMonths: 12, health: 'on_track' }
 */
export function projectValue(input: ProjectValueInput): ProjectValue {
    const rate = input.discountRate ?? DEFAULT_DISCOUNT_RATE
    if (!(Number.isFinite(rate) && rate > -1)) throw new RangeError(`discount rate ${rate} must be a number above -1`)
    const thresholdPct = input.thresholdPct ?? DEFAULT_AT_RISK_THRESHOLD_PCT
    const totals = benefitTotals(input.periods, input.asOf, thresholdPct)
    const cost = input.cost !== null && input.cost > 0 ? input.cost : null
    const start = input.projectStart
    return {
        planned: totals.planned,
        realised: totals.realised,
        realisationPct: totals.realisationPct,
        roiPct: cost === null ? null : percentOf(totals.realised - cost, cost),
        npv: start === null ? null : npvOf(input.periods, start, rate),
        paybackMonths: start === null || cost === null ? null : paybackOf(input.periods, start, cost),
        health: valueHealth(totals.realisationPct, totals.measuredCount, thresholdPct),
    }
}

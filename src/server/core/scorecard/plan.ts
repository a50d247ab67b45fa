/**
 * Which periods a roll-up computes, and in which chunks. A chunk is one period × one dimension: computing it
 * reads that period (and its previous period, for the trend) for every metric, and replaces the period's
 * scorecards of that dimension. The resume point names the next chunk, so a run stopped between chunks continues
 * where it stopped, and a chunk re-run after an interruption inside it writes the same scorecards again.
 */
import type { FiscalPeriod, PeriodType } from '../fiscal/calendar.ts'
import { periodByLabel, periodContaining, periodsBetween, previousPeriod } from '../fiscal/calendar.ts'
import type { FiscalConfig } from '../fiscal/config.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import { toDayNumber } from '../fiscal/dates.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { Dimension } from './sources.ts'
import { DIMENSIONS } from './sources.ts'

/** One unit of roll-up work. */
export interface Chunk {
    /** Period label, e.g. `FY2027-M01`. */
    readonly period: string
    readonly dimension: Dimension
}

/** The period types in the order a run computes them. */
export const PERIOD_TYPES: readonly PeriodType[] = ['month', 'quarter', 'year']

/** Default cap on the periods of one back-fill (`x_itvc_value.scorecard.max_backfill_periods`). */
export const DEFAULT_MAX_BACKFILL_PERIODS = 120

/** Most periods a trend may ask for. */
export const MAX_TREND_PERIODS = 60

/**
 * The chunks of a run: every dimension of the first period, then of the next, ...
 * @example chunkPlan(['FY2027-M01', 'FY2027-M02'], ['all', 'portfolio']).map(chunkPoint)
 * //=> ['FY2027-M01|all', 'FY2027-M01|portfolio', 'FY2027-M02|all', 'FY2027-M02|portfolio']
 */
export function chunkPlan(periods: readonly string[], dimensions: readonly Dimension[]): Chunk[] {
    return periods.flatMap((period) => dimensions.map((dimension) => ({ period, dimension })))
}

/**
 * The resume point that names a chunk.
 * @example chunkPoint({ period: 'FY2027-Q1', dimension: 'business_service' }) //=> 'FY2027-Q1|business_service'
 */
export function chunkPoint(chunk: Chunk): string {
    return `${chunk.period}|${chunk.dimension}`
}

/**
 * The index of the chunk to continue with: 0 for an empty resume point; `SCORECARD.RESUME_POINT_INVALID` when
 * the point names no chunk of the plan.
 * @example resumeIndex(chunkPlan(['FY2027-M01'], ['all', 'portfolio']), 'FY2027-M01|portfolio') //=> { ok: true, value: 1 }
 */
export function resumeIndex(plan: readonly Chunk[], point: string | null | undefined): Result<number> {
    const p = (point ?? '').trim()
    if (p === '') return ok(0)
    const index = plan.findIndex((c) => chunkPoint(c) === p)
    if (index < 0) return fail('SCORECARD.RESUME_POINT_INVALID', `the resume point "${p}" is not a chunk of this run`)
    return ok(index)
}

/**
 * Parses a comma-separated list of dimensions (blank: all four), keeping {@link DIMENSIONS} order.
 * @example parseDimensions('portfolio, all') //=> { ok: true, value: ['all', 'portfolio'] }
 * @example parseDimensions('region') //=> { ok: false, error: { code: 'SCORECARD.DIMENSION_INVALID', ... } }
 */
export function parseDimensions(text: string | null | undefined): Result<Dimension[]> {
    const names = (text ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
    const unknown = names.find((n) => !(DIMENSIONS as readonly string[]).includes(n))
    if (unknown !== undefined) {
        return fail(
            'SCORECARD.DIMENSION_INVALID',
            `unknown dimension "${unknown}": use ${DIMENSIONS.join(', ')}`,
            'dimension'
        )
    }
    return ok(names.length ? DIMENSIONS.filter((d) => names.includes(d)) : [...DIMENSIONS])
}

/**
 * What the nightly roll-up computes on a day: the previous and the current fiscal month, then the previous and the
 * current quarter, so entries that arrive late change last month's and last quarter's scorecards the next night.
 * @example nightlyPeriods('2026-11-15', config).map((p) => p.label) //=> ['FY2026-M10', 'FY2026-M11', 'FY2026-Q3', 'FY2026-Q4']
 */
export function nightlyPeriods(today: IsoDate, config: FiscalConfig): FiscalPeriod[] {
    return (['month', 'quarter'] as const).flatMap((type) => {
        const current = periodContaining(today, type, config)
        const previous = previousPeriod(current, config)
        return previous.ok ? [previous.value, current] : [current]
    })
}

/**
 * The quarter that ended last before a day, and its fiscal year: after each quarter the fiscal-year roll-up
 * computes that year (year to date after Q1 … Q3, final after Q4).
 * @example fiscalYearAfterQuarter('2026-10-02', config) //=> { ok: true, value: { quarter: FY2026-Q3, year: FY2026 } }
 */
export function fiscalYearAfterQuarter(
    today: IsoDate,
    config: FiscalConfig
): Result<{ readonly quarter: FiscalPeriod; readonly year: FiscalPeriod }> {
    const quarter = previousPeriod(periodContaining(today, 'quarter', config), config)
    if (!quarter.ok) return quarter
    return ok({ quarter: quarter.value, year: periodContaining(quarter.value.start, 'year', config) })
}

function parsePeriod(label: string | null | undefined, field: string, config: FiscalConfig): Result<FiscalPeriod> {
    const parsed = periodByLabel(label ?? '', config)
    if (!parsed.ok) return fail('SCORECARD.PERIOD_INVALID', parsed.error.message, field)
    return parsed
}

/**
 * Parses a comma-separated list of period types (blank: month, quarter and year).
 * @example parsePeriodTypes('quarter,month') //=> { ok: true, value: ['month', 'quarter'] }
 */
export function parsePeriodTypes(text: string | null | undefined): Result<PeriodType[]> {
    const names = (text ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
    const unknown = names.find((n) => !(PERIOD_TYPES as readonly string[]).includes(n))
    if (unknown !== undefined) {
        return fail('SCORECARD.PERIOD_TYPE_INVALID', `unknown period type "${unknown}": use month, quarter or year`)
    }
    return ok(names.length ? PERIOD_TYPES.filter((t) => names.includes(t)) : [...PERIOD_TYPES])
}

/**
 * The periods of a back-fill: of each requested type (month, then quarter, then year), every period that overlaps
 * the range from the first day of `from` to the last day of `to`, oldest first. Fails with
 * `SCORECARD.PERIOD_INVALID` (a bad label, field `from` or `to`), `SCORECARD.RANGE_INVALID` (`to` ends before
 * `from` starts) or `SCORECARD.RANGE_TOO_LONG` (more than `maxPeriods`).
 * @example backfillPeriods('FY2026-M01', 'FY2026-M03', ['month', 'quarter'], config, 120).value.map((p) => p.label)
 * //=> ['FY2026-M01', 'FY2026-M02', 'FY2026-M03', 'FY2026-Q1']
 */
export function backfillPeriods(
    from: string | null | undefined,
    to: string | null | undefined,
    types: readonly PeriodType[],
    config: FiscalConfig,
    maxPeriods: number = DEFAULT_MAX_BACKFILL_PERIODS
): Result<FiscalPeriod[]> {
    const first = parsePeriod(from, 'from', config)
    if (!first.ok) return first
    const last = parsePeriod(to ?? from, 'to', config)
    if (!last.ok) return last
    if (toDayNumber(last.value.end) < toDayNumber(first.value.start)) {
        return fail('SCORECARD.RANGE_INVALID', `${last.value.label} ends before ${first.value.label} starts`, 'to')
    }
    const periods = PERIOD_TYPES.filter((t) => types.includes(t)).flatMap((type) =>
        periodsBetween(first.value.start, last.value.end, type, config)
    )
    if (periods.length > maxPeriods) {
        return fail(
            'SCORECARD.RANGE_TOO_LONG',
            `the range covers ${periods.length} periods; at most ${maxPeriods} may be rolled up at once`,
            'to'
        )
    }
    return ok(periods)
}

/**
 * The periods of a trend: `count` periods of a type ending with the period `to` (a label; default the period of
 * that type containing `today`), oldest first. Fails with `SCORECARD.PERIOD_INVALID` (a bad `to`, or one of
 * another type) or `SCORECARD.PERIODS_INVALID` (count not 1 … {@link MAX_TREND_PERIODS}).
 * @example trendPeriods('quarter', 2, null, '2026-11-15', config).value.map((p) => p.label) //=> ['FY2026-Q3', 'FY2026-Q4']
 */
export function trendPeriods(
    type: PeriodType,
    count: number,
    to: string | null,
    today: IsoDate,
    config: FiscalConfig
): Result<FiscalPeriod[]> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_TREND_PERIODS) {
        return fail(
            'SCORECARD.PERIODS_INVALID',
            `periods must be a whole number from 1 to ${MAX_TREND_PERIODS}`,
            'periods'
        )
    }
    let last = periodContaining(today, type, config)
    if (to !== null && to.trim() !== '') {
        const parsed = parsePeriod(to, 'to', config)
        if (!parsed.ok) return parsed
        if (parsed.value.type !== type) {
            return fail('SCORECARD.PERIOD_INVALID', `${parsed.value.label} is not a ${type}`, 'to')
        }
        last = parsed.value
    }
    const periods: FiscalPeriod[] = [last]
    while (periods.length < count) {
        const previous = previousPeriod(periods[0] as FiscalPeriod, config)
        if (!previous.ok) break
        periods.unshift(previous.value)
    }
    return ok(periods)
}

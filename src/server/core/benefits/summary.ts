/**
 * The planned-versus-realised series of a set of benefits (a project, a demand, a portfolio): one point per fiscal
 * period label, amounts in functional-currency cents.
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { toDayNumber } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import type { PeriodAmounts } from './types.ts'

/** A benefit period as the series reads it. */
export interface LabelledPeriod extends PeriodAmounts {
    readonly label: string
    readonly start: IsoDate
}

/** One point of the series. */
export interface SeriesPoint {
    readonly period: string
    readonly start: IsoDate
    readonly end: IsoDate
    readonly planned: Cents
    /** Σ realised of the measured periods with this label; `null` when none is measured. */
    readonly realised: Cents | null
    /** How many of the periods with this label are measured, and how many there are. */
    readonly measured: number
    readonly periods: number
}

/**
 * Sums periods by label (benefits of a project share fiscal periods), ordered by start date, then the longer period
 * first (a quarter before the month it starts with), then label. Returns new objects; the input is not changed. A
 * malformed date throws a `RangeError`.
 * @example periodSeries([{ label: 'FY2026-M01', start: '2026-01-01', end: '2026-01-31', planned: 100, realised: 80 }, { label: 'FY2026-M01', start: '2026-01-01', end: '2026-01-31', planned: 50, realised: null }])
 * //=> [{ period: 'FY2026-M01', start: '2026-01-01', end: '2026-01-31', planned: 150, realised: 80, measured: 1, periods: 2 }]
 */
export function periodSeries(periods: readonly LabelledPeriod[]): SeriesPoint[] {
    const byLabel = new Map<string, SeriesPoint>()
    for (const p of periods) {
        const point = byLabel.get(p.label) ?? {
            period: p.label,
            start: p.start,
            end: p.end,
            planned: 0,
            realised: null,
            measured: 0,
            periods: 0,
        }
        byLabel.set(p.label, {
            ...point,
            planned: point.planned + p.planned,
            realised: p.realised === null ? point.realised : (point.realised ?? 0) + p.realised,
            measured: point.measured + (p.realised === null ? 0 : 1),
            periods: point.periods + 1,
        })
    }
    return [...byLabel.values()].sort(
        (a, b) =>
            toDayNumber(a.start) - toDayNumber(b.start) ||
            toDayNumber(b.end) - toDayNumber(a.end) ||
            (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)
    )
}

/**
 * The cut-off date of overdue measurements, so a query can select exactly the periods `overduePeriods` reports.
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { fromDayNumber, toDayNumber } from '../fiscal/dates.ts'

/**
 * The latest period end that is overdue at `asOf` with `graceDays` of grace: a period ending on or before it and
 * without a realised amount is overdue (the rule of `overduePeriods`). A malformed date throws a `RangeError`.
 * @example lastOverdueEnd('2026-03-03', 30) //=> '2026-01-31'
 */
export function lastOverdueEnd(asOf: IsoDate, graceDays: number): IsoDate {
    return fromDayNumber(toDayNumber(asOf) - graceDays - 1)
}

/**
 * UTC calendar dates as plain strings ('yyyy-MM-dd'), with exact day arithmetic on day numbers (days since
 * 1970-01-01). Nothing here touches `Date`, so no result can depend on the engine's or the machine's time zone.
 * Glide date-times ('yyyy-MM-dd HH:mm:ss', stored in UTC) are accepted and reduced to their date part.
 *
 * Supported years: 1000–9999 (four digits, as Glide stores them).
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** A UTC calendar date, 'yyyy-MM-dd'. */
export type IsoDate = string

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function dayFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year
    const era = Math.floor(y / 400)
    const yearOfEra = y - era * 400
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
    return era * 146097 + dayOfEra - 719468
}

/** The calendar date of a day number (H. Hinnant's `civil_from_days`). */
function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
    const z = dayNumber + 719468
    const era = Math.floor(z / 146097)
    const dayOfEra = z - era * 146097
    const yearOfEra = Math.floor(
        (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
    )
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
    const mp = Math.floor((5 * dayOfYear + 2) / 153)
    const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
    const month = mp < 10 ? mp + 3 : mp - 9
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/**
 * Number of days in a month of the Gregorian calendar.
 * @example daysInMonth(2028, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
    return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1)
}

/**
 * Validates a UTC date or Glide date-time string and returns its date part. Use it at the edge: the other
 * functions here treat a malformed date as a programmer error and throw a `RangeError`.
 * @example parseDate('2028-02-29 23:59:59') //=> { ok: true, value: '2028-02-29' }
 * @example parseDate('2027-02-29') //=> { ok: false, error: { code: 'FISCAL.DATE_INVALID', ... } }
 */
export function parseDate(input: string | null | undefined, field?: string): Result<IsoDate> {
    const text = (input ?? '').trim()
    const m = DATE.exec(text)
    const invalid = (): Result<IsoDate> =>
        fail('FISCAL.DATE_INVALID', `"${input ?? ''}" is not a date (yyyy-MM-dd or yyyy-MM-dd HH:mm:ss, UTC)`, field)
    if (!m) return invalid()
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid()
    if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) return invalid()
    return ok(text.slice(0, 10))
}

/**
 * The day number (days since 1970-01-01) of a date; throws a `RangeError` for a malformed date.
 * @example toDayNumber('1970-01-02') //=> 1
 */
export function toDayNumber(date: IsoDate): number {
    const parsed = parseDate(date)
    if (!parsed.ok) throw new RangeError(parsed.error.message)
    const value = parsed.value
    return dayFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)))
}

/**
 * The date of a day number.
 * @example fromDayNumber(0) //=> '1970-01-01'
 */
export function fromDayNumber(dayNumber: number): IsoDate {
    const { year, month, day } = civilFromDay(dayNumber)
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The day number of a calendar date given as numbers (month 1–12).
 * @example dayNumberOf(1970, 1, 1) //=> 0
 */
export function dayNumberOf(year: number, month: number, day: number): number {
    return dayFromCivil(year, month, day)
}

/**
 * Year, month (1–12) and day of a day number.
 * @example calendarParts(0) //=> { year: 1970, month: 1, day: 1 }
 */
export function calendarParts(dayNumber: number): {
    readonly year: number
    readonly month: number
    readonly day: number
} {
    return civilFromDay(dayNumber)
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday.
 * @example weekdayOf(0) //=> 4 (1970-01-01 was a Thursday)
 */
export function weekdayOf(dayNumber: number): number {
    return (((dayNumber + 4) % 7) + 7) % 7
}

/**
 * Adds (or, when negative, subtracts) whole days.
 * @example addDays('2028-02-28', 1) //=> '2028-02-29'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
    return fromDayNumber(toDayNumber(date) + days)
}

/**
 * Days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2026-01-01', '2026-03-01') //=> 59
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
    return toDayNumber(to) - toDayNumber(from)
}

/**
 * Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28 or 29).
 * @example addMonths('2028-01-31', 1) //=> '2028-02-29'
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
    const { year, month, day } = civilFromDay(toDayNumber(date))
    const index = year * 12 + (month - 1) + months
    const targetYear = Math.floor(index / 12)
    const targetMonth = index - targetYear * 12 + 1
    return fromDayNumber(dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))))
}

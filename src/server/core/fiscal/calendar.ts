/**
 * Fiscal periods (months, quarters, years) of a configured calendar, in UTC dates.
 *
 * Naming: a fiscal year is named after the calendar year in which it ends, so with an April start the year
 * 2026-04-01 … 2027-03-31 is `FY2027`; with a January start FY2026 is calendar 2026. Labels are `FY2027`,
 * `FY2027-Q1` … `FY2027-Q4` and `FY2027-M01` … `FY2027-M12` (fiscal, not calendar, month numbers).
 *
 * Monthly calendars: a fiscal month is a calendar month; the year starts on the 1st of the start month.
 *
 * Week-based calendars (4-4-5, 4-5-4, 5-4-4): the year starts on the configured weekday nearest the 1st of the
 * start month (at most 3 days before or after it), so it has 52 or 53 whole weeks and ends the day before the
 * next year's start. Each quarter has 13 weeks split over its months by the pattern (4-4-5: 4, 4 and 5 weeks).
 * In a 53-week year the extra week goes to the last month of Q4 (fiscal month 12), which makes Q4 14 weeks.
 * The year is named after its nominal end (the last day of the month before the start month). For every start
 * month but January that is also the calendar year of its actual end; with a January start the actual end can
 * fall up to 3 days into the next calendar year (FY2020, Sunday weeks, runs 2019-12-29 … 2021-01-02), and naming
 * it after the nominal end keeps labels unique and consecutive.
 *
 * Supported fiscal years: FY1001 to FY9998.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { CalendarType, FiscalConfig } from './config.ts'
import { WEEKDAYS } from './config.ts'
import type { IsoDate } from './dates.ts'
import { calendarParts, dayNumberOf, daysInMonth, fromDayNumber, toDayNumber, weekdayOf } from './dates.ts'

/** The kinds of fiscal period. */
export type PeriodType = 'month' | 'quarter' | 'year'

/** One fiscal period. */
export interface FiscalPeriod {
    /** `FY2027`, `FY2027-Q1` or `FY2027-M01`. */
    readonly label: string
    readonly type: PeriodType
    /** First day, 'yyyy-MM-dd' (UTC). */
    readonly start: IsoDate
    /** Last day, inclusive, 'yyyy-MM-dd' (UTC). */
    readonly end: IsoDate
    /** The calendar year in which the fiscal year ends (2027 for FY2027). */
    readonly fiscalYear: number
    /** 1-based position in the fiscal year: month 1–12, quarter 1–4, year 1. */
    readonly index: number
}

/** Inclusive range of day numbers. */
interface Span {
    readonly start: number
    readonly end: number
}

const MIN_FISCAL_YEAR = 1001
const MAX_FISCAL_YEAR = 9998
const LABEL = /^FY(\d{4})(?:-(?:Q(\d+)|M(\d+)))?$/
const PERIODS_PER_YEAR: { readonly [type in PeriodType]: number } = { month: 12, quarter: 4, year: 1 }
const WEEK_PATTERNS: { readonly [type in Exclude<CalendarType, 'monthly'>]: readonly number[] } = {
    '4-4-5': [4, 4, 5],
    '4-5-4': [4, 5, 4],
    '5-4-4': [5, 4, 4],
}

/** The calendar year holding the 1st of the start month of a fiscal year. */
function anchorYear(fiscalYear: number, config: FiscalConfig): number {
    return config.startMonth === 1 ? fiscalYear : fiscalYear - 1
}

function yearStart(fiscalYear: number, config: FiscalConfig): number {
    const anchor = dayNumberOf(anchorYear(fiscalYear, config), config.startMonth, 1)
    if (config.calendarType === 'monthly') return anchor
    const offset = (WEEKDAYS.indexOf(config.weekStartDay) - weekdayOf(anchor) + 7) % 7
    return anchor + (offset > 3 ? offset - 7 : offset)
}

function yearSpan(fiscalYear: number, config: FiscalConfig): Span {
    return { start: yearStart(fiscalYear, config), end: yearStart(fiscalYear + 1, config) - 1 }
}

/** The twelve fiscal months of a year, in order. */
function monthSpans(fiscalYear: number, config: FiscalConfig): Span[] {
    const spans: Span[] = []
    if (config.calendarType === 'monthly') {
        for (let i = 0; i < 12; i++) {
            const monthIndex = config.startMonth - 1 + i
            const year = anchorYear(fiscalYear, config) + Math.floor(monthIndex / 12)
            const month = (monthIndex % 12) + 1
            spans.push({ start: dayNumberOf(year, month, 1), end: dayNumberOf(year, month, daysInMonth(year, month)) })
        }
        return spans
    }
    const year = yearSpan(fiscalYear, config)
    const pattern = WEEK_PATTERNS[config.calendarType]
    const extraWeek = (year.end - year.start + 1) / 7 - 52
    let start = year.start
    for (let i = 0; i < 12; i++) {
        const weeks = (pattern[i % 3] ?? 4) + (i === 11 ? extraWeek : 0)
        spans.push({ start, end: start + weeks * 7 - 1 })
        start += weeks * 7
    }
    return spans
}

function periodSpan(fiscalYear: number, type: PeriodType, index: number, config: FiscalConfig): Span {
    if (type === 'year') return yearSpan(fiscalYear, config)
    const months = monthSpans(fiscalYear, config)
    const first = type === 'month' ? index : index * 3 - 2
    const last = type === 'month' ? index : index * 3
    return { start: (months[first - 1] as Span).start, end: (months[last - 1] as Span).end }
}

function labelOf(fiscalYear: number, type: PeriodType, index: number): string {
    if (type === 'year') return `FY${fiscalYear}`
    if (type === 'quarter') return `FY${fiscalYear}-Q${index}`
    return `FY${fiscalYear}-M${String(index).padStart(2, '0')}`
}

function periodOf(fiscalYear: number, type: PeriodType, index: number, config: FiscalConfig): FiscalPeriod {
    const span = periodSpan(fiscalYear, type, index, config)
    return {
        label: labelOf(fiscalYear, type, index),
        type,
        start: fromDayNumber(span.start),
        end: fromDayNumber(span.end),
        fiscalYear,
        index,
    }
}

function fiscalYearOfDay(day: number, config: FiscalConfig): number {
    const { year, month } = calendarParts(day)
    const guess = config.startMonth === 1 || month < config.startMonth ? year : year + 1
    // A week-based year starts at most 3 days away from its month boundary, so the guess is off by at most one.
    const span = yearSpan(guess, config)
    if (day < span.start) return guess - 1
    if (day > span.end) return guess + 1
    return guess
}

function assertType(type: PeriodType): void {
    if (PERIODS_PER_YEAR[type] === undefined) throw new RangeError(`unknown period type "${String(type)}"`)
}

/**
 * The fiscal period of a type that contains a date. The date is a UTC 'yyyy-MM-dd' (a Glide 'yyyy-MM-dd HH:mm:ss'
 * is reduced to its date); a malformed date throws a `RangeError` (validate input with `parseDate`).
 * @example periodContaining('2026-04-15', 'quarter', { startMonth: 4, calendarType: 'monthly', weekStartDay: 'sunday' })
 * //=> { label: 'FY2027-Q1', type: 'quarter', start: '2026-04-01', end: '2026-06-30', fiscalYear: 2027, index: 1 }
 */
export function periodContaining(date: IsoDate, type: PeriodType, config: FiscalConfig): FiscalPeriod {
    assertType(type)
    const day = toDayNumber(date)
    const fiscalYear = fiscalYearOfDay(day, config)
    if (type === 'year') return periodOf(fiscalYear, type, 1, config)
    const month = monthSpans(fiscalYear, config).findIndex((span) => span.start <= day && day <= span.end) + 1
    return periodOf(fiscalYear, type, type === 'month' ? month : Math.ceil(month / 3), config)
}

/**
 * Every period of a type that overlaps `from` … `to` (both inclusive), in order: the first contains `from`, the
 * last contains `to`. Empty when `to` is before `from`.
 * @example periodsBetween('2026-03-15', '2026-04-02', 'month', config).map((p) => p.label) //=> ['FY2026-M03', 'FY2026-M04']
 */
export function periodsBetween(from: IsoDate, to: IsoDate, type: PeriodType, config: FiscalConfig): FiscalPeriod[] {
    const last = toDayNumber(to)
    const periods: FiscalPeriod[] = []
    if (last < toDayNumber(from)) return periods
    let period = periodContaining(from, type, config)
    while (toDayNumber(period.start) <= last) {
        periods.push(period)
        period =
            period.index < PERIODS_PER_YEAR[type]
                ? periodOf(period.fiscalYear, type, period.index + 1, config)
                : periodOf(period.fiscalYear + 1, type, 1, config)
    }
    return periods
}

/**
 * Parses a period label (`FY2027`, `FY2027-Q1`, `FY2027-M01`; case-insensitive, surrounding blanks ignored) into
 * its period. Anything else fails with `FISCAL.PERIOD_INVALID`.
 * @example periodByLabel('FY2027-M01', config) //=> { ok: true, value: { label: 'FY2027-M01', type: 'month', index: 1, ... } }
 * @example periodByLabel('FY2027-Q5', config) //=> { ok: false, error: { code: 'FISCAL.PERIOD_INVALID', ... } }
 */
export function periodByLabel(label: string, config: FiscalConfig): Result<FiscalPeriod> {
    const m = LABEL.exec(String(label).trim().toUpperCase())
    const fiscalYear = Number(m?.[1])
    const type: PeriodType = m?.[2] !== undefined ? 'quarter' : m?.[3] !== undefined ? 'month' : 'year'
    const index = type === 'year' ? 1 : Number(type === 'quarter' ? m?.[2] : m?.[3])
    const valid =
        m !== null &&
        fiscalYear >= MIN_FISCAL_YEAR &&
        fiscalYear <= MAX_FISCAL_YEAR &&
        index >= 1 &&
        index <= PERIODS_PER_YEAR[type] &&
        (type !== 'month' || (m[3] ?? '').length === 2)
    if (!valid) {
        return fail(
            'FISCAL.PERIOD_INVALID',
            `"${label}" is not a fiscal period: use FY2027, FY2027-Q1 … FY2027-Q4 or FY2027-M01 … FY2027-M12`
        )
    }
    return ok(periodOf(fiscalYear, type, index, config))
}

/**
 * The period just before a period (given as a period or its label), of the same type: the previous of a Q1 is
 * the previous fiscal year's Q4. A bad label fails with `FISCAL.PERIOD_INVALID`.
 * @example previousPeriod('FY2027-Q1', config) //=> { ok: true, value: { label: 'FY2026-Q4', ... } }
 */
export function previousPeriod(period: FiscalPeriod | string, config: FiscalConfig): Result<FiscalPeriod> {
    const parsed = periodByLabel(typeof period === 'string' ? period : period.label, config)
    if (!parsed.ok) return parsed
    const { fiscalYear, type, index } = parsed.value
    if (index > 1) return ok(periodOf(fiscalYear, type, index - 1, config))
    return periodByLabel(labelOf(fiscalYear - 1, type, PERIODS_PER_YEAR[type]), config)
}

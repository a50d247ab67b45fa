/**
 * The fiscal calendar's configuration, parsed from system property strings (Glide returns every property as a
 * string). The config adapter reads the properties named in `FISCAL_PROPERTIES` and hands the raw strings here.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** `monthly` follows calendar months; the others are week-based (weeks per month in each quarter). */
export type CalendarType = 'monthly' | '4-4-5' | '4-5-4' | '5-4-4'

/** The weekday a week-based fiscal year (and every fiscal week) starts on. */
export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday'

/** A validated fiscal calendar. */
export interface FiscalConfig {
    /** The calendar month (1–12) a fiscal year starts in (a week-based year starts on the weekday nearest its 1st). */
    readonly startMonth: number
    readonly calendarType: CalendarType
    /** Only used by week-based calendars. */
    readonly weekStartDay: Weekday
}

/** Raw property values; empty or missing means "use the default". */
export interface FiscalProps {
    readonly startMonth?: string | null
    readonly calendarType?: string | null
    readonly weekStartDay?: string | null
}

/** The system properties the config adapter reads, by `FiscalProps` key. */
export const FISCAL_PROPERTIES = {
    startMonth: 'x_itvc_value.fiscal.start_month',
    calendarType: 'x_itvc_value.fiscal.calendar_type',
    weekStartDay: 'x_itvc_value.fiscal.week_start_day',
} as const

/** Calendar months, fiscal year starting in January, weeks starting on Sunday. */
export const DEFAULT_FISCAL_CONFIG: FiscalConfig = { startMonth: 1, calendarType: 'monthly', weekStartDay: 'sunday' }

/** Weekdays in `weekdayOf` order (0 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = [
    'sunday',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
]

const CALENDAR_TYPES: readonly (readonly [string, CalendarType])[] = [
    ['monthly', 'monthly'],
    ['4-4-5', '4-4-5'],
    ['4-5-4', '4-5-4'],
    ['5-4-4', '5-4-4'],
    ['445', '4-4-5'],
    ['454', '4-5-4'],
    ['544', '5-4-4'],
]

function invalid(key: keyof FiscalProps, message: string): Result<FiscalConfig> {
    return fail('FISCAL.CONFIG_INVALID', message, FISCAL_PROPERTIES[key])
}

/**
 * Parses the fiscal calendar properties. Values are trimmed and case-insensitive; empty means default. Calendar
 * types are `monthly`, `4-4-5`, `4-5-4`, `5-4-4` (`445`, `454`, `544` are accepted too); weekdays are English day
 * names. An invalid value fails with `FISCAL.CONFIG_INVALID` and the property name as `field`.
 * @example fiscalConfig({ startMonth: '4' }) //=> { ok: true, value: { startMonth: 4, calendarType: 'monthly', weekStartDay: 'sunday' } }
 * @example fiscalConfig({ startMonth: '13' }) //=> { ok: false, error: { code: 'FISCAL.CONFIG_INVALID', field: 'x_itvc_value.fiscal.start_month', ... } }
 */
export function fiscalConfig(props: FiscalProps): Result<FiscalConfig> {
    const monthText = (props.startMonth ?? '').trim()
    const startMonth = monthText === '' ? DEFAULT_FISCAL_CONFIG.startMonth : Number(monthText)
    if (!/^\d{0,2}$/.test(monthText) || startMonth < 1 || startMonth > 12) {
        return invalid('startMonth', `fiscal year start month must be 1 to 12, not "${monthText}"`)
    }
    const typeText = (props.calendarType ?? '').trim().toLowerCase()
    const calendarType =
        typeText === '' ? DEFAULT_FISCAL_CONFIG.calendarType : CALENDAR_TYPES.find(([alias]) => alias === typeText)?.[1]
    if (calendarType === undefined) {
        return invalid('calendarType', `calendar type must be monthly, 4-4-5, 4-5-4 or 5-4-4, not "${typeText}"`)
    }
    const dayText = (props.weekStartDay ?? '').trim().toLowerCase()
    const weekStartDay = dayText === '' ? DEFAULT_FISCAL_CONFIG.weekStartDay : WEEKDAYS.find((d) => d === dayText)
    if (weekStartDay === undefined) {
        return invalid('weekStartDay', `week start day must be a day name such as sunday, not "${dayText}"`)
    }
    return ok({ startMonth, calendarType, weekStartDay })
}

/**
 * Number formatting by metric unit and functional currency (Intl, the user's locale). Values arrive as plain
 * numbers from the app's REST API: currency in major units of the functional currency, percent as 0–100.
 */

/** The units a metric is expressed in (metric catalog choice values). */
export type MetricUnit = 'currency' | 'percent' | 'count' | 'hours' | 'days'

/** What formatting needs besides the number. */
export interface FormatOptions {
    readonly unit: MetricUnit | string
    /** ISO 4217 code of the functional currency, e.g. 'EUR'. */
    readonly currency: string
    readonly locale?: string
    /** Short form for cards and axes (1.2M). */
    readonly compact?: boolean
}

function decimals(notation: 'compact' | 'standard', digits: number): Intl.NumberFormatOptions {
    return notation === 'compact' ? { notation, maximumSignificantDigits: 3 } : { maximumFractionDigits: digits }
}

function currencyCode(code: string): string {
    return /^[A-Z]{3}$/.test(code) ? code : 'USD'
}

/**
 * Formats a value in its unit; an en dash for a missing value.
 * @example formatValue(1234567, { unit: 'currency', currency: 'EUR', locale: 'en-US', compact: true }) //=> '€1.23M'
 * @example formatValue(87.5, { unit: 'percent', currency: 'EUR', locale: 'en-US' }) //=> '87.5%'
 * @example formatValue(36.25, { unit: 'hours', currency: 'EUR', locale: 'en-US' }) //=> '36.3 h'
 * @example formatValue(null, { unit: 'count', currency: 'EUR' }) //=> '–'
 */
export function formatValue(value: number | null | undefined, options: FormatOptions): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–'
    const { locale, compact = false } = options
    const notation = compact && Math.abs(value) >= 10_000 ? 'compact' : 'standard'
    switch (options.unit) {
        case 'currency':
            return new Intl.NumberFormat(locale, {
                style: 'currency',
                currency: currencyCode(options.currency),
                ...(notation === 'compact'
                    ? { notation, maximumSignificantDigits: 3 }
                    : { minimumFractionDigits: 0, maximumFractionDigits: Math.abs(value) < 100 ? 2 : 0 }),
            }).format(value)
        case 'percent':
            return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`
        case 'hours':
            return `${new Intl.NumberFormat(locale, decimals(notation, 1)).format(value)} h`
        case 'days':
            return `${new Intl.NumberFormat(locale, decimals(notation, 1)).format(value)} d`
        default:
            return new Intl.NumberFormat(
                locale,
                notation === 'compact' ? { notation, maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 }
            ).format(value)
    }
}

/**
 * Formats a change with its sign; percent changes are percentage points.
 * @example formatDelta(2.5, { unit: 'percent', currency: 'EUR', locale: 'en-US' }) //=> '+2.5 pp'
 * @example formatDelta(-12000, { unit: 'currency', currency: 'USD', locale: 'en-US', compact: true }) //=> '−$12K'
 * @example formatDelta(0, { unit: 'count', currency: 'EUR', locale: 'en-US' }) //=> '±0'
 */
export function formatDelta(delta: number | null | undefined, options: FormatOptions): string {
    if (delta === null || delta === undefined || !Number.isFinite(delta)) return '–'
    if (delta === 0) return '±0'
    const sign = delta > 0 ? '+' : '−'
    const magnitude = Math.abs(delta)
    if (magnitude < 1 && options.unit !== 'currency' && options.unit !== 'percent') {
        // a small change of hours, days or counts would round to 0
        const small = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 2 }).format(magnitude)
        const suffix = options.unit === 'hours' ? ' h' : options.unit === 'days' ? ' d' : ''
        return `${sign}${small}${suffix}`
    }
    if (options.unit === 'percent') {
        return `${sign}${new Intl.NumberFormat(options.locale, { maximumFractionDigits: 1 }).format(magnitude)} pp`
    }
    return `${sign}${formatValue(magnitude, options)}`
}

/**
 * A plain number with at most `digits` decimals (scores, WSJF).
 * @example formatNumber(12.3456, 'en-US') //=> '12.35'
 */
export function formatNumber(value: number | null | undefined, locale?: string, digits = 2): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–'
    return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)
}

/**
 * A timestamp from the API (UTC `yyyy-MM-dd HH:mm:ss` or ISO) in the user's locale; the input when unparseable.
 * @example formatTimestamp('2026-11-15 02:00:00', 'en-US', 'UTC') //=> 'Nov 15, 2026, 2:00 AM'
 */
export function formatTimestamp(value: string | null | undefined, locale?: string, timeZone?: string): string {
    if (value === null || value === undefined || value === '') return '–'
    const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}Z` : value
    const date = new Date(iso)
    if (Number.isNaN(date.getTime())) return value
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date)
}

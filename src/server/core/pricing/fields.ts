/**
 * Parsing of the incident fields that pricing reads. Values arrive as Glide gives them: strings, with `''`, `null`
 * or `undefined` for "nothing entered". Every failure names the field by its form label and says what is expected.
 */
import type { Cents } from '../money.ts'
import { parseCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** A field value as Glide gives it; empty, `null` and `undefined` all mean "nothing entered". */
export type FieldValue = string | null | undefined

/** The fields pricing reads, by logical name (the adapter maps them to columns). */
export type PricingField =
    | 'revenue_at_risk'
    | 'direct_cost'
    | 'users_affected'
    | 'productivity_hours_lost'
    | 'outage_minutes'
    | 'opened_at'
    | 'resolved_at'
    | 'profile.hourly_revenue'
    | 'profile.hourly_labour_cost'
    | 'profile.typical_users'

/**
 * The label each field carries on the form, used in messages.
 * @example PRICING_FIELD_LABELS.direct_cost //=> 'Direct cost'
 */
export const PRICING_FIELD_LABELS: { readonly [F in PricingField]: string } = {
    revenue_at_risk: 'Revenue at risk',
    direct_cost: 'Direct cost',
    users_affected: 'Users affected',
    productivity_hours_lost: 'Productivity hours lost',
    outage_minutes: 'Outage minutes',
    opened_at: 'Opened',
    resolved_at: 'Resolved',
    'profile.hourly_revenue': 'Service profile hourly revenue',
    'profile.hourly_labour_cost': 'Service profile hourly labour cost',
    'profile.typical_users': 'Service profile typical users',
}

/**
 * The largest amount, entered or computed, that pricing accepts: 100,000,000,000.00, in cents. Products of two
 * accepted figures stay below 2^53 before rounding, so every amount is exact to the cent.
 * @example formatCents(MAX_AMOUNT_CENTS) //=> '100000000000.00'
 */
export const MAX_AMOUNT_CENTS: Cents = 1e13

/**
 * The largest number of users, hours or minutes that pricing accepts.
 * @example parseCount('1000000001', 'users_affected') //=> { ok: false, error: { code: 'PRICING.TOO_LARGE', … } }
 */
export const MAX_QUANTITY = 1e9

const MAX_AMOUNT_TEXT = '100,000,000,000.00'
const MAX_QUANTITY_TEXT = '1,000,000,000'
const DATE_TIME = /^([1-9]\d{3})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/**
 * Parses an amount of money: `null` when nothing was entered, else cents from 0 to {@link MAX_AMOUNT_CENTS}.
 * @example parseAmount('0.1', 'direct_cost') //=> { ok: true, value: 10 }
 * @example parseAmount('-5', 'direct_cost') //=> { ok: false, error: { code: 'PRICING.NEGATIVE_AMOUNT', message: 'Direct cost must be a positive amount or 0, not "-5".', field: 'direct_cost' } }
 */
export function parseAmount(input: FieldValue, field: PricingField): Result<Cents | null> {
    const label = PRICING_FIELD_LABELS[field]
    const parsed = parseCents(input, field)
    if (!parsed.ok && parsed.error.code === 'MONEY.TOO_LARGE') return amountTooLarge(input, field)
    if (!parsed.ok) {
        return fail('PRICING.NOT_A_NUMBER', `${label} must be an amount such as 1250.50, not ${quote(input)}.`, field)
    }
    const cents = parsed.value
    if (cents === null) return ok(null)
    if (cents < 0)
        return fail('PRICING.NEGATIVE_AMOUNT', `${label} must be a positive amount or 0, not ${quote(input)}.`, field)
    if (cents > MAX_AMOUNT_CENTS) return amountTooLarge(input, field)
    return ok(cents)
}

/**
 * Parses a whole number of 0 or more (users, minutes): `null` when nothing was entered. `'12.0'` is 12.
 * @example parseCount('1,200', 'users_affected') //=> { ok: true, value: 1200 }
 * @example parseCount('2.5', 'users_affected') //=> { ok: false, error: { code: 'PRICING.NOT_A_WHOLE_NUMBER', … } }
 */
export function parseCount(input: FieldValue, field: PricingField): Result<number | null> {
    const label = PRICING_FIELD_LABELS[field]
    const parsed = parseQuantity(input, field, `${label} must be a whole number such as 25`)
    if (!parsed.ok || parsed.value === null) return parsed
    if (/\.\d*[1-9]/.test(input ?? '')) {
        return fail('PRICING.NOT_A_WHOLE_NUMBER', `${label} must be a whole number, not ${quote(input)}.`, field)
    }
    return ok(parsed.value / 100)
}

/**
 * Parses a number of hours of 0 or more into hundredths of an hour (half-up beyond two decimals): `null` when
 * nothing was entered.
 * @example parseHundredths('2.345', 'productivity_hours_lost') //=> { ok: true, value: 235 }
 */
export function parseHundredths(input: FieldValue, field: PricingField): Result<number | null> {
    const label = PRICING_FIELD_LABELS[field]
    return parseQuantity(input, field, `${label} must be a number of hours such as 7.5`)
}

/**
 * Parses a Glide date-time (`yyyy-MM-dd HH:mm:ss`, UTC) into epoch milliseconds, independent of the engine's zone:
 * `null` when nothing was entered.
 * @example parseUtcDateTime('1970-01-01 00:01:00', 'opened_at') //=> { ok: true, value: 60000 }
 * @example parseUtcDateTime('2024-02-30 10:00:00', 'opened_at') //=> { ok: false, error: { code: 'PRICING.INVALID_DATE', … } }
 */
export function parseUtcDateTime(input: FieldValue, field: PricingField): Result<number | null> {
    const text = (input ?? '').trim()
    if (text === '') return ok(null)
    const invalid = fail<number>(
        'PRICING.INVALID_DATE',
        `${PRICING_FIELD_LABELS[field]} must be a date and time in UTC such as 2024-03-01 14:30:00, not ${quote(input)}.`,
        field
    )
    const m = DATE_TIME.exec(text)
    if (!m) return invalid
    const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
        number,
        number,
        number,
        number,
        number,
        number,
    ]
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return invalid
    if (hour > 23 || minute > 59 || second > 59) return invalid
    return ok(Date.UTC(year, month - 1, day, hour, minute, second))
}

/**
 * The failure for a computed figure beyond the accepted range, pointing at the field to check.
 * @example computedTooLarge('Revenue loss', 'outage_minutes', 'amount') //=> { ok: false, error: { code: 'PRICING.TOO_LARGE', … } }
 */
export function computedTooLarge<T = never>(
    figure: string,
    field: PricingField,
    limit: 'amount' | 'quantity'
): Result<T> {
    const max = limit === 'amount' ? MAX_AMOUNT_TEXT : MAX_QUANTITY_TEXT
    return fail('PRICING.TOO_LARGE', `${figure} would be above ${max}: check ${PRICING_FIELD_LABELS[field]}.`, field)
}

/** Parses a non-negative decimal into hundredths, bounded by {@link MAX_QUANTITY}. */
function parseQuantity(input: FieldValue, field: PricingField, expected: string): Result<number | null> {
    const label = PRICING_FIELD_LABELS[field]
    const parsed = parseCents(input, field)
    if (!parsed.ok && parsed.error.code === 'MONEY.TOO_LARGE') return quantityTooLarge(input, field)
    if (!parsed.ok) return fail('PRICING.NOT_A_NUMBER', `${expected}, not ${quote(input)}.`, field)
    const hundredths = parsed.value
    if (hundredths === null) return ok(null)
    if (hundredths < 0)
        return fail('PRICING.NEGATIVE_AMOUNT', `${label} must be 0 or more, not ${quote(input)}.`, field)
    if (hundredths > MAX_QUANTITY * 100) return quantityTooLarge(input, field)
    return ok(hundredths)
}

function amountTooLarge(input: FieldValue, field: PricingField): Result<never> {
    const label = PRICING_FIELD_LABELS[field]
    return fail('PRICING.TOO_LARGE', `${label} must be at most ${MAX_AMOUNT_TEXT}, not ${quote(input)}.`, field)
}

function quantityTooLarge(input: FieldValue, field: PricingField): Result<never> {
    const label = PRICING_FIELD_LABELS[field]
    return fail('PRICING.TOO_LARGE', `${label} must be at most ${MAX_QUANTITY_TEXT}, not ${quote(input)}.`, field)
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Quotes what the user typed for a message, cut to 40 characters. */
function quote(input: FieldValue): string {
    const text = (input ?? '').trim()
    return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`
}

/**
 * Conversion of benefit amounts into the functional currency, with the exchange rate in force at the start of
 * the period.
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { parseDate, toDayNumber } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import { multiplyCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** One row of the exchange-rate table: 1 unit of `currency` is worth `rate` units of the functional currency. */
export interface ExchangeRate {
    /** ISO 4217 code, e.g. 'EUR' (case-insensitive). */
    readonly currency: string
    readonly rate: number
    /** First day the rate applies ('yyyy-MM-dd', UTC). */
    readonly effective: IsoDate
}

/** A converted amount and the rate that produced it (to store alongside the amount). */
export interface Conversion {
    readonly functionalCents: Cents
    readonly rate: number
    /** The effective date of the rate used; the period start when no conversion was needed. */
    readonly rateDate: IsoDate
}

/** Default of `x_itvc_value.functional_currency`. */
export const DEFAULT_FUNCTIONAL_CURRENCY = 'USD'

const CURRENCY = /^[A-Z]{3}$/

function currencyCode(text: string): string {
    return String(text).trim().toUpperCase()
}

/**
 * Converts an amount entered in a benefit's currency into the functional currency, using the latest rate of that
 * currency effective on or before the period start (a rate effective later is never used). The amount is
 * multiplied by the rate and rounded half away from zero to the cent. An amount already in the functional
 * currency converts at rate 1, dated the period start.
 *
 * Fails with `BENEFIT.CURRENCY_INVALID` (not a 3-letter code), `FISCAL.DATE_INVALID`, `BENEFIT.NO_RATE` (no rate
 * on or before the period start; rows with a malformed effective date are ignored), `BENEFIT.RATE_INVALID` (the
 * applicable rate is not a positive number) or `BENEFIT.RATE_AMBIGUOUS` (two different rates with the same
 * effective date).
 * @example convert(10000, 'EUR', '2026-04-01', [{ currency: 'EUR', rate: 1.1, effective: '2026-03-31' }], 'USD')
 * //=> { ok: true, value: { functionalCents: 11000, rate: 1.1, rateDate: '2026-03-31' } }
 */
export function convert(
    amountCents: Cents,
    currency: string,
    periodStart: IsoDate,
    rates: readonly ExchangeRate[],
    functional: string = DEFAULT_FUNCTIONAL_CURRENCY
): Result<Conversion> {
    const from = currencyCode(currency)
    const to = currencyCode(functional)
    if (!CURRENCY.test(from))
        return fail('BENEFIT.CURRENCY_INVALID', `"${currency}" is not a currency code`, 'currency')
    if (!CURRENCY.test(to)) return fail('BENEFIT.CURRENCY_INVALID', `"${functional}" is not a currency code`)
    const start = parseDate(periodStart, 'period_start')
    if (!start.ok) return start
    if (from === to) return ok({ functionalCents: amountCents, rate: 1, rateDate: start.value })

    const startDay = toDayNumber(start.value)
    let best: { readonly rate: number; readonly date: IsoDate; readonly day: number } | null = null
    let ambiguous = false
    for (const row of rates) {
        const effective = parseDate(row.effective)
        if (currencyCode(row.currency) !== from || !effective.ok) continue
        const day = toDayNumber(effective.value)
        if (day > startDay || (best !== null && day < best.day)) continue
        if (best !== null && day === best.day) {
            ambiguous = ambiguous || row.rate !== best.rate
        } else {
            best = { rate: row.rate, date: effective.value, day }
            ambiguous = false
        }
    }
    if (best === null) {
        return fail('BENEFIT.NO_RATE', `no ${from} to ${to} rate is effective on or before ${start.value}`, 'currency')
    }
    if (ambiguous) {
        return fail('BENEFIT.RATE_AMBIGUOUS', `two different ${from} rates are effective on ${best.date}`, 'currency')
    }
    if (!(Number.isFinite(best.rate) && best.rate > 0)) {
        return fail('BENEFIT.RATE_INVALID', `the ${from} rate effective ${best.date} is not a positive number`)
    }
    return ok({ functionalCents: multiplyCents(amountCents, best.rate), rate: best.rate, rateDate: best.date })
}

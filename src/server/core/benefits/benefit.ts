/**
 * The rules a benefit's own fields must meet before it is saved, and the defaults it gets.
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { parseDate, toDayNumber } from '../fiscal/dates.ts'
import { parseCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { Perspective } from './perspective.ts'
import { perspectiveForType } from './perspective.ts'

/** A benefit's fields as stored (Glide strings; empty is `null` or ''). */
export interface BenefitFields {
    /** `currency` (default) or a unit: count, percent, hours, days, score. */
    readonly measure: string | null
    readonly currency: string | null
    readonly type: string | null
    readonly perspective: string | null
    readonly startDate: string | null
    readonly endDate: string | null
    readonly plannedTotal: string | null
}

/** The values a valid benefit is saved with. */
export interface BenefitDefaults {
    /** Upper case ISO 4217 code (the functional currency when none was given); '' for a benefit not measured in money. */
    readonly currency: string
    /** The given perspective, or the type's default (`null`: none). */
    readonly perspective: Perspective | string | null
}

/**
 * Checks a benefit and fills its defaults: currency (3 letters, default the functional currency; none for a benefit
 * measured in another unit), perspective (default by type), start date not after the end date, planned total not
 * negative. Fails with
 * `BENEFIT.CURRENCY_INVALID`, `FISCAL.DATE_INVALID`, `BENEFIT.RANGE_INVALID`, `MONEY.NOT_A_NUMBER` or
 * `BENEFIT.PLANNED_NEGATIVE`; `field` is the column.
 * @example checkBenefit({ measure: 'currency', currency: 'eur', type: 'cost_saving', perspective: null, startDate: '2026-01-01', endDate: '2026-12-31', plannedTotal: '1000' }, 'USD')
 * //=> { ok: true, value: { currency: 'EUR', perspective: 'financial' } }
 */
export function checkBenefit(fields: BenefitFields, functionalCurrency: string): Result<BenefitDefaults> {
    const money = (fields.measure ?? '') === '' || fields.measure === 'currency'
    const currency = money ? (fields.currency ?? '').trim().toUpperCase() || functionalCurrency : ''
    if (money && !/^[A-Z]{3}$/.test(currency)) {
        return fail('BENEFIT.CURRENCY_INVALID', `"${fields.currency}" is not a 3-letter currency code`, 'currency')
    }
    const start = fields.startDate ? parseDate(fields.startDate, 'start_date') : null
    if (start && !start.ok) return start
    const end = fields.endDate ? parseDate(fields.endDate, 'end_date') : null
    if (end && !end.ok) return end
    if (start?.ok && end?.ok && toDayNumber(end.value) < toDayNumber(start.value)) {
        return fail(
            'BENEFIT.RANGE_INVALID',
            `the end date ${end.value} is before the start date ${start.value}`,
            'end_date'
        )
    }
    const planned = parseCents(fields.plannedTotal, 'planned_total')
    if (!planned.ok) return planned
    if ((planned.value ?? 0) < 0) {
        return fail('BENEFIT.PLANNED_NEGATIVE', 'the planned total must not be negative', 'planned_total')
    }
    const perspective = (fields.perspective ?? '').trim() || perspectiveForType(fields.type)
    return ok({ currency, perspective })
}

/** An exchange rate as stored (Glide strings). */
export interface RateFields {
    readonly currency: string | null
    readonly rate: string | null
    readonly effectiveDate: string | null
}

/**
 * Checks an exchange rate: a 3-letter currency other than the functional one, a positive rate, a valid effective
 * date. Returns the normalised values. Fails with `BENEFIT.CURRENCY_INVALID`, `BENEFIT.RATE_FUNCTIONAL`,
 * `BENEFIT.RATE_INVALID` or `FISCAL.DATE_INVALID`; `field` is the column.
 * @example checkExchangeRate({ currency: 'eur', rate: '1.085', effectiveDate: '2026-01-01' }, 'USD')
 * //=> { ok: true, value: { currency: 'EUR', rate: 1.085, effective: '2026-01-01' } }
 */
export function checkExchangeRate(
    fields: RateFields,
    functionalCurrency: string
): Result<{ readonly currency: string; readonly rate: number; readonly effective: IsoDate }> {
    const currency = (fields.currency ?? '').trim().toUpperCase()
    if (!/^[A-Z]{3}$/.test(currency)) {
        return fail(
            'BENEFIT.CURRENCY_INVALID',
            `"${fields.currency ?? ''}" is not a 3-letter currency code`,
            'currency'
        )
    }
    if (currency === functionalCurrency) {
        return fail('BENEFIT.RATE_FUNCTIONAL', `${currency} is the functional currency: it needs no rate`, 'currency')
    }
    const text = (fields.rate ?? '').trim()
    const rate = Number(text)
    if (!/^\d+(?:\.\d+)?$/.test(text) || !(rate > 0)) {
        return fail('BENEFIT.RATE_INVALID', `the rate must be a number above 0, not "${text}"`, 'rate')
    }
    const effective = parseDate(fields.effectiveDate, 'effective_date')
    if (!effective.ok) return effective
    return ok({ currency, rate, effective: effective.value })
}

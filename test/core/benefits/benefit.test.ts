import { describe, expect, it } from '@jest/globals'
import { checkBenefit, checkExchangeRate } from '../../../src/server/core/benefits/benefit.ts'
import type { BenefitFields } from '../../../src/server/core/benefits/benefit.ts'

const fields = (over: Partial<BenefitFields> = {}): BenefitFields => ({
    measure: 'currency',
    currency: null,
    type: 'cost_saving',
    perspective: null,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    plannedTotal: '1000.00',
    ...over,
})

describe('checkBenefit', () => {
    it('defaults the currency to the functional currency and the perspective by type', () => {
        expect(checkBenefit(fields(), 'USD')).toEqual({
            ok: true,
            value: { currency: 'USD', perspective: 'financial' },
        })
    })

    it('upper-cases a given currency and keeps a given perspective', () => {
        expect(checkBenefit(fields({ currency: ' eur ', perspective: 'customer' }), 'USD')).toEqual({
            ok: true,
            value: { currency: 'EUR', perspective: 'customer' },
        })
    })

    it('has no perspective for an unknown type', () => {
        expect(checkBenefit(fields({ type: null }), 'USD')).toEqual({
            ok: true,
            value: { currency: 'USD', perspective: null },
        })
    })

    it('has no currency for a benefit measured in another unit', () => {
        expect(checkBenefit(fields({ measure: 'hours', currency: 'EUR', type: 'productivity' }), 'USD')).toEqual({
            ok: true,
            value: { currency: '', perspective: 'internal_process' },
        })
    })

    it('treats an empty measure as currency', () => {
        expect(checkBenefit(fields({ measure: null }), 'USD')).toMatchObject({ ok: true, value: { currency: 'USD' } })
    })

    it('accepts a benefit without dates or total (a draft)', () => {
        expect(checkBenefit(fields({ startDate: null, endDate: '', plannedTotal: null }), 'USD').ok).toBe(true)
    })

    it.each([
        ['a bad currency', fields({ currency: 'EURO' }), 'BENEFIT.CURRENCY_INVALID', 'currency'],
        ['an end before the start', fields({ endDate: '2025-12-31' }), 'BENEFIT.RANGE_INVALID', 'end_date'],
        ['a malformed start', fields({ startDate: '2026-02-30' }), 'FISCAL.DATE_INVALID', 'start_date'],
        ['a negative planned total', fields({ plannedTotal: '-1' }), 'BENEFIT.PLANNED_NEGATIVE', 'planned_total'],
        ['a planned total that is no number', fields({ plannedTotal: 'abc' }), 'MONEY.NOT_A_NUMBER', 'planned_total'],
    ])('refuses %s', (_what, given, code, field) => {
        expect(checkBenefit(given, 'USD')).toMatchObject({ ok: false, error: { code, field } })
    })
})

describe('checkExchangeRate', () => {
    it('normalises the currency and reads the rate', () => {
        expect(checkExchangeRate({ currency: ' eur', rate: '1.085000', effectiveDate: '2026-01-01' }, 'USD')).toEqual({
            ok: true,
            value: { currency: 'EUR', rate: 1.085, effective: '2026-01-01' },
        })
    })

    it.each([
        [
            'a bad currency',
            { currency: 'E', rate: '1', effectiveDate: '2026-01-01' },
            'BENEFIT.CURRENCY_INVALID',
            'currency',
        ],
        [
            'the functional currency',
            { currency: 'usd', rate: '1', effectiveDate: '2026-01-01' },
            'BENEFIT.RATE_FUNCTIONAL',
            'currency',
        ],
        ['a zero rate', { currency: 'EUR', rate: '0', effectiveDate: '2026-01-01' }, 'BENEFIT.RATE_INVALID', 'rate'],
        [
            'a negative rate',
            { currency: 'EUR', rate: '-1.1', effectiveDate: '2026-01-01' },
            'BENEFIT.RATE_INVALID',
            'rate',
        ],
        ['no rate', { currency: 'EUR', rate: null, effectiveDate: '2026-01-01' }, 'BENEFIT.RATE_INVALID', 'rate'],
        ['no date', { currency: 'EUR', rate: '1.1', effectiveDate: null }, 'FISCAL.DATE_INVALID', 'effective_date'],
    ])('refuses %s', (_what, given, code, field) => {
        expect(checkExchangeRate(given, 'USD')).toMatchObject({ ok: false, error: { code, field } })
    })
})

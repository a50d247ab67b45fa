import { describe, expect, it } from '@jest/globals'
import type { ExchangeRate } from '../../../src/server/core/benefits/currency.ts'
import { convert } from '../../../src/server/core/benefits/currency.ts'

const RATES: ExchangeRate[] = [
    { currency: 'EUR', rate: 1.05, effective: '2026-01-01' },
    { currency: 'EUR', rate: 1.08, effective: '2026-03-01' },
    { currency: 'EUR', rate: 1.2, effective: '2026-04-02' },
    { currency: 'GBP', rate: 1.3, effective: '2026-03-15' },
]

describe('convert', () => {
    it('uses the latest rate effective on or before the period start', () => {
        expect(convert(10000, 'EUR', '2026-04-01', RATES, 'USD')).toEqual({
            ok: true,
            value: { functionalCents: 10800, rate: 1.08, rateDate: '2026-03-01' },
        })
    })

    it('uses a rate effective on the period start itself', () => {
        expect(convert(10000, 'EUR', '2026-04-02', RATES, 'USD')).toMatchObject({
            ok: true,
            value: { rate: 1.2, rateDate: '2026-04-02' },
        })
    })

    it('does not use a rate effective after the period start, whatever the list order', () => {
        expect(convert(10000, 'EUR', '2026-02-28', [...RATES].reverse(), 'USD')).toMatchObject({
            ok: true,
            value: { rate: 1.05, rateDate: '2026-01-01' },
        })
    })

    it('fails with BENEFIT.NO_RATE when the only rate is effective after the period start', () => {
        expect(convert(10000, 'GBP', '2026-03-14', RATES, 'USD')).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.NO_RATE' },
        })
    })

    it('fails with BENEFIT.NO_RATE for a currency without rates', () => {
        expect(convert(10000, 'JPY', '2026-06-01', RATES, 'USD')).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.NO_RATE' },
        })
    })

    it('keeps an amount already in the functional currency, at rate 1 dated the period start', () => {
        expect(convert(12345, 'usd', '2026-04-01 00:00:00', [], 'USD')).toEqual({
            ok: true,
            value: { functionalCents: 12345, rate: 1, rateDate: '2026-04-01' },
        })
    })

    it('defaults the functional currency to USD', () => {
        expect(convert(100, 'USD', '2026-04-01', [])).toMatchObject({ ok: true, value: { rate: 1 } })
    })

    it.each([
        [5, 1.1, 6],
        [-5, 1.1, -6],
        [333, 1.0856, 362],
        [1999999, 0.85, 1699999],
        [123456789, 1.2345, 152407406],
        [1, 0.5, 1],
    ])('converts %d cents at %d to %d cents (half away from zero)', (cents, rate, expected) => {
        const rates = [{ currency: 'EUR', rate, effective: '2026-01-01' }]
        expect(convert(cents, 'EUR', '2026-02-01', rates, 'USD')).toMatchObject({
            ok: true,
            value: { functionalCents: expected },
        })
    })

    it('matches currency codes case-insensitively', () => {
        const rates = [{ currency: 'eur', rate: 2, effective: '2026-01-01' }]
        expect(convert(100, ' Eur ', '2026-02-01', rates, 'usd')).toMatchObject({
            ok: true,
            value: { functionalCents: 200 },
        })
    })

    it('ignores rate rows with a malformed effective date', () => {
        const rates = [...RATES, { currency: 'EUR', rate: 9, effective: '2026-03-32' }]
        expect(convert(100, 'EUR', '2026-04-01', rates, 'USD')).toMatchObject({ ok: true, value: { rate: 1.08 } })
    })

    it.each([
        ['EURO', 'USD'],
        ['', 'USD'],
        ['EUR', 'US'],
    ])('refuses the currency pair %p → %p with BENEFIT.CURRENCY_INVALID', (from, to) => {
        expect(convert(100, from, '2026-04-01', RATES, to)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.CURRENCY_INVALID' },
        })
    })

    it('refuses a malformed period start with FISCAL.DATE_INVALID', () => {
        expect(convert(100, 'EUR', '2026-02-30', RATES, 'USD')).toMatchObject({
            ok: false,
            error: { code: 'FISCAL.DATE_INVALID', field: 'period_start' },
        })
    })

    it.each([0, -1.1, Number.NaN])('refuses an applicable rate of %p with BENEFIT.RATE_INVALID', (rate) => {
        const rates = [{ currency: 'EUR', rate, effective: '2026-01-01' }]
        expect(convert(100, 'EUR', '2026-02-01', rates, 'USD')).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.RATE_INVALID' },
        })
    })

    it('refuses two different rates with the same effective date with BENEFIT.RATE_AMBIGUOUS', () => {
        const rates = [
            { currency: 'EUR', rate: 1.1, effective: '2026-01-01' },
            { currency: 'EUR', rate: 1.2, effective: '2026-01-01' },
            { currency: 'EUR', rate: 1.1, effective: '2026-01-01' },
        ]
        expect(convert(100, 'EUR', '2026-02-01', rates, 'USD')).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.RATE_AMBIGUOUS' },
        })
    })

    it('accepts a duplicated rate row with the same value', () => {
        const rates = [
            { currency: 'EUR', rate: 1.1, effective: '2026-01-01' },
            { currency: 'EUR', rate: 1.1, effective: '2026-01-01' },
        ]
        expect(convert(100, 'EUR', '2026-02-01', rates, 'USD')).toMatchObject({ ok: true, value: { rate: 1.1 } })
    })

    it('uses a later rate over an ambiguous earlier date', () => {
        const rates = [
            { currency: 'EUR', rate: 1.1, effective: '2026-01-01' },
            { currency: 'EUR', rate: 1.2, effective: '2026-01-01' },
            { currency: 'EUR', rate: 1.3, effective: '2026-01-15' },
        ]
        expect(convert(100, 'EUR', '2026-02-01', rates, 'USD')).toMatchObject({ ok: true, value: { rate: 1.3 } })
    })
})

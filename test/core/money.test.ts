import { describe, expect, it } from '@jest/globals'
import { formatCents, multiplyCents, parseCents, splitCents, toCents } from '../../src/server/core/money.ts'

describe('parseCents', () => {
    it.each([
        ['0.1', 10],
        ['0.30', 30],
        ['12.345', 1235],
        ['12.344', 1234],
        ['-12.345', -1235],
        ['1,000.50', 100050],
        ['7', 700],
        ['7.', 700],
        ['+3.5', 350],
        ['-0.001', 0],
    ])('parses %s as %d cents', (text, cents) => {
        expect(parseCents(text)).toEqual({ ok: true, value: cents })
    })

    it('returns null for an empty value', () => {
        expect(parseCents('')).toEqual({ ok: true, value: null })
        expect(parseCents(null)).toEqual({ ok: true, value: null })
        expect(parseCents('   ')).toEqual({ ok: true, value: null })
    })

    it.each(['abc', '1e5', '12.3.4', 'NaN', 'Infinity', '--1', '<script>'])(
        'refuses %s with MONEY.NOT_A_NUMBER',
        (text) => {
            expect(parseCents(text, 'direct_cost')).toMatchObject({
                ok: false,
                error: { code: 'MONEY.NOT_A_NUMBER', field: 'direct_cost' },
            })
        }
    )

    it('refuses amounts beyond the safe integer range instead of rounding them', () => {
        expect(parseCents('999999999999999999999')).toMatchObject({ ok: false, error: { code: 'MONEY.TOO_LARGE' } })
    })
})

describe('formatCents', () => {
    it.each([
        [30, '0.30'],
        [0, '0.00'],
        [-1205, '-12.05'],
        [123456789, '1234567.89'],
    ])('formats %d as %s', (cents, text) => {
        expect(formatCents(cents)).toBe(text)
    })
})

describe('toCents', () => {
    it('prices 0.1 + 0.2 as exactly 30 cents', () => {
        expect(toCents(0.1 + 0.2)).toBe(30)
    })
    it.each([
        [2.675, 268],
        [1.005, 101],
        [-1.005, -101],
        [0.004999, 0],
    ])('rounds %d half away from zero to %d', (amount, cents) => {
        expect(toCents(amount)).toBe(cents)
    })
})

describe('multiplyCents', () => {
    it('multiplies by a fractional factor exactly', () => {
        expect(multiplyCents(5000, 1.5)).toBe(7500)
        expect(multiplyCents(3333, 3)).toBe(9999)
    })
})

describe('splitCents', () => {
    it('puts the remainder on the last part and keeps the total', () => {
        expect(splitCents(10000, 3)).toEqual([3333, 3333, 3334])
        expect(splitCents(-10000, 3)).toEqual([-3333, -3333, -3334])
        expect(splitCents(5, 12).reduce((a, b) => a + b, 0)).toBe(5)
    })
    it('returns no parts for a non-positive count', () => {
        expect(splitCents(100, 0)).toEqual([])
    })
})

import { describe, expect, it } from '@jest/globals'
import { formatDelta, formatNumber, formatTimestamp, formatValue } from '../../src/client/services/format.ts'

const en = { currency: 'EUR', locale: 'en-US' }

describe('formatValue', () => {
    it.each([
        [1234567, 'currency', true, '€1.23M'],
        [1234567, 'currency', false, '€1,234,567'],
        [9999, 'currency', true, '€9,999'],
        [-25000, 'currency', true, '-€25K'],
        [87.5, 'percent', false, '87.5%'],
        [36.25, 'hours', false, '36.3 h'],
        [12.5, 'days', false, '12.5 d'],
        [1234, 'count', false, '1,234'],
        [0, 'count', false, '0'],
        [40980, 'count', true, '41K'],
        [12345.6, 'hours', true, '12.3K h'],
    ])('formats %d %s (compact %s) as %s', (value, unit, compact, expected) => {
        expect(formatValue(value, { ...en, unit, compact })).toBe(expected)
    })

    it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])('shows an en dash for %s', (value) => {
        expect(formatValue(value, { ...en, unit: 'count' })).toBe('–')
    })

    it('uses the functional currency', () => {
        expect(formatValue(1500, { unit: 'currency', currency: 'GBP', locale: 'en-GB' })).toBe('£1,500')
    })

    it('falls back to USD for a currency code it cannot use', () => {
        expect(formatValue(10, { unit: 'currency', currency: 'euro', locale: 'en-US' })).toBe('$10')
    })

    it('follows the locale', () => {
        expect(formatValue(1234.5, { unit: 'hours', currency: 'EUR', locale: 'de-DE' })).toBe('1.234,5 h')
    })
})

describe('formatDelta', () => {
    it.each([
        [2.5, 'percent', '+2.5 pp'],
        [-2.5, 'percent', '−2.5 pp'],
        [-12000, 'currency', '−€12K'],
        [3, 'count', '+3'],
        [0.04, 'hours', '+0.04 h'],
        [-0.5, 'days', '−0.5 d'],
        [0, 'count', '±0'],
        [null, 'count', '–'],
    ])('formats %s %s as %s', (delta, unit, expected) => {
        expect(formatDelta(delta, { ...en, unit, compact: true })).toBe(expected)
    })
})

describe('formatNumber', () => {
    it('keeps at most two decimals', () => {
        expect(formatNumber(12.3456, 'en-US')).toBe('12.35')
        expect(formatNumber(null, 'en-US')).toBe('–')
    })
})

describe('formatTimestamp', () => {
    it('reads Glide UTC and ISO timestamps', () => {
        expect(formatTimestamp('2026-11-15 02:00:00', 'en-US', 'UTC')).toBe('Nov 15, 2026, 2:00 AM')
        expect(formatTimestamp('2026-11-15T02:00:00Z', 'en-US', 'UTC')).toBe('Nov 15, 2026, 2:00 AM')
    })

    it('returns what it cannot read unchanged, and an en dash for nothing', () => {
        expect(formatTimestamp('yesterday', 'en-US')).toBe('yesterday')
        expect(formatTimestamp(null, 'en-US')).toBe('–')
    })
})

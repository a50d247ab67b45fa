import { describe, expect, it } from '@jest/globals'
import { formatNumber, roundHalfUp } from '../../../src/server/core/scoring/rounding.ts'

describe('roundHalfUp', () => {
    it.each([
        [1.005, 1.01],
        [2.675, 2.68],
        [1.045, 1.05],
        [0.125, 0.13],
        [99.995, 100],
        [1.0049, 1],
        [33.333333333333336, 33.33],
        [66.66666666666667, 66.67],
        [100, 100],
        [0, 0],
        [-1.005, -1.01],
        [-0.001, 0],
    ])('rounds %p to %p', (value, expected) => {
        expect(roundHalfUp(value)).toBe(expected)
    })

    it.each([
        [100 * (2.01 / 200), 1.01],
        [1.005 * 100, 100.5],
        [0.1 + 0.2, 0.3],
        [(100 * 1.005) / 100, 1.01],
    ])('absorbs binary noise from arithmetic in %p', (value, expected) => {
        expect(roundHalfUp(value)).toBe(expected)
    })

    it.each([
        [7.25, 1, 7.3],
        [0.66665, 4, 0.6667],
        [2.5, 0, 3],
    ])('rounds %p to %p decimals as %p', (value, decimals, expected) => {
        expect(roundHalfUp(value, decimals)).toBe(expected)
    })

    it('returns 0, not -0, for negative zero', () => {
        expect(Object.is(roundHalfUp(-0), 0)).toBe(true)
    })

    it.each([NaN, Infinity, -Infinity])('returns %p unchanged', (value) => {
        expect(roundHalfUp(value)).toBe(value)
    })

    it('keeps large values that have no room for decimals', () => {
        expect(roundHalfUp(1e16)).toBe(1e16)
    })
})

describe('formatNumber', () => {
    it.each([
        [0.1 + 0.2, '0.3'],
        [12, '12'],
        [0.25, '0.25'],
        [-5, '-5'],
    ])('prints %p as %s', (value, text) => {
        expect(formatNumber(value)).toBe(text)
    })
})

import { describe, expect, it } from '@jest/globals'
import { percentOf } from '../../../src/server/core/benefits/percent.ts'

describe('percentOf', () => {
    it.each([
        [1, 3, 33.33],
        [2, 3, 66.67],
        [1, 8, 12.5],
        [12345, 100000, 12.35],
        [1005, 100000, 1.01],
        [1, 20000, 0.01],
        [1, 20001, 0],
        [300, 200, 150],
        [0, 5, 0],
        [-12345, 100000, -12.35],
        [-1, 3, -33.33],
        [1, -3, -33.33],
        [123456789012, 987654321098, 12.5],
    ])('gives %d of %d as %d percent', (part, whole, pct) => {
        expect(percentOf(part, whole)).toBe(pct)
    })

    it('rounds an exact half up where float math would round it down', () => {
        // 201 / 20000 * 10000 is 100.49999999999999 in binary floating point: Math.round would give 1.00
        expect(percentOf(201, 20000)).toBe(1.01)
    })

    it('returns null when the whole is 0', () => {
        expect(percentOf(5, 0)).toBeNull()
    })

    it('never returns -0', () => {
        expect(Object.is(percentOf(-1, 1000000), 0)).toBe(true)
    })
})

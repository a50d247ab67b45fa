import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { impactScore } from '../../../src/server/core/pricing/impact-score.ts'

const R = 10000000 // 100000.00

describe('impactScore', () => {
    it.each([
        [0, 0],
        [1, 0],
        [100, 6],
        [900, 20],
        [9900, 40],
        [99900, 60],
        [145000, 63],
        [999900, 80],
        [R - 1, 100],
        [R, 100],
        [R + 1, 100],
        [1e13, 100],
    ])('scores %d cents as %d against a reference of 100000.00', (cents, score) => {
        expect(impactScore(cents, R)).toBe(score)
    })

    it('scores exactly 100 at the reference cost', () => {
        expect(impactScore(12345, 12345)).toBe(100)
    })

    it.each([-1, -1e13, NaN])('scores %d as 0', (cents) => {
        expect(impactScore(cents, R)).toBe(0)
    })

    it.each([0, -5])('scores any positive cost 100 against a reference of %d', (reference) => {
        expect(impactScore(1, reference)).toBe(100)
    })

    it('is an integer from 0 to 100 for any cost and reference', () => {
        const cents = fc.integer({ min: 0, max: 1e13 })
        fc.assert(
            fc.property(cents, fc.integer({ min: 1, max: 1e13 }), (cost, reference) => {
                const score = impactScore(cost, reference)
                return Number.isInteger(score) && score >= 0 && score <= 100
            }),
            { seed: 20240301, numRuns: 1000 }
        )
    })

    it('never falls as the cost rises', () => {
        const cents = fc.integer({ min: 0, max: 1e13 })
        fc.assert(
            fc.property(cents, cents, fc.integer({ min: 1, max: 1e13 }), (a, b, reference) => {
                return impactScore(Math.min(a, b), reference) <= impactScore(Math.max(a, b), reference)
            }),
            { seed: 20240301, numRuns: 1000 }
        )
    })

    it('never falls for neighbouring costs', () => {
        fc.assert(
            fc.property(
                fc.integer({ min: 0, max: 1e13 - 1 }),
                (cost) => impactScore(cost, R) <= impactScore(cost + 1, R)
            ),
            { seed: 20240301, numRuns: 1000 }
        )
    })
})

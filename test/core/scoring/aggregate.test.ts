import { describe, expect, it } from '@jest/globals'
import { aggregateRatings } from '../../../src/server/core/scoring/aggregate.ts'

describe('aggregateRatings', () => {
    it('averages each criterion over the assessors', () => {
        expect(aggregateRatings({ alice: { impact: 8, reach: 3 }, bob: { impact: 6, reach: 5 } })).toEqual({
            impact: 7,
            reach: 4,
        })
    })

    it('averages only over the assessors who rated the criterion', () => {
        expect(aggregateRatings({ alice: { impact: 8, reach: 3 }, bob: { impact: 6 } })).toEqual({
            impact: 7,
            reach: 3,
        })
    })

    it.each([null, undefined, NaN, Infinity])('ignores a rating of %p', (value) => {
        expect(aggregateRatings({ alice: { impact: 9 }, bob: { impact: value } })).toEqual({ impact: 9 })
    })

    it('does not round the average', () => {
        expect(aggregateRatings({ a: { impact: 7 }, b: { impact: 7 }, c: { impact: 8 } }).impact).toBeCloseTo(
            22 / 3,
            12
        )
    })

    it('gives the same average whatever the order of the assessors', () => {
        const forward = aggregateRatings({ a: { x: 0.1 }, b: { x: 0.2 }, c: { x: 0.3 } })
        const backward = aggregateRatings({ c: { x: 0.3 }, b: { x: 0.2 }, a: { x: 0.1 } })
        expect(forward.x).toBe(backward.x)
    })

    it('returns the keys sorted', () => {
        expect(Object.keys(aggregateRatings({ a: { reach: 1, impact: 2 }, b: { confidence: 3 } }))).toEqual([
            'confidence',
            'impact',
            'reach',
        ])
    })

    it('returns the single assessor ratings for one assessor', () => {
        expect(aggregateRatings({ alice: { impact: 8, reach: 2.5 } })).toEqual({ impact: 8, reach: 2.5 })
    })

    it('returns no ratings for no assessors', () => {
        expect(aggregateRatings({})).toEqual({})
    })

    it('ignores a __proto__ key instead of replacing the prototype', () => {
        const ratings = JSON.parse('{"__proto__": 5, "impact": 4}') as Record<string, number>
        const result = aggregateRatings({ alice: ratings })
        expect(Object.getPrototypeOf(result)).toBe(Object.prototype)
        expect(result).toEqual({ impact: 4 })
    })
})

import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { roundHalfUp } from '../../../src/server/core/scoring/rounding.ts'
import { scoreDemand } from '../../../src/server/core/scoring/score.ts'
import type { Criterion } from '../../../src/server/core/scoring/types.ts'
import { aModel } from './builders.ts'

const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

/** A valid criterion with key c<i>: weight > 0, min < max, either direction. */
const criterion = (i: number): fc.Arbitrary<Criterion> =>
    fc
        .record({
            weight: finite(0.01, 100),
            min: finite(-1000, 1000),
            span: finite(0.001, 1000),
            direction: fc.constantFrom<Criterion['direction']>('benefit', 'cost'),
        })
        .map(({ weight, min, span, direction }) => ({
            name: `Criterion ${i}`,
            key: `c${i}`,
            weight,
            direction,
            min,
            max: min + span,
            order: i,
            formulaRole: 'none' as const,
        }))

/** 1–6 criteria with, for each, a rating somewhere in [0, 1] of its range or none. */
const scenario = fc
    .integer({ min: 1, max: 6 })
    .chain((count) =>
        fc.tuple(
            fc.tuple(...Array.from({ length: count }, (_, i) => criterion(i))),
            fc.array(fc.option(finite(0, 1), { nil: null }), { minLength: count, maxLength: count })
        )
    )
    .map(([criteria, positions]) => {
        const ratings: Record<string, number | null> = {}
        criteria.forEach((c, i) => {
            const p = positions[i] ?? null
            ratings[c.key] = p === null ? null : c.min + p * (c.max - c.min)
        })
        return { criteria: criteria as Criterion[], ratings }
    })

const model = aModel()

describe('scoreDemand (properties)', () => {
    it('keeps the score within [0, 100]', () => {
        fc.assert(
            fc.property(scenario, ({ criteria, ratings }) => {
                const { score } = scoreDemand(model, criteria, ratings)
                return score === null || (score >= 0 && score <= 100)
            })
        )
    })

    it('never lowers the score when a benefit rating increases, nor raises it when a cost rating increases', () => {
        fc.assert(
            fc.property(scenario, fc.nat(), finite(0, 1), ({ criteria, ratings }, pick, step) => {
                const target = criteria[pick % criteria.length] as Criterion
                const before = ratings[target.key] ?? target.min
                const after = before + step * (target.max - before)
                const low = scoreDemand(model, criteria, { ...ratings, [target.key]: before }).score ?? 0
                const high = scoreDemand(model, criteria, { ...ratings, [target.key]: after }).score ?? 0
                return target.direction === 'benefit' ? high >= low : high <= low
            })
        )
    })

    it('gives the same breakdown for the same input', () => {
        fc.assert(
            fc.property(scenario, ({ criteria, ratings }) => {
                const a = scoreDemand(model, criteria, ratings)
                const b = scoreDemand(model, criteria.slice().reverse(), { ...ratings })
                expect(b).toEqual(a)
            })
        )
    })
})

describe('roundHalfUp (properties)', () => {
    it('is monotonic', () => {
        fc.assert(
            fc.property(finite(-1e6, 1e6), finite(-1e6, 1e6), (a, b) => {
                const [lo, hi] = a <= b ? [a, b] : [b, a]
                return roundHalfUp(lo) <= roundHalfUp(hi)
            })
        )
    })

    it('stays within half a cent (plus noise) of the value', () => {
        fc.assert(
            fc.property(
                finite(-1e6, 1e6),
                (x) => Math.abs(roundHalfUp(x) - x) <= 0.005 + 1e-9 * Math.max(1, Math.abs(x))
            )
        )
    })

    it('rounds every two-decimal value plus a half cent up', () => {
        fc.assert(
            fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
                const half = Number(`${cents}5e-3`)
                return roundHalfUp(half) === Number(`${cents + 1}e-2`)
            })
        )
    })
})

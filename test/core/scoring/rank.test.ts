import { describe, expect, it } from '@jest/globals'
import type { RankInput } from '../../../src/server/core/scoring/rank.ts'
import { compareDemandNumbers, rankDemands } from '../../../src/server/core/scoring/rank.ts'

function aDemand(number: string, overrides: Partial<RankInput> = {}): RankInput {
    return { model: 'value', number, rankingValue: 50, score: 50, isOpen: true, ...overrides }
}

const ranks = (items: readonly RankInput[]) => rankDemands(items).map((d) => [d.number, d.rank])

describe('rankDemands', () => {
    it('ranks by ranking value, highest first', () => {
        const items = [
            aDemand('DMND0001001', { rankingValue: 10 }),
            aDemand('DMND0001002', { rankingValue: 90 }),
            aDemand('DMND0001003', { rankingValue: 50 }),
        ]
        expect(ranks(items)).toEqual([
            ['DMND0001002', 1],
            ['DMND0001003', 2],
            ['DMND0001001', 3],
        ])
    })

    it('breaks a tie in ranking value by score, highest first', () => {
        const items = [
            aDemand('DMND0001001', { rankingValue: 5, score: 40 }),
            aDemand('DMND0001002', { rankingValue: 5, score: 80 }),
        ]
        expect(ranks(items)).toEqual([
            ['DMND0001002', 1],
            ['DMND0001001', 2],
        ])
    })

    it('breaks a tie in ranking value and score by demand number, lowest first', () => {
        const items = [aDemand('DMND0001003'), aDemand('DMND0001001'), aDemand('DMND0001002')]
        expect(ranks(items)).toEqual([
            ['DMND0001001', 1],
            ['DMND0001002', 2],
            ['DMND0001003', 3],
        ])
    })

    it('puts an empty ranking value last, even below a negative one', () => {
        const items = [aDemand('DMND0001001', { rankingValue: null }), aDemand('DMND0001002', { rankingValue: -3 })]
        expect(ranks(items)).toEqual([
            ['DMND0001002', 1],
            ['DMND0001001', 2],
        ])
    })

    it('treats a NaN ranking value as empty', () => {
        const items = [aDemand('DMND0001001', { rankingValue: NaN }), aDemand('DMND0001002', { rankingValue: 0 })]
        expect(ranks(items)).toEqual([
            ['DMND0001002', 1],
            ['DMND0001001', 2],
        ])
    })

    it('orders demands with empty ranking values by score, an empty score last', () => {
        const items = [
            aDemand('DMND0001001', { rankingValue: null, score: null }),
            aDemand('DMND0001002', { rankingValue: null, score: 20 }),
            aDemand('DMND0001003', { rankingValue: null, score: 70 }),
        ]
        expect(ranks(items)).toEqual([
            ['DMND0001003', 1],
            ['DMND0001002', 2],
            ['DMND0001001', 3],
        ])
    })

    it('ranks by an override value carried in the ranking value, not by score', () => {
        const items = [
            aDemand('DMND0001001', { rankingValue: 95, score: 95 }),
            aDemand('DMND0001002', { rankingValue: 99, score: 10 }),
        ]
        expect(ranks(items)).toEqual([
            ['DMND0001002', 1],
            ['DMND0001001', 2],
        ])
    })

    it('gives closed demands no rank and leaves no gap for them', () => {
        const items = [
            aDemand('DMND0001001', { rankingValue: 99, isOpen: false }),
            aDemand('DMND0001002', { rankingValue: 50 }),
            aDemand('DMND0001003', { rankingValue: 40 }),
        ]
        expect(ranks(items)).toEqual([
            ['DMND0001002', 1],
            ['DMND0001003', 2],
            ['DMND0001001', null],
        ])
    })

    it('ranks each model separately, models in ascending order', () => {
        const items = [
            aDemand('DMND0001001', { model: 'wsjf', rankingValue: 3 }),
            aDemand('DMND0001002', { model: 'rice', rankingValue: 400 }),
            aDemand('DMND0001003', { model: 'wsjf', rankingValue: 8 }),
        ]
        expect(rankDemands(items).map((d) => [d.model, d.number, d.rank])).toEqual([
            ['rice', 'DMND0001002', 1],
            ['wsjf', 'DMND0001003', 1],
            ['wsjf', 'DMND0001001', 2],
        ])
    })

    it('keeps the caller data of each item', () => {
        const items = [{ ...aDemand('DMND0001001'), sysId: 'abc' }]
        expect(rankDemands(items)[0]).toEqual({ ...items[0], rank: 1 })
    })

    it('does not mutate its input', () => {
        const items = [aDemand('DMND0001002'), aDemand('DMND0001001')]
        const copy = items.map((d) => ({ ...d }))
        rankDemands(items)
        expect(items).toEqual(copy)
    })

    it('returns an empty list for no demands', () => {
        expect(rankDemands([])).toEqual([])
    })
})

describe('compareDemandNumbers', () => {
    it.each<[string, string, number]>([
        ['DMND0001001', 'DMND0001002', -1],
        ['DMND0001002', 'DMND0001001', 1],
        ['DMND0001001', 'DMND0001001', 0],
        ['DMND9999999', 'DMND10000000', -1],
        ['DMND999', 'DMND1000', -1],
        ['DMND0001001', 'PRJ0001001', -1],
        ['', 'DMND0001001', -1],
    ])('compares %s with %s as %p', (a, b, expected) => {
        expect(Math.sign(compareDemandNumbers(a, b))).toBe(expected)
    })
})

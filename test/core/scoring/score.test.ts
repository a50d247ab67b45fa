import { describe, expect, it } from '@jest/globals'
import {
    applyOverride,
    computedRankingValue,
    normalise,
    scoreDemand,
    serializeBreakdown,
} from '../../../src/server/core/scoring/score.ts'
import type { Criterion, Ratings, ScoringMethod } from '../../../src/server/core/scoring/types.ts'
import { aCriterion, aModel, riceCriteria, wsjfCriteria } from './builders.ts'

const impact = aCriterion({ name: 'Customer impact', key: 'impact', weight: 3, order: 1 })
const alignment = aCriterion({ name: 'Strategic alignment', key: 'alignment', weight: 2, order: 2 })
const effort = aCriterion({ name: 'Effort', key: 'effort', weight: 1, order: 3, direction: 'cost' })
const weighted = [impact, alignment, effort]
const model = aModel({ method: 'weighted', version: 3 })

describe('normalise', () => {
    it.each<[Criterion['direction'], number, number, number, number]>([
        ['benefit', 1, 10, 1, 0],
        ['benefit', 1, 10, 10, 1],
        ['benefit', 1, 10, 5.5, 0.5],
        ['benefit', 0, 4, 1, 0.25],
        ['cost', 1, 10, 1, 1],
        ['cost', 1, 10, 10, 0],
        ['cost', 0, 4, 1, 0.75],
        ['benefit', -5, 5, 0, 0.5],
    ])('maps a %s rating in %p–%p of %p to %p', (direction, min, max, rating, n) => {
        expect(normalise({ direction, min, max }, rating)).toBe(n)
    })

    it.each<[Criterion['direction'], number, number]>([
        ['benefit', 15, 1],
        ['benefit', -3, 0],
        ['cost', 15, 0],
        ['cost', -3, 1],
    ])('clamps a %s rating of %p outside the range to %p', (direction, rating, n) => {
        expect(normalise({ direction, min: 1, max: 10 }, rating)).toBe(n)
    })
})

describe('scoreDemand', () => {
    it('scores 100 × Σ weight·n / Σ weight when every criterion is rated', () => {
        // n: impact 1, alignment 0.5, effort (cost, rating 1) 1 → (3 + 1 + 1) / 6
        const result = scoreDemand(model, weighted, { impact: 10, alignment: 5.5, effort: 1 })
        expect(result).toMatchObject({ score: 83.33, status: 'scored', rankingValue: 83.33 })
    })

    it('gives 100 for the best rating on every criterion, costs at their minimum', () => {
        expect(scoreDemand(model, weighted, { impact: 10, alignment: 10, effort: 1 }).score).toBe(100)
    })

    it('gives 0 for the worst rating on every criterion, costs at their maximum', () => {
        expect(scoreDemand(model, weighted, { impact: 1, alignment: 1, effort: 10 }).score).toBe(0)
    })

    it('counts a missing rating as n = 0 and reports partial', () => {
        const result = scoreDemand(model, weighted, { impact: 10 })
        expect(result).toMatchObject({ score: 50, status: 'partial' })
    })

    it('never lets an unrated cost criterion raise the score', () => {
        const rated = scoreDemand(model, weighted, { impact: 10, alignment: 10, effort: 10 })
        const unrated = scoreDemand(model, weighted, { impact: 10, alignment: 10 })
        expect(unrated.score).toBe(rated.score)
    })

    it.each<[string, Ratings]>([
        ['no ratings', {}],
        ['only null ratings', { impact: null, alignment: undefined }],
        ['only ratings of other criteria', { reach: 5 }],
        ['only non-finite ratings', { impact: NaN, effort: Infinity }],
    ])('returns unscored with a null score for %s', (_case, ratings) => {
        expect(scoreDemand(model, weighted, ratings)).toMatchObject({
            score: null,
            status: 'unscored',
            rankingValue: null,
        })
    })

    it('returns unscored for a model without criteria', () => {
        expect(scoreDemand(model, [], { impact: 5 })).toMatchObject({ score: null, status: 'unscored' })
    })

    it.each<[number, number, number]>([
        [2.01, 200, 1.01],
        [1.005, 100, 1.01],
        [2.675, 100, 2.68],
        [1.0049, 100, 1],
    ])('rounds a rating of %p on 0–%p half-up to %p', (rating, max, score) => {
        const only = aCriterion({ key: 'only', min: 0, max })
        expect(scoreDemand(model, [only], { only: rating }).score).toBe(score)
    })

    it('clamps a rating outside the range before scoring', () => {
        expect(scoreDemand(model, [impact], { impact: 15 })).toMatchObject({
            score: 100,
            breakdown: { criteria: [{ rating: 10 }] },
        })
    })

    it('leaves out a criterion that would fail validation', () => {
        const broken = aCriterion({ key: 'broken', weight: 0 })
        expect(scoreDemand(model, [impact, broken], { impact: 10, broken: 1 })).toMatchObject({
            score: 100,
            status: 'scored',
        })
    })

    it('does not mutate its inputs', () => {
        const criteria = [effort, impact]
        const ratings = { impact: 15 }
        scoreDemand(model, criteria, ratings)
        expect(criteria).toEqual([effort, impact])
        expect(ratings).toEqual({ impact: 15 })
    })

    describe('breakdown', () => {
        it('lists every criterion in order with rating, normalised value, weight and contribution', () => {
            expect(scoreDemand(model, [effort, alignment, impact], { impact: 4, effort: 4 }).breakdown).toEqual({
                modelVersion: 3,
                method: 'weighted',
                criteria: [
                    {
                        key: 'impact',
                        name: 'Customer impact',
                        rating: 4,
                        normalised: 0.3333,
                        weight: 3,
                        contribution: 16.67,
                    },
                    {
                        key: 'alignment',
                        name: 'Strategic alignment',
                        rating: null,
                        normalised: 0,
                        weight: 2,
                        contribution: 0,
                    },
                    { key: 'effort', name: 'Effort', rating: 4, normalised: 0.6667, weight: 1, contribution: 11.11 },
                ],
            })
        })

        it('totals the unrounded contributions, not the rounded ones', () => {
            const halves = [1, 2, 3].map((i) => aCriterion({ key: `c${i}`, order: i, min: 0, max: 2 }))
            const result = scoreDemand(model, halves, { c1: 1, c2: 1, c3: 1 })
            expect(result.breakdown.criteria.map((c) => c.contribution)).toEqual([16.67, 16.67, 16.67])
            expect(result.score).toBe(50)
        })

        it('serialises to the same JSON for the same input', () => {
            const a = scoreDemand(model, [impact, effort], { effort: 2, impact: 7 })
            const b = scoreDemand(model, [effort, impact], { impact: 7, effort: 2 })
            expect(serializeBreakdown(a.breakdown)).toBe(serializeBreakdown(b.breakdown))
        })

        it('serialises with a fixed key order whatever order the object was built in', () => {
            const json = serializeBreakdown({
                criteria: [{ contribution: 50, weight: 1, normalised: 1, rating: 10, name: 'Impact', key: 'impact' }],
                method: 'weighted',
                modelVersion: 2,
            })
            expect(json).toBe(
                '{"modelVersion":2,"method":"weighted","criteria":[{"key":"impact","name":"Impact","rating":10,' +
                    '"normalised":1,"weight":1,"contribution":50}]}'
            )
        })

        it('serialises a missing rating as null', () => {
            const result = scoreDemand(model, [impact, effort], { impact: 7 })
            expect(JSON.parse(serializeBreakdown(result.breakdown)).criteria[1].rating).toBeNull()
        })
    })

    describe('WSJF', () => {
        const wsjfModel = aModel({ method: 'wsjf' })

        it('divides business value + time criticality + risk reduction by job size, on raw ratings', () => {
            const result = scoreDemand(wsjfModel, wsjfCriteria(), { bv: 8, tc: 5, rr: 13, js: 3 })
            expect(result).toMatchObject({ wsjf: 8.67, rankingValue: 8.67, status: 'scored' })
        })

        it.each<[string, Ratings]>([
            ['job size is missing', { bv: 8, tc: 5, rr: 13 }],
            ['job size is null', { bv: 8, tc: 5, rr: 13, js: null }],
            ['job size is 0', { bv: 8, tc: 5, rr: 13, js: 0 }],
        ])('is empty when %s', (_case, ratings) => {
            expect(scoreDemand(wsjfModel, wsjfCriteria(), ratings)).toMatchObject({ wsjf: null, rankingValue: null })
        })

        it('is empty when the model has no job size criterion', () => {
            const noJobSize = wsjfCriteria().filter((c) => c.formulaRole !== 'job_size')
            expect(scoreDemand(wsjfModel, noJobSize, { bv: 8, tc: 5, rr: 13 }).wsjf).toBeNull()
        })

        it('counts a missing numerator rating as 0', () => {
            expect(scoreDemand(wsjfModel, wsjfCriteria(), { bv: 8, js: 2 }).wsjf).toBe(4)
        })

        it('still computes the weighted score of a WSJF model', () => {
            // n: bv 1, tc 1, rr 1, js (cost, 0–20, rating 10) 0.5 → 3.5 / 4
            const result = scoreDemand(wsjfModel, wsjfCriteria(), { bv: 20, tc: 20, rr: 20, js: 10 })
            expect(result).toMatchObject({ score: 87.5, wsjf: 6, rankingValue: 6 })
        })
    })

    describe('RICE', () => {
        const riceModel = aModel({ method: 'rice' })

        it('multiplies reach × impact × confidence and divides by effort, on raw ratings', () => {
            const result = scoreDemand(riceModel, riceCriteria(), { reach: 2000, impact: 2, confidence: 80, effort: 3 })
            expect(result).toMatchObject({ rice: 106666.67, rankingValue: 106666.67 })
        })

        it.each<[string, Ratings]>([
            ['effort is missing', { reach: 2000, impact: 2, confidence: 80 }],
            ['effort is 0', { reach: 2000, impact: 2, confidence: 80, effort: 0 }],
        ])('is empty when %s', (_case, ratings) => {
            expect(scoreDemand(riceModel, riceCriteria(), ratings)).toMatchObject({ rice: null, rankingValue: null })
        })

        it('counts a missing reach as 0', () => {
            expect(scoreDemand(riceModel, riceCriteria(), { impact: 2, confidence: 80, effort: 3 }).rice).toBe(0)
        })

        it('is empty for a weighted model without formula roles', () => {
            expect(scoreDemand(model, weighted, { impact: 5, alignment: 5, effort: 5 })).toMatchObject({
                wsjf: null,
                rice: null,
            })
        })
    })

    it.each<[ScoringMethod, number | null]>([
        ['weighted', 44.93],
        ['wsjf', 7],
        ['rice', null],
    ])('ranks a %s model by its own value', (method, rankingValue) => {
        const criteria = wsjfCriteria().map((c) => ({ ...c, weight: 1 }))
        const result = scoreDemand(aModel({ method }), criteria, { bv: 10, tc: 5, rr: 6, js: 3 })
        expect(result.rankingValue).toBe(rankingValue)
    })
})

describe('computedRankingValue', () => {
    it.each<[ScoringMethod, number]>([
        ['weighted', 62.5],
        ['wsjf', 4.33],
        ['rice', 120],
    ])('picks the value of the %s method', (method, value) => {
        expect(computedRankingValue(method, { score: 62.5, wsjf: 4.33, rice: 120 })).toBe(value)
    })

    it('returns null for an unknown method', () => {
        expect(computedRankingValue('ahp' as ScoringMethod, { score: 62.5, wsjf: 4.33, rice: 120 })).toBeNull()
    })
})

describe('applyOverride', () => {
    const scored = scoreDemand(model, weighted, { impact: 10, alignment: 5.5, effort: 1 })

    it('replaces the ranking value with the override value', () => {
        const result = applyOverride(scored, { value: 99, reason: 'Regulatory deadline' })
        expect(result).toMatchObject({
            rankingValue: 99,
            override: { value: 99, reason: 'Regulatory deadline' },
        })
    })

    it('keeps score, status, WSJF, RICE and breakdown', () => {
        const result = applyOverride(scored, { value: 5, reason: 'Parked' })
        expect(result).toMatchObject({
            score: scored.score,
            status: scored.status,
            wsjf: scored.wsjf,
            rice: scored.rice,
            breakdown: scored.breakdown,
        })
    })

    it('ranks an unscored demand by its override', () => {
        const unscored = scoreDemand(model, weighted, {})
        expect(applyOverride(unscored, { value: 70, reason: 'Mandated' })).toMatchObject({
            score: null,
            status: 'unscored',
            rankingValue: 70,
        })
    })

    it('restores the computed ranking value when the override is removed', () => {
        const overridden = applyOverride(scored, { value: 1, reason: 'Parked' })
        expect(applyOverride(overridden, null)).toEqual(scored)
    })

    it('does not mutate the result it overrides', () => {
        applyOverride(scored, { value: 1, reason: 'Parked' })
        expect(scored).toMatchObject({ rankingValue: 83.33, override: null })
    })
})

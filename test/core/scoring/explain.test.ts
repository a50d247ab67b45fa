import { describe, expect, it } from '@jest/globals'
import { describeScore } from '../../../src/server/core/scoring/explain.ts'
import { applyOverride, scoreDemand } from '../../../src/server/core/scoring/score.ts'
import { aCriterion, riceCriteria } from './builders.ts'

const impact = aCriterion({ name: 'Customer impact', key: 'impact', order: 1 })
const effort = aCriterion({ name: 'Effort', key: 'effort', order: 2, direction: 'cost' })

describe('describeScore', () => {
    it('explains a partial weighted score line by line: rating, weight, contribution', () => {
        const result = scoreDemand({ method: 'weighted', version: 2 }, [impact, effort], { impact: 10 })
        expect(describeScore(result)).toBe(
            'Score 50 of 100 (partial: 1 of 2 criteria rated; weighted model, version 2)\n' +
                'Customer impact: rating 10, weight 1, contribution 50\n' +
                'Effort: not rated, weight 1, contribution 0'
        )
    })

    it('says when nothing is rated yet', () => {
        const result = scoreDemand({ method: 'weighted', version: 1 }, [impact], {})
        expect(describeScore(result).split('\n')[0]).toBe(
            'Not scored yet: no criterion rated (weighted model, version 1)'
        )
    })

    it('adds RICE and the override with its reason', () => {
        const result = scoreDemand({ method: 'rice', version: 3 }, riceCriteria(), {
            reach: 2000,
            impact: 2,
            confidence: 80,
            effort: 4,
        })
        const lines = describeScore(applyOverride(result, { value: 99, reason: 'Board decision' })).split('\n')
        expect(lines[0]).toMatch(/^Score [\d.]+ of 100 \(scored: 4 of 4 criteria rated; RICE model, version 3\)$/)
        expect(lines.slice(-2)).toEqual(['RICE 80000', 'Ranked by override 99: Board decision'])
    })

    it('prints numbers without binary noise', () => {
        const third = aCriterion({ name: 'Third', key: 'third', weight: 3, order: 3 })
        const text = describeScore(scoreDemand({ method: 'weighted', version: 1 }, [impact, third], { impact: 4 }))
        expect(text).toContain('Customer impact: rating 4, weight 1, contribution 8.33')
    })
})

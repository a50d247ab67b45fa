import { describe, expect, it } from '@jest/globals'
import { applyOverride, scoreDemand } from '../../../src/server/core/scoring/score.ts'
import {
    parseStoredNumber,
    parseStoredStatus,
    scoreOrRankingChanged,
    storedScoreChanged,
    toStoredScore,
    UNSCORED,
} from '../../../src/server/core/scoring/stored.ts'
import { aCriterion } from './builders.ts'

const impact = aCriterion({ key: 'impact', order: 1 })
const third = aCriterion({ name: 'Third', key: 'third', weight: 2, order: 2 })

describe('toStoredScore', () => {
    it('rounds to 2 dp, serialises the breakdown and explains it', () => {
        const stored = toStoredScore(scoreDemand({ method: 'weighted', version: 1 }, [impact, third], { impact: 4 }))
        expect(stored).toMatchObject({ score: 11.11, rankingValue: 11.11, status: 'partial', wsjf: null, rice: null })
        expect(JSON.parse(stored.breakdown)).toMatchObject({ modelVersion: 1, method: 'weighted' })
        expect(stored.explanation.split('\n')[0]).toBe(
            'Score 11.11 of 100 (partial: 1 of 2 criteria rated; weighted model, version 1)'
        )
    })

    it('rounds an override half-up to the column scale', () => {
        const result = scoreDemand({ method: 'weighted', version: 1 }, [impact], { impact: 1 })
        expect(toStoredScore(applyOverride(result, { value: 99.995, reason: 'x' })).rankingValue).toBe(100)
    })
})

describe('parseStoredNumber / parseStoredStatus', () => {
    it.each([
        ['72.50', 72.5],
        ['-3', -3],
        ['', null],
        ['  ', null],
        [null, null],
        [undefined, null],
        ['abc', null],
    ])('parses %p as %p', (text, value) => {
        expect(parseStoredNumber(text)).toBe(value)
    })

    it('reads partial and scored, anything else as unscored', () => {
        expect(['partial', 'scored', '', null, 'x'].map(parseStoredStatus)).toEqual([
            'partial',
            'scored',
            'unscored',
            'unscored',
            'unscored',
        ])
    })
})

describe('scoreOrRankingChanged / storedScoreChanged', () => {
    const a = { ...UNSCORED, score: 50, rankingValue: 50, status: 'partial' as const, breakdown: '{}' }

    it('compares numbers at 2 dp and null against a number as a change', () => {
        expect(scoreOrRankingChanged(a, { ...a, score: 50.001 })).toBe(false)
        expect(scoreOrRankingChanged(a, { ...a, rankingValue: 50.01 })).toBe(true)
        expect(scoreOrRankingChanged(a, { ...a, score: null })).toBe(true)
        expect(scoreOrRankingChanged(UNSCORED, UNSCORED)).toBe(false)
    })

    it('sees a changed breakdown, explanation, status, WSJF or RICE as a change to write', () => {
        expect(storedScoreChanged(a, { ...a })).toBe(false)
        expect(storedScoreChanged(a, { ...a, breakdown: '{"x":1}' })).toBe(true)
        expect(storedScoreChanged(a, { ...a, explanation: 'x' })).toBe(true)
        expect(storedScoreChanged(a, { ...a, status: 'scored' })).toBe(true)
        expect(storedScoreChanged(a, { ...a, wsjf: 1 })).toBe(true)
        expect(storedScoreChanged(a, { ...a, rice: 0 })).toBe(true)
    })
})

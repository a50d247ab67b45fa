import { describe, expect, it } from '@jest/globals'
import type { DemandScoreState, ModelForScoring } from '../../../src/server/core/scoring/rescore.ts'
import {
    changeHistoryKey,
    demandsPerRatingRead,
    historyKey,
    MAX_ROWS_PER_READ,
    planRescore,
    scoreOf,
} from '../../../src/server/core/scoring/rescore.ts'
import { toStoredScore, UNSCORED } from '../../../src/server/core/scoring/stored.ts'
import { scoreDemand } from '../../../src/server/core/scoring/score.ts'
import { aCriterion, aModel, riceCriteria } from './builders.ts'

const impact = aCriterion({ key: 'impact', weight: 3, order: 1 })
const effort = aCriterion({ name: 'Effort', key: 'effort', weight: 1, order: 2, direction: 'cost' })
const weighted: ModelForScoring = { model: aModel({ version: 2 }), criteria: [impact, effort] }
const rice: ModelForScoring = { model: aModel({ method: 'rice', version: 1 }), criteria: riceCriteria() }

const demand = (sysId: string, change: Partial<DemandScoreState> = {}): DemandScoreState => ({
    sysId,
    model: 'w',
    overrideValue: null,
    overrideReason: '',
    stored: UNSCORED,
    ...change,
})

describe('scoreOf', () => {
    it('scores against the model and ranks by a valid override', () => {
        const stored = scoreOf(weighted, { impact: 10, effort: 1 }, 42, ' Board ')
        expect(stored).toMatchObject({ score: 100, rankingValue: 42, status: 'scored' })
        expect(stored.explanation).toContain('Ranked by override 42: Board')
    })

    it('ignores half an override (value without reason)', () => {
        expect(scoreOf(weighted, { impact: 10 }, 42, '').rankingValue).toBe(75)
    })

    it('stores nothing without a model, or with nothing rated and no override', () => {
        expect(scoreOf(null, { impact: 10 }, 5, 'x')).toEqual(UNSCORED)
        expect(scoreOf(weighted, {}, null, '')).toEqual(UNSCORED)
        expect(scoreOf(weighted, {}, 7, 'Pinned').rankingValue).toBe(7)
    })

    it('ranks a RICE model by RICE', () => {
        const stored = scoreOf(rice, { reach: 1000, impact: 2, confidence: 50, effort: 5 }, null, '')
        expect(stored).toMatchObject({ rice: 20000, rankingValue: 20000 })
    })
})

describe('planRescore', () => {
    const models = (id: string) => (id === 'w' ? weighted : id === 'r' ? rice : null)

    it('returns only demands whose stored score changes, marking score or ranking changes as historic', () => {
        const current = toStoredScore(scoreDemand(weighted.model, weighted.criteria, { impact: 10 }))
        const changes = planRescore(
            [
                demand('same', { stored: current }),
                demand('new'),
                demand('override', { stored: current, overrideValue: 1, overrideReason: 'Parked' }),
                demand('never rated'),
            ],
            models,
            (d) => (d === 'never rated' ? {} : { impact: 10 })
        )
        expect(changes.map((c) => [c.sysId, c.historic, c.after.rankingValue])).toEqual([
            ['new', true, 75],
            ['override', true, 1],
        ])
        expect(changes[0]).toMatchObject({ model: 'w', modelVersion: 2, before: UNSCORED })
    })

    it('writes a changed breakdown without a history row when score and ranking value stay', () => {
        const before = toStoredScore(scoreDemand({ method: 'weighted', version: 1 }, weighted.criteria, { impact: 10 }))
        const [change] = planRescore([demand('d', { stored: before })], models, () => ({ impact: 10 }))
        expect(change).toMatchObject({ historic: false, modelVersion: 2 })
        expect(JSON.parse(change?.after.breakdown ?? '{}').modelVersion).toBe(2)
    })

    it('clears the score of a demand that lost its model, and leaves one whose model is missing alone', () => {
        const scored = toStoredScore(scoreDemand(weighted.model, weighted.criteria, { impact: 10 }))
        const changes = planRescore(
            [demand('no model', { model: null, stored: scored }), demand('gone', { model: 'x', stored: scored })],
            models,
            () => ({ impact: 10 })
        )
        expect(changes.map((c) => [c.sysId, c.after, c.modelVersion])).toEqual([['no model', UNSCORED, null]])
    })
})

describe('historyKey', () => {
    const change = (stored = UNSCORED) =>
        planRescore(
            [demand('d1', { stored })],
            (id) => (id === 'w' ? weighted : null),
            () => ({ impact: 10 })
        )[0]

    it('is the same for the change a re-run plans again and for the row the killed run wrote', () => {
        const planned = change()
        if (!planned) throw new Error('no change')
        // the row as read back: numbers from their stored strings
        const written = historyKey({
            demand: 'd1',
            modelVersion: Number('2'),
            reason: 'model_change',
            oldScore: null,
            newScore: Number('75.00'),
            oldRankingValue: null,
            newRankingValue: Number('75.00'),
        })
        expect(changeHistoryKey(planned, 'model_change')).toBe(written)
        expect(written).toBe('d1|2|model_change|>75.00|>75.00')
    })

    it('tells apart another reason, model version, demand or transition', () => {
        const planned = change()
        if (!planned) throw new Error('no change')
        const key = changeHistoryKey(planned, 'model_change')
        expect(changeHistoryKey(planned, 'recalculation')).not.toBe(key)
        expect(changeHistoryKey({ ...planned, modelVersion: 3 }, 'model_change')).not.toBe(key)
        expect(changeHistoryKey({ ...planned, sysId: 'd2' }, 'model_change')).not.toBe(key)
        const fromScored = change(toStoredScore(scoreDemand(weighted.model, weighted.criteria, { impact: 1 })))
        if (!fromScored) throw new Error('no change')
        expect(changeHistoryKey(fromScored, 'model_change')).not.toBe(key)
        expect(historyKey({ ...baseRow, newScore: 75.004 })).toBe(historyKey({ ...baseRow, newScore: 75 }))
    })
})

const baseRow = {
    demand: 'd1',
    modelVersion: 2,
    reason: 'model_change',
    oldScore: 50,
    newScore: 75,
    oldRankingValue: 50,
    newRankingValue: 75,
}

describe('demandsPerRatingRead', () => {
    it('fits one rating per criterion of as many demands as stay under 1,000 rows', () => {
        expect(MAX_ROWS_PER_READ).toBeLessThan(1000)
        for (const criteria of [1, 2, 6, 7, 10, 50, 999])
            expect(demandsPerRatingRead(criteria) * criteria).toBeLessThanOrEqual(MAX_ROWS_PER_READ)
        expect([1, 6, 7, 10].map(demandsPerRatingRead)).toEqual([999, 166, 142, 99])
    })

    it('reads at least one demand at a time, and treats a model without criteria as one', () => {
        expect(demandsPerRatingRead(1000)).toBe(1)
        expect(demandsPerRatingRead(5000)).toBe(1)
        expect(demandsPerRatingRead(0)).toBe(999)
    })

    it('refuses a count that is not a whole number of at least 0', () => {
        for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])
            expect(() => demandsPerRatingRead(bad)).toThrow('criteria must be a whole number of at least 0')
    })
})

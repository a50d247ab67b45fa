import { describe, expect, it } from '@jest/globals'
import type { RatingSave, RatingTarget } from '../../../src/server/core/scoring/ratings.ts'
import { ratingsByDemand, validateRatingSave, validateRatingTarget } from '../../../src/server/core/scoring/ratings.ts'

describe('ratingsByDemand', () => {
    const keys = { c1: 'impact', c2: 'effort' }

    it('averages each criterion over its assessors, per demand, keyed by criterion key', () => {
        const rows = [
            { demand: 'd1', criterion: 'c1', assessor: 'ann', value: 8 },
            { demand: 'd1', criterion: 'c1', assessor: 'bob', value: 5 },
            { demand: 'd1', criterion: 'c2', assessor: 'bob', value: 3 },
            { demand: 'd2', criterion: 'c2', assessor: 'ann', value: 1 },
        ]
        const out = ratingsByDemand(rows, () => keys)
        expect(out.get('d1')).toEqual({ effort: 3, impact: 6.5 })
        expect(out.get('d2')).toEqual({ effort: 1 })
    })

    it('ignores criteria the demand model lacks, empty values, and demands without a model', () => {
        const rows = [
            { demand: 'd1', criterion: 'other', assessor: 'ann', value: 8 },
            { demand: 'd1', criterion: 'c1', assessor: 'ann', value: null },
            { demand: 'd2', criterion: 'c1', assessor: 'ann', value: 4 },
            { demand: 'd3', criterion: 'c1', assessor: 'ann', value: Number.NaN },
        ]
        const out = ratingsByDemand(rows, (d) => (d === 'd2' ? null : keys))
        expect([...out.keys()]).toEqual([])
    })

    it('does not depend on the order of the rows', () => {
        const rows = [
            { demand: 'd1', criterion: 'c1', assessor: 'a', value: 0.1 },
            { demand: 'd1', criterion: 'c1', assessor: 'b', value: 0.2 },
            { demand: 'd1', criterion: 'c1', assessor: 'c', value: 0.3 },
        ]
        expect(ratingsByDemand(rows, () => keys).get('d1')).toEqual(
            ratingsByDemand([...rows].reverse(), () => keys).get('d1')
        )
    })
})

const target: RatingTarget = {
    demandNumber: 'DMND0001001',
    demandModel: 'm1',
    demandModelName: 'RICE',
    criterionName: 'Reach',
    criterionModel: 'm1',
    criterionModelName: 'RICE',
}

describe('validateRatingTarget', () => {
    it('accepts a criterion of the demand model', () => {
        expect(validateRatingTarget(target)).toEqual({ ok: true, value: null })
    })

    it('refuses a demand without a model', () => {
        expect(validateRatingTarget({ ...target, demandModel: null })).toEqual({
            ok: false,
            error: {
                code: 'SCORING.DEMAND_NO_MODEL',
                field: 'demand',
                message: 'DMND0001001 has no scoring model: choose one on the demand before rating it',
            },
        })
    })

    it('refuses a criterion of another model, naming both models', () => {
        expect(validateRatingTarget({ ...target, criterionModel: 'm2', criterionModelName: 'WSJF' })).toEqual({
            ok: false,
            error: {
                code: 'SCORING.CRITERION_OTHER_MODEL',
                field: 'criterion',
                message: '"Reach" belongs to the model "WSJF", but DMND0001001 is scored with "RICE"',
            },
        })
    })
})

describe('validateRatingSave', () => {
    const save: RatingSave = {
        value: 500,
        criterion: { name: 'Reach', min: 0, max: 100000 },
        target,
        ownRating: true,
        mayRateForOthers: false,
        duplicateBy: null,
    }
    const codeOf = (s: RatingSave) => {
        const r = validateRatingSave(s)
        return r.ok ? 'ok' : r.error.code
    }

    it('accepts an own rating within range, and a demand manager rating for someone else', () => {
        expect(validateRatingSave(save)).toEqual({ ok: true, value: null })
        expect(codeOf({ ...save, ownRating: false, mayRateForOthers: true })).toBe('ok')
    })

    it.each<[string, Partial<RatingSave>, string]>([
        ['someone else’s rating', { ownRating: false }, 'SCORING.RATING_NOT_OWN'],
        ['a missing criterion', { criterion: null, target: null }, 'SCORING.CRITERION_NOT_FOUND'],
        ['a missing demand', { target: null }, 'SCORING.DEMAND_NOT_FOUND'],
        ['another model’s criterion', { target: { ...target, criterionModel: 'm2' } }, 'SCORING.CRITERION_OTHER_MODEL'],
        ['a value above the maximum', { value: 100001 }, 'SCORING.RATING_OUT_OF_RANGE'],
        ['a value below the minimum', { value: -1 }, 'SCORING.RATING_OUT_OF_RANGE'],
        ['no value', { value: null }, 'SCORING.RATING_NOT_A_NUMBER'],
        ['a second rating by the assessor', { duplicateBy: 'Ada Assessor' }, 'SCORING.RATING_DUPLICATE'],
    ])('refuses %s', (_what, change, code) => {
        expect(codeOf({ ...save, ...change })).toBe(code)
    })

    it('checks the range before the duplicate, with messages a user can act on', () => {
        const both = validateRatingSave({ ...save, value: 100001, duplicateBy: 'Ada Assessor' })
        expect(both.ok ? '' : both.error.message).toBe('Rating 100001 for "Reach" is outside 0–100000')
        const duplicate = validateRatingSave({ ...save, duplicateBy: 'Ada Assessor' })
        expect(duplicate.ok ? '' : duplicate.error.message).toBe(
            'Ada Assessor has already rated "Reach" on DMND0001001: change that rating instead'
        )
    })
})

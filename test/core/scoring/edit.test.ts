import { describe, expect, it } from '@jest/globals'
import { validateCriteriaEdit, validateModelEdit } from '../../../src/server/core/scoring/edit.ts'
import { aCriterion, aModel, wsjfCriteria } from './builders.ts'

describe('validateCriteriaEdit', () => {
    it('accepts a model being built: no criteria yet, or WSJF roles still missing', () => {
        expect(validateCriteriaEdit(aModel(), [])).toEqual({ ok: true, value: null })
        const [businessValue] = wsjfCriteria()
        expect(validateCriteriaEdit(aModel({ method: 'wsjf' }), [businessValue!])).toEqual({ ok: true, value: null })
    })

    it.each([
        [{ weight: 0 }, 'SCORING.WEIGHT_NOT_POSITIVE', 'Weight of "Customer impact" must be above 0 (is 0)'],
        [{ weight: -2 }, 'SCORING.WEIGHT_NOT_POSITIVE', 'Weight of "Customer impact" must be above 0 (is -2)'],
        [
            { min: 10, max: 10 },
            'SCORING.RANGE_INVALID',
            'Minimum of "Customer impact" (10) must be below its maximum (10)',
        ],
        [{ key: 'Bad Key' }, 'SCORING.KEY_INVALID', undefined],
    ])('refuses a criterion with %p', (change, code, message) => {
        const checked = validateCriteriaEdit(aModel(), [aCriterion(change)])
        expect(checked).toMatchObject({ ok: false, error: { code } })
        if (message) expect(checked.ok ? '' : checked.error.message).toBe(message)
    })

    it('refuses a key or a formula role used twice in the model', () => {
        const a = aCriterion({ key: 'impact', name: 'A' })
        expect(validateCriteriaEdit(aModel(), [a, aCriterion({ key: 'impact', name: 'B' })])).toMatchObject({
            error: { code: 'SCORING.KEY_DUPLICATE' },
        })
        const roles = [aCriterion({ key: 'a', formulaRole: 'reach' }), aCriterion({ key: 'b', formulaRole: 'reach' })]
        expect(validateCriteriaEdit(aModel(), roles)).toMatchObject({ error: { code: 'SCORING.ROLE_DUPLICATE' } })
    })
})

describe('validateModelEdit', () => {
    it('accepts a new model without criteria, whatever its method', () => {
        expect(validateModelEdit(aModel({ method: 'rice' }), [], false)).toEqual({ ok: true, value: null })
    })

    it('refuses a switch to WSJF before the criteria have its roles, and accepts it once they do', () => {
        const weighted = [aCriterion()]
        expect(validateModelEdit(aModel({ method: 'wsjf' }), weighted, true)).toMatchObject({
            ok: false,
            error: { code: 'SCORING.ROLE_MISSING' },
        })
        expect(validateModelEdit(aModel({ method: 'wsjf' }), weighted, false)).toEqual({ ok: true, value: null })
        expect(validateModelEdit(aModel({ method: 'wsjf' }), wsjfCriteria(), true)).toEqual({ ok: true, value: null })
    })

    it('refuses a blank name and an unknown method', () => {
        expect(validateModelEdit(aModel({ name: ' ' }), [], false)).toMatchObject({
            error: { code: 'SCORING.MODEL_NAME_REQUIRED', message: 'The scoring model needs a name' },
        })
        expect(validateModelEdit(aModel({ method: 'magic' as never }), [], false)).toMatchObject({
            error: { code: 'SCORING.METHOD_UNKNOWN' },
        })
    })
})

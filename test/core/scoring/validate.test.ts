import { describe, expect, it } from '@jest/globals'
import type { Criterion, ScoringModel } from '../../../src/server/core/scoring/types.ts'
import {
    sortCriteria,
    validateModel,
    validateOverride,
    validateRating,
    validateSingleDefault,
} from '../../../src/server/core/scoring/validate.ts'
import { aCriterion, aModel, riceCriteria, wsjfCriteria } from './builders.ts'

const effort = aCriterion({ name: 'Effort', key: 'effort', order: 200, direction: 'cost' })

describe('validateModel', () => {
    it('returns the model with its criteria sorted by order, then key', () => {
        const a = aCriterion({ key: 'b_second', order: 100 })
        const b = aCriterion({ key: 'a_first', order: 100 })
        const result = validateModel(aModel(), [effort, a, b])
        expect(result).toEqual({ ok: true, value: { model: aModel(), criteria: [b, a, effort] } })
    })

    it('does not mutate the criteria it sorts', () => {
        const criteria = [effort, aCriterion()]
        validateModel(aModel(), criteria)
        expect(criteria.map((c) => c.key)).toEqual(['effort', 'customer_impact'])
    })

    it.each<[string, Partial<Criterion>, string, string, string]>([
        [
            'weight 0',
            { weight: 0 },
            'SCORING.WEIGHT_NOT_POSITIVE',
            'Weight of "Customer impact" must be above 0 (is 0)',
            'weight',
        ],
        [
            'a negative weight',
            { weight: -2 },
            'SCORING.WEIGHT_NOT_POSITIVE',
            'Weight of "Customer impact" must be above 0 (is -2)',
            'weight',
        ],
        [
            'a NaN weight',
            { weight: NaN },
            'SCORING.WEIGHT_NOT_POSITIVE',
            'Weight of "Customer impact" must be above 0 (is NaN)',
            'weight',
        ],
        [
            'min equal to max',
            { min: 5, max: 5 },
            'SCORING.RANGE_INVALID',
            'Minimum of "Customer impact" (5) must be below its maximum (5)',
            'min',
        ],
        [
            'min above max',
            { min: 10, max: 1 },
            'SCORING.RANGE_INVALID',
            'Minimum of "Customer impact" (10) must be below its maximum (1)',
            'min',
        ],
        [
            'an infinite max',
            { max: Infinity },
            'SCORING.RANGE_INVALID',
            'Minimum and maximum of "Customer impact" must be numbers',
            'min',
        ],
        [
            'a key with capitals',
            { key: 'CustomerImpact' },
            'SCORING.KEY_INVALID',
            'Key of "Customer impact" must be snake_case ' +
                '(a–z, 0–9, _; starting with a letter; at most 40 characters)',
            'key',
        ],
        [
            'an empty name',
            { name: ' ' },
            'SCORING.CRITERION_NAME_REQUIRED',
            'Criterion "customer_impact" needs a name',
            'name',
        ],
        [
            'an unknown direction',
            { direction: 'up' as Criterion['direction'] },
            'SCORING.DIRECTION_UNKNOWN',
            'Direction of "Customer impact" must be benefit or cost',
            'direction',
        ],
        [
            'an unknown role',
            { formulaRole: 'value' as Criterion['formulaRole'] },
            'SCORING.ROLE_UNKNOWN',
            'Formula role "value" of "Customer impact" is unknown',
            'formula_role',
        ],
        [
            'a NaN order',
            { order: NaN },
            'SCORING.ORDER_INVALID',
            'Order of "Customer impact" must be a number',
            'order',
        ],
    ])('refuses a criterion with %s', (_case, overrides, code, message, field) => {
        expect(validateModel(aModel(), [aCriterion(overrides)])).toEqual({
            ok: false,
            error: { code, message, field },
        })
    })

    it('refuses two criteria with the same key, naming both', () => {
        const twin = aCriterion({ name: 'Client impact', order: 200 })
        expect(validateModel(aModel(), [aCriterion(), twin])).toEqual({
            ok: false,
            error: {
                code: 'SCORING.KEY_DUPLICATE',
                message: 'Key "customer_impact" is used by both "Customer impact" and "Client impact"',
                field: 'key',
            },
        })
    })

    it('refuses a formula role set on two criteria', () => {
        const criteria = [...wsjfCriteria(), aCriterion({ name: 'Size (T-shirt)', key: 'tshirt', order: 9 })]
        const twice = criteria.map((c) => (c.key === 'tshirt' ? { ...c, formulaRole: 'job_size' as const } : c))
        expect(validateModel(aModel({ method: 'wsjf' }), twice)).toEqual({
            ok: false,
            error: {
                code: 'SCORING.ROLE_DUPLICATE',
                message: 'Formula role job_size is set on both "Job size" and "Size (T-shirt)"',
                field: 'formula_role',
            },
        })
    })

    it('allows several criteria with the role none', () => {
        expect(validateModel(aModel(), [aCriterion(), effort])).toMatchObject({ ok: true })
    })

    it('refuses a WSJF model without a job size, naming the role', () => {
        const criteria = wsjfCriteria().filter((c) => c.formulaRole !== 'job_size')
        expect(validateModel(aModel({ method: 'wsjf' }), criteria)).toEqual({
            ok: false,
            error: {
                code: 'SCORING.ROLE_MISSING',
                message: 'A WSJF model needs a criterion with the formula role job_size',
                field: 'formula_role',
            },
        })
    })

    it('refuses a RICE model without its roles, naming each missing role', () => {
        expect(validateModel(aModel({ method: 'rice' }), [aCriterion()])).toEqual({
            ok: false,
            error: {
                code: 'SCORING.ROLE_MISSING',
                message: 'A RICE model needs criteria with the formula roles reach, impact, confidence, effort',
                field: 'formula_role',
            },
        })
    })

    it.each<[string, ScoringModel['method'], () => Criterion[]]>([
        ['WSJF', 'wsjf', wsjfCriteria],
        ['RICE', 'rice', riceCriteria],
    ])('accepts a %s model with all its roles', (_name, method, criteria) => {
        expect(validateModel(aModel({ method }), criteria())).toMatchObject({ ok: true })
    })

    it('accepts a weighted model without formula roles', () => {
        expect(validateModel(aModel(), [aCriterion()])).toMatchObject({ ok: true })
    })

    it('refuses a model without criteria', () => {
        expect(validateModel(aModel(), [])).toEqual({
            ok: false,
            error: {
                code: 'SCORING.MODEL_NO_CRITERIA',
                message: 'Scoring model "Value model" needs at least one criterion',
            },
        })
    })

    it.each<[string, Partial<ScoringModel>, string]>([
        ['an empty name', { name: '' }, 'SCORING.MODEL_NAME_REQUIRED'],
        ['an unknown method', { method: 'ahp' as ScoringModel['method'] }, 'SCORING.METHOD_UNKNOWN'],
        ['version 0', { version: 0 }, 'SCORING.VERSION_INVALID'],
        ['version 1.5', { version: 1.5 }, 'SCORING.VERSION_INVALID'],
    ])('refuses a model with %s', (_case, overrides, code) => {
        expect(validateModel(aModel(overrides), [aCriterion()])).toMatchObject({ ok: false, error: { code } })
    })

    it('reports the first failing criterion in order', () => {
        const late = aCriterion({ name: 'Late', key: 'late', order: 300, weight: 0 })
        const early = aCriterion({ name: 'Early', key: 'early', order: 100, min: 3, max: 2 })
        expect(validateModel(aModel(), [late, early])).toMatchObject({
            ok: false,
            error: { code: 'SCORING.RANGE_INVALID', message: 'Minimum of "Early" (3) must be below its maximum (2)' },
        })
    })
})

describe('sortCriteria', () => {
    it('orders by order, then key', () => {
        const sorted = sortCriteria([
            { order: 2, key: 'a' },
            { order: 1, key: 'z' },
            { order: 1, key: 'b' },
        ])
        expect(sorted).toEqual([
            { order: 1, key: 'b' },
            { order: 1, key: 'z' },
            { order: 2, key: 'a' },
        ])
    })
})

describe('validateSingleDefault', () => {
    const model = (name: string, active: boolean, isDefault: boolean) => ({ name, active, isDefault })

    it('accepts one active default', () => {
        expect(validateSingleDefault([model('A', true, true), model('B', true, false)])).toEqual({
            ok: true,
            value: null,
        })
    })

    it('accepts no default at all', () => {
        expect(validateSingleDefault([model('A', true, false)])).toEqual({ ok: true, value: null })
    })

    it('ignores an inactive default', () => {
        expect(validateSingleDefault([model('A', true, true), model('B', false, true)])).toEqual({
            ok: true,
            value: null,
        })
    })

    it('refuses two active defaults, naming both', () => {
        expect(validateSingleDefault([model('A', true, true), model('B', true, true)])).toEqual({
            ok: false,
            error: {
                code: 'SCORING.DEFAULT_NOT_UNIQUE',
                message: 'Only one active model can be the default: "A", "B"',
                field: 'default',
            },
        })
    })
})

describe('validateRating', () => {
    const impact = aCriterion({ name: 'Customer impact', min: 1, max: 10 })

    it.each([1, 5.5, 10])('accepts %p within 1–10 (bounds included)', (value) => {
        expect(validateRating(impact, value)).toEqual({ ok: true, value })
    })

    it.each([
        [12, 'Rating 12 for "Customer impact" is outside 1–10'],
        [0, 'Rating 0 for "Customer impact" is outside 1–10'],
        [10.01, 'Rating 10.01 for "Customer impact" is outside 1–10'],
    ])('refuses %p with a message naming the criterion and range', (value, message) => {
        expect(validateRating(impact, value)).toEqual({
            ok: false,
            error: { code: 'SCORING.RATING_OUT_OF_RANGE', message, field: 'value' },
        })
    })

    it('prints fractional ranges without binary noise', () => {
        const rice = aCriterion({ name: 'Impact', min: 0.25, max: 3 })
        expect(validateRating(rice, 0.1 + 0.02)).toMatchObject({
            error: { message: 'Rating 0.12 for "Impact" is outside 0.25–3' },
        })
    })

    it.each([NaN, Infinity, null, undefined])('refuses %p as not a number', (value) => {
        expect(validateRating(impact, value)).toEqual({
            ok: false,
            error: {
                code: 'SCORING.RATING_NOT_A_NUMBER',
                message: 'Rating for "Customer impact" must be a number',
                field: 'value',
            },
        })
    })
})

describe('validateOverride', () => {
    it('returns the override with its reason trimmed when both are given', () => {
        expect(validateOverride(42, '  Regulatory deadline ')).toEqual({
            ok: true,
            value: { value: 42, reason: 'Regulatory deadline' },
        })
    })

    it('accepts 0 as an override value', () => {
        expect(validateOverride(0, 'Parked by the board')).toEqual({
            ok: true,
            value: { value: 0, reason: 'Parked by the board' },
        })
    })

    it.each<[number | null | undefined, string | null | undefined]>([
        [null, null],
        [undefined, undefined],
        [null, ''],
        [undefined, '   '],
    ])('returns null when neither is given (%p, %p)', (value, reason) => {
        expect(validateOverride(value, reason)).toEqual({ ok: true, value: null })
    })

    it.each<[string | null | undefined]>([[null], [''], ['  ']])('refuses a value without a reason (%p)', (reason) => {
        expect(validateOverride(42, reason)).toEqual({
            ok: false,
            error: {
                code: 'SCORING.OVERRIDE_REASON_REQUIRED',
                message: 'An override value needs a reason',
                field: 'override_reason',
            },
        })
    })

    it('refuses a reason without a value', () => {
        expect(validateOverride(null, 'Board decision')).toEqual({
            ok: false,
            error: {
                code: 'SCORING.OVERRIDE_VALUE_REQUIRED',
                message: 'An override reason needs a value',
                field: 'override_value',
            },
        })
    })

    it.each([NaN, Infinity, -Infinity])('refuses the non-finite value %p', (value) => {
        expect(validateOverride(value, 'Board decision')).toMatchObject({
            ok: false,
            error: { code: 'SCORING.OVERRIDE_VALUE_INVALID', field: 'override_value' },
        })
    })
})

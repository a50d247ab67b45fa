import { describe, expect, it } from '@jest/globals'
import { resolveGuard } from '../../../src/server/core/pricing/resolve-guard.ts'

describe('resolveGuard', () => {
    it.each([
        ['1', '6', 'A P1 incident cannot be resolved'],
        ['2', '6', 'A P2 incident cannot be resolved'],
        ['1', '7', 'A P1 incident cannot be closed'],
        ['2', '7', 'A P2 incident cannot be closed'],
    ])('refuses priority %s moving to state %s without a value category', (priority, state, start) => {
        expect(resolveGuard(priority, '', state, '1,2')).toEqual({
            ok: false,
            error: {
                code: 'PRICING.VALUE_CATEGORY_REQUIRED',
                message: `${start} without a value category: set Business value > Value category.`,
                field: 'value_category',
            },
        })
    })

    it.each([null, undefined, '   '])('treats a value category of %j as missing', (category) => {
        expect(resolveGuard('1', category, '6', '1,2')).toMatchObject({ ok: false })
    })

    it('lets a listed priority resolve with a value category', () => {
        expect(resolveGuard('1', 'revenue', '6', '1,2')).toEqual({ ok: true, value: undefined })
    })

    it.each(['3', '4', '5', '', null, '12'])('lets priority %j resolve without a value category', (priority) => {
        expect(resolveGuard(priority, '', '6', '1,2')).toEqual({ ok: true, value: undefined })
    })

    it.each(['1', '2', '3', '8', '', null, '6x'])('lets a P1 move to state %j without a value category', (state) => {
        expect(resolveGuard('1', '', state, '1,2')).toEqual({ ok: true, value: undefined })
    })

    it('ignores blanks around the priority, the state and the listed priorities', () => {
        expect(resolveGuard(' 2 ', '', ' 6 ', ' 1 , 2 ')).toMatchObject({ ok: false })
    })

    it('uses the configured priorities', () => {
        expect(resolveGuard('3', '', '6', '1,2,3')).toMatchObject({
            ok: false,
            error: { message: expect.stringMatching(/^A P3 /) },
        })
    })

    it('requires nothing when no priority is listed', () => {
        expect(resolveGuard('1', '', '6', '')).toEqual({ ok: true, value: undefined })
    })
})

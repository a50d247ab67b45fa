import { describe, expect, it } from '@jest/globals'
import { isOpenDemand, OPEN_DEMANDS_QUERY } from '../../../src/server/core/scoring/demand.ts'

describe('isOpenDemand', () => {
    it.each([
        [true, '1', true],
        [true, '2', true],
        [true, 8, true],
        [true, '-4', true],
        [true, '', true],
        [true, null, true],
        [true, '9', false],
        [true, ' 7 ', false],
        [false, '2', false],
    ])('active %p, state %p → %p', (active, state, open) => {
        expect(isOpenDemand(active, state)).toBe(open)
    })

    it('matches the encoded query the adapters use', () => {
        expect(OPEN_DEMANDS_QUERY).toBe('active=true^stateNOT IN7,9')
    })
})

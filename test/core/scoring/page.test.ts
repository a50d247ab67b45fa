import { describe, expect, it } from '@jest/globals'
import { parsePage } from '../../../src/server/core/scoring/page.ts'

describe('parsePage', () => {
    it.each([
        [undefined, undefined, { limit: 20, offset: 0 }],
        ['', ' ', { limit: 20, offset: 0 }],
        ['1', '0', { limit: 1, offset: 0 }],
        [' 100 ', '40', { limit: 100, offset: 40 }],
        [null, '999999999', { limit: 20, offset: 999999999 }],
    ])('reads limit %p and offset %p', (limit, offset, page) => {
        expect(parsePage(limit, offset)).toEqual({ ok: true, value: page })
    })

    it.each([
        ['0', '0', 'limit'],
        ['101', '0', 'limit'],
        ['2.5', '0', 'limit'],
        ['ten', '0', 'limit'],
        ['10', '-1', 'offset'],
        ['10', '1e3', 'offset'],
    ])('refuses limit %p / offset %p naming %s', (limit, offset, field) => {
        expect(parsePage(limit, offset)).toMatchObject({ ok: false, error: { code: 'SCORING.PAGE_INVALID', field } })
    })

    it('says what a valid limit is', () => {
        expect(parsePage('500', '0')).toMatchObject({
            error: { message: 'limit must be a whole number from 1 to 100, not "500"' },
        })
    })
})

import { describe, expect, it } from '@jest/globals'
import { nextModelVersion } from '../../../src/server/core/scoring/version.ts'

describe('nextModelVersion', () => {
    it.each<[number | string | null | undefined, number]>([
        [1, 2],
        [3, 4],
        [99, 100],
        ['7', 8],
        [' 2 ', 3],
        [2.9, 3],
    ])('follows %p with %p', (version, next) => {
        expect(nextModelVersion(version)).toBe(next)
    })

    it.each<[number | string | null | undefined]>([[null], [undefined], [''], ['v2'], [0], [-1], [NaN], [Infinity]])(
        'starts at 1 after the missing or invalid version %p',
        (version) => {
            expect(nextModelVersion(version)).toBe(1)
        }
    )
})

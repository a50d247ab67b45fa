import { describe, expect, it } from '@jest/globals'
import { lastOverdueEnd } from '../../../src/server/core/benefits/overdue.ts'
import { overduePeriods } from '../../../src/server/core/benefits/totals.ts'

describe('lastOverdueEnd', () => {
    it.each([
        ['2026-03-03', 30, '2026-01-31'],
        ['2026-03-02', 30, '2026-01-30'],
        ['2026-03-01', 0, '2026-02-28'],
        ['2028-03-01 08:00:00', 0, '2028-02-29'],
    ])('as of %s with %d grace days is %s', (asOf, grace, end) => {
        expect(lastOverdueEnd(asOf, grace)).toBe(end)
    })

    it('selects exactly the periods overduePeriods reports', () => {
        const periods = ['2026-01-29', '2026-01-30', '2026-01-31', '2026-02-01'].map((end) => ({
            end,
            planned: 1,
            realised: null,
        }))
        const cutoff = lastOverdueEnd('2026-03-02', 30)
        expect(periods.filter((p) => p.end <= cutoff)).toEqual(overduePeriods(periods, '2026-03-02', 30))
    })
})

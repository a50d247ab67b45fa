import { describe, expect, it } from '@jest/globals'
import { periodSeries } from '../../../src/server/core/benefits/summary.ts'
import type { LabelledPeriod } from '../../../src/server/core/benefits/summary.ts'

const p = (label: string, start: string, end: string, planned: number, realised: number | null): LabelledPeriod => ({
    label,
    start,
    end,
    planned,
    realised,
})

describe('periodSeries', () => {
    it('sums the periods of several benefits by label', () => {
        expect(
            periodSeries([
                p('FY2026-M02', '2026-02-01', '2026-02-28', 100, 90),
                p('FY2026-M01', '2026-01-01', '2026-01-31', 100, 80),
                p('FY2026-M01', '2026-01-01', '2026-01-31', 50, null),
                p('FY2026-M02', '2026-02-01', '2026-02-28', 50, 55),
            ])
        ).toEqual([
            {
                period: 'FY2026-M01',
                start: '2026-01-01',
                end: '2026-01-31',
                planned: 150,
                realised: 80,
                measured: 1,
                periods: 2,
            },
            {
                period: 'FY2026-M02',
                start: '2026-02-01',
                end: '2026-02-28',
                planned: 150,
                realised: 145,
                measured: 2,
                periods: 2,
            },
        ])
    })

    it('keeps realised empty for a label nobody measured, and 0 for a measured nothing', () => {
        expect(
            periodSeries([
                p('FY2026-M01', '2026-01-01', '2026-01-31', 100, null),
                p('FY2026-M02', '2026-02-01', '2026-02-28', 100, 0),
            ]).map((s) => s.realised)
        ).toEqual([null, 0])
    })

    it('orders a quarter before the month it starts with', () => {
        expect(
            periodSeries([
                p('FY2026-M01', '2026-01-01', '2026-01-31', 1, null),
                p('FY2026-Q1', '2026-01-01', '2026-03-31', 1, null),
                p('FY2025-Q4', '2025-10-01', '2025-12-31', 1, null),
            ]).map((s) => s.period)
        ).toEqual(['FY2025-Q4', 'FY2026-Q1', 'FY2026-M01'])
    })

    it('returns nothing for no periods', () => {
        expect(periodSeries([])).toEqual([])
    })
})

import { describe, expect, it } from '@jest/globals'
import type { PeriodAmounts } from '../../../src/server/core/benefits/types.ts'
import type { ProjectValueInput } from '../../../src/server/core/benefits/value.ts'
import { projectValue, valueHealth } from '../../../src/server/core/benefits/value.ts'

const period = (end: string, planned: number, realised: number | null = null): PeriodAmounts => ({
    end,
    planned,
    realised,
})
const MONTH_ENDS = [
    '01-31',
    '02-28',
    '03-31',
    '04-30',
    '05-31',
    '06-30',
    '07-31',
    '08-31',
    '09-30',
    '10-31',
    '11-30',
    '12-31',
]
/** The months of 2026, 10 000.00 planned each, realised as given (missing: not measured). */
const monthly = (realised: readonly number[]): PeriodAmounts[] =>
    MONTH_ENDS.map((end, i) => period(`2026-${end}`, 1000000, realised[i] ?? null))
const BASE: ProjectValueInput = {
    periods: [period('2026-12-31', 100000, 120000)],
    cost: 100000,
    projectStart: '2026-01-01',
    asOf: '2027-01-15',
    discountRate: 0.08,
    thresholdPct: 80,
}

describe('projectValue', () => {
    it('rolls up planned, realised, realisation, ROI, NPV, payback and health', () => {
        expect(projectValue(BASE)).toEqual({
            planned: 100000,
            realised: 120000,
            realisationPct: 120,
            roiPct: 20,
            npv: 111140,
            paybackMonths: 12,
            health: 'on_track',
        })
    })

    it.each([
        [100000, 120000, 20],
        [100000, 50000, -50],
        [100000, 0, -100],
        [300, 400, 33.33],
        [300, 200, -33.33],
    ])('with cost %d and realised %d gives ROI %d percent', (cost, realised, roiPct) => {
        expect(projectValue({ ...BASE, cost, periods: [period('2026-12-31', 1, realised)] }).roiPct).toBe(roiPct)
    })

    it.each([null, 0, -100])('leaves ROI empty for a cost of %p', (cost) => {
        expect(projectValue({ ...BASE, cost }).roiPct).toBeNull()
    })

    it('discounts a period ending 4 years (1461 days) after the start by 1.08^4', () => {
        // 1 000 000.00 / 1.36048896 = 735 029.85
        const periods = [period('2030-01-01', 100000000)]
        expect(projectValue({ ...BASE, periods }).npv).toBe(73502985)
    })

    it('does not discount a period ending on the project start', () => {
        expect(projectValue({ ...BASE, periods: [period('2026-01-01', 12345)] }).npv).toBe(12345)
    })

    it('discounts the realised amount of a measured period and the planned amount of the others', () => {
        const periods = [period('2026-01-01', 100, 70), period('2026-01-01', 1000)]
        expect(projectValue({ ...BASE, periods }).npv).toBe(1070)
    })

    it('sums the amounts without discounting at a rate of 0', () => {
        expect(projectValue({ ...BASE, discountRate: 0, periods: monthly([]) }).npv).toBe(12000000)
    })

    it('defaults the discount rate to 0.08', () => {
        const { discountRate: _omitted, ...input } = BASE
        expect(projectValue(input).npv).toBe(projectValue(BASE).npv)
    })

    it('gives an NPV of 0 for no periods', () => {
        expect(projectValue({ ...BASE, periods: [] }).npv).toBe(0)
    })

    it('leaves NPV and payback empty without a project start', () => {
        expect(projectValue({ ...BASE, projectStart: null })).toMatchObject({ npv: null, paybackMonths: null })
    })

    it('throws a RangeError for a discount rate of -1 or less', () => {
        expect(() => projectValue({ ...BASE, discountRate: -1 })).toThrow(RangeError)
    })

    it.each([
        ['2026-01-01', [3000000, 3000000, 3000000, 3000000], 4],
        ['2026-01-01', [12000000], 1],
        ['2026-01-15', [0, 0, 12000000], 3],
        ['2026-02-01', [0, 0, 12000000], 2],
        ['2027-06-01', [12000000], 0],
    ])('with start %s and realised %p pays back 120 000.00 in %d months', (projectStart, realised, months) => {
        const input = { ...BASE, projectStart, cost: 12000000, periods: monthly(realised) }
        expect(projectValue(input).paybackMonths).toBe(months)
    })

    it('takes periods in end-date order for payback', () => {
        const periods = [period('2026-06-30', 1, 60000), period('2026-03-31', 1, 60000)]
        expect(projectValue({ ...BASE, periods }).paybackMonths).toBe(6)
    })

    it('leaves payback empty when realised benefits never reach the cost', () => {
        expect(projectValue({ ...BASE, periods: monthly([5000000, 5000000]), cost: 12000000 }).paybackMonths).toBeNull()
    })

    it.each([null, 0])('leaves payback empty for a cost of %p', (cost) => {
        expect(projectValue({ ...BASE, cost }).paybackMonths).toBeNull()
    })

    it('reports not measured before any realised amount', () => {
        expect(projectValue({ ...BASE, periods: monthly([]) })).toMatchObject({
            realised: 0,
            realisationPct: 0,
            health: 'not_measured',
        })
    })

    it('measures realisation against the plan to date', () => {
        const input = { ...BASE, asOf: '2026-03-31', periods: monthly([1000000, 500000, 200000]) }
        expect(projectValue(input)).toMatchObject({ planned: 12000000, realisationPct: 56.67, health: 'at_risk' })
    })
})

describe('valueHealth', () => {
    it.each([
        [null, 0, 'not_measured'],
        [100, 0, 'not_measured'],
        [null, 1, 'on_track'],
        [120, 1, 'on_track'],
        [80, 1, 'on_track'],
        [79.99, 1, 'at_risk'],
        [40, 1, 'at_risk'],
        [39.99, 1, 'off_track'],
        [0, 3, 'off_track'],
    ])('gives realisation %p with %d measured periods %s (threshold 80)', (pct, measured, health) => {
        expect(valueHealth(pct, measured, 80)).toBe(health)
    })

    it('scales the bands with the threshold', () => {
        expect([valueHealth(90, 1, 95), valueHealth(47.5, 1, 95), valueHealth(47.49, 1, 95)]).toEqual([
            'at_risk',
            'at_risk',
            'off_track',
        ])
    })
})

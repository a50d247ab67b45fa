import { describe, expect, it } from '@jest/globals'
import { benefitTotals, overduePeriods, validatePeriodAmounts } from '../../../src/server/core/benefits/totals.ts'
import type { PeriodAmounts } from '../../../src/server/core/benefits/types.ts'

const period = (end: string, planned: number, realised: number | null = null): PeriodAmounts => ({
    end,
    planned,
    realised,
})
const QUARTERS = [
    period('2026-03-31', 10000, 9000),
    period('2026-06-30', 10000, 6000),
    period('2026-09-30', 10000),
    period('2026-12-31', 10000),
]

describe('benefitTotals', () => {
    it('sums planned, planned to date and realised', () => {
        expect(benefitTotals(QUARTERS, '2026-07-15', 80)).toEqual({
            planned: 40000,
            realised: 15000,
            plannedToDate: 20000,
            realisationPct: 75,
            variance: -5000,
            atRisk: true,
            measuredCount: 2,
        })
    })

    it.each([
        ['2026-06-29', 10000],
        ['2026-06-30', 20000],
        ['2026-06-30 23:59:59', 20000],
        ['2027-01-01', 40000],
        ['2025-12-31', 0],
    ])('as of %s counts %d cents planned to date (periods ending on or before)', (asOf, plannedToDate) => {
        expect(benefitTotals(QUARTERS, asOf, 80).plannedToDate).toBe(plannedToDate)
    })

    it('counts a realised amount recorded for a period that has not ended yet', () => {
        const totals = benefitTotals(
            [period('2026-03-31', 10000, 8000), period('2026-06-30', 10000, 4000)],
            '2026-05-01',
            80
        )
        expect([totals.realised, totals.realisationPct]).toEqual([12000, 120])
    })

    it.each([
        [8000, 80, false],
        [7999, 79.99, true],
        [12000, 120, false],
        [0, 0, true],
    ])('with %d realised of 10000 gives %d percent, at risk: %p', (realised, pct, atRisk) => {
        expect(benefitTotals([period('2026-01-31', 10000, realised)], '2026-02-01', 80)).toMatchObject({
            realisationPct: pct,
            atRisk,
        })
    })

    it('gives a positive variance when ahead of plan', () => {
        expect(benefitTotals([period('2026-01-31', 10000, 12500)], '2026-02-01', 80).variance).toBe(2500)
    })

    it('uses the threshold it is given', () => {
        expect(benefitTotals([period('2026-01-31', 10000, 8500)], '2026-02-01', 90).atRisk).toBe(true)
    })

    it('defaults the threshold to 80 percent', () => {
        expect(benefitTotals([period('2026-01-31', 10000, 7900)], '2026-02-01').atRisk).toBe(true)
    })

    it('is not at risk before any period is measured', () => {
        expect(benefitTotals([period('2026-01-31', 10000)], '2026-03-01', 80)).toMatchObject({
            realisationPct: 0,
            atRisk: false,
            measuredCount: 0,
        })
    })

    it('leaves realisation empty and is not at risk when nothing is planned to date', () => {
        expect(benefitTotals([period('2026-12-31', 10000, 500)], '2026-03-01', 80)).toMatchObject({
            plannedToDate: 0,
            realisationPct: null,
            variance: 500,
            atRisk: false,
        })
    })

    it('rolls up no periods to zeros', () => {
        expect(benefitTotals([], '2026-03-01', 80)).toEqual({
            planned: 0,
            realised: 0,
            plannedToDate: 0,
            realisationPct: null,
            variance: 0,
            atRisk: false,
            measuredCount: 0,
        })
    })

    it('counts a realised 0 as a measurement', () => {
        expect(benefitTotals([period('2026-01-31', 10000, 0)], '2026-02-01', 80).measuredCount).toBe(1)
    })
})

describe('overduePeriods', () => {
    it.each([
        ['2026-03-02', 0],
        ['2026-03-03', 1],
    ])('with 30 grace days finds a January period as of %s overdue %d times', (asOf, count) => {
        expect(overduePeriods([period('2026-01-31', 10000)], asOf, 30)).toHaveLength(count)
    })

    it('never reports a measured period', () => {
        expect(overduePeriods([period('2026-01-31', 10000, 0)], '2027-01-01', 30)).toEqual([])
    })

    it('does not report a period that has not ended', () => {
        expect(overduePeriods([period('2026-12-31', 10000)], '2026-06-01', 0)).toEqual([])
    })

    it('reports the day after the end with 0 grace days', () => {
        expect(overduePeriods([period('2026-01-31', 10000)], '2026-02-01', 0)).toHaveLength(1)
    })

    it('defaults to 30 grace days', () => {
        expect(overduePeriods([period('2026-01-31', 10000)], '2026-03-02')).toEqual([])
    })

    it('returns the input objects in input order, extra fields included', () => {
        const rows = [
            { ...period('2026-02-28', 1), id: 'b' },
            { ...period('2026-01-31', 1), id: 'a' },
            { ...period('2026-03-31', 1, 1), id: 'c' },
        ]
        expect(overduePeriods(rows, '2026-12-31', 30)).toEqual([rows[0], rows[1]])
    })
})

describe('validatePeriodAmounts', () => {
    it.each([
        [10000, null],
        [0, null],
        [10000, 0],
        [0, 5000],
    ])('accepts planned %d and realised %p', (planned, realised) => {
        expect(validatePeriodAmounts({ planned, realised })).toEqual({ ok: true, value: { planned, realised } })
    })

    it.each([
        [-1, null, 'BENEFIT.PLANNED_NEGATIVE', 'planned'],
        [null, null, 'BENEFIT.PLANNED_REQUIRED', 'planned'],
        [100.5, null, 'MONEY.NOT_CENTS', 'planned'],
        [Number.NaN, null, 'MONEY.NOT_CENTS', 'planned'],
        [100, -1, 'BENEFIT.REALISED_NEGATIVE', 'realised'],
        [100, Number.POSITIVE_INFINITY, 'MONEY.NOT_CENTS', 'realised'],
    ])('refuses planned %p and realised %p with %s on %s', (planned, realised, code, field) => {
        expect(validatePeriodAmounts({ planned, realised })).toMatchObject({ ok: false, error: { code, field } })
    })

    it('reads an undefined realised amount as not measured', () => {
        expect(validatePeriodAmounts({ planned: 1, realised: undefined as unknown as null })).toEqual({
            ok: true,
            value: { planned: 1, realised: null },
        })
    })
})

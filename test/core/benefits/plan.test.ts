import { describe, expect, it } from '@jest/globals'
import type { ExistingPeriod, PlanChanges, PlanRequest } from '../../../src/server/core/benefits/plan.ts'
import { generatePlan } from '../../../src/server/core/benefits/plan.ts'
import type { FiscalConfig } from '../../../src/server/core/fiscal/config.ts'

const JANUARY: FiscalConfig = { startMonth: 1, calendarType: 'monthly', weekStartDay: 'sunday' }
const APRIL: FiscalConfig = { startMonth: 4, calendarType: 'monthly', weekStartDay: 'sunday' }
const Q1: PlanRequest = { total: 10000, start: '2026-01-01', end: '2026-03-31', granularity: 'month' }

function planOf(request: PlanRequest, config: FiscalConfig = JANUARY): PlanChanges {
    const result = generatePlan(request, config)
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
    return result.value
}

/** The planned amount of every period once the changes are applied. */
function applied(existing: readonly ExistingPeriod[], changes: PlanChanges): Record<string, number> {
    const out: Record<string, number> = {}
    for (const row of existing) if (!changes.remove.includes(row.label)) out[row.label] = row.planned
    for (const row of [...changes.create, ...changes.update]) out[row.label] = row.planned
    return out
}

describe('generatePlan', () => {
    it('splits 100.00 over three months as 33.33, 33.33 and 33.34', () => {
        expect(planOf(Q1)).toEqual({
            create: [
                { label: 'FY2026-M01', start: '2026-01-01', end: '2026-01-31', planned: 3333 },
                { label: 'FY2026-M02', start: '2026-02-01', end: '2026-02-28', planned: 3333 },
                { label: 'FY2026-M03', start: '2026-03-01', end: '2026-03-31', planned: 3334 },
            ],
            update: [],
            keep: [],
            remove: [],
        })
    })

    it('plans by quarter', () => {
        const plan = planOf({ total: 100000, start: '2026-01-01', end: '2026-12-31', granularity: 'quarter' })
        expect(plan.create.map((p) => [p.label, p.planned])).toEqual([
            ['FY2026-Q1', 25000],
            ['FY2026-Q2', 25000],
            ['FY2026-Q3', 25000],
            ['FY2026-Q4', 25000],
        ])
    })

    it('labels periods by the fiscal calendar', () => {
        const plan = planOf({ ...Q1, start: '2027-01-01', end: '2027-04-30' }, APRIL)
        expect(plan.create.map((p) => p.label)).toEqual(['FY2027-M10', 'FY2027-M11', 'FY2027-M12', 'FY2028-M01'])
    })

    it('covers the whole periods containing a mid-period start and end', () => {
        const plan = planOf({ ...Q1, start: '2026-01-20', end: '2026-02-03' })
        expect(plan.create.map((p) => [p.start, p.end])).toEqual([
            ['2026-01-01', '2026-01-31'],
            ['2026-02-01', '2026-02-28'],
        ])
    })

    it('plans zero as zero in every period', () => {
        expect(planOf({ ...Q1, total: 0 }).create.map((p) => p.planned)).toEqual([0, 0, 0])
    })

    it('leaves a measured period untouched and splits the rest over the others', () => {
        const existing = [{ label: 'FY2026-M01', planned: 5000, measured: true }]
        expect(planOf({ ...Q1, existing })).toMatchObject({
            create: [
                { label: 'FY2026-M02', planned: 2500 },
                { label: 'FY2026-M03', planned: 2500 },
            ],
            update: [],
            keep: ['FY2026-M01'],
            remove: [],
        })
    })

    it('puts the remainder on the last unmeasured period when a measured one is in the middle', () => {
        const existing = [{ label: 'FY2026-M02', planned: 3000, measured: true }]
        expect(planOf({ ...Q1, total: 10001, existing }).create.map((p) => [p.label, p.planned])).toEqual([
            ['FY2026-M01', 3500],
            ['FY2026-M03', 3501],
        ])
    })

    it('updates unmeasured periods whose amount changes and keeps the others', () => {
        const existing = [
            { label: 'FY2026-M01', planned: 3333, measured: false },
            { label: 'FY2026-M02', planned: 1000, measured: false },
        ]
        expect(planOf({ ...Q1, existing })).toMatchObject({
            create: [{ label: 'FY2026-M03', planned: 3334 }],
            update: [{ label: 'FY2026-M02', start: '2026-02-01', end: '2026-02-28', planned: 3333 }],
            keep: ['FY2026-M01'],
            remove: [],
        })
    })

    it('removes unmeasured periods outside the plan', () => {
        const existing = [
            { label: 'FY2025-M12', planned: 500, measured: false },
            { label: 'FY2026-Q2', planned: 500, measured: false },
        ]
        expect(planOf({ ...Q1, existing }).remove).toEqual(['FY2025-M12', 'FY2026-Q2'])
    })

    it('keeps measured periods outside the plan and counts them towards the total', () => {
        const existing = [{ label: 'FY2025-M12', planned: 4000, measured: true }]
        const plan = planOf({ ...Q1, existing })
        expect([plan.keep, plan.create.map((p) => p.planned)]).toEqual([['FY2025-M12'], [2000, 2000, 2000]])
    })

    it('makes the periods add up to the total once applied', () => {
        const existing = [
            { label: 'FY2025-M11', planned: 700, measured: true },
            { label: 'FY2025-M12', planned: 900, measured: false },
            { label: 'FY2026-M02', planned: 1234, measured: true },
            { label: 'FY2026-M03', planned: 1, measured: false },
        ]
        const after = applied(existing, planOf({ ...Q1, total: 99999, existing }))
        expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(99999)
    })

    it('matches existing labels case-insensitively', () => {
        const existing = [{ label: 'fy2026-m01', planned: 3333, measured: false }]
        expect(planOf({ ...Q1, existing }).keep).toEqual(['FY2026-M01'])
    })

    it.each([
        [{ total: -1 }, 'BENEFIT.PLANNED_NEGATIVE'],
        [{ total: 100.5 }, 'MONEY.NOT_CENTS'],
        [{ total: Number.NaN }, 'MONEY.NOT_CENTS'],
        [{ start: '2026-02-30' }, 'FISCAL.DATE_INVALID'],
        [{ end: '' }, 'FISCAL.DATE_INVALID'],
        [{ start: '2026-04-01' }, 'BENEFIT.PLAN_RANGE_INVALID'],
        [{ granularity: 'year' }, 'BENEFIT.PLAN_RANGE_INVALID'],
        [{ start: '1990-01-01', end: '2040-12-31' }, 'BENEFIT.PLAN_TOO_LONG'],
    ])('refuses %p with %s', (change, code) => {
        expect(generatePlan({ ...Q1, ...change } as PlanRequest, JANUARY)).toMatchObject({ ok: false, error: { code } })
    })

    it('refuses a bad existing label with FISCAL.PERIOD_INVALID', () => {
        const existing = [{ label: 'FY2026-M13', planned: 0, measured: false }]
        expect(generatePlan({ ...Q1, existing }, JANUARY)).toMatchObject({
            ok: false,
            error: { code: 'FISCAL.PERIOD_INVALID', field: 'label' },
        })
    })

    it('refuses the same existing period twice with BENEFIT.PERIOD_DUPLICATE', () => {
        const existing = [
            { label: 'FY2026-M01', planned: 0, measured: false },
            { label: 'fy2026-m01', planned: 0, measured: true },
        ]
        expect(generatePlan({ ...Q1, existing }, JANUARY)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.PERIOD_DUPLICATE' },
        })
    })

    it('refuses a total below what measured periods already plan with BENEFIT.PLAN_BELOW_MEASURED', () => {
        const existing = [{ label: 'FY2026-M01', planned: 20000, measured: true }]
        expect(generatePlan({ ...Q1, existing }, JANUARY)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.PLAN_BELOW_MEASURED' },
        })
    })

    it('refuses a changed total when every period is measured with BENEFIT.PLAN_NO_OPEN_PERIOD', () => {
        const existing = ['FY2026-M01', 'FY2026-M02', 'FY2026-M03'].map((label) => ({
            label,
            planned: 3000,
            measured: true,
        }))
        expect(generatePlan({ ...Q1, existing }, JANUARY)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.PLAN_NO_OPEN_PERIOD' },
        })
    })

    it('accepts an unchanged total when every period is measured', () => {
        const existing = ['FY2026-M01', 'FY2026-M02', 'FY2026-M03'].map((label) => ({
            label,
            planned: 3000,
            measured: true,
        }))
        expect(planOf({ ...Q1, total: 9000, existing })).toEqual({
            create: [],
            update: [],
            keep: ['FY2026-M01', 'FY2026-M02', 'FY2026-M03'],
            remove: [],
        })
    })

    it('refuses a plan overlapping a measured period of the other granularity', () => {
        const existing = [{ label: 'FY2026-Q1', planned: 3000, measured: true }]
        expect(generatePlan({ ...Q1, existing }, JANUARY)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.PLAN_GRANULARITY_MISMATCH' },
        })
    })

    it('does not change its input', () => {
        const existing = Object.freeze([Object.freeze({ label: 'FY2026-M01', planned: 1, measured: false })])
        const request = Object.freeze({ ...Q1, existing })
        expect(() => generatePlan(request, JANUARY)).not.toThrow()
    })
})

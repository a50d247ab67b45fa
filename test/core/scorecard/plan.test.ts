import { describe, expect, it } from '@jest/globals'
import type { FiscalConfig } from '../../../src/server/core/fiscal/config.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import {
    backfillPeriods,
    chunkPlan,
    chunkPoint,
    fiscalYearAfterQuarter,
    nightlyPeriods,
    parseDimensions,
    parsePeriodTypes,
    resumeIndex,
    trendPeriods,
} from '../../../src/server/core/scorecard/plan.ts'

const config = DEFAULT_FISCAL_CONFIG
const april: FiscalConfig = { ...config, startMonth: 4 }
const labels = (r: { ok: boolean; value?: { label: string }[] }): string[] => (r.value ?? []).map((p) => p.label)

describe('chunkPlan and resumeIndex', () => {
    const plan = chunkPlan(['FY2026-M01', 'FY2026-M02'], ['all', 'portfolio'])

    it('orders chunks period by period, dimension by dimension', () => {
        expect(plan.map(chunkPoint)).toEqual([
            'FY2026-M01|all',
            'FY2026-M01|portfolio',
            'FY2026-M02|all',
            'FY2026-M02|portfolio',
        ])
    })

    it.each([
        ['', 0],
        [null, 0],
        ['FY2026-M02|all', 2],
        [' FY2026-M02|portfolio ', 3],
    ])('resumes %p at chunk %d', (point, index) => {
        expect(resumeIndex(plan, point)).toEqual({ ok: true, value: index })
    })

    it('fails on a point that is not a chunk of the plan', () => {
        expect(resumeIndex(plan, 'FY2026-M03|all')).toMatchObject({
            ok: false,
            error: { code: 'SCORECARD.RESUME_POINT_INVALID' },
        })
    })
})

describe('nightlyPeriods', () => {
    it('takes the previous and current month, then quarter', () => {
        expect(nightlyPeriods('2026-11-15', config).map((p) => p.label)).toEqual([
            'FY2026-M10',
            'FY2026-M11',
            'FY2026-Q3',
            'FY2026-Q4',
        ])
    })

    it('crosses the fiscal year in its first month', () => {
        expect(nightlyPeriods('2026-04-01', april).map((p) => p.label)).toEqual([
            'FY2026-M12',
            'FY2027-M01',
            'FY2026-Q4',
            'FY2027-Q1',
        ])
    })
})

describe('fiscalYearAfterQuarter', () => {
    it.each([
        ['2026-10-02', 'FY2026-Q3', 'FY2026'],
        ['2027-01-01', 'FY2026-Q4', 'FY2026'],
        ['2027-03-31', 'FY2026-Q4', 'FY2026'],
        ['2027-04-01', 'FY2027-Q1', 'FY2027'],
    ])('on %s rolls up the year of %s: %s', (today, quarter, year) => {
        const r = fiscalYearAfterQuarter(today, config)
        expect(r.ok && [r.value.quarter.label, r.value.year.label]).toEqual([quarter, year])
    })
})

describe('backfillPeriods', () => {
    it('lists months, then quarters, then years overlapping the range', () => {
        expect(labels(backfillPeriods('FY2026-M02', 'FY2026-M04', ['month', 'quarter', 'year'], config))).toEqual([
            'FY2026-M02',
            'FY2026-M03',
            'FY2026-M04',
            'FY2026-Q1',
            'FY2026-Q2',
            'FY2026',
        ])
    })

    it('takes a quarter as a range of its months', () => {
        expect(labels(backfillPeriods('fy2026-q2', null, ['month'], config))).toEqual([
            'FY2026-M04',
            'FY2026-M05',
            'FY2026-M06',
        ])
    })

    it.each([
        ['FY2026-M13', 'FY2026-M01', 'SCORECARD.PERIOD_INVALID', 'from'],
        ['FY2026-M01', 'next year', 'SCORECARD.PERIOD_INVALID', 'to'],
        ['FY2026-M05', 'FY2026-M04', 'SCORECARD.RANGE_INVALID', 'to'],
        ['FY2016', 'FY2026', 'SCORECARD.RANGE_TOO_LONG', 'to'],
    ])('fails on %s … %s with %s', (from, to, code, field) => {
        expect(backfillPeriods(from, to, ['month', 'quarter', 'year'], config, 120)).toMatchObject({
            ok: false,
            error: { code, field },
        })
    })

    it('allows exactly the maximum', () => {
        expect(backfillPeriods('FY2026-M01', 'FY2026-M12', ['month'], config, 12).ok).toBe(true)
        expect(backfillPeriods('FY2026-M01', 'FY2026-M12', ['month'], config, 11).ok).toBe(false)
    })
})

describe('trendPeriods', () => {
    it('ends with the period containing today by default', () => {
        expect(labels(trendPeriods('month', 3, null, '2026-02-10', config))).toEqual([
            'FY2025-M12',
            'FY2026-M01',
            'FY2026-M02',
        ])
    })

    it('ends with the given period', () => {
        expect(labels(trendPeriods('quarter', 2, 'FY2026-Q1', '2026-11-15', config))).toEqual([
            'FY2025-Q4',
            'FY2026-Q1',
        ])
    })

    it.each([
        [0, null, 'SCORECARD.PERIODS_INVALID'],
        [61, null, 'SCORECARD.PERIODS_INVALID'],
        [2.5, null, 'SCORECARD.PERIODS_INVALID'],
        [2, 'FY2026-M01', 'SCORECARD.PERIOD_INVALID'],
    ])('fails on %p periods to %p with %s', (count, to, code) => {
        expect(trendPeriods('quarter', count, to, '2026-11-15', config)).toMatchObject({ ok: false, error: { code } })
    })
})

describe('parseDimensions and parsePeriodTypes', () => {
    it('default to everything and keep canonical order', () => {
        expect(parseDimensions('')).toEqual({
            ok: true,
            value: ['all', 'portfolio', 'business_service', 'value_category'],
        })
        expect(parseDimensions('value_category, ALL')).toEqual({ ok: true, value: ['all', 'value_category'] })
        expect(parsePeriodTypes(null)).toEqual({ ok: true, value: ['month', 'quarter', 'year'] })
        expect(parsePeriodTypes('year,month')).toEqual({ ok: true, value: ['month', 'year'] })
    })

    it('fail on unknown names', () => {
        expect(parseDimensions('region')).toMatchObject({ ok: false, error: { code: 'SCORECARD.DIMENSION_INVALID' } })
        expect(parsePeriodTypes('week')).toMatchObject({ ok: false, error: { code: 'SCORECARD.PERIOD_TYPE_INVALID' } })
    })
})

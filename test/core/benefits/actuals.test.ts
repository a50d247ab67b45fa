import { describe, expect, it } from '@jest/globals'
import {
    checkPeriodInRange,
    MAX_ACTUALS_PER_REQUEST,
    parseActuals,
    parsePlanFields,
} from '../../../src/server/core/benefits/actuals.ts'
import { periodByLabel } from '../../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import type { FiscalPeriod } from '../../../src/server/core/fiscal/calendar.ts'

const config = DEFAULT_FISCAL_CONFIG
const period = (label: string): FiscalPeriod => {
    const p = periodByLabel(label, config)
    if (!p.ok) throw new Error(label)
    return p.value
}

describe('parseActuals', () => {
    it('reads periods, amounts as numbers or strings, and evidence', () => {
        const parsed = parseActuals(
            {
                actuals: [
                    { period: 'fy2026-m03', realised: 1250.5 },
                    { period: 'FY2026-M04', realised: '0.10', evidence: 'Finance report April' },
                    { period: 'FY2026-Q3', realised: 0 },
                ],
            },
            config
        )
        expect(parsed.ok && parsed.value.map((a) => [a.period.label, a.realised, a.evidence])).toEqual([
            ['FY2026-M03', 125050, null],
            ['FY2026-M04', 10, 'Finance report April'],
            ['FY2026-Q3', 0, null],
        ])
    })

    it.each([
        ['no body', undefined, 'BENEFIT.ACTUALS_INVALID', undefined],
        ['no actuals', { periods: [] }, 'BENEFIT.ACTUALS_INVALID', undefined],
        ['an empty list', { actuals: [] }, 'BENEFIT.ACTUALS_INVALID', undefined],
        ['a bad label', { actuals: [{ period: 'March', realised: 1 }] }, 'FISCAL.PERIOD_INVALID', 'actuals[0].period'],
        [
            'a period twice',
            {
                actuals: [
                    { period: 'FY2026-M03', realised: 1 },
                    { period: 'fy2026-m03', realised: 2 },
                ],
            },
            'BENEFIT.PERIOD_DUPLICATE',
            'actuals[1].period',
        ],
        ['no amount', { actuals: [{ period: 'FY2026-M03' }] }, 'BENEFIT.REALISED_REQUIRED', 'actuals[0].realised'],
        [
            'a negative amount',
            { actuals: [{ period: 'FY2026-M03', realised: -5 }] },
            'BENEFIT.REALISED_NEGATIVE',
            'actuals[0].realised',
        ],
        [
            'a negative string',
            { actuals: [{ period: 'FY2026-M03', realised: '-0.01' }] },
            'BENEFIT.REALISED_NEGATIVE',
            'actuals[0].realised',
        ],
        [
            'three decimals',
            { actuals: [{ period: 'FY2026-M03', realised: '1.005' }] },
            'MONEY.NOT_CENTS',
            'actuals[0].realised',
        ],
        [
            'a float artefact',
            { actuals: [{ period: 'FY2026-M03', realised: 0.1 + 0.2 }] },
            'MONEY.NOT_CENTS',
            'actuals[0].realised',
        ],
        [
            'not a number',
            { actuals: [{ period: 'FY2026-M03', realised: 'ten' }] },
            'MONEY.NOT_CENTS',
            'actuals[0].realised',
        ],
        [
            'an object amount',
            { actuals: [{ period: 'FY2026-M03', realised: { value: 1 } }] },
            'MONEY.NOT_CENTS',
            'actuals[0].realised',
        ],
        [
            'an amount beyond safe cents',
            { actuals: [{ period: 'FY2026-M03', realised: '900719925474099.99' }] },
            'MONEY.TOO_LARGE',
            'actuals[0].realised',
        ],
        [
            'evidence not a text',
            { actuals: [{ period: 'FY2026-M03', realised: 1, evidence: 5 }] },
            'BENEFIT.ACTUALS_INVALID',
            'actuals[0].evidence',
        ],
        [
            'evidence too long',
            { actuals: [{ period: 'FY2026-M03', realised: 1, evidence: 'x'.repeat(1001) }] },
            'BENEFIT.EVIDENCE_TOO_LONG',
            'actuals[0].evidence',
        ],
    ])('refuses %s', (_what, body, code, field) => {
        const parsed = parseActuals(body, config)
        expect(parsed.ok).toBe(false)
        if (!parsed.ok) expect([parsed.error.code, parsed.error.field]).toEqual([code, field])
    })

    it(`refuses more than ${MAX_ACTUALS_PER_REQUEST} periods in one request`, () => {
        const actuals = Array.from({ length: MAX_ACTUALS_PER_REQUEST + 1 }, (_, i) => ({
            period: `FY${2000 + Math.floor(i / 12)}-M${String((i % 12) + 1).padStart(2, '0')}`,
            realised: 1,
        }))
        expect(parseActuals({ actuals }, config)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.ACTUALS_INVALID' },
        })
    })

    it('does not change the body it reads', () => {
        const body = { actuals: [{ period: 'fy2026-m03', realised: '1.00' }] }
        parseActuals(body, config)
        expect(body).toEqual({ actuals: [{ period: 'fy2026-m03', realised: '1.00' }] })
    })
})

describe('checkPeriodInRange', () => {
    it.each([
        ['FY2026-M01', '2026-01-15', '2026-06-30'],
        ['FY2026-M06', '2026-01-15', '2026-06-01'],
        ['FY2026-Q2', '2026-01-15', '2026-04-01'],
        ['FY2026-M03', '2026-03-31 00:00:00', '2026-03-31'],
    ])('accepts %s overlapping %s to %s', (label, start, end) => {
        expect(checkPeriodInRange(period(label), start, end)).toEqual({ ok: true, value: period(label) })
    })

    it.each([
        ['FY2025-M12', '2026-01-01', '2026-12-31'],
        ['FY2027-M01', '2026-01-01', '2026-12-31'],
        ['FY2026-Q1', '2026-04-01', '2026-12-31'],
    ])('refuses %s outside %s to %s', (label, start, end) => {
        expect(checkPeriodInRange(period(label), start, end)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.PERIOD_OUT_OF_RANGE', field: 'period_label' },
        })
    })

    it('refuses a benefit without a start or end date', () => {
        expect(checkPeriodInRange(period('FY2026-M01'), null, '2026-12-31')).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.NO_RANGE' },
        })
        expect(checkPeriodInRange(period('FY2026-M01'), '2026-01-01', '')).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.NO_RANGE' },
        })
    })

    it('refuses a malformed range date', () => {
        expect(checkPeriodInRange(period('FY2026-M01'), '2026-13-01', '2026-12-31')).toMatchObject({
            ok: false,
            error: { code: 'FISCAL.DATE_INVALID', field: 'start_date' },
        })
    })
})

describe('parsePlanFields', () => {
    it('reads the fields a plan request may set', () => {
        expect(
            parsePlanFields({
                planned_total: '120000.50',
                start_date: '2026-01-01',
                end_date: '2026-12-31 00:00:00',
                granularity: 'quarter',
            })
        ).toEqual({
            ok: true,
            value: { plannedTotal: 12000050, startDate: '2026-01-01', endDate: '2026-12-31', granularity: 'quarter' },
        })
    })

    it.each([undefined, null, ''])('plans from the stored values without a body (%p)', (body) => {
        expect(parsePlanFields(body)).toEqual({ ok: true, value: {} })
    })

    it.each([
        ['a list', [], 'BENEFIT.PLAN_INVALID', undefined],
        ['a negative total', { planned_total: -1 }, 'BENEFIT.PLANNED_NEGATIVE', 'planned_total'],
        ['a total with 3 decimals', { planned_total: '1.001' }, 'MONEY.NOT_CENTS', 'planned_total'],
        ['a bad date', { start_date: '2026-02-30' }, 'FISCAL.DATE_INVALID', 'start_date'],
        ['a date that is no text', { end_date: 20261231 }, 'FISCAL.DATE_INVALID', 'end_date'],
        ['a year granularity', { granularity: 'year' }, 'BENEFIT.PLAN_INVALID', 'granularity'],
    ])('refuses %s', (_what, body, code, field) => {
        const parsed = parsePlanFields(body)
        expect(parsed.ok).toBe(false)
        if (!parsed.ok) expect([parsed.error.code, parsed.error.field]).toEqual([code, field])
    })
})

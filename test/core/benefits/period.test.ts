import { describe, expect, it } from '@jest/globals'
import { checkPeriod } from '../../../src/server/core/benefits/period.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'

const config = DEFAULT_FISCAL_CONFIG
const range = { start: '2026-01-15', end: '2026-12-31' }

describe('checkPeriod', () => {
    it('returns the fiscal period and the amounts in cents', () => {
        const checked = checkPeriod({ label: ' fy2026-m02 ', planned: '1250.5', realised: '0' }, range, config)
        expect(
            checked.ok && [checked.value.period.label, checked.value.period.start, checked.value.period.end]
        ).toEqual(['FY2026-M02', '2026-02-01', '2026-02-28'])
        expect(checked.ok && [checked.value.planned, checked.value.realised]).toEqual([125050, 0])
    })

    it('counts an empty planned amount as 0 and keeps an empty realised amount empty', () => {
        expect(checkPeriod({ label: 'FY2026-Q1', planned: null, realised: null }, range, config)).toMatchObject({
            ok: true,
            value: { planned: 0, realised: null },
        })
    })

    it.each([
        ['a bad label', { label: 'Jan 2026', planned: '1', realised: null }, 'FISCAL.PERIOD_INVALID', 'period_label'],
        ['no label', { label: null, planned: '1', realised: null }, 'FISCAL.PERIOD_INVALID', 'period_label'],
        ['a fiscal year', { label: 'FY2026', planned: '1', realised: null }, 'BENEFIT.PERIOD_TYPE', 'period_label'],
        [
            'a period before the range',
            { label: 'FY2025-M12', planned: '1', realised: null },
            'BENEFIT.PERIOD_OUT_OF_RANGE',
            'period_label',
        ],
        [
            'a period after the range',
            { label: 'FY2027-Q1', planned: '1', realised: null },
            'BENEFIT.PERIOD_OUT_OF_RANGE',
            'period_label',
        ],
        [
            'a negative planned amount',
            { label: 'FY2026-M03', planned: '-100', realised: null },
            'BENEFIT.PLANNED_NEGATIVE',
            'planned_amount',
        ],
        [
            'a negative realised amount',
            { label: 'FY2026-M03', planned: '100', realised: '-0.01' },
            'BENEFIT.REALISED_NEGATIVE',
            'realised_amount',
        ],
        [
            'a planned amount that is no number',
            { label: 'FY2026-M03', planned: 'lots', realised: null },
            'MONEY.NOT_A_NUMBER',
            'planned_amount',
        ],
    ])('refuses %s', (_what, input, code, field) => {
        expect(checkPeriod(input, range, config)).toMatchObject({ ok: false, error: { code, field } })
    })

    it('refuses a period of a benefit without dates', () => {
        expect(
            checkPeriod({ label: 'FY2026-M03', planned: '1', realised: null }, { start: null, end: null }, config)
        ).toMatchObject({ ok: false, error: { code: 'BENEFIT.NO_RANGE' } })
    })

    it('follows the configured fiscal calendar', () => {
        const april = { startMonth: 4, calendarType: 'monthly' as const, weekStartDay: 'sunday' as const }
        const checked = checkPeriod(
            { label: 'FY2027-Q1', planned: '1', realised: null },
            { start: '2026-04-01', end: '2027-03-31' },
            april
        )
        expect(checked.ok && [checked.value.period.start, checked.value.period.end]).toEqual([
            '2026-04-01',
            '2026-06-30',
        ])
    })
})

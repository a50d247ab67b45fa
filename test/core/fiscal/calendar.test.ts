import { describe, expect, it } from '@jest/globals'
import type { FiscalPeriod, PeriodType } from '../../../src/server/core/fiscal/calendar.ts'
import {
    periodByLabel,
    periodContaining,
    periodsBetween,
    previousPeriod,
} from '../../../src/server/core/fiscal/calendar.ts'
import type { CalendarType, FiscalConfig, Weekday } from '../../../src/server/core/fiscal/config.ts'
import { daysBetween } from '../../../src/server/core/fiscal/dates.ts'

const cal = (startMonth: number, calendarType: CalendarType = 'monthly', weekStartDay: Weekday = 'sunday') =>
    ({ startMonth, calendarType, weekStartDay }) as FiscalConfig
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)
const TYPES: CalendarType[] = ['monthly', '4-4-5', '4-5-4', '5-4-4']
const days = (p: FiscalPeriod): number => daysBetween(p.start, p.end) + 1
const labels = (periods: readonly FiscalPeriod[]): string[] => periods.map((p) => p.label)
const byLabel = (label: string, config: FiscalConfig): FiscalPeriod => {
    const result = periodByLabel(label, config)
    if (!result.ok) throw new Error(result.error.message)
    return result.value
}

describe('periodContaining (monthly calendar)', () => {
    it.each([
        [1, 'FY2026', '2026-01-01', '2026-12-31'],
        [2, 'FY2027', '2026-02-01', '2027-01-31'],
        [3, 'FY2027', '2026-03-01', '2027-02-28'],
        [4, 'FY2027', '2026-04-01', '2027-03-31'],
        [5, 'FY2027', '2026-05-01', '2027-04-30'],
        [6, 'FY2027', '2026-06-01', '2027-05-31'],
        [7, 'FY2027', '2026-07-01', '2027-06-30'],
        [8, 'FY2027', '2026-08-01', '2027-07-31'],
        [9, 'FY2027', '2026-09-01', '2027-08-31'],
        [10, 'FY2027', '2026-10-01', '2027-09-30'],
        [11, 'FY2027', '2026-11-01', '2027-10-31'],
        [12, 'FY2027', '2026-12-01', '2027-11-30'],
    ])('with start month %d puts the year starting in 2026 in %s (%s … %s)', (startMonth, label, start, end) => {
        expect(periodContaining(start, 'year', cal(startMonth))).toEqual({
            label,
            type: 'year',
            start,
            end,
            fiscalYear: Number(label.slice(2)),
            index: 1,
        })
    })

    it.each(MONTHS)('with start month %d makes the start month fiscal month 1 and quarter 1', (startMonth) => {
        const start = `2026-${String(startMonth).padStart(2, '0')}-10`
        expect([
            periodContaining(start, 'month', cal(startMonth)),
            periodContaining(start, 'quarter', cal(startMonth)),
        ]).toMatchObject([{ index: 1 }, { index: 1 }])
    })

    it.each([
        [1, '2026-12-31', 'FY2026'],
        [1, '2027-01-01', 'FY2027'],
        [4, '2026-03-31', 'FY2026'],
        [4, '2026-04-01', 'FY2027'],
        [10, '2026-09-30', 'FY2026'],
        [10, '2026-10-01', 'FY2027'],
    ])('with start month %d names the year of %s %s (the calendar year it ends in)', (startMonth, date, label) => {
        expect(periodContaining(date, 'year', cal(startMonth)).label).toBe(label)
    })

    it.each([
        [4, '2026-04-15', 'month', 'FY2027-M01', '2026-04-01', '2026-04-30'],
        [4, '2027-03-31', 'month', 'FY2027-M12', '2027-03-01', '2027-03-31'],
        [4, '2027-01-05', 'quarter', 'FY2027-Q4', '2027-01-01', '2027-03-31'],
        [10, '2026-12-25', 'quarter', 'FY2027-Q1', '2026-10-01', '2026-12-31'],
        [10, '2027-09-30', 'quarter', 'FY2027-Q4', '2027-07-01', '2027-09-30'],
        [1, '2026-07-01', 'quarter', 'FY2026-Q3', '2026-07-01', '2026-09-30'],
    ])('with start month %d puts %s in %s %s (%s … %s)', (startMonth, date, type, label, start, end) => {
        expect(periodContaining(date, type as PeriodType, cal(startMonth))).toMatchObject({ label, start, end })
    })

    it.each([
        [1, 'month', 'FY2028-M02', '2028-02-01', '2028-02-29'],
        [1, 'year', 'FY2028', '2028-01-01', '2028-12-31'],
        [3, 'year', 'FY2028', '2027-03-01', '2028-02-29'],
        [4, 'quarter', 'FY2028-Q4', '2028-01-01', '2028-03-31'],
    ])('with start month %d puts 2028-02-29 in %s %s (%s … %s)', (startMonth, type, label, start, end) => {
        expect(periodContaining('2028-02-29', type as PeriodType, cal(startMonth))).toMatchObject({ label, start, end })
    })

    it('gives a leap fiscal year 366 days', () => {
        expect(days(periodContaining('2028-02-29', 'year', cal(3)))).toBe(366)
    })

    it('reads a Glide date-time as its UTC date', () => {
        expect(periodContaining('2026-03-31 23:59:59', 'month', cal(1)).label).toBe('FY2026-M03')
    })

    it('throws a RangeError for a malformed date', () => {
        expect(() => periodContaining('2026-02-30', 'month', cal(1))).toThrow(RangeError)
    })
})

describe('periodContaining (week-based calendars)', () => {
    const cases = (['4-4-5', '4-5-4', '5-4-4'] as const).flatMap((type) =>
        MONTHS.map((month) => [type, month] as const)
    )
    const yearOf = (type: CalendarType, startMonth: number, fiscalYear = 2027) =>
        byLabel(`FY${fiscalYear}`, cal(startMonth, type))

    it.each(cases)('%s with start month %d starts the year on the Sunday nearest the 1st', (type, startMonth) => {
        const year = yearOf(type, startMonth)
        const first = `${startMonth === 1 ? 2027 : 2026}-${String(startMonth).padStart(2, '0')}-01`
        expect([
            new Date(`${year.start}T00:00:00Z`).getUTCDay(),
            Math.abs(daysBetween(first, year.start)) <= 3,
        ]).toEqual([0, true])
    })

    it.each(cases)('%s with start month %d has 52 or 53 whole weeks up to the next start', (type, startMonth) => {
        const year = yearOf(type, startMonth)
        const next = yearOf(type, startMonth, 2028)
        expect([[364, 371].includes(days(year)), daysBetween(year.end, next.start)]).toEqual([true, 1])
    })

    it.each(cases)('%s with start month %d tiles the year with 12 months and 4 quarters', (type, startMonth) => {
        const config = cal(startMonth, type)
        const year = yearOf(type, startMonth)
        for (const [kind, count] of [
            ['month', 12],
            ['quarter', 4],
        ] as const) {
            const periods = periodsBetween(year.start, year.end, kind, config)
            expect(periods).toHaveLength(count)
            expect([periods[0]?.start, periods[count - 1]?.end]).toEqual([year.start, year.end])
            periods.slice(1).forEach((p, i) => expect(daysBetween((periods[i] as FiscalPeriod).end, p.start)).toBe(1))
        }
    })

    it.each([
        ['4-4-5', [4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5]],
        ['4-5-4', [4, 5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4]],
        ['5-4-4', [5, 4, 4, 5, 4, 4, 5, 4, 4, 5, 4, 4]],
    ] as const)('%s gives the months of a 52-week year %p weeks', (type, weeks) => {
        const year = byLabel('FY2027', cal(1, type))
        expect(days(year)).toBe(364)
        expect(periodsBetween(year.start, year.end, 'month', cal(1, type)).map((p) => days(p) / 7)).toEqual(weeks)
    })

    it('gives FY2020 (January start, Sundays) 53 weeks: 371 days, 2019-12-29 … 2021-01-02', () => {
        const year = byLabel('FY2020', cal(1, '4-4-5'))
        expect([year.start, year.end, days(year)]).toEqual(['2019-12-29', '2021-01-02', 371])
    })

    it.each([
        ['4-4-5', 42],
        ['4-5-4', 35],
        ['5-4-4', 35],
    ] as const)('%s puts the extra week of a 53-week year in fiscal month 12 (%d days)', (type, monthDays) => {
        const config = cal(1, type)
        expect([days(byLabel('FY2020-M12', config)), days(byLabel('FY2020-Q4', config))]).toEqual([monthDays, 98])
    })

    it('names a January-start year after its nominal end, even when it ends in early January', () => {
        expect(periodContaining('2021-01-01', 'month', cal(1, '4-4-5')).label).toBe('FY2020-M12')
    })

    it('starts the next January-start year right after', () => {
        expect(periodContaining('2021-01-03', 'month', cal(1, '4-4-5')).label).toBe('FY2021-M01')
    })

    it('puts the last days of March in the April-start year when its Sunday falls before April 1st', () => {
        expect(periodContaining('2026-03-30', 'month', cal(4, '4-4-5'))).toMatchObject({
            label: 'FY2027-M01',
            start: '2026-03-29',
            end: '2026-04-25',
        })
    })

    it.each([
        ['sunday', '2026-03-29'],
        ['monday', '2026-03-30'],
        ['wednesday', '2026-04-01'],
        ['saturday', '2026-04-04'],
    ] as const)('starts FY2027 (April start) on the %s nearest 2026-04-01: %s', (weekday, start) => {
        expect(byLabel('FY2027', cal(4, '4-4-5', weekday)).start).toBe(start)
    })

    it('has contiguous years of 52 or 53 weeks from 2000 to 2040', () => {
        const config = cal(1, '4-5-4')
        const years = Array.from({ length: 41 }, (_, i) => byLabel(`FY${2000 + i}`, config))
        const gaps = years.slice(1).map((y, i) => daysBetween((years[i] as FiscalPeriod).end, y.start))
        expect([new Set(gaps), years.every((y) => days(y) === 364 || days(y) === 371)]).toEqual([new Set([1]), true])
    })
})

describe('periodsBetween', () => {
    it.each([
        ['2026-11-15', '2027-02-01', 'month', 1, ['FY2026-M11', 'FY2026-M12', 'FY2027-M01', 'FY2027-M02']],
        ['2027-02-01', '2027-05-01', 'quarter', 4, ['FY2027-Q4', 'FY2028-Q1']],
        ['2025-06-01', '2027-06-01', 'year', 4, ['FY2026', 'FY2027', 'FY2028']],
        ['2026-09-30', '2026-10-01', 'month', 10, ['FY2026-M12', 'FY2027-M01']],
        ['2026-05-05', '2026-05-20', 'month', 1, ['FY2026-M05']],
    ])('lists from %s to %s the %s periods (start month %d): %p', (from, to, type, startMonth, expected) => {
        expect(labels(periodsBetween(from, to, type as PeriodType, cal(startMonth)))).toEqual(expected)
    })

    it('lists week-based periods across a year boundary', () => {
        expect(labels(periodsBetween('2020-12-30', '2021-01-03', 'month', cal(1, '4-4-5')))).toEqual([
            'FY2020-M12',
            'FY2021-M01',
        ])
    })

    it('returns nothing when to is before from', () => {
        expect(periodsBetween('2026-05-01', '2026-04-30', 'month', cal(1))).toEqual([])
    })
})

describe('periodByLabel', () => {
    it.each([
        ['FY2027', 'year', 1, '2026-04-01', '2027-03-31'],
        ['FY2027-Q3', 'quarter', 3, '2026-10-01', '2026-12-31'],
        ['FY2027-M09', 'month', 9, '2026-12-01', '2026-12-31'],
    ])('parses %s (April start) as %s %d: %s … %s', (label, type, index, start, end) => {
        expect(periodByLabel(label, cal(4))).toEqual({
            ok: true,
            value: { label, type, index, start, end, fiscalYear: 2027 },
        })
    })

    it('accepts lower case and blanks, returning the canonical label', () => {
        expect(periodByLabel(' fy2027-q1 ', cal(1))).toMatchObject({ ok: true, value: { label: 'FY2027-Q1' } })
    })

    it.each([
        'FY2027-Q5',
        'FY2027-Q0',
        'FY2027-M13',
        'FY2027-M00',
        'FY2027-M1',
        'FY2027-M001',
        'FY2027-H1',
        'FY2027-',
        'FY27',
        'FY0999',
        '2027-Q1',
        'foo',
        '',
    ])('refuses %p with FISCAL.PERIOD_INVALID', (label) => {
        expect(periodByLabel(label, cal(1))).toMatchObject({ ok: false, error: { code: 'FISCAL.PERIOD_INVALID' } })
    })

    it.each(TYPES.flatMap((type) => [1, 4, 10].map((month) => [type, month] as const)))(
        '%s with start month %d reads back every label periodContaining gives',
        (type, startMonth) => {
            const config = cal(startMonth, type)
            const periods = (['month', 'quarter', 'year'] as const).flatMap((kind) =>
                periodsBetween('2025-01-01', '2028-12-31', kind, config)
            )
            expect(periods.filter((p) => JSON.stringify(byLabel(p.label, config)) !== JSON.stringify(p))).toEqual([])
        }
    )
})

describe('previousPeriod', () => {
    it.each([
        ['FY2027-Q1', 1, 'FY2026-Q4', '2026-10-01'],
        ['FY2027-Q1', 4, 'FY2026-Q4', '2026-01-01'],
        ['FY2027-Q3', 4, 'FY2027-Q2', '2026-07-01'],
        ['FY2027-M01', 1, 'FY2026-M12', '2026-12-01'],
        ['FY2027-M05', 10, 'FY2027-M04', '2027-01-01'],
        ['FY2027', 4, 'FY2026', '2025-04-01'],
    ])('gives before %s (start month %d) %s, starting %s', (label, startMonth, previous, start) => {
        expect(previousPeriod(label, cal(startMonth))).toMatchObject({ ok: true, value: { label: previous, start } })
    })

    it('takes a period as well as a label', () => {
        const period = periodContaining('2026-01-15', 'quarter', cal(1))
        expect(previousPeriod(period, cal(1))).toMatchObject({ ok: true, value: { label: 'FY2025-Q4' } })
    })

    it('ends the day before the period starts in a week-based calendar', () => {
        const config = cal(1, '4-4-5')
        const previous = previousPeriod('FY2021-Q1', config)
        expect(previous.ok && daysBetween(previous.value.end, byLabel('FY2021-Q1', config).start)).toBe(1)
    })

    it('refuses a bad label with FISCAL.PERIOD_INVALID', () => {
        expect(previousPeriod('FY2027-Q5', cal(1))).toMatchObject({
            ok: false,
            error: { code: 'FISCAL.PERIOD_INVALID' },
        })
    })
})

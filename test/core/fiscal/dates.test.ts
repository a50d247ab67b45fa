import { describe, expect, it } from '@jest/globals'
import {
    addDays,
    addMonths,
    daysBetween,
    daysInMonth,
    fromDayNumber,
    parseDate,
    toDayNumber,
    weekdayOf,
} from '../../../src/server/core/fiscal/dates.ts'

describe('parseDate', () => {
    it.each([
        ['2026-01-31', '2026-01-31'],
        ['2028-02-29', '2028-02-29'],
        ['2000-02-29', '2000-02-29'],
        ['2026-03-31 23:59:59', '2026-03-31'],
        ['2026-04-01 00:00:00', '2026-04-01'],
        ['2026-04-01T12:00:00', '2026-04-01'],
        [' 2026-01-31 ', '2026-01-31'],
    ])('reads %s as %s', (text, date) => {
        expect(parseDate(text)).toEqual({ ok: true, value: date })
    })

    it.each([
        '2027-02-29',
        '1900-02-29',
        '2026-04-31',
        '2026-13-01',
        '2026-00-10',
        '2026-01-00',
        '2026-1-1',
        '26-01-01',
        '0999-12-31',
        '2026-01-31 24:00:00',
        '2026-01-31 23:60:00',
        '2026-01-31Z',
        'foo',
        '',
    ])('refuses %p with FISCAL.DATE_INVALID', (text) => {
        expect(parseDate(text, 'start')).toMatchObject({
            ok: false,
            error: { code: 'FISCAL.DATE_INVALID', field: 'start' },
        })
    })

    it('refuses a missing date', () => {
        expect(parseDate(null)).toMatchObject({ ok: false, error: { code: 'FISCAL.DATE_INVALID' } })
    })
})

describe('toDayNumber', () => {
    it.each([
        ['1970-01-01', 0],
        ['1970-01-02', 1],
        ['1969-12-31', -1],
        ['2000-03-01', 11017],
        ['2026-04-01', 20544],
    ])('counts %s as day %d', (date, day) => {
        expect(toDayNumber(date)).toBe(day)
    })

    it('throws a RangeError for a malformed date', () => {
        expect(() => toDayNumber('2026-02-30')).toThrow(RangeError)
    })
})

describe('fromDayNumber', () => {
    it('round-trips every day from 1999 to 2032', () => {
        const first = toDayNumber('1999-01-01')
        const last = toDayNumber('2032-12-31')
        const mismatches: number[] = []
        for (let day = first; day <= last; day++) {
            if (toDayNumber(fromDayNumber(day)) !== day) mismatches.push(day)
        }
        expect({ days: last - first + 1, mismatches }).toEqual({ days: 12419, mismatches: [] })
    })
})

describe('daysInMonth', () => {
    it.each([
        [2028, 2, 29],
        [2027, 2, 28],
        [2000, 2, 29],
        [1900, 2, 28],
        [2026, 4, 30],
        [2026, 12, 31],
    ])('gives %d-%d %d days', (year, month, days) => {
        expect(daysInMonth(year, month)).toBe(days)
    })
})

describe('weekdayOf', () => {
    it.each([
        ['1970-01-01', 4],
        ['2026-04-01', 3],
        ['2026-03-29', 0],
        ['2028-02-29', 2],
        ['2020-12-31', 4],
    ])('gives %s weekday %d (0 = Sunday)', (date, weekday) => {
        expect(weekdayOf(toDayNumber(date))).toBe(weekday)
    })
})

describe('addDays', () => {
    it.each([
        ['2028-02-28', 1, '2028-02-29'],
        ['2027-02-28', 1, '2027-03-01'],
        ['2026-12-31', 1, '2027-01-01'],
        ['2026-01-01', -1, '2025-12-31'],
        ['2026-03-31 23:59:59', 1, '2026-04-01'],
    ])('adds to %s %d days: %s', (date, days, expected) => {
        expect(addDays(date, days)).toBe(expected)
    })
})

describe('addMonths', () => {
    it.each([
        ['2028-01-31', 1, '2028-02-29'],
        ['2027-01-31', 1, '2027-02-28'],
        ['2026-11-15', 3, '2027-02-15'],
        ['2026-03-31', -1, '2026-02-28'],
        ['2026-01-15', -13, '2024-12-15'],
    ])('adds to %s %d months: %s', (date, months, expected) => {
        expect(addMonths(date, months)).toBe(expected)
    })
})

describe('daysBetween', () => {
    it.each([
        ['2026-01-01', '2026-03-01', 59],
        ['2028-01-01', '2028-03-01', 60],
        ['2026-03-01', '2026-01-01', -59],
    ])('counts from %s to %s %d days', (from, to, days) => {
        expect(daysBetween(from, to)).toBe(days)
    })
})

import { describe, expect, it } from '@jest/globals'
import {
    floorToMinute,
    formatGlideDate,
    formatGlideDateTime,
    parseCsvDateTime,
    parseGlideDateTime,
} from '../../scripts/seed/dates.ts'

describe('parseCsvDateTime', () => {
    it.each([
        ['29-02-2016 01:16', Date.UTC(2016, 1, 29, 1, 16)], // leap day
        ['02-03-2016 15:33', Date.UTC(2016, 2, 2, 15, 33)], // day first, then month
        ['04-02-2017 19:00', Date.UTC(2017, 1, 4, 19, 0)],
    ])('reads %s as UTC', (text, ms) => {
        expect(parseCsvDateTime(text)).toBe(ms)
    })

    it.each(['30-02-2016 01:16', '29-02-2017 01:16', '2016-02-29 01:16', '29-02-2016 24:00', '?', ''])(
        'returns null for %j',
        (text) => {
            expect(parseCsvDateTime(text)).toBeNull()
        }
    )
})

describe('parseGlideDateTime', () => {
    it('reads a UTC date-time', () => {
        expect(parseGlideDateTime('2016-02-29 01:16:00')).toBe(Date.UTC(2016, 1, 29, 1, 16))
    })

    it('returns null for a date without time', () => {
        expect(parseGlideDateTime('2016-02-29')).toBeNull()
    })
})

describe('formatGlideDateTime', () => {
    it('formats in UTC with seconds', () => {
        expect(formatGlideDateTime(Date.UTC(2016, 1, 29, 1, 16))).toBe('2016-02-29 01:16:00')
    })

    it('round-trips with parseGlideDateTime', () => {
        const ms = Date.UTC(2026, 11, 31, 23, 59, 59)
        expect(parseGlideDateTime(formatGlideDateTime(ms))).toBe(ms)
    })
})

describe('formatGlideDate', () => {
    it('formats the UTC calendar day', () => {
        expect(formatGlideDate(Date.UTC(2026, 0, 1, 23, 59))).toBe('2026-01-01')
    })
})

describe('floorToMinute', () => {
    it('drops seconds and milliseconds', () => {
        expect(floorToMinute(Date.UTC(2026, 0, 1, 10, 30, 59, 999))).toBe(Date.UTC(2026, 0, 1, 10, 30))
    })
})

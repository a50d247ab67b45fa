import { describe, expect, it } from '@jest/globals'
import {
    convertPeriod,
    formatPeriod,
    lastPeriods,
    parsePeriod,
    periodName,
    shiftPeriod,
    shortPeriod,
} from '../../src/client/services/periods.ts'

describe('parsePeriod', () => {
    it.each([
        ['FY2027', { type: 'year', fiscalYear: 2027, index: 1 }],
        ['FY2027-Q4', { type: 'quarter', fiscalYear: 2027, index: 4 }],
        ['fy2027-m01', { type: 'month', fiscalYear: 2027, index: 1 }],
        [' FY2027-M12 ', { type: 'month', fiscalYear: 2027, index: 12 }],
    ])('reads %s', (label, expected) => {
        expect(parsePeriod(label)).toEqual(expected)
    })

    it.each(['FY2027-Q5', 'FY2027-M13', 'FY2027-M1', 'FY2027-M00', '2027-01', 'FY27', ''])(
        'returns undefined for %j',
        (label) => {
            expect(parsePeriod(label)).toBeUndefined()
        }
    )

    it('round-trips through formatPeriod', () => {
        for (const label of ['FY2027', 'FY2027-Q2', 'FY2027-M07']) {
            const parsed = parsePeriod(label)
            expect(parsed && formatPeriod(parsed)).toBe(label)
        }
    })
})

describe('shiftPeriod', () => {
    it.each([
        ['FY2027-Q1', -1, 'FY2026-Q4'],
        ['FY2027-Q4', 1, 'FY2028-Q1'],
        ['FY2027-M12', 1, 'FY2028-M01'],
        ['FY2027-M01', -13, 'FY2025-M12'],
        ['FY2027', -2, 'FY2025'],
        ['FY2027-Q2', 0, 'FY2027-Q2'],
    ])('%s shifted by %d is %s', (label, steps, expected) => {
        expect(shiftPeriod(label, steps)).toBe(expected)
    })

    it('returns a label it cannot read unchanged', () => {
        expect(shiftPeriod('next quarter', 1)).toBe('next quarter')
    })
})

describe('convertPeriod', () => {
    it.each([
        ['FY2027-M05', 'quarter', 'FY2027-Q2'],
        ['FY2027-M12', 'quarter', 'FY2027-Q4'],
        ['FY2027-M05', 'year', 'FY2027'],
        ['FY2027-Q3', 'month', 'FY2027-M07'],
        ['FY2027-Q3', 'year', 'FY2027'],
        ['FY2027', 'quarter', 'FY2027-Q1'],
        ['FY2027', 'month', 'FY2027-M01'],
        ['FY2027-Q3', 'quarter', 'FY2027-Q3'],
    ] as const)('%s as a %s is %s', (label, type, expected) => {
        expect(convertPeriod(label, type)).toBe(expected)
    })

    it.each([
        ['FY2027-Q3', 'month', 'FY2027-M09'],
        ['FY2027', 'month', 'FY2027-M12'],
        ['FY2027', 'quarter', 'FY2027-Q4'],
        ['FY2027-M05', 'quarter', 'FY2027-Q2'],
    ] as const)('%s ends with the %s %s', (label, type, expected) => {
        expect(convertPeriod(label, type, 'end')).toBe(expected)
    })
})

describe('lastPeriods', () => {
    it('lists the periods ending with the given one, oldest first', () => {
        expect(lastPeriods('FY2027-Q2', 3)).toEqual(['FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2'])
    })

    it('lists 12 months across a fiscal year boundary', () => {
        const months = lastPeriods('FY2027-M03', 12)
        expect(months).toHaveLength(12)
        expect(months[0]).toBe('FY2026-M04')
        expect(months[11]).toBe('FY2027-M03')
    })

    it('lists nothing for a label that is not a period', () => {
        expect(lastPeriods('', 3)).toEqual([])
    })

    it('lists nothing for a count of 0 or less', () => {
        expect(lastPeriods('FY2027-Q2', 0)).toEqual([])
        expect(lastPeriods('FY2027-Q2', -1)).toEqual([])
    })
})

describe('periodName and shortPeriod', () => {
    it.each([
        ['FY2027', 'FY2027', 'FY27'],
        ['FY2027-Q1', 'FY2027 Q1', 'Q1 ’27'],
        ['FY2027-M03', 'FY2027 month 3', 'M03 ’27'],
        ['oops', 'oops', 'oops'],
    ])('%s reads as %s and %s', (label, name, short) => {
        expect(periodName(label)).toBe(name)
        expect(shortPeriod(label)).toBe(short)
    })
})

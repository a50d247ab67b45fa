/**
 * Prints, as JSON, a sample of fiscal-calendar results. `timezone.test.ts` runs it in child processes with
 * different TZ values and compares the output.
 */
import { periodContaining, periodsBetween } from '../../../src/server/core/fiscal/calendar.ts'
import type { FiscalConfig } from '../../../src/server/core/fiscal/config.ts'
import { addMonths, parseDate } from '../../../src/server/core/fiscal/dates.ts'

const CONFIGS: FiscalConfig[] = [
    { startMonth: 1, calendarType: 'monthly', weekStartDay: 'sunday' },
    { startMonth: 4, calendarType: '4-4-5', weekStartDay: 'sunday' },
    { startMonth: 10, calendarType: '5-4-4', weekStartDay: 'monday' },
]
const DATES = ['2026-01-01', '2026-03-31 23:59:59', '2026-04-01 00:00:00', '2028-02-29', '2020-12-31 23:30:00']

const sample = CONFIGS.map((config) => [
    DATES.map((date) => [parseDate(date), addMonths(date, 1), periodContaining(date, 'month', config)]),
    periodsBetween('2025-12-25', '2027-01-10', 'quarter', config),
])

process.stdout.write(JSON.stringify({ localHour: new Date(Date.UTC(2026, 0, 1)).getHours(), sample }))

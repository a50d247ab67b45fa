import { describe, expect, it } from '@jest/globals'
import { DEFAULT_FISCAL_CONFIG, fiscalConfig } from '../../../src/server/core/fiscal/config.ts'

describe('fiscalConfig', () => {
    it('uses the defaults when no property is set', () => {
        expect(fiscalConfig({})).toEqual({
            ok: true,
            value: { startMonth: 1, calendarType: 'monthly', weekStartDay: 'sunday' },
        })
    })

    it('uses the defaults for empty and blank values', () => {
        expect(fiscalConfig({ startMonth: '', calendarType: ' ', weekStartDay: null })).toEqual({
            ok: true,
            value: DEFAULT_FISCAL_CONFIG,
        })
    })

    it.each(Array.from({ length: 12 }, (_, i) => i + 1))('reads start month %d', (month) => {
        expect(fiscalConfig({ startMonth: String(month) })).toMatchObject({ ok: true, value: { startMonth: month } })
    })

    it.each([
        ['04', 4],
        [' 10 ', 10],
    ])('reads start month %p as %d', (text, month) => {
        expect(fiscalConfig({ startMonth: text })).toMatchObject({ ok: true, value: { startMonth: month } })
    })

    it.each([
        ['monthly', 'monthly'],
        ['4-4-5', '4-4-5'],
        ['4-5-4', '4-5-4'],
        ['5-4-4', '5-4-4'],
        ['445', '4-4-5'],
        ['454', '4-5-4'],
        ['544', '5-4-4'],
        ['Monthly', 'monthly'],
    ])('reads calendar type %p as %s', (text, calendarType) => {
        expect(fiscalConfig({ calendarType: text })).toMatchObject({ ok: true, value: { calendarType } })
    })

    it.each([
        ['monday', 'monday'],
        ['Saturday', 'saturday'],
        [' FRIDAY ', 'friday'],
    ])('reads week start day %p as %s', (text, weekStartDay) => {
        expect(fiscalConfig({ weekStartDay: text })).toMatchObject({ ok: true, value: { weekStartDay } })
    })

    it.each([
        [{ startMonth: '0' }, 'x_itvc_value.fiscal.start_month'],
        [{ startMonth: '13' }, 'x_itvc_value.fiscal.start_month'],
        [{ startMonth: '-1' }, 'x_itvc_value.fiscal.start_month'],
        [{ startMonth: '4.5' }, 'x_itvc_value.fiscal.start_month'],
        [{ startMonth: 'april' }, 'x_itvc_value.fiscal.start_month'],
        [{ startMonth: '004' }, 'x_itvc_value.fiscal.start_month'],
        [{ calendarType: 'weekly' }, 'x_itvc_value.fiscal.calendar_type'],
        [{ calendarType: '4-4-4' }, 'x_itvc_value.fiscal.calendar_type'],
        [{ calendarType: 'constructor' }, 'x_itvc_value.fiscal.calendar_type'],
        [{ weekStartDay: 'funday' }, 'x_itvc_value.fiscal.week_start_day'],
        [{ weekStartDay: 'sun' }, 'x_itvc_value.fiscal.week_start_day'],
    ])('refuses %p with FISCAL.CONFIG_INVALID on %s', (props, field) => {
        expect(fiscalConfig(props)).toMatchObject({ ok: false, error: { code: 'FISCAL.CONFIG_INVALID', field } })
    })
})

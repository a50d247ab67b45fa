import { describe, expect, it } from '@jest/globals'
import { benefitSettings, DEFAULT_BENEFIT_SETTINGS } from '../../../src/server/core/benefits/settings.ts'

describe('benefitSettings', () => {
    it('uses the defaults when no property is set', () => {
        expect(benefitSettings({})).toEqual({
            ok: true,
            value: { atRiskThresholdPct: 80, measurementGraceDays: 30, functionalCurrency: 'USD', discountRate: 0.08 },
        })
    })

    it('uses the defaults for blank values', () => {
        expect(
            benefitSettings({
                atRiskThresholdPct: ' ',
                measurementGraceDays: '',
                functionalCurrency: null,
                discountRate: '',
            })
        ).toEqual({ ok: true, value: DEFAULT_BENEFIT_SETTINGS })
    })

    it('reads every property', () => {
        expect(
            benefitSettings({
                atRiskThresholdPct: '75.5',
                measurementGraceDays: '45',
                functionalCurrency: ' eur ',
                discountRate: '0.1',
            })
        ).toEqual({
            ok: true,
            value: { atRiskThresholdPct: 75.5, measurementGraceDays: 45, functionalCurrency: 'EUR', discountRate: 0.1 },
        })
    })

    it.each([
        [{ atRiskThresholdPct: '101' }, 'x_itvc_value.at_risk_threshold_pct'],
        [{ atRiskThresholdPct: '-5' }, 'x_itvc_value.at_risk_threshold_pct'],
        [{ atRiskThresholdPct: 'high' }, 'x_itvc_value.at_risk_threshold_pct'],
        [{ measurementGraceDays: '1.5' }, 'x_itvc_value.measurement_grace_days'],
        [{ measurementGraceDays: '-1' }, 'x_itvc_value.measurement_grace_days'],
        [{ functionalCurrency: 'US$' }, 'x_itvc_value.functional_currency'],
        [{ functionalCurrency: 'EURO' }, 'x_itvc_value.functional_currency'],
        [{ discountRate: '8' }, 'x_itvc_value.discount_rate'],
        [{ discountRate: '1' }, 'x_itvc_value.discount_rate'],
        [{ discountRate: '8%' }, 'x_itvc_value.discount_rate'],
    ])('refuses %p with BENEFIT.CONFIG_INVALID on %s', (props, field) => {
        expect(benefitSettings(props)).toMatchObject({ ok: false, error: { code: 'BENEFIT.CONFIG_INVALID', field } })
    })
})

import { describe, expect, it } from '@jest/globals'
import {
    parsePricingConfig,
    PRICING_CONFIG_DEFAULTS,
    PRICING_PROPERTIES,
} from '../../../src/server/core/pricing/config.ts'

const LABOUR = PRICING_PROPERTIES.defaultHourlyLabourCost
const REFERENCE = PRICING_PROPERTIES.scoreReferenceCost
const PRIORITIES = PRICING_PROPERTIES.requireValueOnResolve

describe('parsePricingConfig', () => {
    it('has the documented defaults: 50 per hour, reference 100000, priorities 1 and 2', () => {
        expect(PRICING_CONFIG_DEFAULTS).toEqual({
            defaultHourlyLabourCost: 5000,
            scoreReferenceCost: 10000000,
            requireValueOnResolve: '1,2',
        })
    })

    it('returns the defaults when no property is set', () => {
        expect(parsePricingConfig({})).toEqual({ ok: true, value: PRICING_CONFIG_DEFAULTS })
    })

    it.each(['', '   ', undefined])('returns the defaults when every property is %j', (text) => {
        expect(parsePricingConfig({ [LABOUR]: text, [REFERENCE]: text, [PRIORITIES]: text })).toEqual({
            ok: true,
            value: PRICING_CONFIG_DEFAULTS,
        })
    })

    it('parses set properties', () => {
        expect(parsePricingConfig({ [LABOUR]: '62.50', [REFERENCE]: '250,000', [PRIORITIES]: ' 1, 2 ,3' })).toEqual({
            ok: true,
            value: { defaultHourlyLabourCost: 6250, scoreReferenceCost: 25000000, requireValueOnResolve: '1,2,3' },
        })
    })

    it('accepts a default hourly labour cost of 0', () => {
        expect(parsePricingConfig({ [LABOUR]: '0' })).toMatchObject({ ok: true, value: { defaultHourlyLabourCost: 0 } })
    })

    it('accepts a single priority', () => {
        expect(parsePricingConfig({ [PRIORITIES]: '1' })).toMatchObject({
            ok: true,
            value: { requireValueOnResolve: '1' },
        })
    })

    it.each([
        [LABOUR, 'abc'],
        [LABOUR, '-1'],
        [LABOUR, '1e3'],
        [LABOUR, '999999999999999999999'],
        [LABOUR, '100000000000.01'],
        [REFERENCE, '0'],
        [REFERENCE, '0.001'],
        [REFERENCE, '-100000'],
        [REFERENCE, 'lots'],
        [PRIORITIES, 'high'],
        [PRIORITIES, 'P1,P2'],
        [PRIORITIES, '1;2'],
        [PRIORITIES, '1.5'],
    ])('returns PRICING.CONFIG_INVALID naming %s for %j', (name, text) => {
        expect(parsePricingConfig({ [name]: text })).toMatchObject({
            ok: false,
            error: { code: 'PRICING.CONFIG_INVALID', field: name, message: expect.stringContaining(name) },
        })
    })

    it('says what the reference cost must be', () => {
        expect(parsePricingConfig({ [REFERENCE]: '0' })).toEqual({
            ok: false,
            error: {
                code: 'PRICING.CONFIG_INVALID',
                message: 'x_itvc_value.impact_score_reference_cost must be an amount above 0 such as 50, not "0".',
                field: REFERENCE,
            },
        })
    })

    it('ignores properties it does not know', () => {
        expect(parsePricingConfig({ 'x_itvc_value.other': 'garbage' })).toEqual({
            ok: true,
            value: PRICING_CONFIG_DEFAULTS,
        })
    })
})

import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { formatCents } from '../../../src/server/core/money.ts'
import type { PricingConfig } from '../../../src/server/core/pricing/config.ts'
import { PRICING_CONFIG_DEFAULTS } from '../../../src/server/core/pricing/config.ts'
import type { Pricing, PricingFigure, PricingInput } from '../../../src/server/core/pricing/price-incident.ts'
import { priceIncident } from '../../../src/server/core/pricing/price-incident.ts'

const OPENED = '2024-03-01 10:00:00'
const RESOLVED_95_MIN_LATER = '2024-03-01 11:35:00'

/** Prices with the default configuration and fails the test on an unexpected error. */
function priced(input: PricingInput, config: PricingConfig = PRICING_CONFIG_DEFAULTS): Pricing {
    const result = priceIncident(input, config)
    if (!result.ok) throw new Error(`unexpected ${result.error.code}: ${result.error.message}`)
    return result.value
}

function branchOf(pricing: Pricing, figure: PricingFigure): string | undefined {
    return pricing.explanation.find((step) => step.figure === figure)?.branch
}

describe('priceIncident: outage minutes', () => {
    it('uses the entered minutes even when the incident is resolved', () => {
        const pricing = priced({ outageMinutes: '90', state: '6', openedAt: OPENED, resolvedAt: RESOLVED_95_MIN_LATER })
        expect(pricing.outageMinutes).toBe(90)
        expect(branchOf(pricing, 'outage_minutes')).toBe('entered')
    })

    it('uses an entered 0 rather than computing the minutes', () => {
        const pricing = priced({ outageMinutes: '0', state: '6', openedAt: OPENED, resolvedAt: RESOLVED_95_MIN_LATER })
        expect(pricing.outageMinutes).toBe(0)
    })

    it.each(['6', '7', ' 6 '])('computes the minutes from opened to resolved when empty in state %j', (state) => {
        const pricing = priced({ outageMinutes: '', state, openedAt: OPENED, resolvedAt: RESOLVED_95_MIN_LATER })
        expect(pricing.outageMinutes).toBe(95)
        expect(branchOf(pricing, 'outage_minutes')).toBe('resolved_duration')
    })

    it.each([
        ['2024-03-01 10:01:29', 1],
        ['2024-03-01 10:01:30', 2],
        ['2024-03-01 10:00:00', 0],
        ['2024-03-02 10:00:00', 1440],
    ])('computes %s as %d minutes after 10:00:00 (nearest minute, half up)', (resolvedAt, minutes) => {
        expect(priced({ state: '6', openedAt: OPENED, resolvedAt }).outageMinutes).toBe(minutes)
    })

    it('counts the leap day when the outage spans the end of February 2024', () => {
        const pricing = priced({ state: '6', openedAt: '2024-02-28 23:30:00', resolvedAt: '2024-03-01 00:30:00' })
        expect(pricing.outageMinutes).toBe(1500)
    })

    it.each(['1', '2', '3', '8', '', 'resolved'])('leaves the minutes unknown while the state is %j', (state) => {
        const pricing = priced({ state, openedAt: OPENED, resolvedAt: RESOLVED_95_MIN_LATER })
        expect(pricing.outageMinutes).toBeNull()
        expect(branchOf(pricing, 'outage_minutes')).toBe('not_resolved')
    })

    it.each([
        [OPENED, ''],
        ['', RESOLVED_95_MIN_LATER],
        [null, null],
    ])(
        'leaves the minutes unknown when resolved without both times (opened %j, resolved %j)',
        (openedAt, resolvedAt) => {
            const pricing = priced({ state: '6', openedAt, resolvedAt })
            expect(pricing.outageMinutes).toBeNull()
            expect(branchOf(pricing, 'outage_minutes')).toBe('times_missing')
        }
    )

    it('returns PRICING.RESOLVED_BEFORE_OPENED when the resolved time is before the opened time', () => {
        expect(
            priceIncident({ state: '6', openedAt: OPENED, resolvedAt: '2024-03-01 09:59:59' }, PRICING_CONFIG_DEFAULTS)
        ).toEqual({
            ok: false,
            error: {
                code: 'PRICING.RESOLVED_BEFORE_OPENED',
                message:
                    'Resolved (2024-03-01 09:59:59) is before Opened (2024-03-01 10:00:00): correct the times or enter Outage minutes.',
                field: 'resolved_at',
            },
        })
    })

    it.each([
        '2024-02-30 10:00:00',
        '2023-02-29 10:00:00',
        '2024-04-31 10:00:00',
        '2024-13-01 10:00:00',
        '2024-03-01 24:00:00',
        '2024-03-01 10:60:00',
        '2024-03-01T10:00:00Z',
        '2024-03-01',
        '0999-03-01 10:00:00',
        'yesterday',
    ])('returns PRICING.INVALID_DATE for an opened time of %j when the minutes must be computed', (openedAt) => {
        expect(
            priceIncident({ state: '6', openedAt, resolvedAt: RESOLVED_95_MIN_LATER }, PRICING_CONFIG_DEFAULTS)
        ).toMatchObject({
            ok: false,
            error: { code: 'PRICING.INVALID_DATE', field: 'opened_at' },
        })
    })

    it('returns PRICING.INVALID_DATE for a bad resolved time', () => {
        expect(
            priceIncident({ state: '7', openedAt: OPENED, resolvedAt: '2024-03-01 25:00:00' }, PRICING_CONFIG_DEFAULTS)
        ).toMatchObject({
            ok: false,
            error: { code: 'PRICING.INVALID_DATE', field: 'resolved_at' },
        })
    })

    it('ignores the times when the minutes were entered', () => {
        expect(
            priced({ outageMinutes: '30', state: '6', openedAt: 'garbage', resolvedAt: 'garbage' }).outageMinutes
        ).toBe(30)
    })

    it('accepts a whole number written with zero decimals', () => {
        expect(priced({ outageMinutes: '45.00' }).outageMinutes).toBe(45)
    })
})

describe('priceIncident: revenue loss', () => {
    const profile = { hourlyRevenue: '300.00', hourlyLabourCost: '' }

    it('uses the revenue at risk when entered, ignoring the profile', () => {
        const pricing = priced({ revenueAtRisk: '1000', outageMinutes: '90', profile })
        expect(pricing.revenueLoss).toBe(100000)
        expect(branchOf(pricing, 'revenue_loss')).toBe('entered')
    })

    it('uses an entered revenue at risk of 0', () => {
        const pricing = priced({ revenueAtRisk: '0', outageMinutes: '90', profile })
        expect(pricing.revenueLoss).toBe(0)
        expect(branchOf(pricing, 'revenue_loss')).toBe('entered')
    })

    it.each([
        ['90', '300.00', 45000],
        ['20', '10.00', 333],
        ['40', '10.00', 667],
        ['1', '0.30', 1],
        ['1', '0.29', 0],
        ['0', '300.00', 0],
    ])('prices %s outage minutes at %s per hour as %d cents', (outageMinutes, hourlyRevenue, cents) => {
        const pricing = priced({ outageMinutes, profile: { hourlyRevenue } })
        expect(pricing.revenueLoss).toBe(cents)
        expect(branchOf(pricing, 'revenue_loss')).toBe('outage_x_hourly_revenue')
    })

    it('prices the computed outage at the profile rate once resolved', () => {
        const pricing = priced({ state: '6', openedAt: OPENED, resolvedAt: RESOLVED_95_MIN_LATER, profile })
        expect(pricing.revenueLoss).toBe(47500)
    })

    it.each([
        ['no profile', null, 'no_profile'],
        ['an absent profile', undefined, 'no_profile'],
        ['a profile without hourly revenue', { hourlyRevenue: '' }, 'no_hourly_revenue'],
    ])('is 0 with %s', (_name, profileValue, branch) => {
        const pricing = priced({ outageMinutes: '90', profile: profileValue })
        expect(pricing.revenueLoss).toBe(0)
        expect(branchOf(pricing, 'revenue_loss')).toBe(branch)
    })

    it('is 0 while the outage minutes are unknown', () => {
        const pricing = priced({ state: '2', profile })
        expect(pricing.revenueLoss).toBe(0)
        expect(branchOf(pricing, 'revenue_loss')).toBe('no_outage')
    })
})

describe('priceIncident: direct cost', () => {
    it('uses the entered direct cost', () => {
        const pricing = priced({ directCost: '250.00' })
        expect(pricing.directCost).toBe(25000)
        expect(branchOf(pricing, 'direct_cost')).toBe('entered')
    })

    it('is 0 when none is entered', () => {
        const pricing = priced({ directCost: '' })
        expect(pricing.directCost).toBe(0)
        expect(branchOf(pricing, 'direct_cost')).toBe('not_entered')
    })
})

describe('priceIncident: productivity hours', () => {
    it('uses the entered hours, ignoring users affected', () => {
        const pricing = priced({ productivityHoursLost: '12.5', usersAffected: '10', outageMinutes: '90' })
        expect(pricing.productivityHours).toBe(12.5)
        expect(branchOf(pricing, 'productivity_hours')).toBe('entered')
    })

    it('rounds entered hours half up to two decimals', () => {
        expect(priced({ productivityHoursLost: '2.345' }).productivityHours).toBe(2.35)
    })

    it.each([
        ['10', '90', 15],
        ['1', '20', 0.33],
        ['1', '40', 0.67],
        ['0', '90', 0],
        ['', '90', 0],
        ['1,200', '30', 600],
    ])('computes %s users × %s minutes as %d hours', (usersAffected, outageMinutes, hours) => {
        const pricing = priced({ usersAffected, outageMinutes })
        expect(pricing.productivityHours).toBe(hours)
        expect(branchOf(pricing, 'productivity_hours')).toBe('users_x_outage_hours')
    })

    it('is 0 while the outage minutes are unknown', () => {
        const pricing = priced({ usersAffected: '10', state: '2' })
        expect(pricing.productivityHours).toBe(0)
        expect(branchOf(pricing, 'productivity_hours')).toBe('no_outage')
    })
})

describe('priceIncident: labour cost', () => {
    it('uses the default hourly labour cost of 50 without a profile', () => {
        const pricing = priced({ productivityHoursLost: '15', profile: null })
        expect(pricing.hourlyLabourCost).toBe(5000)
        expect(pricing.labourCost).toBe(75000)
        expect(branchOf(pricing, 'labour_cost')).toBe('default_rate')
    })

    it("uses the profile's hourly labour cost when set", () => {
        const pricing = priced({ productivityHoursLost: '15', profile: { hourlyLabourCost: '80' } })
        expect(pricing.labourCost).toBe(120000)
        expect(branchOf(pricing, 'labour_cost')).toBe('profile_rate')
    })

    it('uses the default when the profile has no hourly labour cost', () => {
        const pricing = priced({ productivityHoursLost: '15', profile: { hourlyRevenue: '100', hourlyLabourCost: '' } })
        expect(branchOf(pricing, 'labour_cost')).toBe('default_rate')
    })

    it('uses the configured default hourly labour cost', () => {
        const config = { ...PRICING_CONFIG_DEFAULTS, defaultHourlyLabourCost: 6250 }
        expect(priced({ productivityHoursLost: '2' }, config).labourCost).toBe(12500)
    })

    it('prices the rounded hours, so the explanation multiplies out (0.33 h × 50.00 = 16.50)', () => {
        expect(priced({ usersAffected: '1', outageMinutes: '20' }).labourCost).toBe(1650)
    })

    it('rounds a half cent up (0.01 h × 0.50 per hour = 0.005)', () => {
        expect(priced({ productivityHoursLost: '0.01', profile: { hourlyLabourCost: '0.50' } }).labourCost).toBe(1)
    })
})

describe('priceIncident: impact cost and score', () => {
    it('adds 0.1 and 0.2 to exactly 0.30', () => {
        const pricing = priced({ revenueAtRisk: '0.1', directCost: '0.2' })
        expect(pricing.impactCost).toBe(30)
        expect(formatCents(pricing.impactCost)).toBe('0.30')
    })

    it('adds revenue loss, direct cost and labour cost', () => {
        const pricing = priced({
            outageMinutes: '90',
            usersAffected: '10',
            directCost: '250.00',
            profile: { hourlyRevenue: '300.00' },
        })
        expect(pricing).toMatchObject({ revenueLoss: 45000, directCost: 25000, labourCost: 75000, impactCost: 145000 })
    })

    it('scores 0 when the impact cost is 0', () => {
        const pricing = priced({})
        expect(pricing.impactScore).toBe(0)
        expect(branchOf(pricing, 'impact_score')).toBe('zero_cost')
    })

    it('scores 100 at the reference cost', () => {
        const pricing = priced({ directCost: '100000' })
        expect(pricing.impactScore).toBe(100)
        expect(branchOf(pricing, 'impact_score')).toBe('scaled')
    })

    it('caps the score at 100 above the reference cost', () => {
        const pricing = priced({ directCost: '100000.01' })
        expect(pricing.impactScore).toBe(100)
        expect(branchOf(pricing, 'impact_score')).toBe('capped')
    })

    it('scores on the configured reference cost', () => {
        const config = { ...PRICING_CONFIG_DEFAULTS, scoreReferenceCost: 99900 }
        expect(priced({ directCost: '999' }, config).impactScore).toBe(100)
    })

    it('scores between 0 and 100 and never less for a larger direct cost', () => {
        const cents = fc.integer({ min: 0, max: 1e13 })
        fc.assert(
            fc.property(cents, cents, (a, b) => {
                const low = priced({ directCost: formatCents(Math.min(a, b)) }).impactScore
                const high = priced({ directCost: formatCents(Math.max(a, b)) }).impactScore
                return low >= 0 && high <= 100 && low <= high
            }),
            { seed: 20240301, numRuns: 300 }
        )
    })
})

describe('priceIncident: explanation', () => {
    const pricing = priced({
        outageMinutes: '90',
        usersAffected: '10',
        directCost: '250.00',
        profile: { hourlyRevenue: '300.00' },
    })

    it('has one step per figure, in order', () => {
        expect(pricing.explanation.map((step) => step.figure)).toEqual([
            'outage_minutes',
            'revenue_loss',
            'direct_cost',
            'productivity_hours',
            'labour_cost',
            'impact_cost',
            'impact_score',
        ])
    })

    it('says how each figure was reached', () => {
        expect(pricing.explanation.map((step) => step.text)).toEqual([
            'Outage minutes: 90, as entered.',
            'Revenue loss: 90 min × 300.00 per hour = 450.00 (service profile hourly revenue; no revenue at risk entered).',
            'Direct cost: 250.00, as entered.',
            'Productivity hours: 10 users × 90 min = 15.00 h.',
            'Labour cost: 15.00 h × 50.00 per hour = 750.00 (default hourly labour cost).',
            'Impact cost: revenue loss 450.00 + direct cost 250.00 + labour cost 750.00 = 1450.00.',
            'Impact score: 63 = round(100 × log10(1 + 1450.00) / log10(1 + 100000.00)), reference cost 100000.00.',
        ])
    })
})

describe('priceIncident: validation', () => {
    const fields: [string, string, (text: string) => PricingInput][] = [
        ['revenue_at_risk', 'Revenue at risk', (text) => ({ revenueAtRisk: text })],
        ['direct_cost', 'Direct cost', (text) => ({ directCost: text })],
        ['users_affected', 'Users affected', (text) => ({ usersAffected: text })],
        ['productivity_hours_lost', 'Productivity hours lost', (text) => ({ productivityHoursLost: text })],
        ['outage_minutes', 'Outage minutes', (text) => ({ outageMinutes: text })],
        ['profile.hourly_revenue', 'Service profile hourly revenue', (text) => ({ profile: { hourlyRevenue: text } })],
        [
            'profile.hourly_labour_cost',
            'Service profile hourly labour cost',
            (text) => ({ profile: { hourlyLabourCost: text } }),
        ],
    ]

    it.each(fields)('returns PRICING.NEGATIVE_AMOUNT for a negative %s', (field, label, input) => {
        expect(priceIncident(input('-5'), PRICING_CONFIG_DEFAULTS)).toMatchObject({
            ok: false,
            error: { code: 'PRICING.NEGATIVE_AMOUNT', field, message: expect.stringMatching(`^${label} must be `) },
        })
    })

    it.each(fields)('returns PRICING.NOT_A_NUMBER for a non-numeric %s', (field, label, input) => {
        expect(priceIncident(input('abc'), PRICING_CONFIG_DEFAULTS)).toMatchObject({
            ok: false,
            error: { code: 'PRICING.NOT_A_NUMBER', field, message: expect.stringMatching(`^${label} must be `) },
        })
    })

    it.each(fields)('returns PRICING.TOO_LARGE for a huge %s', (field, _label, input) => {
        expect(priceIncident(input('999999999999999999999'), PRICING_CONFIG_DEFAULTS)).toMatchObject({
            ok: false,
            error: { code: 'PRICING.TOO_LARGE', field },
        })
    })

    it('says what a direct cost must be', () => {
        expect(priceIncident({ directCost: '-5' }, PRICING_CONFIG_DEFAULTS)).toEqual({
            ok: false,
            error: {
                code: 'PRICING.NEGATIVE_AMOUNT',
                message: 'Direct cost must be a positive amount or 0, not "-5".',
                field: 'direct_cost',
            },
        })
    })

    it.each(['1e5', 'NaN', 'Infinity', '12.3.4', '--1', '$5', '5 EUR'])(
        'returns PRICING.NOT_A_NUMBER for a direct cost of %j',
        (directCost) => {
            expect(priceIncident({ directCost }, PRICING_CONFIG_DEFAULTS)).toMatchObject({
                ok: false,
                error: {
                    code: 'PRICING.NOT_A_NUMBER',
                    message: `Direct cost must be an amount such as 1250.50, not "${directCost}".`,
                },
            })
        }
    )

    it.each([
        ['users_affected', { usersAffected: '2.5' }],
        ['users_affected', { usersAffected: '0.001' }],
        ['outage_minutes', { outageMinutes: '90.5' }],
    ])('returns PRICING.NOT_A_WHOLE_NUMBER for a fractional %s', (field, input) => {
        expect(priceIncident(input, PRICING_CONFIG_DEFAULTS)).toMatchObject({
            ok: false,
            error: { code: 'PRICING.NOT_A_WHOLE_NUMBER', field },
        })
    })

    it.each([
        ['direct_cost', { directCost: '100000000000.01' }],
        ['users_affected', { usersAffected: '1000000001' }],
        ['outage_minutes', { outageMinutes: '1000000001' }],
        ['productivity_hours_lost', { productivityHoursLost: '1000000000.01' }],
    ])('returns PRICING.TOO_LARGE for %s just above its limit', (field, input) => {
        expect(priceIncident(input, PRICING_CONFIG_DEFAULTS)).toMatchObject({
            ok: false,
            error: { code: 'PRICING.TOO_LARGE', field },
        })
    })

    it.each([
        ['revenue loss', 'outage_minutes', { outageMinutes: '1000000000', profile: { hourlyRevenue: '100000000000' } }],
        ['productivity hours', 'users_affected', { outageMinutes: '1000000000', usersAffected: '1000000000' }],
        [
            'labour cost',
            'productivity_hours_lost',
            { productivityHoursLost: '1000000000', profile: { hourlyLabourCost: '100000000000' } },
        ],
        [
            'labour cost',
            'users_affected',
            { outageMinutes: '60000', usersAffected: '1000000', profile: { hourlyLabourCost: '100000000000' } },
        ],
    ])('returns PRICING.TOO_LARGE when the computed %s is beyond the limit', (_figure, field, input) => {
        expect(priceIncident(input, PRICING_CONFIG_DEFAULTS)).toMatchObject({
            ok: false,
            error: { code: 'PRICING.TOO_LARGE', field },
        })
    })

    it('keeps the largest accepted amounts exact to the cent', () => {
        const pricing = priced({
            revenueAtRisk: '99999999999.99',
            directCost: '99999999999.99',
            productivityHoursLost: '999999999.99',
            profile: { hourlyLabourCost: '99.99' },
        })
        expect(pricing.labourCost).toBe(9998999999900)
        expect(pricing.impactCost).toBe(29998999999898)
        expect(Number.isSafeInteger(pricing.impactCost)).toBe(true)
    })

    it('reports the first bad field in form order', () => {
        expect(priceIncident({ revenueAtRisk: 'x', directCost: '-1' }, PRICING_CONFIG_DEFAULTS)).toMatchObject({
            error: { field: 'revenue_at_risk' },
        })
    })

    it('does not mutate its input', () => {
        const input: PricingInput = Object.freeze({
            outageMinutes: '90',
            usersAffected: '10',
            profile: Object.freeze({ hourlyRevenue: '300' }),
        })
        const copy = JSON.parse(JSON.stringify(input))
        priceIncident(input, PRICING_CONFIG_DEFAULTS)
        expect(input).toEqual(copy)
    })
})

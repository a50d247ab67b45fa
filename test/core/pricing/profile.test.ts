import { describe, expect, it } from '@jest/globals'
import { profileServiceChange, validateServiceProfile } from '../../../src/server/core/pricing/profile.ts'

describe('validateServiceProfile', () => {
    it.each([
        [{ hourlyRevenue: '420.00', hourlyLabourCost: '95' }],
        [{ hourlyRevenue: '0', hourlyLabourCost: '' }],
        [{ hourlyRevenue: null, hourlyLabourCost: undefined }],
        [{}],
        [{ hourlyRevenue: '100000000000.00' }],
    ])('accepts %j', (profile) => {
        expect(validateServiceProfile(profile)).toEqual({ ok: true, value: undefined })
    })

    it('refuses a negative hourly revenue, naming the field as the form does', () => {
        expect(validateServiceProfile({ hourlyRevenue: '-1', hourlyLabourCost: '-2' })).toEqual({
            ok: false,
            error: {
                code: 'PRICING.NEGATIVE_AMOUNT',
                message: 'Service profile hourly revenue must be a positive amount or 0, not "-1".',
                field: 'profile.hourly_revenue',
            },
        })
    })

    it('refuses a non-numeric hourly labour cost', () => {
        expect(validateServiceProfile({ hourlyRevenue: '1', hourlyLabourCost: 'ten' })).toMatchObject({
            ok: false,
            error: { code: 'PRICING.NOT_A_NUMBER', field: 'profile.hourly_labour_cost' },
        })
    })

    it.each([
        ['-3', 'PRICING.NEGATIVE_AMOUNT'],
        ['2.5', 'PRICING.NOT_A_WHOLE_NUMBER'],
        ['many', 'PRICING.NOT_A_NUMBER'],
        ['1000000001', 'PRICING.TOO_LARGE'],
    ])('refuses %j typical users (%s)', (typicalUsers, code) => {
        expect(validateServiceProfile({ hourlyRevenue: '1', typicalUsers })).toMatchObject({
            ok: false,
            error: { code, field: 'profile.typical_users' },
        })
    })

    it('accepts empty or whole typical users', () => {
        for (const typicalUsers of ['', null, '0', '250', '1,200', '12.0'])
            expect(validateServiceProfile({ typicalUsers })).toEqual({ ok: true, value: undefined })
    })

    it('refuses an amount above what pricing accepts', () => {
        expect(validateServiceProfile({ hourlyRevenue: '100000000000.01' })).toMatchObject({
            ok: false,
            error: { code: 'PRICING.TOO_LARGE', field: 'profile.hourly_revenue' },
        })
    })
})

describe('profileServiceChange', () => {
    it.each([
        ['', 'a1'],
        [null, 'a1'],
        [undefined, 'a1'],
        ['a1', 'a1'],
        [' a1 ', 'a1'],
    ])('lets %j become %j (new profile or unchanged service)', (before, after) => {
        expect(profileServiceChange(before, after)).toEqual({ ok: true, value: undefined })
    })

    it.each([
        ['a1', 'b2'],
        ['a1', ''],
    ])('refuses moving the profile from %j to %j', (before, after) => {
        expect(profileServiceChange(before, after)).toEqual({
            ok: false,
            error: {
                code: 'PRICING.PROFILE_SERVICE_CHANGED',
                message:
                    'The service of a value profile cannot be changed: deactivate this profile and create one for the other service.',
                field: 'service',
            },
        })
    })
})

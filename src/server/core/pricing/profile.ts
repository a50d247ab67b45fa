/**
 * Checks on a service value profile before it is saved: pricing reads its hourly amounts for every incident of the
 * service, so a profile pricing cannot use must never be stored.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { parseAmount, parseCount } from './fields.ts'
import type { FieldValue } from './fields.ts'
import type { ServiceProfile } from './price-incident.ts'

/**
 * Accepts a profile whose hourly revenue and hourly labour cost are empty or amounts pricing accepts (0 or more, at
 * most 100,000,000,000.00) and whose typical users are empty or a whole number from 0 to 1,000,000,000; refuses the
 * first bad one with the pricing code and a message naming it.
 * @example validateServiceProfile({ hourlyRevenue: '420.00', hourlyLabourCost: '' }) //=> { ok: true, value: undefined }
 * @example validateServiceProfile({ hourlyRevenue: '-1' })
 * //=> { ok: false, error: { code: 'PRICING.NEGATIVE_AMOUNT', message: 'Service profile hourly revenue must be a positive amount or 0, not "-1".', field: 'profile.hourly_revenue' } }
 */
export function validateServiceProfile(profile: ServiceProfile): Result<void> {
    const revenue = parseAmount(profile.hourlyRevenue, 'profile.hourly_revenue')
    if (!revenue.ok) return revenue
    const labour = parseAmount(profile.hourlyLabourCost, 'profile.hourly_labour_cost')
    if (!labour.ok) return labour
    const users = parseCount(profile.typicalUsers, 'profile.typical_users')
    if (!users.ok) return users
    return ok(undefined)
}

/**
 * Refuses moving a saved profile to another service: incidents of the old service were priced with it, and a
 * background re-pricing only knows the profile's current service. A new profile (no previous service) passes.
 * @example profileServiceChange('a1', 'a1') //=> { ok: true, value: undefined }
 * @example profileServiceChange('a1', 'b2') //=> { ok: false, error: { code: 'PRICING.PROFILE_SERVICE_CHANGED', … } }
 */
export function profileServiceChange(previousService: FieldValue, service: FieldValue): Result<void> {
    const before = (previousService ?? '').trim()
    if (before === '' || before === (service ?? '').trim()) return ok(undefined)
    return fail(
        'PRICING.PROFILE_SERVICE_CHANGED',
        'The service of a value profile cannot be changed: deactivate this profile and create one for the other service.',
        'service'
    )
}

import type { GlideRecord } from '@servicenow/glide'
import { priceIncident } from '../core/index.ts'
import {
    logRepriceRun,
    profileService,
    readPricingInput,
    readServiceProfile,
    updateOpenValuedIncidents,
    writePricing,
} from '../adapters/glide-incident-value.ts'
import { readPricingConfig } from '../adapters/glide-pricing-config.ts'

/**
 * Async after a service value profile is saved: re-prices the open valued incidents of its service with the profile
 * as it is now (none when inactive), in bounded batches, outside the transaction that saved the profile.
 */
export function repriceServiceIncidents(current: GlideRecord | null, _previous: GlideRecord | null): void {
    const serviceId = profileService(current)
    if (serviceId === '') return
    const profile = readServiceProfile(serviceId)
    const config = readPricingConfig()
    let unpriced = 0
    const run = updateOpenValuedIncidents(serviceId, (incident) => {
        const priced = priceIncident(readPricingInput(incident, profile), config)
        if (priced.ok) return writePricing(incident, priced.value)
        unpriced++
        return false
    })
    logRepriceRun(serviceId, run, unpriced)
}

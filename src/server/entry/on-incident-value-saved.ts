import type { GlideRecord } from '@servicenow/glide'
import { priceIncident } from '../core/index.ts'
import {
    clearPricing,
    hasEnteredValue,
    incidentService,
    readPricingInput,
    readServiceProfile,
    showPricingExplanation,
    stampFirstTagging,
    writePricing,
} from '../adapters/glide-incident-value.ts'
import { readPricingConfig } from '../adapters/glide-pricing-config.ts'
import { abortSave } from '../adapters/glide-rules.ts'

/**
 * Before insert/update on incident, for valued incidents only (the rule's filter): prices the incident from what was
 * entered and its service's value profile (one query), stamps the first tagging, and refuses a save whose figures
 * pricing cannot use, with pricing's message. Computed figures are always recomputed, so written ones never stick.
 */
export function onIncidentValueSaved(current: GlideRecord, _previous: GlideRecord | null): void {
    if (!hasEnteredValue(current)) {
        clearPricing(current)
        return
    }
    const profile = readServiceProfile(incidentService(current))
    const priced = priceIncident(readPricingInput(current, profile), readPricingConfig())
    if (!priced.ok) {
        abortSave(current, priced.error.message)
        return
    }
    if (writePricing(current, priced.value)) showPricingExplanation(priced.value)
    stampFirstTagging(current)
}

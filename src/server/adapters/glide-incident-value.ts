/**
 * The incident side of value attribution: the columns the app adds to `incident`, read into the plain data pricing
 * takes, and the computed figures written back; the service value profile an incident is priced with.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import type { Pricing, PricingInput, ServiceProfile } from '../core/index.ts'
import { formatCents } from '../core/index.ts'

/** The app's columns on `incident` (src/fluent/tables/incident.now.ts). */
export const INCIDENT_VALUE_COLUMNS = {
    valueCategory: 'x_itvc_value_value_category',
    revenueAtRisk: 'x_itvc_value_revenue_at_risk',
    directCost: 'x_itvc_value_direct_cost',
    usersAffected: 'x_itvc_value_users_affected',
    productivityHours: 'x_itvc_value_productivity_hours',
    outageMinutes: 'x_itvc_value_outage_minutes',
    impactCost: 'x_itvc_value_impact_cost',
    impactScore: 'x_itvc_value_impact_score',
    taggedBy: 'x_itvc_value_tagged_by',
    taggedAt: 'x_itvc_value_tagged_at',
    notes: 'x_itvc_value_notes',
} as const

const C = INCIDENT_VALUE_COLUMNS

/** The columns an agent enters; a value in any of them means the incident is tagged and gets priced. */
const ENTERED_COLUMNS = [
    C.valueCategory,
    C.revenueAtRisk,
    C.directCost,
    C.usersAffected,
    C.productivityHours,
    C.outageMinutes,
] as const

/**
 * The incidents pricing applies to: something entered, or a computed figure left to clear. The pricing rule's
 * filter condition is this same query (test/structure checks it), so untagged incidents cost nothing to save.
 */
export const VALUED_INCIDENT_QUERY = [...ENTERED_COLUMNS, C.impactCost, C.impactScore]
    .map((column) => `${column}ISNOTEMPTY`)
    .join('^OR')

/** The service value profile table (src/fluent/tables/service-profile.now.ts). */
export const SERVICE_PROFILE_TABLE = 'x_itvc_value_service_profile'

/** Bounds of one background re-pricing run: rows per query, and rows in all. */
export const REPRICE_LIMITS = { batchSize: 100, maxIncidents: 5000 } as const

const text = (record: GlideRecord, column: string): string => record.getValue(column) ?? ''

/** Whether the agent entered anything (category or a figure). */
export function hasEnteredValue(incident: GlideRecord): boolean {
    return ENTERED_COLUMNS.some((column) => text(incident, column) !== '')
}

/** The business service of an incident (a sys_id, or '' when none). */
export function incidentService(incident: GlideRecord): string {
    return text(incident, 'business_service')
}

/** The incident's fields as pricing reads them, with the service's profile (or none). */
export function readPricingInput(incident: GlideRecord, profile: ServiceProfile | null): PricingInput {
    return {
        revenueAtRisk: incident.getValue(C.revenueAtRisk),
        directCost: incident.getValue(C.directCost),
        usersAffected: incident.getValue(C.usersAffected),
        productivityHoursLost: incident.getValue(C.productivityHours),
        outageMinutes: incident.getValue(C.outageMinutes),
        state: incident.getValue('state'),
        openedAt: incident.getValue('opened_at'),
        resolvedAt: incident.getValue('resolved_at'),
        profile,
    }
}

/**
 * The active value profile of a service, or `null` (no service, no profile, or an inactive one). One query.
 * @example readServiceProfile(incidentService(current)) //=> { hourlyRevenue: '42000.00', hourlyLabourCost: '95.00' }
 */
export function readServiceProfile(serviceId: string): ServiceProfile | null {
    if (serviceId === '') return null
    const profile = new GlideRecord(SERVICE_PROFILE_TABLE)
    profile.addQuery('service', serviceId)
    profile.addQuery('active', true)
    profile.setLimit(1)
    profile.query()
    if (!profile.next()) return null
    return {
        hourlyRevenue: profile.getValue('hourly_revenue'),
        hourlyLabourCost: profile.getValue('hourly_labour_cost'),
        typicalUsers: profile.getValue('typical_users'),
    }
}

/** A profile's amounts as saved (for validation). */
export function readProfileAmounts(profile: GlideRecord): ServiceProfile {
    return {
        hourlyRevenue: profile.getValue('hourly_revenue'),
        hourlyLabourCost: profile.getValue('hourly_labour_cost'),
        typicalUsers: profile.getValue('typical_users'),
    }
}

/**
 * Sets the impact cost and score (entered fields stay as entered). Returns whether either changed.
 * @example writePricing(current, pricing) //=> true
 */
export function writePricing(incident: GlideRecord, pricing: Pricing): boolean {
    const cost = text(incident, C.impactCost)
    const score = text(incident, C.impactScore)
    const changed =
        cost === '' ||
        Math.round(Number(cost) * 100) !== pricing.impactCost ||
        score === '' ||
        Number(score) !== pricing.impactScore
    incident.setValue(C.impactCost, formatCents(pricing.impactCost))
    incident.setValue(C.impactScore, String(pricing.impactScore))
    return changed
}

/** Empties the computed figures (nothing is entered any more). */
export function clearPricing(incident: GlideRecord): void {
    incident.setValue(C.impactCost, '')
    incident.setValue(C.impactScore, '')
}

/** Records who tagged the incident, and when, the first time a value category is set. */
export function stampFirstTagging(incident: GlideRecord): void {
    if (text(incident, C.valueCategory) === '' || text(incident, C.taggedBy) !== '') return
    incident.setValue(C.taggedBy, gs.getUserID())
    incident.setValue(C.taggedAt, new GlideDateTime().getValue())
}

/** What a background re-pricing run did. */
export interface RepriceRun {
    readonly visited: number
    readonly updated: number
    /** false when the run stopped at {@link REPRICE_LIMITS}.maxIncidents with incidents left. */
    readonly complete: boolean
}

/**
 * Visits the open (active) valued incidents of a service in sys_id order, one bounded query per batch, and saves
 * those `visit` changed (the save runs the incident's rules, as any update does).
 */
export function updateOpenValuedIncidents(serviceId: string, visit: (incident: GlideRecord) => boolean): RepriceRun {
    let visited = 0
    let updated = 0
    let after = ''
    while (visited < REPRICE_LIMITS.maxIncidents) {
        const incident = new GlideRecord('incident')
        incident.addEncodedQuery(VALUED_INCIDENT_QUERY)
        incident.addQuery('business_service', serviceId)
        incident.addQuery('active', true)
        if (after !== '') incident.addQuery('sys_id', '>', after)
        incident.orderBy('sys_id')
        const limit = Math.min(REPRICE_LIMITS.batchSize, REPRICE_LIMITS.maxIncidents - visited)
        incident.setLimit(limit)
        incident.query()
        let rows = 0
        while (incident.next()) {
            rows++
            after = incident.getUniqueValue()
            if (visit(incident) && incident.update() !== null) updated++
        }
        visited += rows
        if (rows < limit) return { visited, updated, complete: true }
    }
    return { visited, updated, complete: false }
}

/** Shows the pricing explanation to the user who saved (a form message; ignored by the Table API). */
export function showPricingExplanation(pricing: Pricing): void {
    gs.addInfoMessage(pricing.explanation.map((step) => step.text).join(' '))
}

/** What the resolve guard reads: the priority, category and target state now, and the state before the save. */
export function readResolveInput(
    incident: GlideRecord,
    previous: GlideRecord | null
): { priority: string; valueCategory: string; state: string; previousState: string } {
    return {
        priority: text(incident, 'priority'),
        valueCategory: text(incident, C.valueCategory),
        state: text(incident, 'state'),
        previousState: previous ? text(previous, 'state') : '',
    }
}

/** The service a profile record is for ('' for none, or when there is no record, as `previous` on insert). */
export function profileService(profile: GlideRecord | null): string {
    return profile ? text(profile, 'service') : ''
}

/** Logs a background re-pricing run (a warning when incidents were left or could not be priced). */
export function logRepriceRun(serviceId: string, run: RepriceRun, unpriced: number): void {
    const summary = `Re-priced open incidents of service ${serviceId}: ${run.visited} visited, ${run.updated} updated`
    if (run.complete && unpriced === 0) {
        gs.info(`${summary}.`)
        return
    }
    const left = run.complete ? '' : `; stopped at ${REPRICE_LIMITS.maxIncidents}, the rest re-price on their next save`
    gs.warn(`${summary}, ${unpriced} left as they were (their figures cannot be priced)${left}.`)
}

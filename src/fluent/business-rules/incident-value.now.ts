import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onIncidentResolving } from '../../server/entry/on-incident-resolving.ts'
import { onIncidentValueSaved } from '../../server/entry/on-incident-value-saved.ts'
import { onServiceProfileSaved } from '../../server/entry/on-service-profile-saved.ts'
import { repriceServiceIncidents } from '../../server/entry/reprice-service-incidents.ts'

/**
 * Resolve guard: an incident of a priority listed in x_itvc_value.require_value_on_resolve cannot move to Resolved (6)
 * or Closed (7) without a value category. Runs late among before rules (order 900) so the priority is final.
 */
export const incidentResolveGuard = BusinessRule({
    $id: Now.ID['br.incident_value_resolve_guard'],
    name: 'IT Value: require value category to resolve',
    description: 'Refuses resolving or closing a high-priority incident without a value category.',
    table: 'incident',
    when: 'before',
    action: ['update'],
    order: 900,
    filterCondition: 'stateIN6,7^x_itvc_value_value_categoryISEMPTY',
    script: onIncidentResolving,
    active: true,
})

/**
 * Pricing: computes impact cost and score of a valued incident (filter = VALUED_INCIDENT_QUERY in
 * src/server/adapters/glide-incident-value.ts). Order 1000: after the platform's before rules set resolved_at.
 */
export const incidentPricing = BusinessRule({
    $id: Now.ID['br.incident_value_pricing'],
    name: 'IT Value: price incident impact',
    description: 'Prices the business impact of a tagged incident; refuses unusable amounts.',
    table: 'incident',
    when: 'before',
    action: ['insert', 'update'],
    order: 1000,
    filterCondition:
        'x_itvc_value_value_categoryISNOTEMPTY^ORx_itvc_value_revenue_at_riskISNOTEMPTY^ORx_itvc_value_direct_costISNOTEMPTY^ORx_itvc_value_users_affectedISNOTEMPTY^ORx_itvc_value_productivity_hoursISNOTEMPTY^ORx_itvc_value_outage_minutesISNOTEMPTY^ORx_itvc_value_impact_costISNOTEMPTY^ORx_itvc_value_impact_scoreISNOTEMPTY',
    script: onIncidentValueSaved,
    active: true,
})

/** Profile checks: usable amounts, and the service stays the one the profile was created for. */
export const serviceProfileValidation = BusinessRule({
    $id: Now.ID['br.service_profile_validate'],
    name: 'IT Value: validate service value profile',
    description: 'Refuses negative or non-numeric hourly amounts and moving a profile to another service.',
    table: 'x_itvc_value_service_profile',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: onServiceProfileSaved,
    active: true,
})

/** Background re-pricing of the service's open valued incidents after its profile is saved. */
export const serviceProfileReprice = BusinessRule({
    $id: Now.ID['br.service_profile_reprice'],
    name: 'IT Value: re-price incidents of a service',
    description:
        'Re-prices the open valued incidents of the service in bounded batches, outside the saving transaction.',
    table: 'x_itvc_value_service_profile',
    when: 'async',
    action: ['insert', 'update'],
    order: 100,
    script: repriceServiceIncidents,
    active: true,
})

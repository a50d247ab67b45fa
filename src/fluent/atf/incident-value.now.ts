import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { tagger } from '../security/roles.now.ts'

/**
 * On-instance proof of incident value attribution (README "Incident value attribution"): the pricing rule's wiring
 * on insert and update, its refusal of a negative amount, the resolve guard, and the field ACLs under impersonation.
 * The figures assume the shipped property values (default labour rate 50, reference cost 100000).
 */
// The platform's itil role. A coalesce-key-only Now.ref to a record outside the app gets a new random sys_id on
// every build (non-reproducible, and wrong on an instance); the out-of-box sys_id with the name as fallback is stable.
const itilRole = Now.ref('sys_user_role', '282bf1fac6112285017366cb5f867469', { name: 'itil' })

export const pricingRuleTest = Test(
    {
        $id: Now.ID['atf.incident_value.pricing'],
        name: 'IT Value: pricing rule prices a tagged incident and refuses a negative amount',
        description:
            'Inserts a service with a value profile (600.00/h revenue, 40.00/h labour) and an incident tagged with revenue at risk 1000, direct cost 250.50 and 10 productivity hours, and asserts impact cost 1650.50 and score 64 (insert path); updates it to 30 users for 90 minutes and asserts 2950.50 and 69 (update path); then asserts a direct cost of -5 is not saved and the stored cost is unchanged.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const service = atf.server.recordInsert({
            $id: Now.ID['atf.incident_value.pricing.service'],
            table: 'cmdb_ci_service',
            fieldValues: { name: 'ATF IT Value pricing service' },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.incident_value.pricing.profile'],
            table: 'x_itvc_value_service_profile',
            fieldValues: {
                service: service.record_id,
                hourly_revenue: 600,
                hourly_labour_cost: 40,
                active: true,
            },
            enforceSecurity: false,
        })
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf.incident_value.pricing.incident'],
            table: 'incident',
            fieldValues: {
                short_description: 'ATF IT Value: checkout page times out',
                business_service: service.record_id,
                x_itvc_value_value_category: 'revenue',
                x_itvc_value_revenue_at_risk: 1000,
                x_itvc_value_direct_cost: 250.5,
                x_itvc_value_productivity_hours: 10,
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.pricing.validate_insert'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues:
                'x_itvc_value_impact_cost=1650.5^x_itvc_value_impact_score=64^x_itvc_value_tagged_byISNOTEMPTY',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.pricing.update'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: {
                x_itvc_value_revenue_at_risk: '',
                x_itvc_value_productivity_hours: '',
                x_itvc_value_users_affected: 30,
                x_itvc_value_outage_minutes: 90,
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.pricing.validate_update'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'x_itvc_value_impact_cost=2950.5^x_itvc_value_impact_score=69',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.pricing.negative'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { x_itvc_value_direct_cost: -5 },
            assert: 'record_not_updated',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.pricing.validate_negative'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'x_itvc_value_direct_cost=250.5^x_itvc_value_impact_cost=2950.5',
            enforceSecurity: false,
        })
    }
)

export const resolveGuardTest = Test(
    {
        $id: Now.ID['atf.incident_value.resolve_guard'],
        name: 'IT Value: a P1 incident cannot be resolved without a value category',
        description:
            'Inserts a priority 1 incident (impact 1, urgency 1) without a value category and asserts that resolving it is refused and the state stays New (guard holds); then sets the category Customer experience in the same update as the resolution and asserts the incident is Resolved (guard passes).',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf.incident_value.resolve_guard.incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF IT Value: site down', impact: 1, urgency: 1 },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.resolve_guard.is_p1'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'priority=1^state=1',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.resolve_guard.refused'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { state: 6, close_code: 'Solution provided', close_notes: 'ATF: resolved without a category' },
            assert: 'record_not_updated',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.resolve_guard.still_new'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'state=1',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.resolve_guard.tagged'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: {
                x_itvc_value_value_category: 'customer',
                state: 6,
                close_code: 'Solution provided',
                close_notes: 'ATF: resolved with a category',
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.resolve_guard.resolved'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'state=6^x_itvc_value_value_category=customer',
            enforceSecurity: false,
        })
    }
)

export const valueFieldAclTest = Test(
    {
        $id: Now.ID['atf.incident_value.field_acls'],
        name: 'IT Value: only taggers write the value fields of an incident',
        description:
            'Impersonates a new ITIL user without the tagger role and asserts that setting Direct cost on an incident is refused under ACLs while changing its short description is allowed (field ACL holds); then impersonates a new user with tagger and itil and asserts the same Direct cost update succeeds (field ACL passes).',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const incident = atf.server.recordInsert({
            $id: Now.ID['atf.incident_value.field_acls.incident'],
            table: 'incident',
            fieldValues: { short_description: 'ATF IT Value: ACL check' },
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf.incident_value.field_acls.agent'],
            firstName: 'ATF',
            lastName: 'ITIL agent',
            roles: [itilRole],
            impersonate: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.field_acls.agent_denied'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { x_itvc_value_direct_cost: 99 },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.field_acls.agent_allowed'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { short_description: 'ATF IT Value: ACL check (agent)' },
            enforceSecurity: true,
        })
        atf.server.createUser({
            $id: Now.ID['atf.incident_value.field_acls.tagger'],
            firstName: 'ATF',
            lastName: 'Value tagger',
            roles: [tagger, itilRole],
            impersonate: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.incident_value.field_acls.tagger_allowed'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: { x_itvc_value_direct_cost: 99 },
            enforceSecurity: true,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.incident_value.field_acls.validate'],
            table: 'incident',
            recordId: incident.record_id,
            fieldValues: 'x_itvc_value_direct_cost=99^x_itvc_value_impact_cost=99',
            enforceSecurity: false,
        })
    }
)

import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { admin, demandManager, portfolioOwner, tagger, viewer } from './roles.now.ts'

/**
 * Field ACLs on the app's columns of platform tables (incident, dmn_demand, pm_project): roles and data conditions
 * only, never scripts (scoped ACLs on another scope's table cannot have one). Table-level access stays the
 * platform's (itil on incident). Readers: viewer (every app role contains it).
 * - entered incident fields: written by taggers while the incident is active (not closed);
 * - computed incident fields (impact cost/score, tagged by/at): set by the pricing rule; only the app admin may
 *   write them through the UI or an API, and the rule recomputes cost and score on every save anyway.
 */

export const incidentValueCategoryRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_value_category.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_value_category',
    operation: 'read',
    roles: [viewer],
    description: 'Read Value category on incidents',
})

export const incidentValueCategoryWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_value_category.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_value_category',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Value category on active incidents',
})

export const incidentRevenueAtRiskRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_revenue_at_risk.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_revenue_at_risk',
    operation: 'read',
    roles: [viewer],
    description: 'Read Revenue at risk on incidents',
})

export const incidentRevenueAtRiskWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_revenue_at_risk.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_revenue_at_risk',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Revenue at risk on active incidents',
})

export const incidentDirectCostRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_direct_cost.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_direct_cost',
    operation: 'read',
    roles: [viewer],
    description: 'Read Direct cost on incidents',
})

export const incidentDirectCostWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_direct_cost.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_direct_cost',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Direct cost on active incidents',
})

export const incidentUsersAffectedRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_users_affected.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_users_affected',
    operation: 'read',
    roles: [viewer],
    description: 'Read Users affected on incidents',
})

export const incidentUsersAffectedWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_users_affected.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_users_affected',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Users affected on active incidents',
})

export const incidentProductivityHoursRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_productivity_hours.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_productivity_hours',
    operation: 'read',
    roles: [viewer],
    description: 'Read Productivity hours lost on incidents',
})

export const incidentProductivityHoursWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_productivity_hours.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_productivity_hours',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Productivity hours lost on active incidents',
})

export const incidentOutageMinutesRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_outage_minutes.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_outage_minutes',
    operation: 'read',
    roles: [viewer],
    description: 'Read Outage minutes on incidents',
})

export const incidentOutageMinutesWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_outage_minutes.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_outage_minutes',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Outage minutes on active incidents',
})

export const incidentNotesRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_notes.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_notes',
    operation: 'read',
    roles: [viewer],
    description: 'Read Value notes on incidents',
})

export const incidentNotesWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_notes.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_notes',
    operation: 'write',
    roles: [tagger],
    condition: 'active=true',
    description: 'Taggers set Value notes on active incidents',
})

export const incidentImpactCostRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_impact_cost.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_impact_cost',
    operation: 'read',
    roles: [viewer],
    description: 'Read Impact cost on incidents',
})

export const incidentImpactCostWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_impact_cost.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_impact_cost',
    operation: 'write',
    roles: [admin],
    description: 'Impact cost is computed by the pricing rule: app admins only',
})

export const incidentImpactScoreRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_impact_score.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_impact_score',
    operation: 'read',
    roles: [viewer],
    description: 'Read Impact score on incidents',
})

export const incidentImpactScoreWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_impact_score.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_impact_score',
    operation: 'write',
    roles: [admin],
    description: 'Impact score is computed by the pricing rule: app admins only',
})

export const incidentTaggedByRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_tagged_by.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_tagged_by',
    operation: 'read',
    roles: [viewer],
    description: 'Read Value tagged by on incidents',
})

export const incidentTaggedByWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_tagged_by.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_tagged_by',
    operation: 'write',
    roles: [admin],
    description: 'Value tagged by is computed by the pricing rule: app admins only',
})

export const incidentTaggedAtRead = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_tagged_at.read'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_tagged_at',
    operation: 'read',
    roles: [viewer],
    description: 'Read Value tagged at on incidents',
})

export const incidentTaggedAtWrite = Acl({
    $id: Now.ID['acl.incident.x_itvc_value_tagged_at.write'],
    type: 'record',
    table: 'incident',
    field: 'x_itvc_value_tagged_at',
    operation: 'write',
    roles: [admin],
    description: 'Value tagged at is computed by the pricing rule: app admins only',
})

export const demandValueCategoryRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_value_category.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_value_category',
    operation: 'read',
    roles: [viewer],
    description: 'Read the value category on dmn_demand',
})

export const demandValueCategoryWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_value_category.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_value_category',
    operation: 'write',
    roles: [demandManager],
    condition: 'active=true',
    description: 'Set the value category on active records of dmn_demand',
})

export const projectValueCategoryRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_value_category.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_value_category',
    operation: 'read',
    roles: [viewer],
    description: 'Read the value category on pm_project',
})

export const projectValueCategoryWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_value_category.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_value_category',
    operation: 'write',
    roles: [portfolioOwner],
    condition: 'active=true',
    description: 'Set the value category on active records of pm_project',
})

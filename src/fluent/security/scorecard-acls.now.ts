import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { admin, portfolioOwner, viewer } from './roles.now.ts'

/**
 * Access to the value scorecard (README "The value scorecard", security). Viewers read scorecards and the catalog;
 * only admins change the catalog; snapshots are written by the roll-up (as the system), so only admins may touch
 * them by hand; portfolio owners start back-fills and follow their runs.
 */

// ---- metric catalog: viewers read, admins edit ---------------------------------------------------------------
export const metricRead = Acl({
    $id: Now.ID['acl.metric.read'],
    type: 'record',
    table: 'x_itvc_value_metric',
    operation: 'read',
    roles: [viewer],
})
export const metricCreate = Acl({
    $id: Now.ID['acl.metric.create'],
    type: 'record',
    table: 'x_itvc_value_metric',
    operation: 'create',
    roles: [admin],
})
export const metricWrite = Acl({
    $id: Now.ID['acl.metric.write'],
    type: 'record',
    table: 'x_itvc_value_metric',
    operation: 'write',
    roles: [admin],
})
export const metricDelete = Acl({
    $id: Now.ID['acl.metric.delete'],
    type: 'record',
    table: 'x_itvc_value_metric',
    operation: 'delete',
    roles: [admin],
})

// ---- scorecard snapshots: viewers read, written by the roll-up ---------------------------------------------------
export const scorecardRead = Acl({
    $id: Now.ID['acl.scorecard.read'],
    type: 'record',
    table: 'x_itvc_value_snapshot',
    operation: 'read',
    roles: [viewer],
})
export const scorecardCreate = Acl({
    $id: Now.ID['acl.scorecard.create'],
    type: 'record',
    table: 'x_itvc_value_snapshot',
    operation: 'create',
    roles: [admin],
})
export const scorecardWrite = Acl({
    $id: Now.ID['acl.scorecard.write'],
    type: 'record',
    table: 'x_itvc_value_snapshot',
    operation: 'write',
    roles: [admin],
})
export const scorecardDelete = Acl({
    $id: Now.ID['acl.scorecard.delete'],
    type: 'record',
    table: 'x_itvc_value_snapshot',
    operation: 'delete',
    roles: [admin],
})
export const scorecardEntryRead = Acl({
    $id: Now.ID['acl.scorecard_entry.read'],
    type: 'record',
    table: 'x_itvc_value_scorecard_entry',
    operation: 'read',
    roles: [viewer],
})
export const scorecardEntryCreate = Acl({
    $id: Now.ID['acl.scorecard_entry.create'],
    type: 'record',
    table: 'x_itvc_value_scorecard_entry',
    operation: 'create',
    roles: [admin],
})
export const scorecardEntryWrite = Acl({
    $id: Now.ID['acl.scorecard_entry.write'],
    type: 'record',
    table: 'x_itvc_value_scorecard_entry',
    operation: 'write',
    roles: [admin],
})
export const scorecardEntryDelete = Acl({
    $id: Now.ID['acl.scorecard_entry.delete'],
    type: 'record',
    table: 'x_itvc_value_scorecard_entry',
    operation: 'delete',
    roles: [admin],
})

// ---- roll-up runs: portfolio owners start and follow them ----------------------------------------------------------
export const rollupRunRead = Acl({
    $id: Now.ID['acl.rollup_run.read'],
    type: 'record',
    table: 'x_itvc_value_rollup_run',
    operation: 'read',
    roles: [portfolioOwner],
})
export const rollupRunCreate = Acl({
    $id: Now.ID['acl.rollup_run.create'],
    type: 'record',
    table: 'x_itvc_value_rollup_run',
    operation: 'create',
    roles: [portfolioOwner],
})
export const rollupRunWrite = Acl({
    $id: Now.ID['acl.rollup_run.write'],
    type: 'record',
    table: 'x_itvc_value_rollup_run',
    operation: 'write',
    roles: [admin],
})
export const rollupRunDelete = Acl({
    $id: Now.ID['acl.rollup_run.delete'],
    type: 'record',
    table: 'x_itvc_value_rollup_run',
    operation: 'delete',
    roles: [admin],
})

// ---- the demand approval stamp on dmn_demand: viewers read it, only the stamp rule (as the system) or an admin writes
export const demandApprovedAtRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_approved_at.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_approved_at',
    operation: 'read',
    roles: [viewer],
})
export const demandApprovedAtWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_approved_at.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_approved_at',
    operation: 'write',
    roles: [admin],
})
export const demandLeadTimeRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_lead_time_days.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_lead_time_days',
    operation: 'read',
    roles: [viewer],
})
export const demandLeadTimeWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_lead_time_days.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_lead_time_days',
    operation: 'write',
    roles: [admin],
})

// ---- REST: reading scorecards (viewer), starting and following back-fills (portfolio owner) ------------------
export const scorecardApiReadAcl = Acl({
    $id: Now.ID['acl.rest.scorecard.read'],
    type: 'rest_endpoint',
    name: 'x_itvc_value scorecard read',
    operation: 'execute',
    roles: [viewer],
})
export const scorecardApiRollupAcl = Acl({
    $id: Now.ID['acl.rest.scorecard.rollups'],
    type: 'rest_endpoint',
    name: 'x_itvc_value scorecard roll-ups',
    operation: 'execute',
    roles: [portfolioOwner],
})

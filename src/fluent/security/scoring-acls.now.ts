import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { admin, assessor, demandManager, viewer } from './roles.now.ts'

// The platform's admin role. A coalesce-key-only Now.ref to a record outside the app gets a new random sys_id on
// every build (non-reproducible, and wrong on an instance); the out-of-box sys_id with the name as fallback is stable.
const platformAdmin = Now.ref('sys_user_role', '2831a114c611228501d4ea6c309d626d', { name: 'admin' })

/**
 * Demand value scoring ACLs (README "Demand value scoring"). Readers: viewer (every app role contains it).
 * - scoring models and criteria: demand managers manage them; a model's version and queue columns are the app's
 *   (field ACLs: admin only), a criterion's weight and range have field ACLs of their own (demand managers);
 * - ratings: assessors enter theirs and change their own (the rating rule also refuses entering one for someone
 *   else), demand managers change and delete any;
 * - score history: an audit trail the app writes as the system; its create, write and delete ACLs name only the
 *   platform's admin role (an explicit rule that denies every app role, the app admin included; a platform admin
 *   may still purge);
 * - scoring columns on dmn_demand / pm_project (field ACLs: roles only, no scripts on another scope's table):
 *   demand managers choose the model and set the override; computed results only the app admin may write by hand.
 *   Table-level access to demands and projects stays the platform's (it_demand_manager, it_project_manager, itil).
 * - REST: each route of the demands API has its own REST_Endpoint ACL (viewer).
 */

// ---- x_itvc_value_scoring_model ------------------------------------------------------------------------------------

export const scoringModelRead = Acl({
    $id: Now.ID['acl.scoring_model.read'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    operation: 'read',
    roles: [viewer],
    description: 'Read scoring models',
})

export const scoringModelCreate = Acl({
    $id: Now.ID['acl.scoring_model.create'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    operation: 'create',
    roles: [demandManager],
    description: 'Create scoring models',
})

export const scoringModelWrite = Acl({
    $id: Now.ID['acl.scoring_model.write'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    operation: 'write',
    roles: [demandManager],
    description: 'Change scoring models',
})

export const scoringModelDelete = Acl({
    $id: Now.ID['acl.scoring_model.delete'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    operation: 'delete',
    roles: [demandManager],
    description: 'Delete scoring models',
})

export const scoringModelVersionWrite = Acl({
    $id: Now.ID['acl.scoring_model.version.write'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    field: 'version',
    operation: 'write',
    roles: [admin],
    description: 'Kept by the app; only the app admin changes the version of a model by hand',
})

export const scoringModelRescorePendingWrite = Acl({
    $id: Now.ID['acl.scoring_model.rescore_pending.write'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    field: 'rescore_pending',
    operation: 'write',
    roles: [admin],
    description: 'Kept by the app; only the app admin changes the re-score flag of a model by hand',
})

export const scoringModelRescoreReasonWrite = Acl({
    $id: Now.ID['acl.scoring_model.rescore_reason.write'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    field: 'rescore_reason',
    operation: 'write',
    roles: [admin],
    description: 'Kept by the app; only the app admin changes the re-score reason of a model by hand',
})

export const scoringModelRescoreCursorWrite = Acl({
    $id: Now.ID['acl.scoring_model.rescore_cursor.write'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    field: 'rescore_cursor',
    operation: 'write',
    roles: [admin],
    description: 'Kept by the app; only the app admin changes the re-score resume point of a model by hand',
})

export const scoringModelRerankPendingWrite = Acl({
    $id: Now.ID['acl.scoring_model.rerank_pending.write'],
    type: 'record',
    table: 'x_itvc_value_scoring_model',
    field: 'rerank_pending',
    operation: 'write',
    roles: [admin],
    description: 'Kept by the app; only the app admin changes the re-rank flag of a model by hand',
})

// ---- x_itvc_value_criterion ----------------------------------------------------------------------------------------

export const criterionRead = Acl({
    $id: Now.ID['acl.criterion.read'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    operation: 'read',
    roles: [viewer],
    description: 'Read scoring criteria',
})

export const criterionCreate = Acl({
    $id: Now.ID['acl.criterion.create'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    operation: 'create',
    roles: [demandManager],
    description: 'Create scoring criteria',
})

export const criterionWrite = Acl({
    $id: Now.ID['acl.criterion.write'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    operation: 'write',
    roles: [demandManager],
    description: 'Change scoring criteria',
})

export const criterionDelete = Acl({
    $id: Now.ID['acl.criterion.delete'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    operation: 'delete',
    roles: [demandManager],
    description: 'Delete scoring criteria',
})

export const criterionWeightWrite = Acl({
    $id: Now.ID['acl.criterion.weight.write'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    field: 'weight',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers set the weight of criteria',
})

export const criterionMinWrite = Acl({
    $id: Now.ID['acl.criterion.min_value.write'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    field: 'min_value',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers set the minimum rating of criteria',
})

export const criterionMaxWrite = Acl({
    $id: Now.ID['acl.criterion.max_value.write'],
    type: 'record',
    table: 'x_itvc_value_criterion',
    field: 'max_value',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers set the maximum rating of criteria',
})

// ---- x_itvc_value_rating -------------------------------------------------------------------------------------------

export const ratingRead = Acl({
    $id: Now.ID['acl.rating.read'],
    type: 'record',
    table: 'x_itvc_value_rating',
    operation: 'read',
    roles: [viewer],
    description: 'Read demand ratings',
})

export const ratingCreate = Acl({
    $id: Now.ID['acl.rating.create'],
    type: 'record',
    table: 'x_itvc_value_rating',
    operation: 'create',
    roles: [assessor],
    description: 'Create demand ratings',
})

export const ratingWrite = Acl({
    $id: Now.ID['acl.rating.write'],
    type: 'record',
    table: 'x_itvc_value_rating',
    operation: 'write',
    roles: [assessor],
    condition: 'assessor=javascript:gs.getUserID()',
    description: 'Assessors change their own demand ratings',
})

export const ratingWriteAny = Acl({
    $id: Now.ID['acl.rating.write_any'],
    type: 'record',
    table: 'x_itvc_value_rating',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers change any demand rating',
})

export const ratingDelete = Acl({
    $id: Now.ID['acl.rating.delete'],
    type: 'record',
    table: 'x_itvc_value_rating',
    operation: 'delete',
    roles: [demandManager],
    description: 'Delete demand ratings',
})

export const ratingValueCreate = Acl({
    $id: Now.ID['acl.rating.value.create'],
    type: 'record',
    table: 'x_itvc_value_rating',
    field: 'value',
    operation: 'create',
    roles: [assessor],
    description: 'Assessors enter the value of a new rating',
})

export const ratingValueWrite = Acl({
    $id: Now.ID['acl.rating.value.write'],
    type: 'record',
    table: 'x_itvc_value_rating',
    field: 'value',
    operation: 'write',
    roles: [assessor],
    condition: 'assessor=javascript:gs.getUserID()',
    description: 'Assessors change the value of their own ratings',
})

export const ratingValueWriteAny = Acl({
    $id: Now.ID['acl.rating.value.write_any'],
    type: 'record',
    table: 'x_itvc_value_rating',
    field: 'value',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers change the value of any rating',
})

// ---- x_itvc_value_score_history ------------------------------------------------------------------------------------

export const scoreHistoryRead = Acl({
    $id: Now.ID['acl.score_history.read'],
    type: 'record',
    table: 'x_itvc_value_score_history',
    operation: 'read',
    roles: [viewer],
    description: 'Read score history',
})

export const scoreHistoryCreate = Acl({
    $id: Now.ID['acl.score_history.create'],
    type: 'record',
    table: 'x_itvc_value_score_history',
    operation: 'create',
    roles: [platformAdmin],
    description: 'Score history is written by the app only (as the system): no app role creates it',
})

export const scoreHistoryWrite = Acl({
    $id: Now.ID['acl.score_history.write'],
    type: 'record',
    table: 'x_itvc_value_score_history',
    operation: 'write',
    roles: [platformAdmin],
    description: 'Score history is an audit trail: no app role changes it',
})

export const scoreHistoryDelete = Acl({
    $id: Now.ID['acl.score_history.delete'],
    type: 'record',
    table: 'x_itvc_value_score_history',
    operation: 'delete',
    roles: [platformAdmin],
    description: 'Score history is an audit trail: only a platform admin purges it',
})

// ---- dmn_demand scoring columns --------------------------------------------------------------------------------------

export const demandModelRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_model.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_model',
    operation: 'read',
    roles: [viewer],
    description: 'Read the scoring model of demands',
})

export const demandModelWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_model.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_model',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers set the scoring model of demands',
})

export const demandOverrideRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_override.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_override',
    operation: 'read',
    roles: [viewer],
    description: 'Read the override ranking value of demands',
})

export const demandOverrideWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_override.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_override',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers set the override ranking value of demands',
})

export const demandOverrideReasonRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_override_reason.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_override_reason',
    operation: 'read',
    roles: [viewer],
    description: 'Read the override reason of demands',
})

export const demandOverrideReasonWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_override_reason.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_override_reason',
    operation: 'write',
    roles: [demandManager],
    description: 'Demand managers set the override reason of demands',
})

export const demandScoreRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_score.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_score',
    operation: 'read',
    roles: [viewer],
    description: 'Read the value score of demands',
})

export const demandScoreWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_score.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_score',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the value score of demands',
})

export const demandWsjfRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_wsjf.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_wsjf',
    operation: 'read',
    roles: [viewer],
    description: 'Read the WSJF value of demands',
})

export const demandWsjfWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_wsjf.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_wsjf',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the WSJF value of demands',
})

export const demandRiceRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_rice.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_rice',
    operation: 'read',
    roles: [viewer],
    description: 'Read the RICE value of demands',
})

export const demandRiceWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_rice.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_rice',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the RICE value of demands',
})

export const demandRankingValueRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_ranking_value.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_ranking_value',
    operation: 'read',
    roles: [viewer],
    description: 'Read the ranking value of demands',
})

export const demandRankingValueWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_ranking_value.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_ranking_value',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the ranking value of demands',
})

export const demandRankRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_rank.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_rank',
    operation: 'read',
    roles: [viewer],
    description: 'Read the value rank of demands',
})

export const demandRankWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_rank.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_rank',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the value rank of demands',
})

export const demandScoreStatusRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_score_status.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_score_status',
    operation: 'read',
    roles: [viewer],
    description: 'Read the score status of demands',
})

export const demandScoreStatusWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_score_status.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_score_status',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the score status of demands',
})

export const demandScoredAtRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_scored_at.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_scored_at',
    operation: 'read',
    roles: [viewer],
    description: 'Read the scoring time of demands',
})

export const demandScoredAtWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_scored_at.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_scored_at',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the scoring time of demands',
})

export const demandBreakdownRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_breakdown.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_breakdown',
    operation: 'read',
    roles: [viewer],
    description: 'Read the score breakdown of demands',
})

export const demandBreakdownWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_breakdown.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_breakdown',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the score breakdown of demands',
})

export const demandBreakdownTextRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_breakdown_text.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_breakdown_text',
    operation: 'read',
    roles: [viewer],
    description: 'Read the score explanation of demands',
})

export const demandBreakdownTextWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_breakdown_text.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_breakdown_text',
    operation: 'write',
    roles: [admin],
    description: 'Computed by the app; only the app admin changes the score explanation of demands',
})

// ---- pm_project scoring columns --------------------------------------------------------------------------------------

export const projectScoreRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_score.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_score',
    operation: 'read',
    roles: [viewer],
    description: 'Read the value score copied from the demand',
})

export const projectScoreWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_score.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_score',
    operation: 'write',
    roles: [admin],
    description: 'Copied by the app; only the app admin changes the value score copied from the demand',
})

export const projectBreakdownRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_breakdown.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_breakdown',
    operation: 'read',
    roles: [viewer],
    description: 'Read the score breakdown copied from the demand',
})

export const projectBreakdownWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_breakdown.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_breakdown',
    operation: 'write',
    roles: [admin],
    description: 'Copied by the app; only the app admin changes the score breakdown copied from the demand',
})

// ---- REST_Endpoint: the demands API ----------------------------------------------------------------------------------

export const demandsRankingApiAcl = Acl({
    $id: Now.ID['acl.rest_demands_ranking'],
    type: 'rest_endpoint',
    name: 'x_itvc_value demands ranking',
    operation: 'execute',
    roles: [viewer],
    description: 'Read the value ranking of demands (GET /demands/ranking)',
})

export const demandScoreApiAcl = Acl({
    $id: Now.ID['acl.rest_demand_score'],
    type: 'rest_endpoint',
    name: 'x_itvc_value demand score',
    operation: 'execute',
    roles: [viewer],
    description: 'Read a demand score with breakdown and history (GET /demands/{sys_id}/score)',
})

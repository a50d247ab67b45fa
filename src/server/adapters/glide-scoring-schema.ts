/** Table and column names of demand value scoring (src/fluent/tables/*.now.ts), in one place for the adapters. */

/** The app's scoring tables. */
export const SCORING_TABLES = {
    model: 'x_itvc_value_scoring_model',
    criterion: 'x_itvc_value_criterion',
    rating: 'x_itvc_value_rating',
    history: 'x_itvc_value_score_history',
} as const

/** The app's scoring columns on `dmn_demand` (src/fluent/tables/dmn-demand.now.ts). */
export const DEMAND_COLUMNS = {
    model: 'x_itvc_value_model',
    score: 'x_itvc_value_score',
    wsjf: 'x_itvc_value_wsjf',
    rice: 'x_itvc_value_rice',
    rankingValue: 'x_itvc_value_ranking_value',
    rank: 'x_itvc_value_rank',
    status: 'x_itvc_value_score_status',
    scoredAt: 'x_itvc_value_scored_at',
    breakdown: 'x_itvc_value_breakdown',
    explanation: 'x_itvc_value_breakdown_text',
    override: 'x_itvc_value_override',
    overrideReason: 'x_itvc_value_override_reason',
} as const

/** The app's scoring columns on `pm_project` (src/fluent/tables/pm-project.now.ts). */
export const PROJECT_COLUMNS = {
    score: 'x_itvc_value_score',
    breakdown: 'x_itvc_value_breakdown',
} as const

/** The demand columns a demand manager edits; a change of any of them re-scores the demand in its own save. */
export const DEMAND_EDIT_COLUMNS = [
    DEMAND_COLUMNS.model,
    DEMAND_COLUMNS.override,
    DEMAND_COLUMNS.overrideReason,
] as const

/**
 * The demands the demand scoring rules look at (their filter condition; test/structure checks it): a model, an
 * override or a stored breakdown, so clearing a model or an override is seen too. Saves of other demands cost nothing.
 */
export const SCORED_DEMAND_QUERY = [...DEMAND_EDIT_COLUMNS, DEMAND_COLUMNS.breakdown]
    .map((column) => `${column}ISNOTEMPTY`)
    .join('^OR')

/** Sys_ids per `IN` query: large enough to batch, small enough for the query string. */
export const IDS_PER_QUERY = 500

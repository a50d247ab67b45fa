import '@servicenow/sdk/global'
import { Form, List, Record, default_view } from '@servicenow/sdk/core'

/**
 * The "Value scoring" view of demands: score, status, WSJF/RICE, rank, the explained breakdown (criterion, rating,
 * weight, contribution), model and override, with the ratings and the score history as related lists. The app
 * ships it as its OWN view: a Form or related lists on the default view of dmn_demand would replace the platform's
 * demand layout (sdk.md §14). README "Demand value scoring" says how to reach it and how an admin can add the
 * section to the default form. Our own tables (models, criteria, ratings, history) get their default views.
 */
export const valueScoringView = Record({
    $id: Now.ID['view.x_itvc_value_scoring'],
    table: 'sys_ui_view',
    data: { name: 'x_itvc_value_scoring', title: 'Value scoring' },
})

export const demandValueScoringForm = Form({
    table: 'dmn_demand',
    view: valueScoringView,
    sections: [
        {
            caption: 'Demand',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'state', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'demand_manager', type: 'table_field' },
                        { field: 'portfolio', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'short_description', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Value scoring',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'x_itvc_value_model', type: 'table_field' },
                        { field: 'x_itvc_value_score_status', type: 'table_field' },
                        { field: 'x_itvc_value_score', type: 'table_field' },
                        { field: 'x_itvc_value_scored_at', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'x_itvc_value_rank', type: 'table_field' },
                        { field: 'x_itvc_value_ranking_value', type: 'table_field' },
                        { field: 'x_itvc_value_wsjf', type: 'table_field' },
                        { field: 'x_itvc_value_rice', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'x_itvc_value_breakdown_text', type: 'table_field' },
                        { field: 'x_itvc_value_override', type: 'table_field' },
                        { field: 'x_itvc_value_override_reason', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const demandValueScoringRelatedLists = Record({
    $id: Now.ID['related_list.dmn_demand.x_itvc_value_scoring'],
    table: 'sys_ui_related_list',
    data: { name: 'dmn_demand', view: valueScoringView },
})

export const demandRatingsRelatedList = Record({
    $id: Now.ID['related_list.dmn_demand.x_itvc_value_scoring.ratings'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: demandValueScoringRelatedLists, position: 0, related_list: 'x_itvc_value_rating.demand' },
})

export const demandScoreHistoryRelatedList = Record({
    $id: Now.ID['related_list.dmn_demand.x_itvc_value_scoring.history'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: demandValueScoringRelatedLists, position: 1, related_list: 'x_itvc_value_score_history.demand' },
})

export const demandRankingList = List({
    table: 'dmn_demand',
    view: valueScoringView,
    columns: [
        'x_itvc_value_rank',
        'number',
        'short_description',
        'x_itvc_value_ranking_value',
        'x_itvc_value_score',
        'x_itvc_value_wsjf',
        'x_itvc_value_rice',
        'x_itvc_value_score_status',
        'x_itvc_value_model',
        'state',
    ],
})

// ---- the app's scoring tables (default views) -------------------------------------------------------------------

export const scoringModelForm = Form({
    table: 'x_itvc_value_scoring_model',
    view: default_view,
    sections: [
        {
            caption: 'Scoring model',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'name', type: 'table_field' },
                        { field: 'method', type: 'table_field' },
                        { field: 'version', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'active', type: 'table_field' },
                        { field: 'is_default', type: 'table_field' },
                        { field: 'rescore_pending', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'description', type: 'table_field' }] },
            ],
        },
    ],
})

export const scoringModelRelatedLists = Record({
    $id: Now.ID['related_list.x_itvc_value_scoring_model'],
    table: 'sys_ui_related_list',
    data: { name: 'x_itvc_value_scoring_model', view: 'Default view' },
})

export const scoringModelCriteriaRelatedList = Record({
    $id: Now.ID['related_list.x_itvc_value_scoring_model.criteria'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: scoringModelRelatedLists, position: 0, related_list: 'x_itvc_value_criterion.model' },
})

export const scoringModelList = List({
    table: 'x_itvc_value_scoring_model',
    view: default_view,
    columns: ['name', 'method', 'active', 'is_default', 'version', 'rescore_pending'],
})

export const criterionList = List({
    table: 'x_itvc_value_criterion',
    view: default_view,
    columns: ['order', 'name', 'key', 'weight', 'direction', 'min_value', 'max_value', 'formula_role', 'model'],
})

export const ratingList = List({
    table: 'x_itvc_value_rating',
    view: default_view,
    columns: ['demand', 'criterion', 'value', 'assessor', 'comment', 'sys_updated_on'],
})

export const scoreHistoryList = List({
    table: 'x_itvc_value_score_history',
    view: default_view,
    columns: [
        'changed_at',
        'demand',
        'reason',
        'old_score',
        'new_score',
        'old_ranking_value',
        'new_ranking_value',
        'model',
        'model_version',
        'changed_by',
        'project',
    ],
})

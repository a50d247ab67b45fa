import '@servicenow/sdk/global'
import { default_view, List, Record } from '@servicenow/sdk/core'
import { valueMenu } from './menu.now.ts'

/**
 * The value scorecard in the platform UI (README "The value scorecard"): the reds across dimensions, the snapshots,
 * the metric catalog (admins edit it) and the roll-up run log. The scorecard page itself is the React UI page.
 */
export const scorecardRedsView = Record({
    $id: Now.ID['view.x_itvc_value_scorecard_reds'],
    table: 'sys_ui_view',
    data: { name: 'x_itvc_value_scorecard_reds', title: 'Scorecard reds' },
})

export const scorecardRedsList = List({
    table: 'x_itvc_value_scorecard_entry',
    view: scorecardRedsView,
    columns: [
        'scorecard.period_label',
        'scorecard.dimension',
        'scorecard.dimension_label',
        'metric',
        'value',
        'target',
        'previous_value',
        'trend',
        'judgement',
    ],
})

export const scorecardEntryList = List({
    table: 'x_itvc_value_scorecard_entry',
    view: default_view,
    columns: ['scorecard', 'metric', 'value', 'target', 'status', 'previous_value', 'delta', 'trend', 'judgement'],
})

export const scorecardList = List({
    table: 'x_itvc_value_snapshot',
    view: default_view,
    columns: ['period_label', 'period_type', 'dimension', 'dimension_label', 'computed_at', 'run'],
})

export const metricList = List({
    table: 'x_itvc_value_metric',
    view: default_view,
    columns: ['order', 'name', 'key', 'perspective', 'unit', 'direction', 'target', 'amber_tolerance', 'active'],
})

export const rollupRunList = List({
    table: 'x_itvc_value_rollup_run',
    view: default_view,
    columns: [
        'number',
        'kind',
        'state',
        'from_period',
        'to_period',
        'chunks_done',
        'chunks_total',
        'entries_written',
        'queries',
        'started',
        'finished',
        'requested_by',
    ],
})

// ---- menu: 700–799 value scorecard -----------------------------------------------------------------------------

export const scorecardSeparator = Record({
    $id: Now.ID['menu.value.scorecard'],
    table: 'sys_app_module',
    data: {
        title: 'Value scorecard',
        application: valueMenu,
        link_type: 'SEPARATOR',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 700,
    },
})

export const scorecardRedsModule = Record({
    $id: Now.ID['menu.value.scorecard.reds'],
    table: 'sys_app_module',
    data: {
        title: 'Reds across dimensions',
        hint: 'Every red metric of every period and dimension, latest period first',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_scorecard_entry',
        filter: 'status=red^ORDERBYDESCscorecard.period_end^ORDERBYscorecard.dimension',
        view_name: 'x_itvc_value_scorecard_reds',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 710,
    },
})

export const scorecardsModule = Record({
    $id: Now.ID['menu.value.scorecard.snapshots'],
    table: 'sys_app_module',
    data: {
        title: 'Scorecard snapshots',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_snapshot',
        filter: 'ORDERBYDESCperiod_end^ORDERBYdimension',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 720,
    },
})

export const metricCatalogModule = Record({
    $id: Now.ID['menu.value.scorecard.metrics'],
    table: 'sys_app_module',
    data: {
        title: 'Metric catalog',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_metric',
        filter: 'ORDERBYperspective^ORDERBYorder',
        roles: ['x_itvc_value.admin'],
        active: true,
        order: 730,
    },
})

export const rollupRunsModule = Record({
    $id: Now.ID['menu.value.scorecard.runs'],
    table: 'sys_app_module',
    data: {
        title: 'Roll-up runs',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_rollup_run',
        filter: 'ORDERBYDESCsys_created_on',
        roles: ['x_itvc_value.portfolio_owner'],
        active: true,
        order: 740,
    },
})

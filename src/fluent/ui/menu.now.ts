import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { viewer } from '../security/roles.now.ts'

/**
 * The "IT Value Center" application menu. To add a module: a Record on sys_app_module with `application: valueMenu`,
 * `active: true`, `roles` as an array of role NAMES (a Role object is emitted as "[object Object]" on
 * sys_app_module), and an `order` in your feature's block of hundreds:
 * 100–199 incident value attribution, then one block per feature.
 */
export const valueMenu = ApplicationMenu({
    $id: Now.ID['menu.value'],
    title: 'IT Value Center',
    hint: 'Measure the business value IT delivers',
    roles: [viewer],
    active: true,
})

// ---- 1–99: the value scorecard page -------------------------------------------------------------------------------

export const scorecardPageModule = Record({
    $id: Now.ID['menu.value.scorecard_page'],
    table: 'sys_app_module',
    data: {
        title: 'Scorecard page',
        hint: 'The value dashboard: scorecard, trends, demand ranking and benefits (x_itvc_value_scorecard.do)',
        application: valueMenu,
        link_type: 'DIRECT',
        query: 'x_itvc_value_scorecard.do',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 10,
    },
})

// ---- 100–199: incident value attribution ------------------------------------------------------------------------

export const incidentValueSeparator = Record({
    $id: Now.ID['menu.value.incidents'],
    table: 'sys_app_module',
    data: {
        title: 'Incident value',
        application: valueMenu,
        link_type: 'SEPARATOR',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 100,
    },
})

export const openIncidentsByValueModule = Record({
    $id: Now.ID['menu.value.incidents.open'],
    table: 'sys_app_module',
    data: {
        title: 'Open incidents by business value',
        application: valueMenu,
        link_type: 'LIST',
        name: 'incident',
        filter: 'active=true^ORDERBYDESCx_itvc_value_impact_cost',
        view_name: 'x_itvc_value_business_value',
        roles: ['x_itvc_value.tagger', 'x_itvc_value.viewer'],
        active: true,
        order: 110,
    },
})

export const untaggedHighPriorityModule = Record({
    $id: Now.ID['menu.value.incidents.untagged'],
    table: 'sys_app_module',
    data: {
        title: 'Untagged P1/P2 incidents',
        hint: 'Open priority 1 and 2 incidents without a value category: they cannot be resolved until tagged',
        application: valueMenu,
        link_type: 'LIST',
        name: 'incident',
        filter: 'active=true^priorityIN1,2^x_itvc_value_value_categoryISEMPTY^ORDERBYpriority',
        view_name: 'x_itvc_value_business_value',
        roles: ['x_itvc_value.tagger', 'x_itvc_value.viewer'],
        active: true,
        order: 120,
    },
})

export const serviceProfilesModule = Record({
    $id: Now.ID['menu.value.service_profiles'],
    table: 'sys_app_module',
    data: {
        title: 'Service value profiles',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_service_profile',
        roles: ['x_itvc_value.tagger', 'x_itvc_value.admin'],
        active: true,
        order: 130,
    },
})

// ---- 200–299: demand value scoring ------------------------------------------------------------------------------

export const demandScoringSeparator = Record({
    $id: Now.ID['menu.value.demands'],
    table: 'sys_app_module',
    data: {
        title: 'Demand scoring',
        application: valueMenu,
        link_type: 'SEPARATOR',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 200,
    },
})

export const demandRankingModule = Record({
    $id: Now.ID['menu.value.demands.ranking'],
    table: 'sys_app_module',
    data: {
        title: 'Demand ranking',
        hint: 'Open demands ranked by value under their scoring model (Value scoring view)',
        application: valueMenu,
        link_type: 'LIST',
        name: 'dmn_demand',
        filter: 'x_itvc_value_rankISNOTEMPTY^ORDERBYx_itvc_value_model^ORDERBYx_itvc_value_rank',
        view_name: 'x_itvc_value_scoring',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 210,
    },
})

export const unscoredDemandsModule = Record({
    $id: Now.ID['menu.value.demands.unscored'],
    table: 'sys_app_module',
    data: {
        title: 'Demands to rate',
        hint: 'Open demands not or only partly scored',
        application: valueMenu,
        link_type: 'LIST',
        name: 'dmn_demand',
        filter: 'active=true^stateNOT IN7,9^x_itvc_value_score_status!=scored^ORDERBYnumber',
        view_name: 'x_itvc_value_scoring',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 220,
    },
})

export const scoringModelsModule = Record({
    $id: Now.ID['menu.value.demands.models'],
    table: 'sys_app_module',
    data: {
        title: 'Scoring models',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_scoring_model',
        roles: ['x_itvc_value.assessor'],
        active: true,
        order: 230,
    },
})

export const demandRatingsModule = Record({
    $id: Now.ID['menu.value.demands.ratings'],
    table: 'sys_app_module',
    data: {
        title: 'Demand ratings',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_rating',
        filter: 'ORDERBYDESCsys_updated_on',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 240,
    },
})

// ---- 900–999: administration -------------------------------------------------------------------------------------

export const administrationSeparator = Record({
    $id: Now.ID['menu.value.administration'],
    table: 'sys_app_module',
    data: {
        title: 'Administration',
        application: valueMenu,
        link_type: 'SEPARATOR',
        roles: ['x_itvc_value.admin'],
        active: true,
        order: 900,
    },
})

export const propertiesModule = Record({
    $id: Now.ID['menu.value.properties'],
    table: 'sys_app_module',
    data: {
        title: 'Properties',
        hint: 'The x_itvc_value.* system properties (pricing, scoring, benefits, scorecard)',
        application: valueMenu,
        link_type: 'LIST',
        name: 'sys_properties',
        filter: 'nameSTARTSWITHx_itvc_value.^ORDERBYname',
        roles: ['x_itvc_value.admin'],
        active: true,
        order: 910,
    },
})

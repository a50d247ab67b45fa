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
        roles: ['x_itvc_value.viewer', 'x_itvc_value.admin'],
        active: true,
        order: 130,
    },
})

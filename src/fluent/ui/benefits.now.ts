import '@servicenow/sdk/global'
import { Form, List, Record, UiAction, default_view } from '@servicenow/sdk/core'
import { generatePeriods } from '../../server/entry/generate-periods.ts'
import { portfolioOwner } from '../security/roles.now.ts'
import { valueMenu } from './menu.now.ts'

/**
 * Benefit tracking UI (README "Benefit tracking"): the benefit form with its periods (editable in the list), the
 * "Generate periods" button, state colours, and a "Benefits" view of demands and projects with their value columns
 * and benefits. Like value scoring, the demand and project layouts are the app's OWN view: a Form or related lists on
 * the default view of dmn_demand / pm_project would replace the platform's layout (sdk.md §14); the README says how
 * an admin adds the Benefits related list to the default forms.
 */

// ---- the benefit form, lists and button ------------------------------------------------------------------------------

export const benefitForm = Form({
    table: 'x_itvc_value_benefit',
    view: default_view,
    sections: [
        {
            caption: 'Benefit',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'type', type: 'table_field' },
                        { field: 'category', type: 'table_field' },
                        { field: 'perspective', type: 'table_field' },
                        { field: 'owner', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'demand', type: 'table_field' },
                        { field: 'project', type: 'table_field' },
                        { field: 'measure', type: 'table_field' },
                        { field: 'currency', type: 'table_field' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { field: 'short_description', type: 'table_field' },
                        { field: 'measurement_method', type: 'table_field' },
                    ],
                },
            ],
        },
        {
            caption: 'Plan and realisation',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'start_date', type: 'table_field' },
                        { field: 'end_date', type: 'table_field' },
                        { field: 'granularity', type: 'table_field' },
                        { field: 'planned_total', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'planned_to_date', type: 'table_field' },
                        { field: 'realised_total', type: 'table_field' },
                        { field: 'realisation_pct', type: 'table_field' },
                        { field: 'variance', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const benefitRelatedLists = Record({
    $id: Now.ID['related_list.x_itvc_value_benefit'],
    table: 'sys_ui_related_list',
    data: { name: 'x_itvc_value_benefit', view: 'Default view' },
})

export const benefitPeriodsRelatedList = Record({
    $id: Now.ID['related_list.x_itvc_value_benefit.periods'],
    table: 'sys_ui_related_list_entry',
    data: {
        list_id: benefitRelatedLists,
        position: 0,
        related_list: 'x_itvc_value_benefit_period.benefit',
        order_by: 'period_start',
    },
})

/** The periods on the benefit form are edited in the list, row by row (realised amount and evidence). */
export const benefitPeriodsListControl = Record({
    $id: Now.ID['list_control.x_itvc_value_benefit.periods'],
    table: 'sys_ui_list_control',
    data: {
        name: 'x_itvc_value_benefit',
        related_list: 'x_itvc_value_benefit_period.benefit',
        list_edit_type: 'save_by_row',
    },
})

export const periodListControl = Record({
    $id: Now.ID['list_control.x_itvc_value_benefit_period'],
    table: 'sys_ui_list_control',
    data: { name: 'x_itvc_value_benefit_period', list_edit_type: 'save_by_row' },
})

export const benefitList = List({
    table: 'x_itvc_value_benefit',
    view: default_view,
    columns: [
        'number',
        'short_description',
        'state',
        'type',
        'owner',
        'project',
        'demand',
        'currency',
        { element: 'planned_total', sum: true },
        { element: 'realised_total', sum: true },
        'realisation_pct',
        'end_date',
    ],
})

export const periodList = List({
    table: 'x_itvc_value_benefit_period',
    view: default_view,
    columns: [
        'benefit',
        'period_label',
        'period_start',
        'period_end',
        { element: 'planned_amount', sum: true },
        { element: 'realised_amount', sum: true },
        'evidence',
        'measured_by',
        'measured_at',
        'planned_functional',
        'realised_functional',
        'rate',
    ],
})

export const periodRelatedListLayout = List({
    table: 'x_itvc_value_benefit_period',
    view: default_view,
    parent: 'x_itvc_value_benefit',
    columns: [
        'period_label',
        'period_start',
        'period_end',
        { element: 'planned_amount', sum: true },
        { element: 'realised_amount', sum: true },
        'evidence',
        'measured_by',
        'measured_at',
    ],
})

export const exchangeRateList = List({
    table: 'x_itvc_value_exchange_rate',
    view: default_view,
    columns: ['currency', 'effective_date', 'rate', 'sys_updated_on'],
})

export const generatePeriodsAction = UiAction({
    $id: Now.ID['ui_action.benefit.generate_periods'],
    table: 'x_itvc_value_benefit',
    name: 'Generate periods',
    actionName: 'x_itvc_value_generate_periods',
    hint: 'Saves the benefit, then plans one period per month or quarter from start to end date, splitting the planned total evenly (measured periods are kept)',
    showInsert: false,
    showUpdate: true,
    form: { showButton: true, style: 'primary' },
    roles: [portfolioOwner],
    order: 100,
    script: generatePeriods,
})

// ---- state colours ---------------------------------------------------------------------------------------------------

export const benefitPlannedStyle = Record({
    $id: Now.ID['style.x_itvc_value_benefit.state.planned'],
    table: 'sys_ui_style',
    data: { name: 'x_itvc_value_benefit', element: 'state', value: 'planned', style: 'background-color: #dbeafe;' },
})

export const benefitRealisingStyle = Record({
    $id: Now.ID['style.x_itvc_value_benefit.state.realising'],
    table: 'sys_ui_style',
    data: { name: 'x_itvc_value_benefit', element: 'state', value: 'realising', style: 'background-color: #fef3c7;' },
})

export const benefitRealisedStyle = Record({
    $id: Now.ID['style.x_itvc_value_benefit.state.realised'],
    table: 'sys_ui_style',
    data: { name: 'x_itvc_value_benefit', element: 'state', value: 'realised', style: 'background-color: #dcfce7;' },
})

export const benefitAtRiskStyle = Record({
    $id: Now.ID['style.x_itvc_value_benefit.state.at_risk'],
    table: 'sys_ui_style',
    data: {
        name: 'x_itvc_value_benefit',
        element: 'state',
        value: 'at_risk',
        style: 'background-color: #fee2e2; color: #991b1b; font-weight: bold;',
    },
})

export const benefitCancelledStyle = Record({
    $id: Now.ID['style.x_itvc_value_benefit.state.cancelled'],
    table: 'sys_ui_style',
    data: {
        name: 'x_itvc_value_benefit',
        element: 'state',
        value: 'cancelled',
        style: 'color: #6b7280; text-decoration: line-through;',
    },
})

// ---- the "Benefits" view of demands and projects ----------------------------------------------------------------------

export const benefitsView = Record({
    $id: Now.ID['view.x_itvc_value_benefits'],
    table: 'sys_ui_view',
    data: { name: 'x_itvc_value_benefits', title: 'Benefits' },
})

export const projectBenefitsForm = Form({
    table: 'pm_project',
    view: benefitsView,
    sections: [
        {
            caption: 'Project',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'state', type: 'table_field' },
                        { field: 'project_manager', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'demand', type: 'table_field' },
                        { field: 'primary_portfolio', type: 'table_field' },
                        { field: 'work_cost', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'short_description', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Benefit value',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'x_itvc_value_value_health', type: 'table_field' },
                        { field: 'x_itvc_value_planned_benefit', type: 'table_field' },
                        { field: 'x_itvc_value_realised_benefit', type: 'table_field' },
                        { field: 'x_itvc_value_realisation_pct', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'x_itvc_value_roi_pct', type: 'table_field' },
                        { field: 'x_itvc_value_npv', type: 'table_field' },
                        { field: 'x_itvc_value_payback_months', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const projectBenefitsRelatedLists = Record({
    $id: Now.ID['related_list.pm_project.x_itvc_value_benefits'],
    table: 'sys_ui_related_list',
    data: { name: 'pm_project', view: benefitsView },
})

export const projectBenefitsRelatedList = Record({
    $id: Now.ID['related_list.pm_project.x_itvc_value_benefits.benefits'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: projectBenefitsRelatedLists, position: 0, related_list: 'x_itvc_value_benefit.project' },
})

export const projectValueList = List({
    table: 'pm_project',
    view: benefitsView,
    columns: [
        'number',
        'short_description',
        'state',
        'x_itvc_value_value_health',
        'x_itvc_value_planned_benefit',
        'x_itvc_value_realised_benefit',
        'x_itvc_value_realisation_pct',
        'x_itvc_value_roi_pct',
        'x_itvc_value_npv',
        'x_itvc_value_payback_months',
        'primary_portfolio',
    ],
})

export const demandBenefitsForm = Form({
    table: 'dmn_demand',
    view: benefitsView,
    sections: [
        {
            caption: 'Demand',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'state', type: 'table_field' },
                        { field: 'project', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'portfolio', type: 'table_field' },
                        { field: 'x_itvc_value_planned_benefit', type: 'table_field' },
                        { field: 'x_itvc_value_realised_benefit', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'short_description', type: 'table_field' }] },
            ],
        },
    ],
})

export const demandBenefitsRelatedLists = Record({
    $id: Now.ID['related_list.dmn_demand.x_itvc_value_benefits'],
    table: 'sys_ui_related_list',
    data: { name: 'dmn_demand', view: benefitsView },
})

export const demandBenefitsRelatedList = Record({
    $id: Now.ID['related_list.dmn_demand.x_itvc_value_benefits.benefits'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: demandBenefitsRelatedLists, position: 0, related_list: 'x_itvc_value_benefit.demand' },
})

// ---- menu: 600–699 benefit tracking ---------------------------------------------------------------------------------

export const benefitsSeparator = Record({
    $id: Now.ID['menu.value.benefits'],
    table: 'sys_app_module',
    data: {
        title: 'Benefits',
        application: valueMenu,
        link_type: 'SEPARATOR',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 600,
    },
})

export const benefitsModule = Record({
    $id: Now.ID['menu.value.benefits.all'],
    table: 'sys_app_module',
    data: {
        title: 'All benefits',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_benefit',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 610,
    },
})

export const myBenefitsModule = Record({
    $id: Now.ID['menu.value.benefits.mine'],
    table: 'sys_app_module',
    data: {
        title: 'My benefits',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_benefit',
        filter: 'owner=javascript:gs.getUserID()^state!=cancelled',
        roles: ['x_itvc_value.benefit_owner'],
        active: true,
        order: 620,
    },
})

export const atRiskBenefitsModule = Record({
    $id: Now.ID['menu.value.benefits.at_risk'],
    table: 'sys_app_module',
    data: {
        title: 'Benefits at risk',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_benefit',
        filter: 'state=at_risk^ORDERBYrealisation_pct',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 630,
    },
})

export const overdueMeasurementsModule = Record({
    $id: Now.ID['menu.value.benefits.overdue'],
    table: 'sys_app_module',
    data: {
        title: 'Overdue measurements',
        hint: 'Periods whose realised amount is overdue (the owner was notified)',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_benefit_period',
        filter: 'realised_amountISEMPTY^overdue_notified_onISNOTEMPTY^ORDERBYperiod_end',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 640,
    },
})

export const projectValueModule = Record({
    $id: Now.ID['menu.value.benefits.projects'],
    table: 'sys_app_module',
    data: {
        title: 'Project value',
        application: valueMenu,
        link_type: 'LIST',
        name: 'pm_project',
        filter: 'x_itvc_value_planned_benefitISNOTEMPTY^ORDERBYDESCx_itvc_value_planned_benefit',
        view_name: 'x_itvc_value_benefits',
        roles: ['x_itvc_value.viewer'],
        active: true,
        order: 650,
    },
})

export const exchangeRatesModule = Record({
    $id: Now.ID['menu.value.benefits.exchange_rates'],
    table: 'sys_app_module',
    data: {
        title: 'Exchange rates',
        application: valueMenu,
        link_type: 'LIST',
        name: 'x_itvc_value_exchange_rate',
        roles: ['x_itvc_value.benefit_owner', 'x_itvc_value.admin'],
        active: true,
        order: 660,
    },
})

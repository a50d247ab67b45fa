import '@servicenow/sdk/global'
import { Form, List, Record } from '@servicenow/sdk/core'

/**
 * The "Business value" view of incident. The app ships it as its OWN view: a Form or List on the default view of a
 * platform table would replace the instance's incident layout (sdk.md §14). README "Incident value attribution" says
 * how agents reach it and how an admin can add the same fields to the default form.
 */
export const businessValueView = Record({
    $id: Now.ID['view.x_itvc_value_business_value'],
    table: 'sys_ui_view',
    data: { name: 'x_itvc_value_business_value', title: 'Business value' },
})

export const incidentBusinessValueForm = Form({
    table: 'incident',
    view: businessValueView,
    sections: [
        {
            caption: 'Incident',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'number', type: 'table_field' },
                        { field: 'caller_id', type: 'table_field' },
                        { field: 'business_service', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'state', type: 'table_field' },
                        { field: 'priority', type: 'table_field' },
                        { field: 'assignment_group', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'short_description', type: 'table_field' }] },
            ],
        },
        {
            caption: 'Business value',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'x_itvc_value_value_category', type: 'table_field' },
                        { field: 'x_itvc_value_revenue_at_risk', type: 'table_field' },
                        { field: 'x_itvc_value_direct_cost', type: 'table_field' },
                        { field: 'x_itvc_value_users_affected', type: 'table_field' },
                        { field: 'x_itvc_value_productivity_hours', type: 'table_field' },
                        { field: 'x_itvc_value_outage_minutes', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'x_itvc_value_impact_cost', type: 'table_field' },
                        { field: 'x_itvc_value_impact_score', type: 'table_field' },
                        { field: 'x_itvc_value_tagged_by', type: 'table_field' },
                        { field: 'x_itvc_value_tagged_at', type: 'table_field' },
                    ],
                },
                { layout: 'one-column', elements: [{ field: 'x_itvc_value_notes', type: 'table_field' }] },
            ],
        },
    ],
})

export const incidentBusinessValueList = List({
    table: 'incident',
    view: businessValueView,
    columns: [
        'number',
        'short_description',
        'priority',
        'state',
        'business_service',
        'x_itvc_value_value_category',
        { element: 'x_itvc_value_impact_cost', sum: true },
        'x_itvc_value_impact_score',
        'x_itvc_value_outage_minutes',
        'x_itvc_value_tagged_by',
    ],
})

import '@servicenow/sdk/global'
import { Form, List, default_view } from '@servicenow/sdk/core'

/** Form and list of the app's own service value profile table (default view: the table is ours). */
export const serviceProfileForm = Form({
    table: 'x_itvc_value_service_profile',
    view: default_view,
    sections: [
        {
            caption: 'Service value profile',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { field: 'service', type: 'table_field' },
                        { field: 'criticality', type: 'table_field' },
                        { field: 'active', type: 'table_field' },
                    ],
                    rightElements: [
                        { field: 'hourly_revenue', type: 'table_field' },
                        { field: 'hourly_labour_cost', type: 'table_field' },
                        { field: 'typical_users', type: 'table_field' },
                    ],
                },
            ],
        },
    ],
})

export const serviceProfileList = List({
    table: 'x_itvc_value_service_profile',
    view: default_view,
    columns: ['service', 'criticality', 'hourly_revenue', 'hourly_labour_cost', 'typical_users', 'active'],
})

import '@servicenow/sdk/global'
import { BooleanColumn, DecimalColumn, IntegerColumn, ReferenceColumn, Table } from '@servicenow/sdk/core'

/**
 * What an hour of a business service is worth: incident pricing reads the profile of the incident's service
 * (src/server/core/pricing). One profile per service; an inactive profile counts as none.
 */
export const x_itvc_value_service_profile = Table({
    name: 'x_itvc_value_service_profile',
    label: 'Service Value Profile',
    display: 'service',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: true,
    schema: {
        service: ReferenceColumn({
            label: 'Service',
            referenceTable: 'cmdb_ci_service',
            mandatory: true,
            unique: true,
        }),
        hourly_revenue: DecimalColumn({ label: 'Hourly revenue', scale: 2, default: '0' }),
        hourly_labour_cost: DecimalColumn({ label: 'Hourly labour cost', scale: 2 }),
        typical_users: IntegerColumn({ label: 'Typical users', min: 0 }),
        criticality: IntegerColumn({
            label: 'Criticality',
            dropdown: 'dropdown_with_none',
            choices: {
                1: { label: '1 - most critical', sequence: 10 },
                2: { label: '2 - somewhat critical', sequence: 20 },
                3: { label: '3 - less critical', sequence: 30 },
                4: { label: '4 - not critical', sequence: 40 },
            },
        }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
    },
})

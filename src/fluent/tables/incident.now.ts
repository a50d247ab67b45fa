import '@servicenow/sdk/global'
import {
    ChoiceColumn,
    DateTimeColumn,
    DecimalColumn,
    IntegerColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

/**
 * Business value of an incident (README "Incident value attribution"): what the agent enters, and the impact cost
 * and score the pricing rule computes from it (src/server/entry/on-incident-value-saved.ts). Added to the platform
 * table; the platform's own columns and layout stay untouched.
 */
export const incident = Table({
    augments: 'incident',
    schema: {
        x_itvc_value_value_category: ChoiceColumn({
            label: 'Value category',
            dropdown: 'dropdown_with_none',
            choices: {
                revenue: { label: 'Revenue', sequence: 10 },
                cost: { label: 'Operating cost', sequence: 20 },
                customer: { label: 'Customer experience', sequence: 30 },
                productivity: { label: 'Employee productivity', sequence: 40 },
                risk: { label: 'Risk & compliance', sequence: 50 },
            },
        }),
        x_itvc_value_revenue_at_risk: DecimalColumn({ label: 'Revenue at risk', scale: 2 }),
        x_itvc_value_direct_cost: DecimalColumn({ label: 'Direct cost', scale: 2 }),
        x_itvc_value_users_affected: IntegerColumn({ label: 'Users affected' }),
        x_itvc_value_productivity_hours: DecimalColumn({ label: 'Productivity hours lost', scale: 2 }),
        x_itvc_value_outage_minutes: IntegerColumn({ label: 'Outage minutes' }),
        x_itvc_value_impact_cost: DecimalColumn({ label: 'Impact cost', scale: 2, readOnly: true }),
        x_itvc_value_impact_score: IntegerColumn({ label: 'Impact score', readOnly: true }),
        x_itvc_value_tagged_by: ReferenceColumn({
            label: 'Value tagged by',
            referenceTable: 'sys_user',
            readOnly: true,
        }),
        x_itvc_value_tagged_at: DateTimeColumn({ label: 'Value tagged at', readOnly: true }),
        x_itvc_value_notes: StringColumn({ label: 'Value notes', maxLength: 4000 }),
    },
})

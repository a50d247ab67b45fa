import '@servicenow/sdk/global'
import { ChoiceColumn, DateTimeColumn, DecimalColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * The app's columns on the platform demand table (the SDK allows one `augments` per table, so every feature's
 * project columns live here). Value scoring: the score and breakdown of the demand the project came from, copied on
 * conversion and kept up to date when the demand is re-scored.
 */
export const dmn_demand = Table({
    augments: 'dmn_demand',
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
        // ---- demand value scoring ------------------------------------------------------------------------------
        x_itvc_value_score: DecimalColumn({ label: 'Value score', scale: 2, readOnly: true }),
        x_itvc_value_breakdown: StringColumn({ label: 'Score breakdown (JSON)', maxLength: 8000, readOnly: true }),
        // ---- value scorecard: when the demand was first approved, and its lead time (README "The value scorecard") --
        x_itvc_value_approved_at: DateTimeColumn({ label: 'Approved at', readOnly: true }),
        x_itvc_value_lead_time_days: DecimalColumn({ label: 'Lead time (days)', scale: 2, readOnly: true }),
    },
})

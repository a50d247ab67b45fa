import '@servicenow/sdk/global'
import { ChoiceColumn, DecimalColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * The app's columns on the platform project table (the SDK allows one `augments` per table, so every feature's
 * project columns live here). Value scoring: the score and breakdown of the demand the project came from, copied on
 * conversion and kept up to date when the demand is re-scored. Benefit tracking (README "Benefit tracking"): the value
 * of the project's benefits in the functional currency, rolled up by the benefit rules and the nightly refresh
 * (read-only: field ACLs let only the app admin change them by hand).
 */
export const pm_project = Table({
    augments: 'pm_project',
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
        // ---- benefit tracking ------------------------------------------------------------------------------------
        x_itvc_value_planned_benefit: DecimalColumn({ label: 'Planned benefit', scale: 2, readOnly: true }),
        x_itvc_value_realised_benefit: DecimalColumn({ label: 'Realised benefit', scale: 2, readOnly: true }),
        x_itvc_value_realisation_pct: DecimalColumn({ label: 'Benefit realisation %', scale: 2, readOnly: true }),
        x_itvc_value_roi_pct: DecimalColumn({ label: 'ROI %', scale: 2, readOnly: true }),
        x_itvc_value_npv: DecimalColumn({ label: 'Benefit NPV', scale: 2, readOnly: true }),
        x_itvc_value_payback_months: IntegerColumn({ label: 'Payback (months)', readOnly: true }),
        x_itvc_value_value_health: ChoiceColumn({
            label: 'Value health',
            readOnly: true,
            dropdown: 'dropdown_with_none',
            choices: {
                on_track: { label: 'On track', sequence: 10 },
                at_risk: { label: 'At risk', sequence: 20 },
                off_track: { label: 'Off track', sequence: 30 },
                not_measured: { label: 'Not measured', sequence: 40 },
            },
        }),
    },
})

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
 * The app's columns on the platform demand table (the SDK allows one `augments` per table, so every feature's
 * demand columns live here). Value scoring (README "Demand value scoring"): the model a demand is scored with, the
 * results the scoring rules write (read-only: field ACLs let only the app admin change them by hand), and the
 * manual override a demand manager sets with its reason.
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
        x_itvc_value_model: ReferenceColumn({
            label: 'Scoring model',
            referenceTable: 'x_itvc_value_scoring_model',
            cascadeRule: 'restrict',
        }),
        x_itvc_value_score: DecimalColumn({ label: 'Value score', scale: 2, readOnly: true }),
        x_itvc_value_wsjf: DecimalColumn({ label: 'WSJF', scale: 2, readOnly: true }),
        x_itvc_value_rice: DecimalColumn({ label: 'RICE', scale: 2, readOnly: true }),
        x_itvc_value_ranking_value: DecimalColumn({ label: 'Ranking value', scale: 2, readOnly: true }),
        x_itvc_value_rank: IntegerColumn({ label: 'Value rank', readOnly: true }),
        // no dictionary default: the demand insert rule sets 'unscored' after the user's field ACLs were checked
        x_itvc_value_score_status: ChoiceColumn({
            label: 'Score status',
            readOnly: true,
            dropdown: 'dropdown_without_none',
            choices: {
                unscored: { label: 'Unscored', sequence: 10 },
                partial: { label: 'Partially scored', sequence: 20 },
                scored: { label: 'Scored', sequence: 30 },
            },
        }),
        x_itvc_value_scored_at: DateTimeColumn({ label: 'Scored at', readOnly: true }),
        x_itvc_value_breakdown: StringColumn({ label: 'Score breakdown (JSON)', maxLength: 8000, readOnly: true }),
        x_itvc_value_breakdown_text: StringColumn({
            label: 'How the score was calculated',
            maxLength: 8000,
            readOnly: true,
        }),
        x_itvc_value_override: DecimalColumn({ label: 'Override ranking value', scale: 2 }),
        x_itvc_value_override_reason: StringColumn({ label: 'Override reason', maxLength: 1000 }),
        // ---- value scorecard: when the demand was first approved, and its lead time (README "The value scorecard") --
        x_itvc_value_approved_at: DateTimeColumn({ label: 'Approved at', readOnly: true }),
        x_itvc_value_lead_time_days: DecimalColumn({ label: 'Lead time (days)', scale: 2, readOnly: true }),
        // ---- benefit tracking: its benefits' value in the functional currency (rolled up, read-only) ------------
        x_itvc_value_planned_benefit: DecimalColumn({ label: 'Planned benefit', scale: 2, readOnly: true }),
        x_itvc_value_realised_benefit: DecimalColumn({ label: 'Realised benefit', scale: 2, readOnly: true }),
    },
})

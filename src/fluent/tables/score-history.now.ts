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
 * One change of a demand's score or ranking value: old and new values, the model version and breakdown behind the
 * new one, why it changed and who changed it. Written by the app only; nobody edits it. Served by the demands REST
 * API (GET /demands/{sys_id}/score) and the demand form, so the Table API is off.
 */
export const x_itvc_value_score_history = Table({
    name: 'x_itvc_value_score_history',
    label: 'Score History',
    display: 'demand',
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        demand: ReferenceColumn({
            label: 'Demand',
            referenceTable: 'dmn_demand',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        project: ReferenceColumn({ label: 'Project', referenceTable: 'pm_project', cascadeRule: 'clear' }),
        old_score: DecimalColumn({ label: 'Old score', scale: 2 }),
        new_score: DecimalColumn({ label: 'New score', scale: 2 }),
        old_ranking_value: DecimalColumn({ label: 'Old ranking value', scale: 2 }),
        new_ranking_value: DecimalColumn({ label: 'New ranking value', scale: 2 }),
        model: ReferenceColumn({ label: 'Model', referenceTable: 'x_itvc_value_scoring_model', cascadeRule: 'clear' }),
        model_version: IntegerColumn({ label: 'Model version' }),
        breakdown: StringColumn({ label: 'Breakdown', maxLength: 8000 }),
        reason: ChoiceColumn({
            label: 'Reason',
            dropdown: 'dropdown_without_none',
            choices: {
                rating: { label: 'Rating', sequence: 10 },
                model_change: { label: 'Model change', sequence: 20 },
                override: { label: 'Override', sequence: 30 },
                recalculation: { label: 'Recalculation', sequence: 40 },
            },
        }),
        changed_by: ReferenceColumn({ label: 'Changed by', referenceTable: 'sys_user' }),
        changed_at: DateTimeColumn({ label: 'Changed at' }),
    },
    index: [{ name: 'idx_score_history_demand', unique: false, element: 'demand' }],
})

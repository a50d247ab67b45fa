import '@servicenow/sdk/global'
import { BooleanColumn, ChoiceColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * A demand scoring model (README "Demand value scoring"): a method and, in x_itvc_value_criterion, its criteria.
 * At most one active model is the default (new demands get it). The version goes up with every scoring-relevant
 * edit; the re-score columns are the job's queue (src/server/entry/scoring-jobs.ts), never edited by hand. These
 * columns have no dictionary default: the model rule sets them on insert, after the user's field ACLs were checked.
 * Web services are off: demand managers edit models in forms, the CLI never touches them, and the demands REST API
 * serves what clients need (security review, issue 11).
 */
export const x_itvc_value_scoring_model = Table({
    name: 'x_itvc_value_scoring_model',
    label: 'Scoring Model',
    display: 'name',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        name: StringColumn({ label: 'Name', mandatory: true, maxLength: 100 }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        is_default: BooleanColumn({ label: 'Default', default: 'false' }),
        method: ChoiceColumn({
            label: 'Method',
            mandatory: true,
            default: 'weighted',
            dropdown: 'dropdown_without_none',
            choices: {
                weighted: { label: 'Weighted score', sequence: 10 },
                wsjf: { label: 'WSJF', sequence: 20 },
                rice: { label: 'RICE', sequence: 30 },
            },
        }),
        version: IntegerColumn({ label: 'Version', readOnly: true }),
        description: StringColumn({ label: 'Description', maxLength: 1000 }),
        rescore_pending: BooleanColumn({ label: 'Re-score pending', readOnly: true }),
        rescore_reason: ChoiceColumn({
            label: 'Re-score reason',
            readOnly: true,
            dropdown: 'dropdown_with_none',
            choices: {
                model_change: { label: 'Model change', sequence: 10 },
                recalculation: { label: 'Recalculation', sequence: 20 },
            },
        }),
        rescore_cursor: StringColumn({ label: 'Re-score resume point', maxLength: 32, readOnly: true }),
        rerank_pending: BooleanColumn({ label: 'Re-rank pending', readOnly: true }),
    },
})

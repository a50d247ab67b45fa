import '@servicenow/sdk/global'
import {
    ChoiceColumn,
    DateColumn,
    DateTimeColumn,
    DecimalColumn,
    HtmlColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

/**
 * A scorecard snapshot: one fiscal period × dimension × dimension key, written only by the roll-up
 * (src/server/core/scorecard/runner.ts). Re-running a period replaces its scorecards; they are served through the
 * scorecard REST API, so other scopes and web services cannot reach the table directly.
 */
export const x_itvc_value_snapshot = Table({
    name: 'x_itvc_value_snapshot',
    label: 'Scorecard',
    display: 'period_label',
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        period_label: StringColumn({ label: 'Period', maxLength: 20, mandatory: true }),
        period_type: ChoiceColumn({
            label: 'Period type',
            dropdown: 'dropdown_without_none',
            choices: {
                month: { label: 'Month', sequence: 10 },
                quarter: { label: 'Quarter', sequence: 20 },
                year: { label: 'Fiscal year', sequence: 30 },
            },
        }),
        period_start: DateColumn({ label: 'Period start' }),
        period_end: DateColumn({ label: 'Period end' }),
        dimension: ChoiceColumn({
            label: 'Dimension',
            dropdown: 'dropdown_without_none',
            choices: {
                all: { label: 'All', sequence: 10 },
                portfolio: { label: 'Portfolio', sequence: 20 },
                business_service: { label: 'Business service', sequence: 30 },
                value_category: { label: 'Value category', sequence: 40 },
            },
        }),
        dimension_key: StringColumn({ label: 'Dimension key', maxLength: 40 }),
        dimension_label: StringColumn({ label: 'Dimension value', maxLength: 255 }),
        computed_at: DateTimeColumn({ label: 'Computed at' }),
        run: ReferenceColumn({ label: 'Roll-up run', referenceTable: 'x_itvc_value_rollup_run', cascadeRule: 'clear' }),
        digest: HtmlColumn({ label: 'Monthly digest', maxLength: 65000 }),
    },
    index: [
        {
            name: 'idx_scorecard_period_dimension',
            unique: false,
            element: ['period_label', 'dimension', 'dimension_key'],
        },
    ],
})

/** One metric of a scorecard: value, the target it was judged against, status, previous value and trend. */
export const x_itvc_value_scorecard_entry = Table({
    name: 'x_itvc_value_scorecard_entry',
    label: 'Scorecard Entry',
    display: 'metric',
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        scorecard: ReferenceColumn({
            label: 'Scorecard',
            referenceTable: 'x_itvc_value_snapshot',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        metric: ReferenceColumn({
            label: 'Metric',
            referenceTable: 'x_itvc_value_metric',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        value: DecimalColumn({ label: 'Value', scale: 2 }),
        target: DecimalColumn({ label: 'Target', scale: 2 }),
        status: ChoiceColumn({
            label: 'Status',
            dropdown: 'dropdown_without_none',
            choices: {
                green: { label: 'Green', sequence: 10 },
                amber: { label: 'Amber', sequence: 20 },
                red: { label: 'Red', sequence: 30 },
                no_target: { label: 'No target', sequence: 40 },
                no_data: { label: 'No data', sequence: 50 },
            },
        }),
        previous_value: DecimalColumn({ label: 'Previous value', scale: 2 }),
        delta: DecimalColumn({ label: 'Change', scale: 2 }),
        trend: ChoiceColumn({
            label: 'Trend',
            dropdown: 'dropdown_with_none',
            choices: {
                up: { label: 'Up', sequence: 10 },
                down: { label: 'Down', sequence: 20 },
                flat: { label: 'Flat', sequence: 30 },
            },
        }),
        judgement: ChoiceColumn({
            label: 'Judgement',
            dropdown: 'dropdown_with_none',
            choices: {
                improving: { label: 'Improving', sequence: 10 },
                worsening: { label: 'Worsening', sequence: 20 },
                flat: { label: 'Flat', sequence: 30 },
            },
        }),
    },
    index: [{ name: 'idx_scorecard_entry_scorecard', unique: false, element: ['scorecard', 'metric'] }],
})

import '@servicenow/sdk/global'
import {
    ChoiceColumn,
    DateColumn,
    DateTimeColumn,
    IntegerColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

/**
 * The scorecard roll-up run log: one row per nightly, fiscal-year or back-fill run, with its periods, progress
 * (chunks done, resume point), entries written, queries issued and errors. A run that ran out of its budget is
 * queued again with its resume point; the worker job continues it.
 */
export const x_itvc_value_rollup_run = Table({
    name: 'x_itvc_value_rollup_run',
    label: 'Scorecard Roll-up Run',
    display: 'number',
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    autoNumber: { prefix: 'SCRUN', number: 1000, numberOfDigits: 7 },
    schema: {
        number: StringColumn({ label: 'Number', maxLength: 40, readOnly: true }),
        kind: ChoiceColumn({
            label: 'Kind',
            default: 'backfill',
            dropdown: 'dropdown_without_none',
            choices: {
                nightly: { label: 'Nightly', sequence: 10 },
                fiscal_year: { label: 'Fiscal year', sequence: 20 },
                backfill: { label: 'Back-fill', sequence: 30 },
            },
        }),
        state: ChoiceColumn({
            label: 'State',
            default: 'queued',
            dropdown: 'dropdown_without_none',
            choices: {
                queued: { label: 'Queued', sequence: 10 },
                running: { label: 'Running', sequence: 20 },
                complete: { label: 'Complete', sequence: 30 },
                failed: { label: 'Failed', sequence: 40 },
            },
        }),
        from_period: StringColumn({ label: 'From period', maxLength: 20 }),
        to_period: StringColumn({ label: 'To period', maxLength: 20 }),
        periods: StringColumn({ label: 'Periods', maxLength: 4000 }),
        dimensions: StringColumn({ label: 'Dimensions', maxLength: 200 }),
        as_of: DateColumn({ label: 'As of' }),
        chunks_total: IntegerColumn({ label: 'Chunks', default: '0' }),
        chunks_done: IntegerColumn({ label: 'Chunks done', default: '0' }),
        resume_point: StringColumn({ label: 'Resume point', maxLength: 100 }),
        entries_written: IntegerColumn({ label: 'Entries written', default: '0' }),
        queries: IntegerColumn({ label: 'Queries', default: '0' }),
        errors: StringColumn({ label: 'Errors', maxLength: 4000 }),
        started: DateTimeColumn({ label: 'Started' }),
        finished: DateTimeColumn({ label: 'Finished' }),
        requested_by: ReferenceColumn({ label: 'Requested by', referenceTable: 'sys_user' }),
    },
    index: [{ name: 'idx_rollup_run_state', unique: false, element: 'state' }],
})

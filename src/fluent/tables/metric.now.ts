import '@servicenow/sdk/global'
import { BooleanColumn, ChoiceColumn, DecimalColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * The scorecard's metric catalog (README "The value scorecard"): what each metric is called, its perspective, unit,
 * direction, target and amber tolerance. The key selects the computation (src/server/core/scorecard/metrics.ts);
 * the rest is editable by admins (the Metric catalog module) and applies from the next roll-up. Seeded by
 * src/fluent/data/metric-catalog.now.ts. Off web services: the API serves metric names and targets with the scorecards.
 */
export const x_itvc_value_metric = Table({
    name: 'x_itvc_value_metric',
    label: 'Scorecard Metric',
    display: 'name',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        key: StringColumn({ label: 'Key', maxLength: 60, mandatory: true, unique: true }),
        name: StringColumn({ label: 'Name', maxLength: 100, mandatory: true }),
        perspective: ChoiceColumn({
            label: 'Perspective',
            mandatory: true,
            dropdown: 'dropdown_without_none',
            choices: {
                financial: { label: 'Financial', sequence: 10 },
                customer: { label: 'Customer', sequence: 20 },
                internal_process: { label: 'Internal process', sequence: 30 },
                learning_growth: { label: 'Learning & growth', sequence: 40 },
            },
        }),
        unit: ChoiceColumn({
            label: 'Unit',
            mandatory: true,
            dropdown: 'dropdown_without_none',
            choices: {
                currency: { label: 'Currency', sequence: 10 },
                percent: { label: 'Percent', sequence: 20 },
                count: { label: 'Count', sequence: 30 },
                hours: { label: 'Hours', sequence: 40 },
                days: { label: 'Days', sequence: 50 },
            },
        }),
        direction: ChoiceColumn({
            label: 'Direction',
            mandatory: true,
            dropdown: 'dropdown_without_none',
            choices: {
                higher_better: { label: 'Higher is better', sequence: 10 },
                lower_better: { label: 'Lower is better', sequence: 20 },
            },
        }),
        target: DecimalColumn({ label: 'Target', scale: 2 }),
        amber_tolerance: DecimalColumn({ label: 'Amber tolerance %', scale: 2, default: '10' }),
        active: BooleanColumn({ label: 'Active', default: 'true' }),
        order: IntegerColumn({ label: 'Order', default: '100' }),
        description: StringColumn({ label: 'How it is computed', maxLength: 4000 }),
    },
})

import '@servicenow/sdk/global'
import { ChoiceColumn, DecimalColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * A criterion of a scoring model: what assessors rate (a number in [min_value, max_value]), its weight in the
 * weighted score, whether more is better (benefit) or worse (cost), and its part in the WSJF / RICE formula.
 * Web services are off: criteria are edited in the model's form (related list), never through the Table API.
 */
export const x_itvc_value_criterion = Table({
    name: 'x_itvc_value_criterion',
    label: 'Scoring Criterion',
    display: 'name',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: false,
    schema: {
        model: ReferenceColumn({
            label: 'Model',
            referenceTable: 'x_itvc_value_scoring_model',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        name: StringColumn({ label: 'Name', mandatory: true, maxLength: 100 }),
        key: StringColumn({ label: 'Key', mandatory: true, maxLength: 40 }),
        weight: DecimalColumn({ label: 'Weight', scale: 2, mandatory: true, default: '1' }),
        direction: ChoiceColumn({
            label: 'Direction',
            default: 'benefit',
            dropdown: 'dropdown_without_none',
            choices: {
                benefit: { label: 'Benefit (more is better)', sequence: 10 },
                cost: { label: 'Cost (more is worse)', sequence: 20 },
            },
        }),
        min_value: DecimalColumn({ label: 'Minimum', scale: 2, mandatory: true, default: '1' }),
        max_value: DecimalColumn({ label: 'Maximum', scale: 2, mandatory: true, default: '10' }),
        order: IntegerColumn({ label: 'Order', default: '100' }),
        formula_role: ChoiceColumn({
            label: 'Formula role',
            default: 'none',
            dropdown: 'dropdown_without_none',
            choices: {
                none: { label: 'None (weighted score only)', sequence: 10 },
                business_value: { label: 'WSJF: business value', sequence: 20 },
                time_criticality: { label: 'WSJF: time criticality', sequence: 30 },
                risk_reduction: { label: 'WSJF: risk reduction', sequence: 40 },
                job_size: { label: 'WSJF: job size', sequence: 50 },
                reach: { label: 'RICE: reach', sequence: 60 },
                impact: { label: 'RICE: impact', sequence: 70 },
                confidence: { label: 'RICE: confidence', sequence: 80 },
                effort: { label: 'RICE: effort', sequence: 90 },
            },
        }),
    },
    index: [{ name: 'idx_criterion_model', unique: false, element: 'model' }],
})

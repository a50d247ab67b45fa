import '@servicenow/sdk/global'
import { ChoiceColumn, DateColumn, DecimalColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * A business benefit a demand promises and its project delivers (README "Benefit tracking"). Planned and realised
 * amounts live on its periods (x_itvc_value_benefit_period); the totals here are computed from them, in the
 * benefit's currency. Converting the demand re-points the benefit to the project; it keeps its demand.
 */
export const x_itvc_value_benefit = Table({
    name: 'x_itvc_value_benefit',
    label: 'Benefit',
    display: 'number',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: true,
    autoNumber: { prefix: 'BEN', number: 1000, numberOfDigits: 7 },
    schema: {
        number: StringColumn({ label: 'Number', maxLength: 40, readOnly: true }),
        short_description: StringColumn({ label: 'Short description', maxLength: 160, mandatory: true }),
        demand: ReferenceColumn({ label: 'Demand', referenceTable: 'dmn_demand' }),
        project: ReferenceColumn({ label: 'Project', referenceTable: 'pm_project' }),
        type: ChoiceColumn({
            label: 'Type',
            mandatory: true,
            dropdown: 'dropdown_with_none',
            choices: {
                revenue_growth: { label: 'Revenue growth', sequence: 10 },
                cost_saving: { label: 'Cost saving', sequence: 20 },
                cost_avoidance: { label: 'Cost avoidance', sequence: 30 },
                productivity: { label: 'Productivity', sequence: 40 },
                risk_reduction: { label: 'Risk reduction', sequence: 50 },
                customer_satisfaction: { label: 'Customer satisfaction', sequence: 60 },
            },
        }),
        category: ChoiceColumn({
            label: 'Category',
            default: 'hard',
            dropdown: 'dropdown_without_none',
            choices: {
                hard: { label: 'Hard (cash)', sequence: 10 },
                soft: { label: 'Soft (non-cash)', sequence: 20 },
            },
        }),
        perspective: ChoiceColumn({
            label: 'Perspective',
            dropdown: 'dropdown_with_none',
            choices: {
                financial: { label: 'Financial', sequence: 10 },
                customer: { label: 'Customer', sequence: 20 },
                internal_process: { label: 'Internal process', sequence: 30 },
                learning_growth: { label: 'Learning and growth', sequence: 40 },
            },
        }),
        owner: ReferenceColumn({ label: 'Owner', referenceTable: 'sys_user' }),
        measure: ChoiceColumn({
            label: 'Measure',
            default: 'currency',
            dropdown: 'dropdown_without_none',
            choices: {
                currency: { label: 'Currency', sequence: 10 },
                count: { label: 'Count', sequence: 20 },
                percent: { label: 'Percent', sequence: 30 },
                hours: { label: 'Hours', sequence: 40 },
                days: { label: 'Days', sequence: 50 },
                score: { label: 'Score', sequence: 60 },
            },
        }),
        measurement_method: StringColumn({ label: 'Measurement method', maxLength: 1000 }),
        state: ChoiceColumn({
            label: 'State',
            default: 'draft',
            dropdown: 'dropdown_without_none',
            choices: {
                draft: { label: 'Draft', sequence: 10 },
                planned: { label: 'Planned', sequence: 20 },
                realising: { label: 'Realising', sequence: 30 },
                realised: { label: 'Realised', sequence: 40 },
                at_risk: { label: 'At risk', sequence: 50 },
                cancelled: { label: 'Cancelled', sequence: 60 },
            },
        }),
        currency: StringColumn({ label: 'Currency', maxLength: 3 }),
        granularity: ChoiceColumn({
            label: 'Period length',
            default: 'month',
            dropdown: 'dropdown_without_none',
            choices: {
                month: { label: 'Month', sequence: 10 },
                quarter: { label: 'Quarter', sequence: 20 },
            },
        }),
        start_date: DateColumn({ label: 'Start date' }),
        end_date: DateColumn({ label: 'End date' }),
        planned_total: DecimalColumn({ label: 'Planned total', scale: 2, default: '0' }),
        realised_total: DecimalColumn({ label: 'Realised total', scale: 2, readOnly: true }),
        planned_to_date: DecimalColumn({ label: 'Planned to date', scale: 2, readOnly: true }),
        realisation_pct: DecimalColumn({ label: 'Realisation %', scale: 2, readOnly: true }),
        variance: DecimalColumn({ label: 'Variance', scale: 2, readOnly: true }),
        at_risk_notified_on: DateColumn({ label: 'At-risk notice sent on', readOnly: true }),
    },
    index: [
        { name: 'idx_benefit_project', unique: false, element: 'project' },
        { name: 'idx_benefit_demand', unique: false, element: 'demand' },
        { name: 'idx_benefit_owner', unique: false, element: 'owner' },
    ],
})

import '@servicenow/sdk/global'
import { DateColumn, DateTimeColumn, DecimalColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One fiscal period of a benefit: planned and realised amounts in the benefit's currency, both also converted to the
 * functional currency with the rate (and its date) that applied at the period start. Unique per benefit and period
 * label; start and end follow from the label (fiscal calendar properties).
 */
export const x_itvc_value_benefit_period = Table({
    name: 'x_itvc_value_benefit_period',
    label: 'Benefit Period',
    display: 'period_label',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: true,
    schema: {
        benefit: ReferenceColumn({
            label: 'Benefit',
            referenceTable: 'x_itvc_value_benefit',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        period_label: StringColumn({ label: 'Period', maxLength: 20, mandatory: true }),
        period_start: DateColumn({ label: 'Period start', readOnly: true }),
        period_end: DateColumn({ label: 'Period end', readOnly: true }),
        planned_amount: DecimalColumn({ label: 'Planned amount', scale: 2, default: '0' }),
        realised_amount: DecimalColumn({ label: 'Realised amount', scale: 2 }),
        planned_functional: DecimalColumn({ label: 'Planned (functional currency)', scale: 2, readOnly: true }),
        realised_functional: DecimalColumn({ label: 'Realised (functional currency)', scale: 2, readOnly: true }),
        rate: DecimalColumn({ label: 'Exchange rate', scale: 6, readOnly: true }),
        rate_date: DateColumn({ label: 'Rate date', readOnly: true }),
        measured_by: ReferenceColumn({ label: 'Measured by', referenceTable: 'sys_user', readOnly: true }),
        measured_at: DateTimeColumn({ label: 'Measured at', readOnly: true }),
        evidence: StringColumn({ label: 'Evidence', maxLength: 1000 }),
        overdue_notified_on: DateColumn({ label: 'Overdue notice sent on', readOnly: true }),
    },
    index: [
        { name: 'idx_benefit_period_unique', unique: true, element: ['benefit', 'period_label'] },
        { name: 'idx_benefit_period_end', unique: false, element: 'period_end' },
    ],
})

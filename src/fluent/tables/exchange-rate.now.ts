import '@servicenow/sdk/global'
import { DateColumn, DecimalColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * Exchange rates into the functional currency (property x_itvc_value.functional_currency): 1 unit of `currency` is
 * worth `rate` functional units from `effective_date` on. A benefit period converts at the latest rate effective on
 * or before its start. One rate per currency and date.
 */
export const x_itvc_value_exchange_rate = Table({
    name: 'x_itvc_value_exchange_rate',
    label: 'Exchange Rate',
    display: 'currency',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: true,
    schema: {
        currency: StringColumn({ label: 'Currency', maxLength: 3, mandatory: true }),
        rate: DecimalColumn({ label: 'Rate to functional currency', scale: 6, mandatory: true }),
        effective_date: DateColumn({ label: 'Effective date', mandatory: true }),
    },
    index: [{ name: 'idx_exchange_rate_unique', unique: true, element: ['currency', 'effective_date'] }],
})

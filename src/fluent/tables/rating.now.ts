import '@servicenow/sdk/global'
import { DecimalColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One assessor's rating of one demand on one criterion (several assessors' ratings of a criterion average). Saving,
 * changing or deleting a rating re-scores its demand (src/server/entry/rating-rules.ts).
 */
export const x_itvc_value_rating = Table({
    name: 'x_itvc_value_rating',
    label: 'Demand Rating',
    display: 'criterion',
    audit: true,
    accessibleFrom: 'package_private',
    actions: ['read'],
    allowWebServiceAccess: true,
    schema: {
        demand: ReferenceColumn({
            label: 'Demand',
            referenceTable: 'dmn_demand',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        criterion: ReferenceColumn({
            label: 'Criterion',
            referenceTable: 'x_itvc_value_criterion',
            mandatory: true,
            cascadeRule: 'delete',
        }),
        assessor: ReferenceColumn({ label: 'Rated by', referenceTable: 'sys_user' }),
        value: DecimalColumn({ label: 'Rating', scale: 2, mandatory: true }),
        comment: StringColumn({ label: 'Comment', maxLength: 1000 }),
    },
    index: [{ name: 'idx_rating_demand', unique: false, element: 'demand' }],
})

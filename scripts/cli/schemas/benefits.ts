/**
 * Benefits as the Table API sends them (src/fluent/tables/benefit.now.ts, benefit-period.now.ts), coerced at the
 * edge: amounts to numbers, dates checked, references to sys_ids.
 */
import { z } from 'zod'
import type { TableSpec } from '../http/query.ts'
import { snDate, snDateTime, snNumber, snOptionalString, snReference, snString } from './wire.ts'

/** One benefit row. */
export const BenefitRow = z.object({
    sys_id: snString,
    number: snString,
    short_description: snString,
    demand: snReference,
    project: snReference,
    type: snOptionalString,
    category: snOptionalString,
    perspective: snOptionalString,
    owner: snReference,
    measure: snOptionalString,
    measurement_method: snOptionalString,
    state: snOptionalString,
    currency: snOptionalString,
    granularity: snOptionalString,
    start_date: snDate,
    end_date: snDate,
    planned_total: snNumber,
    realised_total: snNumber,
    planned_to_date: snNumber,
    realisation_pct: snNumber,
    variance: snNumber,
    sys_created_on: snDateTime,
    sys_updated_on: snDateTime,
})
/** One benefit row, coerced. */
export type BenefitRow = z.infer<typeof BenefitRow>

/** The fields a benefit export asks for, in column order. */
export const BENEFIT_FIELDS = Object.keys(BenefitRow.shape) as readonly (keyof BenefitRow)[]

/** The benefit table. */
export const BENEFIT_TABLE: TableSpec = { name: 'x_itvc_value_benefit', fields: BENEFIT_FIELDS }

/** The benefit period table (the actuals land here). */
export const BENEFIT_PERIOD_TABLE: TableSpec = {
    name: 'x_itvc_value_benefit_period',
    fields: [
        'benefit',
        'period_label',
        'period_start',
        'period_end',
        'planned_amount',
        'realised_amount',
        'planned_functional',
        'realised_functional',
        'rate',
        'rate_date',
        'measured_by',
        'measured_at',
        'evidence',
        'overdue_notified_on',
    ],
}

/** Projects (looked up by number for `--project`). */
export const PROJECT_TABLE: TableSpec = {
    name: 'pm_project',
    fields: ['number', 'short_description', 'primary_portfolio', 'demand', 'state'],
}

/** Portfolios (looked up by name for `--portfolio`). */
export const PORTFOLIO_TABLE: TableSpec = { name: 'pm_portfolio', fields: ['name', 'description', 'active'] }

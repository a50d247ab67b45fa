/**
 * The records behind a scorecard value, for the page's links (README "The scorecard page"): the table and encoded
 * query of the source the metric is computed from, for the same period, dimension key and as-of date, so the
 * platform's list view shows exactly the records the roll-up read. A count metric's list holds as many rows as its
 * value; a sum's list holds the records summed; a ratio or an average links to its denominator (the population the
 * percentage or mean is taken over).
 */
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import type { MetricKey } from './metrics.ts'
import { isMetricKey, metricAppliesTo } from './metrics.ts'
import type { Dimension, RecordsQuery, SourceContext, SourceId } from './sources.ts'
import { sourceRecords } from './sources.ts'

/** How the records relate to the value: counted (the value is their number), summed, or the population of a ratio. */
export type RecordsBasis = 'count' | 'sum' | 'population'

/** The records behind a value, and how they relate to it. */
export interface MetricRecords extends RecordsQuery {
    readonly basis: RecordsBasis
}

const RECORD_SOURCES: { readonly [k in MetricKey]: { readonly source: SourceId; readonly basis: RecordsBasis } } = {
    realised_benefit: { source: 'benefits_ending', basis: 'sum' },
    planned_benefit: { source: 'benefits_ending', basis: 'sum' },
    benefit_realisation_pct: { source: 'benefits_due', basis: 'population' },
    cost_avoided: { source: 'benefits_cost_avoided', basis: 'sum' },
    incident_impact_cost: { source: 'incidents_opened_tagged', basis: 'sum' },
    business_impacting_incidents: { source: 'incidents_opened_tagged', basis: 'count' },
    revenue_at_risk: { source: 'incidents_opened_tagged', basis: 'sum' },
    users_affected: { source: 'incidents_opened_tagged', basis: 'sum' },
    p1_p2_incidents: { source: 'incidents_opened_p1_p2', basis: 'count' },
    value_tagging_coverage_pct: { source: 'incidents_resolved', basis: 'population' },
    mttr_hours: { source: 'incidents_resolved_tagged', basis: 'population' },
    demand_lead_time_days: { source: 'demands_approved', basis: 'population' },
    demands_scored_pct: { source: 'demands_opened', basis: 'population' },
    projects_with_benefit_plan_pct: { source: 'projects_in_flight', basis: 'population' },
    benefit_actuals_on_time_pct: { source: 'actuals_due', basis: 'population' },
}

/**
 * The source whose records are behind a metric's value, and how they relate to it.
 * @example metricRecordsSource('value_tagging_coverage_pct') //=> { source: 'incidents_resolved', basis: 'population' }
 */
export function metricRecordsSource(key: MetricKey): { readonly source: SourceId; readonly basis: RecordsBasis } {
    return RECORD_SOURCES[key]
}

/** What the records of a period depend on besides the period and key. */
export interface RecordsContext {
    /** The as-of date of the run that computed the value (benefit periods due, actuals past their grace). */
    readonly asOf: IsoDate
    readonly graceDays: number
    readonly fiscal: SourceContext['fiscal']
}

/**
 * The records behind a metric's value in a period for one dimension key (`''` for `all`); `null` for a key without
 * a computation, a metric that does not apply to the dimension, or a period whose records cannot exist yet.
 * @example metricRecords('business_impacting_incidents', month, 'value_category', 'revenue', context)
 * //=> { table: 'incident', basis: 'count', query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^
 * //     x_itvc_value_value_categoryISNOTEMPTY^state!=8^x_itvc_value_value_category=revenue' }
 */
export function metricRecords(
    key: string,
    period: FiscalPeriod,
    dimension: Dimension,
    dimensionKey: string,
    context: RecordsContext
): MetricRecords | null {
    if (!isMetricKey(key) || !metricAppliesTo(key, dimension)) return null
    const { source, basis } = RECORD_SOURCES[key]
    const found = sourceRecords(source, period, dimension, dimensionKey, context)
    return found === null ? null : { table: found.table, query: found.query, basis }
}

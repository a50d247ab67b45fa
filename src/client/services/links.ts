/**
 * Links from a number to the records behind it: the platform's list view (`/<table>_list.do?sysparm_query=…`)
 * or a record's form (`/<table>.do?sys_id=…`). Queries are encoded queries, as the list view's filter shows them.
 */
import type { RecordsRef } from './api.ts'

/**
 * The list view URL of a table filtered by an encoded query.
 * @example listUrl({ table: 'x_itvc_value_benefit', query: 'state=at_risk' })
 * //=> '/x_itvc_value_benefit_list.do?sysparm_query=state%3Dat_risk'
 */
export function listUrl(ref: RecordsRef): string {
    const q = new URLSearchParams()
    if (ref.query !== '') q.set('sysparm_query', ref.query)
    const s = q.toString()
    return `/${ref.table}_list.do${s === '' ? '' : `?${s}`}`
}

/**
 * The form URL of one record.
 * @example recordUrl('dmn_demand', 'abc') //=> '/dmn_demand.do?sys_id=abc'
 */
export function recordUrl(table: string, sysId: string): string {
    return `/${table}.do?sys_id=${encodeURIComponent(sysId)}`
}

/** Encoded-query values may not contain the `^` separator. */
function clean(value: string): string {
    return value.replace(/\^/g, '')
}

/**
 * The scorecard entry behind a metric's value for a period and dimension key.
 * @example scorecardEntriesRef('roi', 'FY2027-Q1', 'all', '').query
 * //=> 'metric.key=roi^scorecard.period_label=FY2027-Q1^scorecard.dimension=all'
 */
export function scorecardEntriesRef(metric: string, period: string, dimension: string, key: string): RecordsRef {
    const terms = [
        `metric.key=${clean(metric)}`,
        `scorecard.period_label=${clean(period)}`,
        `scorecard.dimension=${clean(dimension)}`,
    ]
    if (dimension !== 'all' && key !== '') terms.push(`scorecard.dimension_key=${clean(key)}`)
    return { table: 'x_itvc_value_scorecard_entry', query: terms.join('^') }
}

/**
 * The catalog record of a metric (where its target is set).
 * @example metricRef('roi').query //=> 'key=roi'
 */
export function metricRef(metric: string): RecordsRef {
    return { table: 'x_itvc_value_metric', query: `key=${clean(metric)}` }
}

/**
 * The benefit periods of a project or portfolio in one fiscal period.
 * @example benefitPeriodsRef('project', 'p1', 'FY2027-M01').query //=> 'benefit.project=p1^period_label=FY2027-M01'
 */
export function benefitPeriodsRef(scope: 'project' | 'portfolio', sysId: string, period: string): RecordsRef {
    const owner =
        scope === 'project' ? `benefit.project=${clean(sysId)}` : `benefit.project.primary_portfolio=${clean(sysId)}`
    return { table: 'x_itvc_value_benefit_period', query: `${owner}^period_label=${clean(period)}` }
}

/**
 * The score history of a demand (every score change with its breakdown), newest first.
 * @example demandScoresRef('d1').query //=> 'demand=d1^ORDERBYDESCchanged_at'
 */
export function demandScoresRef(demandSysId: string): RecordsRef {
    return { table: 'x_itvc_value_score_history', query: `demand=${clean(demandSysId)}^ORDERBYDESCchanged_at` }
}

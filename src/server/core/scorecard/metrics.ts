/**
 * How each catalog metric is computed from the sources' aggregates, and which dimensions it applies to. A metric
 * whose key is not listed here has no computation; one that does not apply to a dimension is "n/a" there and gets
 * no entry. Values: currency in the functional currency with 2 decimals, percentages with 2 decimals (half away
 * from zero), hours and days with 2 decimals, counts as integers; `null` means "no data".
 */
import { percentOf } from '../benefits/percent.ts'
import type { PeriodType } from '../fiscal/calendar.ts'
import type { Cents } from '../money.ts'
import { parseCents, toCents } from '../money.ts'
import type { AggregateField, AggregateRow, Dimension, SourceId } from './sources.ts'
import { aggregateName, SCORECARD_FIELDS, sourceAppliesTo } from './sources.ts'

/**
 * The metric keys the app can compute, in catalog order.
 * @example METRIC_KEYS.length //=> 15
 */
export const METRIC_KEYS = [
    'realised_benefit',
    'planned_benefit',
    'benefit_realisation_pct',
    'cost_avoided',
    'incident_impact_cost',
    'business_impacting_incidents',
    'revenue_at_risk',
    'users_affected',
    'p1_p2_incidents',
    'value_tagging_coverage_pct',
    'mttr_hours',
    'demand_lead_time_days',
    'demands_scored_pct',
    'projects_with_benefit_plan_pct',
    'benefit_actuals_on_time_pct',
] as const

/** A computable metric key. */
export type MetricKey = (typeof METRIC_KEYS)[number]

/** The aggregates of one source for one dimension key. A source without a row for the key reads as empty. */
export interface KeyReadings {
    /** COUNT of the source's records (0 when the key has no row). */
    count(source: SourceId): number
    /** SUM of a currency column in cents; `null` when the sum is empty. */
    sumCents(source: SourceId, field: string): Cents | null
    /** SUM of a number column; `null` when the sum is empty. */
    sum(source: SourceId, field: string): number | null
    /** AVG of a number column; `null` when there was nothing to average. */
    avg(source: SourceId, field: string): number | null
}

interface Computation {
    readonly sources: readonly SourceId[]
    /** A sum over the period (its target is per month and scales with the period); else a ratio or an average. */
    readonly additive?: true
    readonly compute: (r: KeyReadings) => number | null
}

const INC = SCORECARD_FIELDS.incident
const DMN = SCORECARD_FIELDS.demand
const BEN = SCORECARD_FIELDS.benefitPeriod

/** Cents as a currency value (2 decimals). */
function money(cents: Cents | null): number | null {
    return cents === null ? null : cents / 100
}

/** A number rounded to 2 decimals, half away from zero. */
function round2(n: number | null): number | null {
    return n === null ? null : toCents(n) / 100
}

/** A sum over benefit periods: no data when there are no periods, 0 when none is measured. */
function periodSum(r: KeyReadings, source: SourceId, field: string): number | null {
    return r.count(source) === 0 ? null : money(r.sumCents(source, field) ?? 0)
}

const COMPUTATIONS: { readonly [k in MetricKey]: Computation } = {
    realised_benefit: {
        additive: true,
        sources: ['benefits_ending'],
        compute: (r) => periodSum(r, 'benefits_ending', BEN.realised),
    },
    planned_benefit: {
        additive: true,
        sources: ['benefits_ending'],
        compute: (r) => periodSum(r, 'benefits_ending', BEN.planned),
    },
    benefit_realisation_pct: {
        sources: ['benefits_due'],
        compute: (r) =>
            percentOf(r.sumCents('benefits_due', BEN.realised) ?? 0, r.sumCents('benefits_due', BEN.planned) ?? 0),
    },
    cost_avoided: {
        additive: true,
        sources: ['benefits_cost_avoided'],
        compute: (r) => periodSum(r, 'benefits_cost_avoided', BEN.realised),
    },
    incident_impact_cost: {
        additive: true,
        sources: ['incidents_opened_tagged'],
        compute: (r) => money(r.sumCents('incidents_opened_tagged', INC.impactCost) ?? 0),
    },
    business_impacting_incidents: {
        additive: true,
        sources: ['incidents_opened_tagged'],
        compute: (r) => r.count('incidents_opened_tagged'),
    },
    revenue_at_risk: {
        additive: true,
        sources: ['incidents_opened_tagged'],
        compute: (r) => money(r.sumCents('incidents_opened_tagged', INC.revenueAtRisk) ?? 0),
    },
    users_affected: {
        additive: true,
        sources: ['incidents_opened_tagged'],
        compute: (r) => r.sum('incidents_opened_tagged', INC.usersAffected) ?? 0,
    },
    p1_p2_incidents: {
        additive: true,
        sources: ['incidents_opened_p1_p2'],
        compute: (r) => r.count('incidents_opened_p1_p2'),
    },
    value_tagging_coverage_pct: {
        sources: ['incidents_resolved_tagged', 'incidents_resolved'],
        compute: (r) => percentOf(r.count('incidents_resolved_tagged'), r.count('incidents_resolved')),
    },
    mttr_hours: {
        sources: ['incidents_resolved_tagged'],
        compute: (r) => {
            const minutes = r.avg('incidents_resolved_tagged', INC.outageMinutes)
            return minutes === null ? null : round2(minutes / 60)
        },
    },
    demand_lead_time_days: {
        sources: ['demands_approved'],
        compute: (r) => round2(r.avg('demands_approved', DMN.leadTimeDays)),
    },
    demands_scored_pct: {
        sources: ['demands_opened_scored', 'demands_opened'],
        compute: (r) => percentOf(r.count('demands_opened_scored'), r.count('demands_opened')),
    },
    projects_with_benefit_plan_pct: {
        sources: ['projects_in_flight_planned', 'projects_in_flight'],
        compute: (r) => percentOf(r.count('projects_in_flight_planned'), r.count('projects_in_flight')),
    },
    benefit_actuals_on_time_pct: {
        sources: ['actuals_on_time', 'actuals_due'],
        compute: (r) => percentOf(r.count('actuals_on_time'), r.count('actuals_due')),
    },
}

/** Fiscal months per period type. */
const MONTHS: { readonly [t in PeriodType]: number } = { month: 1, quarter: 3, year: 12 }

/**
 * Whether a metric adds up over time (a sum or count: its catalog target is per fiscal month) rather than being a
 * ratio or an average (its target holds for any period).
 * @example isAdditive('p1_p2_incidents') //=> true
 * @example isAdditive('mttr_hours') //=> false
 */
export function isAdditive(key: MetricKey): boolean {
    return COMPUTATIONS[key].additive === true
}

/**
 * The target a period is judged against: an additive metric's monthly target times the fiscal months of the period
 * (3 for a quarter, 12 for a year; 2 decimals), any other metric's target as it is; `null` without a target.
 * @example periodTarget('p1_p2_incidents', 10, 'quarter') //=> 30
 * @example periodTarget('mttr_hours', 4, 'year') //=> 4
 */
export function periodTarget(key: MetricKey, target: number | null, type: PeriodType): number | null {
    if (target === null || !isAdditive(key)) return target
    return toCents(target * MONTHS[type]) / 100
}

/**
 * Whether a key has a computation.
 * @example isMetricKey('mttr_hours') //=> true
 * @example isMetricKey('nps') //=> false
 */
export function isMetricKey(key: string): key is MetricKey {
    return (METRIC_KEYS as readonly string[]).includes(key)
}

/**
 * Whether a metric applies to a dimension: every source it reads can be cut by it. Incident metrics apply to
 * all, business_service and value_category (tagging coverage not to value_category: an untagged incident has
 * none); demand, project and benefit metrics to all and portfolio.
 * @example metricAppliesTo('p1_p2_incidents', 'portfolio') //=> false
 * @example metricAppliesTo('value_tagging_coverage_pct', 'value_category') //=> false
 */
export function metricAppliesTo(key: MetricKey, dimension: Dimension): boolean {
    return COMPUTATIONS[key].sources.every((s) => sourceAppliesTo(s, dimension))
}

/**
 * The dimensions a metric applies to, in {@link DIMENSIONS} order.
 * @example metricDimensions('realised_benefit') //=> ['all', 'portfolio']
 */
export function metricDimensions(key: MetricKey): Dimension[] {
    const all: Dimension[] = ['all', 'portfolio', 'business_service', 'value_category']
    return all.filter((d) => metricAppliesTo(key, d))
}

/**
 * The sources the given metrics need for a dimension (each once, in {@link SOURCE_IDS} order of first use).
 * @example sourcesFor(['p1_p2_incidents', 'business_impacting_incidents'], 'all')
 * //=> ['incidents_opened_p1_p2', 'incidents_opened_tagged']
 */
export function sourcesFor(keys: readonly MetricKey[], dimension: Dimension): SourceId[] {
    const out: SourceId[] = []
    for (const key of keys) {
        if (!metricAppliesTo(key, dimension)) continue
        for (const s of COMPUTATIONS[key].sources) if (!out.includes(s)) out.push(s)
    }
    return out
}

/**
 * A metric's value from the readings of one dimension key; `null` is "no data".
 * @example computeMetric('value_tagging_coverage_pct', readingsOf(rows, '')) //=> 41.25
 */
export function computeMetric(key: MetricKey, readings: KeyReadings): number | null {
    return COMPUTATIONS[key].compute(readings)
}

/** Rows of each source, as the adapter returned them for one period and dimension. */
export type SourceRows = ReadonlyMap<SourceId, readonly AggregateRow[]>

function parseNumber(text: string | undefined): number | null {
    const t = (text ?? '').trim()
    if (t === '') return null
    const n = Number(t)
    return Number.isFinite(n) ? n : null
}

/**
 * The readings of one dimension key: the rows whose key matches (`''` for the `all` dimension), added up (a key can
 * have several rows when the dimension is read from alternative columns). Aggregates are read as Glide strings:
 * COUNT as an integer, SUM of money through {@link parseCents} (exact), SUM as a number, AVG as the COUNT-weighted
 * mean of the rows' averages.
 * @example readingsOf(new Map([['incidents_resolved', [{ key: '', label: '', values: { COUNT: '12' } }]]]), '')
 *     .count('incidents_resolved') //=> 12
 */
export function readingsOf(rows: SourceRows, key: string): KeyReadings {
    const values = (source: SourceId, aggregate: AggregateField): { text: string; count: number }[] =>
        (rows.get(source) ?? [])
            .filter((r) => r.key === key)
            .map((r) => ({
                text: (r.values[aggregateName(aggregate)] ?? '').trim(),
                count: parseNumber(r.values['COUNT']) ?? 1,
            }))
            .filter((v) => v.text !== '')
    const total = (list: readonly number[]): number | null => (list.length ? list.reduce((a, b) => a + b, 0) : null)
    return {
        count: (source) => Math.trunc(total(values(source, { fn: 'COUNT' }).map((v) => parseNumber(v.text) ?? 0)) ?? 0),
        sumCents: (source, field) =>
            total(
                values(source, { fn: 'SUM', field }).flatMap((v) => {
                    const parsed = parseCents(v.text)
                    return parsed.ok && parsed.value !== null ? [parsed.value] : []
                })
            ),
        sum: (source, field) =>
            total(values(source, { fn: 'SUM', field }).flatMap((v) => numberOrNone(parseNumber(v.text)))),
        avg: (source, field) => {
            const list = values(source, { fn: 'AVG', field }).flatMap((v) => {
                const n = parseNumber(v.text)
                return n === null ? [] : [{ n, w: v.count }]
            })
            const weight = list.reduce((a, b) => a + b.w, 0)
            return weight > 0 ? list.reduce((a, b) => a + b.n * b.w, 0) / weight : null
        },
    }
}

function numberOrNone(n: number | null): number[] {
    return n === null ? [] : [n]
}

/** A dimension key and its display label. */
export interface DimensionKey {
    readonly key: string
    readonly label: string
}

/**
 * The keys of a dimension found in the rows (of the period and, for trends, its previous period): `''` labelled
 * "All" for the `all` dimension; otherwise every non-empty group key, labelled from `labels` (else the first
 * non-empty label of its rows, else the key itself), sorted by label then key.
 * @example dimensionKeys('all', []) //=> [{ key: '', label: 'All' }]
 */
export function dimensionKeys(
    dimension: Dimension,
    rowSets: readonly SourceRows[],
    labels: ReadonlyMap<string, string> = new Map()
): DimensionKey[] {
    if (dimension === 'all') return [{ key: '', label: 'All' }]
    const found = new Map<string, string>()
    for (const rows of rowSets) {
        for (const list of rows.values()) {
            for (const row of list) {
                if (row.key === '') continue
                if (!found.get(row.key)) found.set(row.key, row.label)
            }
        }
    }
    return [...found.entries()]
        .map(([key, label]) => ({ key, label: labels.get(key) || label || key }))
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

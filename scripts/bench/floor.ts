/**
 * The floor of the nightly roll-up: the same aggregates the app's roll-up reads (its 14 sources, for the 4 periods
 * it computes and the 2 earlier periods it compares them with, cut by every dimension a source applies to), computed
 * by one hand-written SQL GROUP BY per source straight on the lab's SQLite file. No Glide, no lab, no writes.
 *
 * Each statement joins its table to the periods (a 6-row VALUES list) and groups by period and the finest
 * dimension columns (service × value category for incidents, portfolio otherwise); the `all` and per-dimension
 * totals are added up from those groups (COUNT and SUM add up, AVG is carried as SUM and COUNT). Metrics that read
 * the same source share its statement, so this is at most one GROUP BY per metric, and usually fewer.
 *
 * The filters mirror src/server/core/scorecard/sources.ts (a copy on purpose: the floor must not depend on the code
 * it is the floor of); `checkAgainstScorecards` compares the two.
 */
import type Database from 'better-sqlite3'
import { previousPeriod, type FiscalPeriod } from '../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../src/server/core/fiscal/config.ts'
import { addDays } from '../../src/server/core/fiscal/dates.ts'
import { nightlyPeriods } from '../../src/server/core/scorecard/plan.ts'

/** An aggregate of one source for one period, dimension and key. */
export interface FloorAggregate {
    count: number
    /** SUM per column. */
    readonly sums: Record<string, number>
    /** Non-empty values per column (the denominator of an AVG). */
    readonly counts: Record<string, number>
}

/** What the floor computed and what it cost. */
export interface FloorResult {
    readonly ms: number
    readonly statements: number
    readonly rowsReturned: number
    readonly perSource: readonly { readonly source: string; readonly ms: number; readonly rows: number }[]
    /** By `source|period|dimension|key`. */
    readonly aggregates: ReadonlyMap<string, FloorAggregate>
    readonly periods: readonly string[]
}

type Dim = 'all' | 'portfolio' | 'business_service' | 'value_category'

interface SourceSql {
    readonly source: string
    readonly sql: string
    /** Output columns holding the dimension keys, by dimension (absent: the source does not apply). */
    readonly dims: Partial<Record<Dim, string>>
    /** Output columns summed (and counted when non-empty). */
    readonly sums: readonly string[]
}

/** The periods the nightly roll-up computes (previous and current month and quarter) and the ones before them. */
export function rollupPeriods(asOf: string): FiscalPeriod[] {
    const run = nightlyPeriods(asOf, DEFAULT_FISCAL_CONFIG)
    const out = new Map<string, FiscalPeriod>()
    for (const p of run) {
        const before = previousPeriod(p, DEFAULT_FISCAL_CONFIG)
        if (before.ok) out.set(before.value.label, before.value)
        out.set(p.label, p)
    }
    return [...out.values()]
}

/** The 14 source statements. `:grace` is the measurement grace in days. */
function sources(graceDays: number): SourceSql[] {
    const incidentDims = { all: '', business_service: 's', value_category: 'c' }
    const tagged = `i."x_itvc_value_value_category" IS NOT NULL AND i."x_itvc_value_value_category" <> ''`
    const live = `IFNULL(i."state", -1) <> 8`
    const incident = (range: string, where: string, aggregates: string, byCategory = true): string =>
        `SELECT p.label AS label, i."business_service" AS s, ${byCategory ? 'i."x_itvc_value_value_category"' : 'NULL'} AS c, ` +
        `COUNT(*) AS n${aggregates} FROM "incident" i JOIN periods p ON i.${range} BETWEEN p.t0 AND p.t1 ` +
        `WHERE ${where} GROUP BY label, s, c`
    const demand = (range: string, where: string, aggregates: string): string =>
        `SELECT p.label AS label, d."portfolio" AS pf, COUNT(*) AS n${aggregates} FROM "dmn_demand" d ` +
        `JOIN periods p ON d.${range} BETWEEN p.t0 AND p.t1 WHERE ${where} GROUP BY label, pf`
    const project = (extra: string): string =>
        `SELECT p.label AS label, j."primary_portfolio" AS pf, COUNT(*) AS n FROM "pm_project" j JOIN periods p ` +
        `ON j."start_date" <= p.t1 AND (j."end_date" >= p.t0 OR j."end_date" IS NULL OR j."end_date" = '') ` +
        `WHERE IFNULL(j."state", -99) <> 7${extra} GROUP BY label, pf`
    const benefit = (upTo: 'd1' | 'due' | 'cutoff', where: string, aggregates: string): string =>
        `SELECT p.label AS label, COALESCE(NULLIF(pr."primary_portfolio", ''), NULLIF(dm."portfolio", '')) AS pf, ` +
        `COUNT(*) AS n${aggregates} FROM "x_itvc_value_benefit_period" bp ` +
        `JOIN periods p ON bp."period_end" >= p.d0 AND bp."period_end" <= p.${upTo} ` +
        `JOIN "x_itvc_value_benefit" b ON b."sys_id" = bp."benefit" ` +
        `LEFT JOIN "pm_project" pr ON pr."sys_id" = b."project" LEFT JOIN "dmn_demand" dm ON dm."sys_id" = b."demand" ` +
        `WHERE IFNULL(b."state", '') NOT IN ('draft', 'cancelled')${where} GROUP BY label, pf`
    const money = ` AND b."measure" = 'currency'`
    const benefitSums = `, SUM(bp."planned_functional") AS planned, COUNT(bp."planned_functional") AS planned__n, SUM(bp."realised_functional") AS realised, COUNT(bp."realised_functional") AS realised__n`
    const portfolio = { all: '', portfolio: 'pf' }
    return [
        {
            source: 'incidents_opened_tagged',
            sql: incident(
                '"opened_at"',
                `${tagged} AND ${live}`,
                `, SUM(i."x_itvc_value_revenue_at_risk") AS revenue, COUNT(i."x_itvc_value_revenue_at_risk") AS revenue__n, SUM(i."x_itvc_value_users_affected") AS users, COUNT(i."x_itvc_value_users_affected") AS users__n, SUM(i."x_itvc_value_impact_cost") AS cost, COUNT(i."x_itvc_value_impact_cost") AS cost__n`
            ),
            dims: incidentDims,
            sums: ['revenue', 'users', 'cost'],
        },
        {
            source: 'incidents_opened_p1_p2',
            sql: incident('"opened_at"', `i."priority" IN (1, 2) AND ${live}`, ''),
            dims: incidentDims,
            sums: [],
        },
        {
            source: 'incidents_resolved',
            sql: incident('"resolved_at"', live, '', false),
            dims: { all: '', business_service: 's' },
            sums: [],
        },
        {
            source: 'incidents_resolved_tagged',
            sql: incident(
                '"resolved_at"',
                `${tagged} AND ${live}`,
                `, SUM(i."x_itvc_value_outage_minutes") AS outage, COUNT(i."x_itvc_value_outage_minutes") AS outage__n`
            ),
            dims: incidentDims,
            sums: ['outage'],
        },
        {
            source: 'demands_approved',
            sql: demand(
                '"x_itvc_value_approved_at"',
                '1=1',
                `, SUM(d."x_itvc_value_lead_time_days") AS lead, COUNT(d."x_itvc_value_lead_time_days") AS lead__n`
            ),
            dims: portfolio,
            sums: ['lead'],
        },
        {
            source: 'demands_opened',
            sql: demand('"opened_at"', `IFNULL(d."state", -99) <> 1`, ''),
            dims: portfolio,
            sums: [],
        },
        {
            source: 'demands_opened_scored',
            sql: demand('"opened_at"', `IFNULL(d."state", -99) <> 1 AND d."x_itvc_value_score_status" = 'scored'`, ''),
            dims: portfolio,
            sums: [],
        },
        { source: 'projects_in_flight', sql: project(''), dims: portfolio, sums: [] },
        {
            source: 'projects_in_flight_planned',
            sql: project(` AND j."x_itvc_value_planned_benefit" > 0`),
            dims: portfolio,
            sums: [],
        },
        {
            source: 'benefits_ending',
            sql: benefit('d1', money, benefitSums),
            dims: portfolio,
            sums: ['planned', 'realised'],
        },
        {
            source: 'benefits_due',
            sql: benefit('due', money, benefitSums),
            dims: portfolio,
            sums: ['planned', 'realised'],
        },
        {
            source: 'benefits_cost_avoided',
            sql: benefit(
                'd1',
                `${money} AND b."type" = 'cost_avoidance'`,
                `, SUM(bp."realised_functional") AS realised, COUNT(bp."realised_functional") AS realised__n`
            ),
            dims: portfolio,
            sums: ['realised'],
        },
        { source: 'actuals_due', sql: benefit('cutoff', '', ''), dims: portfolio, sums: [] },
        {
            source: 'actuals_on_time',
            sql: benefit(
                'cutoff',
                ` AND bp."measured_at" IS NOT NULL AND bp."measured_at" <= date(bp."period_end", '+${Math.trunc(graceDays)} days') || ' 23:59:59'`,
                ''
            ),
            dims: portfolio,
            sums: [],
        },
    ]
}

function minDate(a: string, b: string): string {
    return a <= b ? a : b
}

/**
 * Computes the roll-up's aggregates with one GROUP BY per source.
 * @param sqlite - the lab database (read only)
 * @param asOf - the roll-up's as-of day ('yyyy-MM-dd')
 * @param graceDays - `x_itvc_value.measurement_grace_days`
 */
export function runFloor(sqlite: Database.Database, asOf: string, graceDays: number): FloorResult {
    const started = process.hrtime.bigint()
    const periods = rollupPeriods(asOf)
    const cutoff = addDays(asOf, -graceDays)
    const values = periods
        .map(
            (p) =>
                `('${p.label}', '${p.start}', '${p.end}', '${p.start} 00:00:00', '${p.end} 23:59:59', '${minDate(p.end, asOf)}', '${minDate(p.end, cutoff)}')`
        )
        .join(', ')
    const cte = `WITH periods(label, d0, d1, t0, t1, due, cutoff) AS (VALUES ${values}) `
    const aggregates = new Map<string, FloorAggregate>()
    const perSource: { source: string; ms: number; rows: number }[] = []
    let rowsReturned = 0
    for (const s of sources(graceDays)) {
        const t = process.hrtime.bigint()
        const rows = sqlite.prepare(cte + s.sql).all() as Record<string, string | number | null>[]
        rowsReturned += rows.length
        for (const row of rows) {
            for (const [dimension, column] of Object.entries(s.dims) as [Dim, string][]) {
                const key = column === '' ? '' : String(row[column] ?? '')
                const id = `${s.source}|${row['label']}|${dimension}|${key}`
                let agg = aggregates.get(id)
                if (!agg) {
                    agg = { count: 0, sums: {}, counts: {} }
                    aggregates.set(id, agg)
                }
                agg.count += Number(row['n'] ?? 0)
                for (const f of s.sums) {
                    agg.sums[f] = (agg.sums[f] ?? 0) + Number(row[f] ?? 0)
                    agg.counts[f] = (agg.counts[f] ?? 0) + Number(row[`${f}__n`] ?? 0)
                }
            }
        }
        perSource.push({ source: s.source, ms: Number(process.hrtime.bigint() - t) / 1e6, rows: rows.length })
    }
    return {
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        statements: perSource.length,
        rowsReturned,
        perSource,
        aggregates,
        periods: periods.map((p) => p.label),
    }
}

/** A metric value the floor can reproduce, from its aggregates (as the app's metric computations do). */
const CHECKS: Record<string, (get: (source: string) => FloorAggregate | undefined) => number | null> = {
    business_impacting_incidents: (get) => get('incidents_opened_tagged')?.count ?? 0,
    incident_impact_cost: (get) => round2(get('incidents_opened_tagged')?.sums['cost'] ?? 0),
    p1_p2_incidents: (get) => get('incidents_opened_p1_p2')?.count ?? 0,
    mttr_hours: (get) => {
        const a = get('incidents_resolved_tagged')
        const n = a?.counts['outage'] ?? 0
        return a && n ? round2((a.sums['outage'] ?? 0) / n / 60) : null
    },
    planned_benefit: (get) => {
        const a = get('benefits_ending')
        return a && a.count ? round2(a.sums['planned'] ?? 0) : null
    },
    realised_benefit: (get) => {
        const a = get('benefits_ending')
        return a && a.count ? round2(a.sums['realised'] ?? 0) : null
    },
    demand_lead_time_days: (get) => {
        const a = get('demands_approved')
        const n = a?.counts['lead'] ?? 0
        return a && n ? round2((a.sums['lead'] ?? 0) / n) : null
    },
}

function round2(n: number): number {
    return Math.round(n * 100) / 100
}

/** Result of comparing the floor with the scorecards the roll-up wrote. */
export interface FloorCheck {
    readonly compared: number
    readonly mismatches: readonly string[]
}

/**
 * Compares the floor with the scorecard entries the app's roll-up stored (the `all` dimension and every key of the
 * others, the run's periods, the metrics of {@link CHECKS}): the two must agree to the cent.
 */
export function checkAgainstScorecards(sqlite: Database.Database, floor: FloorResult): FloorCheck {
    const rows = sqlite
        .prepare(
            `SELECT s.period_label AS period, s.dimension AS dimension, IFNULL(s.dimension_key, '') AS key, m.key AS metric, e.value AS value ` +
                `FROM "x_itvc_value_scorecard_entry" e JOIN "x_itvc_value_snapshot" s ON s.sys_id = e.scorecard ` +
                `JOIN "x_itvc_value_metric" m ON m.sys_id = e.metric`
        )
        .all() as { period: string; dimension: string; key: string; metric: string; value: number | null }[]
    const mismatches: string[] = []
    let compared = 0
    for (const r of rows) {
        const check = CHECKS[r.metric]
        if (!check) continue
        const expected = check((source) => floor.aggregates.get(`${source}|${r.period}|${r.dimension}|${r.key}`))
        compared++
        const same = expected === null ? r.value === null : r.value !== null && Math.abs(r.value - expected) < 0.011
        if (!same && mismatches.length < 10) {
            mismatches.push(
                `${r.period} ${r.dimension} ${r.key || '(all)'} ${r.metric}: roll-up ${r.value}, floor ${expected}`
            )
        }
    }
    return { compared, mismatches }
}

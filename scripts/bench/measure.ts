/**
 * The bench's measurements, each run in its own process on a generated database (scripts/bench/worker.ts): the
 * nightly roll-up, its SQL floor, the scorecard API, the incident pricing rule and the re-scoring of open demands
 * after a model edit. Work is counted by the lab's instrumentation (`lab.runAs(...).stats`: queries, rows read,
 * rows written); a feature that is not installed yet is reported as unavailable, with the reason.
 */
import { serveLab } from '../lab/boot.ts'
import { LabDatabase, type WorkStats } from '../lab/db/database.ts'
import { GlideRecord, GlideRecordSecure } from '../lab/glide/index.ts'
import type { LabInstance } from '../lab/instance.ts'
import { DEMO_USERS } from '../seed/people.ts'
import { mulberry32, seedOf } from '../seed/sys-id.ts'
import { DEFAULT_MEASUREMENT_GRACE_DAYS } from '../../src/server/core/benefits/totals.ts'
import { PRICING_CONFIG_DEFAULTS } from '../../src/server/core/pricing/config.ts'
import { priceIncident, type PricingInput } from '../../src/server/core/pricing/price-incident.ts'
import { checkAgainstScorecards, rollupPeriods, runFloor } from './floor.ts'
import { BENCH_NOW, BENCH_SEED } from './sizes.ts'
import { unavailable } from './report.ts'
import { cpuSince, mappedMb, median, msSince, peakRssMb, percentile, round } from './stats.ts'

/** One measurement of one size. */
export interface Measurement {
    readonly name: MeasurementName
    readonly available: boolean
    /** Why it was not measured (a feature not installed yet). */
    readonly reason?: string
    /** Wall time (ms): the whole operation, or the median of a repeated one (see `details`). */
    readonly ms: number
    /** CPU time of the measuring process for the same work (ms): less sensitive than wall time to a busy machine. */
    readonly cpuMs: number
    readonly queries: number
    readonly rowsRead: number
    readonly rowsWritten: number
    /** Peak RSS of the measuring process (MB): lab + app installed + the operation, less the mapped database. */
    readonly peakRssMb: number
    /** File-backed resident pages at the end (MB): mostly the memory-mapped database file. */
    readonly mappedMb: number
    /** Largest result of a single query during the operation (rows). */
    readonly largestRead: number
    readonly details: Record<string, unknown>
}

export type MeasurementName = 'rollup' | 'floor' | 'pricing' | 'rescore' | 'scorecard_api' | 'trend_api'

export const JOBS = {
    rollup: 'IT Value: nightly scorecard roll-up',
    rollupWorker: 'IT Value: scorecard roll-up worker',
    scoringNightly: 'IT Value: nightly demand scoring',
    rescoreQueue: 'IT Value: re-score demands',
}

function addStats(into: WorkStats, add: WorkStats): void {
    into.queries += add.queries
    into.rowsRead += add.rowsRead
    into.rowsWritten += add.rowsWritten
}

/** Watches the largest single read of the lab's counted queries. */
function watchReads(lab: LabInstance): { largest: () => number; stop: () => void } {
    const db = lab.db
    const original = db.select
    let largest = 0
    db.select = function select(sql, params) {
        const rows = original.call(db, sql, params)
        if (rows.length > largest) largest = rows.length
        return rows
    }
    return {
        largest: () => largest,
        stop: () => {
            db.select = original
        },
    }
}

function hasJob(lab: LabInstance, name: string): boolean {
    return lab.jobs().some((j) => j.name === name)
}

function missingTables(lab: LabInstance, tables: readonly string[]): string[] {
    return tables.filter((t) => !lab.schema.hasTable(t))
}

function scalar(lab: LabInstance, sql: string, params: (string | number)[] = []): number {
    const row = lab.db.internal(sql, params)[0]
    return Number(row ? Object.values(row)[0] : 0)
}

const SCORECARD_TABLES = [
    'x_itvc_value_rollup_run',
    'x_itvc_value_snapshot',
    'x_itvc_value_scorecard_entry',
    'x_itvc_value_metric',
]

/** The nightly roll-up (all metrics, all dimensions, previous + current month and quarter), run as the job runs. */
export function measureRollup(lab: LabInstance): Measurement {
    const lacking = missingTables(lab, SCORECARD_TABLES)
    if (lacking.length || !hasJob(lab, JOBS.rollup)) {
        return unavailable(
            'rollup',
            `scorecard (issue 7) not installed: ${lacking.join(', ') || `job "${JOBS.rollup}"`}`
        )
    }
    const reads = watchReads(lab)
    const stats: WorkStats = { queries: 0, rowsRead: 0, rowsWritten: 0 }
    const start = process.hrtime.bigint()
    const cpu = process.cpuUsage()
    addStats(stats, lab.runJob(JOBS.rollup).stats)
    let invocations = 1
    // a run that ran out of budget stays queued: the worker continues it, as on the instance
    while (
        hasJob(lab, JOBS.rollupWorker) &&
        scalar(lab, `SELECT COUNT(*) FROM "x_itvc_value_rollup_run" WHERE state IN ('queued', 'running')`) > 0 &&
        invocations < 50
    ) {
        addStats(stats, lab.runJob(JOBS.rollupWorker).stats)
        invocations++
    }
    const ms = msSince(start)
    const cpuMs = cpuSince(cpu)
    reads.stop()
    const run = lab.db.internal(
        `SELECT state, chunks_total, chunks_done, entries_written, queries, errors FROM "x_itvc_value_rollup_run" ORDER BY sys_created_on DESC, number DESC LIMIT 1`
    )[0]
    return {
        name: 'rollup',
        available: true,
        ms,
        cpuMs,
        ...stats,
        peakRssMb: peakRssMb(),
        mappedMb: mappedMb(),
        largestRead: reads.largest(),
        details: {
            invocations,
            run,
            periods: rollupPeriods(BENCH_NOW.slice(0, 10)).map((p) => p.label),
            scorecards: scalar(lab, 'SELECT COUNT(*) FROM "x_itvc_value_snapshot"'),
            entries: scalar(lab, 'SELECT COUNT(*) FROM "x_itvc_value_scorecard_entry"'),
        },
    }
}

/**
 * The SQL floor of the roll-up, on its own connection with the lab's settings (a LabDatabase on the same file: same
 * page cache, memory map and indexes); checked against the scorecards the roll-up wrote.
 */
export function measureFloor(dbPath: string, graceDays: number): Measurement {
    const db = new LabDatabase(dbPath)
    const sqlite = db.sqlite
    try {
        const tables = ['incident', 'dmn_demand', 'pm_project', 'x_itvc_value_benefit', 'x_itvc_value_benefit_period']
        const have = new Set(
            (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
                (r) => r.name
            )
        )
        const lacking = tables.filter((t) => !have.has(t))
        if (lacking.length) return unavailable('floor', `tables not installed: ${lacking.join(', ')}`)
        const cpu = process.cpuUsage()
        const floor = runFloor(sqlite, BENCH_NOW.slice(0, 10), graceDays)
        const cpuMs = cpuSince(cpu)
        const check = SCORECARD_TABLES.every((t) => have.has(t))
            ? checkAgainstScorecards(sqlite, floor)
            : { compared: 0, mismatches: ['no scorecards to compare with'] }
        return {
            name: 'floor',
            available: true,
            ms: floor.ms,
            cpuMs,
            queries: floor.statements,
            rowsRead: floor.rowsReturned,
            rowsWritten: 0,
            peakRssMb: peakRssMb(),
            mappedMb: mappedMb(),
            largestRead: Math.max(...floor.perSource.map((s) => s.rows)),
            details: {
                perSource: floor.perSource.map((s) => ({ ...s, ms: round(s.ms) })),
                periods: floor.periods,
                check,
            },
        }
    } finally {
        db.close()
    }
}

function demoUser(lab: LabInstance, userName: string) {
    const user = lab.userByName(userName)
    if (!user) throw new Error(`no user ${userName} in the bench database`)
    return user
}

/** Open incidents with a service, in a deterministic random order. */
function sampleIncidents(lab: LabInstance, where: string, count: number, salt: string): string[] {
    const ids = lab.db
        .internal(`SELECT sys_id FROM "incident" WHERE ${where} ORDER BY sys_id LIMIT 200000`)
        .map((r) => String(r['sys_id']))
    const next = mulberry32(seedOf(`${BENCH_SEED}:${salt}`))
    for (let i = ids.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const t = ids[i] as string
        ids[i] = ids[j] as string
        ids[j] = t
    }
    return ids.slice(0, count)
}

/**
 * The incident pricing rule: `saves` saves of an open incident as the service desk agent (`itvc.tagger`, through
 * GlideRecordSecure as a form save), each its own transaction. Tagged saves set a value category and figures (the
 * rule prices them); baseline saves change the short description of other untagged incidents (the rule's filter
 * skips them), so the difference is what the rule costs. The pricing core (`priceIncident`, pure) is timed alone.
 */
export function measurePricing(lab: LabInstance, saves: number): Measurement {
    const category = 'x_itvc_value_value_category'
    if (!lab.schema.require('incident').columns.has(category)) {
        return unavailable('pricing', 'incident value columns (issue 4) not installed')
    }
    const tagger = demoUser(lab, 'itvc.tagger')
    const where = `active = 1 AND business_service IS NOT NULL AND ${category} IS NULL`
    // distinct incidents where the data set has enough open ones; otherwise each is saved several times (a save of
    // a tagged incident runs the same rule, a baseline save of an untagged one the same nothing)
    const ids = sampleIncidents(lab, where, saves * 2, 'pricing')
    if (ids.length < 2) return unavailable('pricing', `only ${ids.length} open untagged incidents`)
    const half = Math.floor(ids.length / 2)
    const taggedIds = Array.from({ length: saves }, (_, i) => ids[i % half] as string)
    const baselineIds = Array.from({ length: saves }, (_, i) => ids[half + (i % half)] as string)
    const next = mulberry32(seedOf(`${BENCH_SEED}:pricing:values`))
    const save = (id: string, values: Record<string, string>) => {
        const start = process.hrtime.bigint()
        const cpu = process.cpuUsage()
        const result = lab.runAs(tagger, () => {
            const gr = new GlideRecordSecure('incident')
            if (!gr.get(id)) throw new Error(`incident ${id} not readable by itvc.tagger`)
            for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
            return gr.update()
        })
        if (result.value === null) throw new Error(`save of incident ${id} refused: ${JSON.stringify(result.messages)}`)
        return { ms: msSince(start), cpuMs: cpuSince(cpu), stats: result.stats }
    }
    const reads = watchReads(lab)
    const categories = ['revenue', 'cost', 'customer', 'productivity', 'risk']
    const tagged = taggedIds.map((id, i) =>
        save(id, {
            [category]: categories[i % categories.length] as string,
            x_itvc_value_revenue_at_risk: (Math.round(next() * 500_000) / 100).toFixed(2),
            x_itvc_value_users_affected: String(1 + Math.floor(next() * 2000)),
            x_itvc_value_outage_minutes: String(5 + Math.floor(next() * 480)),
        })
    )
    const baseline = baselineIds.map((id, i) => save(id, { short_description: `bench edit ${i}` }))
    reads.stop()
    const distinct = [...new Set(taggedIds)]
    const priced = scalar(
        lab,
        `SELECT COUNT(*) FROM "incident" WHERE sys_id IN (${distinct.map(() => '?').join(',')}) AND x_itvc_value_impact_cost IS NOT NULL`,
        distinct
    )

    // the pricing core alone, on the inputs of the incidents just saved (with their service's profile)
    const inputs = pricingInputs(lab, taggedIds)
    const core: number[] = []
    for (let round = 0; round < 2; round++) {
        for (const input of inputs) {
            const start = process.hrtime.bigint()
            priceIncident(input, PRICING_CONFIG_DEFAULTS)
            if (round === 1) core.push(msSince(start))
        }
    }
    const q = (xs: { stats: WorkStats }[], f: keyof WorkStats) => median(xs.map((x) => x.stats[f]))
    return {
        name: 'pricing',
        available: true,
        ms: median(tagged.map((s) => s.ms)),
        cpuMs: median(tagged.map((s) => s.cpuMs)),
        queries: q(tagged, 'queries'),
        rowsRead: q(tagged, 'rowsRead'),
        rowsWritten: q(tagged, 'rowsWritten'),
        peakRssMb: peakRssMb(),
        mappedMb: mappedMb(),
        largestRead: reads.largest(),
        details: {
            saves,
            distinctIncidents: distinct.length,
            priced,
            taggedSave: summary(tagged.map((s) => s.ms)),
            baselineSave: summary(baseline.map((s) => s.ms)),
            ruleMsMedian: round(median(tagged.map((s) => s.ms)) - median(baseline.map((s) => s.ms))),
            ruleQueriesPerSave: q(tagged, 'queries') - q(baseline, 'queries'),
            saveQueries: { tagged: q(tagged, 'queries'), baseline: q(baseline, 'queries') },
            maxRuleQueries: Math.max(...tagged.map((s) => s.stats.queries)) - q(baseline, 'queries'),
            coreMs: summary(core),
        },
    }
}

function summary(values: readonly number[]): { median: number; p95: number; max: number } {
    return {
        median: round(median(values)),
        p95: round(percentile(values, 95)),
        max: round(Math.max(...values)),
    }
}

function pricingInputs(lab: LabInstance, ids: readonly string[]): PricingInput[] {
    const profiles = new Map(
        lab.db
            .internal('SELECT service, hourly_revenue, hourly_labour_cost FROM "x_itvc_value_service_profile"')
            .map((r) => [String(r['service']), r])
    )
    const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))
    return ids.map((id) => {
        const r = lab.db.internal('SELECT * FROM "incident" WHERE sys_id = ?', [id])[0] ?? {}
        const p = profiles.get(String(r['business_service']))
        return {
            revenueAtRisk: text(r['x_itvc_value_revenue_at_risk']),
            directCost: text(r['x_itvc_value_direct_cost']),
            usersAffected: text(r['x_itvc_value_users_affected']),
            productivityHoursLost: text(r['x_itvc_value_productivity_hours']),
            outageMinutes: text(r['x_itvc_value_outage_minutes']),
            state: text(r['state']),
            openedAt: text(r['opened_at']),
            resolvedAt: text(r['resolved_at']),
            profile: p
                ? { hourlyRevenue: text(p['hourly_revenue']), hourlyLabourCost: text(p['hourly_labour_cost']) }
                : null,
        }
    })
}

const SCORING_TABLES = ['x_itvc_value_scoring_model', 'x_itvc_value_criterion', 'x_itvc_value_rating']

function pendingModels(lab: LabInstance): number {
    return scalar(lab, 'SELECT COUNT(*) FROM "x_itvc_value_scoring_model" WHERE rescore_pending = 1')
}

/** Runs the re-score queue job until no model waits; returns the per-run stats and the wall time. */
function drainRescoreQueue(lab: LabInstance): { ms: number; cpuMs: number; runs: WorkStats[]; runMs: number[] } {
    const runs: WorkStats[] = []
    const runMs: number[] = []
    const start = process.hrtime.bigint()
    const cpu = process.cpuUsage()
    while (pendingModels(lab) > 0 && runs.length < 1000) {
        const t = process.hrtime.bigint()
        runs.push(lab.runJob(JOBS.rescoreQueue).stats)
        runMs.push(msSince(t))
    }
    return { ms: msSince(start), cpuMs: cpuSince(cpu), runs, runMs }
}

/**
 * Re-scoring after a model edit: an admin raises the weight of one criterion of every active model (the criterion
 * rule bumps the model's version and queues its re-score), then the re-score job runs, as scheduled, until no model
 * waits. That is measured. The generated demands carry ratings but no stored score yet, so every open demand's score
 * and rank change: the worst case of an edit (every demand written, one history row each).
 */
export function measureRescore(lab: LabInstance): Measurement {
    const lacking = missingTables(lab, SCORING_TABLES)
    if (lacking.length || !hasJob(lab, JOBS.rescoreQueue)) {
        return unavailable('rescore', `demand scoring (issue 5) not installed: ${lacking.join(', ') || 'its jobs'}`)
    }
    const open = scalar(
        lab,
        `SELECT COUNT(*) FROM "dmn_demand" WHERE active = 1 AND state NOT IN (7, 9) AND x_itvc_value_model IS NOT NULL`
    )
    const historyBefore = scalar(lab, 'SELECT COUNT(*) FROM "x_itvc_value_score_history"')

    const models = lab.db
        .internal(`SELECT sys_id FROM "x_itvc_value_scoring_model" WHERE active = 1 ORDER BY sys_id`)
        .map((r) => String(r['sys_id']))
    const edit = lab.runAs(demoUser(lab, 'itvc.admin'), () => {
        for (const model of models) {
            const c = new GlideRecord('x_itvc_value_criterion')
            c.addQuery('model', model)
            c.orderBy('order')
            c.setLimit(1)
            c.query()
            if (!c.next()) continue
            c.setValue('weight', String(Number(c.getValue('weight') ?? '1') + 1))
            c.update()
        }
    })
    const queued = pendingModels(lab)
    lab.settle()

    const reads = watchReads(lab)
    const drained = drainRescoreQueue(lab)
    reads.stop()
    const total: WorkStats = { queries: 0, rowsRead: 0, rowsWritten: 0 }
    for (const r of drained.runs) addStats(total, r)
    const batchSize = Number(lab.property('x_itvc_value.scoring.batch_size') || 500)
    const batchesPerRun = Number(lab.property('x_itvc_value.scoring.max_batches_per_run') || 20)
    const perModel = lab.db
        .internal(
            `SELECT x_itvc_value_model AS model, COUNT(*) AS n FROM "dmn_demand" WHERE active = 1 AND state NOT IN (7, 9) AND x_itvc_value_model IS NOT NULL GROUP BY x_itvc_value_model`
        )
        .map((r) => Number(r['n']))
    const batches = perModel.reduce((s, n) => s + Math.floor(n / batchSize) + 1, 0)
    return {
        name: 'rescore',
        available: true,
        ms: drained.ms,
        cpuMs: drained.cpuMs,
        ...total,
        peakRssMb: peakRssMb(),
        mappedMb: mappedMb(),
        largestRead: reads.largest(),
        details: {
            openDemands: open,
            models: models.length,
            modelsQueued: queued,
            editStats: edit.stats,
            jobRuns: drained.runs.length,
            batchSize,
            batchesPerRun,
            batches,
            perRun: {
                maxMs: round(Math.max(...drained.runMs)),
                maxQueries: Math.max(...drained.runs.map((r) => r.queries)),
                maxRowsRead: Math.max(...drained.runs.map((r) => r.rowsRead)),
                maxRowsWritten: Math.max(...drained.runs.map((r) => r.rowsWritten)),
            },
            perBatch: {
                queries: round(total.queries / batches),
                rowsRead: round(total.rowsRead / batches),
                rowsWritten: round(total.rowsWritten / batches),
            },
            historyRows: scalar(lab, 'SELECT COUNT(*) FROM "x_itvc_value_score_history"') - historyBefore,
            msPer1kDemands: round((drained.ms / Math.max(1, open)) * 1000),
        },
    }
}

interface Entry {
    readonly dimension: string
    readonly key: string
    readonly metric: string
}

/** Basic-auth header of a demo login. */
function basicAuth(userName: string): string {
    const u = DEMO_USERS.find((d) => d.userName === userName)
    if (!u) throw new Error(`no demo user ${userName}`)
    return `Basic ${Buffer.from(`${u.userName}:${u.password}`).toString('base64')}`
}

/**
 * GET /scorecard and /scorecard/trend as the viewer over HTTP (a served lab on a free port): `requests` measured
 * requests each (after 5 unmeasured ones), rotating over the dimensions and keys the roll-up wrote and, for the
 * trend, the metrics. Work per request is the lab's counters around it.
 */
export async function measureApi(lab: LabInstance, requests: number): Promise<Measurement[]> {
    const lacking = missingTables(lab, SCORECARD_TABLES)
    const months = rollupPeriods(BENCH_NOW.slice(0, 10)).filter((p) => p.type === 'month')
    const current = months[months.length - 1]?.label ?? ''
    // (dimension, key, metric) of every entry of the current month: the API's valid requests
    const entries = lacking.length
        ? []
        : lab.db
              .internal(
                  `SELECT DISTINCT s.dimension AS dimension, IFNULL(s.dimension_key, '') AS key, m.key AS metric ` +
                      `FROM "x_itvc_value_scorecard_entry" e JOIN "x_itvc_value_snapshot" s ON s.sys_id = e.scorecard ` +
                      `JOIN "x_itvc_value_metric" m ON m.sys_id = e.metric WHERE s.period_label = ? ORDER BY 1, 2, 3`,
                  [current]
              )
              .map((r) => ({ dimension: String(r['dimension']), key: String(r['key']), metric: String(r['metric']) }))
    if (!entries.length) {
        const reason = lacking.length ? 'scorecard (issue 7) not installed' : 'no scorecard rolled up'
        return [unavailable('scorecard_api', reason), unavailable('trend_api', reason)]
    }
    const cards = [...new Map(entries.map((e) => [`${e.dimension}|${e.key}`, e])).values()]
    const perspective = (e: { dimension: string; key: string }): string =>
        `dimension=${e.dimension}${e.key ? `&key=${encodeURIComponent(e.key)}` : ''}`
    const running = await serveLab(lab, 0)
    try {
        const auth = basicAuth('itvc.viewer')
        const measure = async (name: MeasurementName, path: (i: number) => string): Promise<Measurement> => {
            const times: number[] = []
            const cpus: number[] = []
            const work: WorkStats[] = []
            const statuses = new Map<number, number>()
            const reads = watchReads(lab)
            for (let i = -5; i < requests; i++) {
                const before = { ...lab.totals }
                const start = process.hrtime.bigint()
                const cpu = process.cpuUsage()
                const res = await fetch(`${running.url}${path(i + 5)}`, {
                    headers: { Authorization: auth, Accept: 'application/json' },
                })
                await res.text()
                const ms = msSince(start)
                const cpuMs = cpuSince(cpu)
                if (i < 0) continue
                cpus.push(cpuMs)
                statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
                times.push(ms)
                work.push({
                    queries: lab.totals.queries - before.queries,
                    rowsRead: lab.totals.rowsRead - before.rowsRead,
                    rowsWritten: lab.totals.rowsWritten - before.rowsWritten,
                })
            }
            reads.stop()
            return {
                name,
                available: true,
                ms: median(times),
                cpuMs: median(cpus),
                queries: median(work.map((w) => w.queries)),
                rowsRead: median(work.map((w) => w.rowsRead)),
                rowsWritten: median(work.map((w) => w.rowsWritten)),
                peakRssMb: peakRssMb(),
                mappedMb: mappedMb(),
                largestRead: reads.largest(),
                details: {
                    requests,
                    statuses: Object.fromEntries(statuses),
                    ms: summary(times),
                    maxQueries: Math.max(...work.map((w) => w.queries)),
                    example: path(0),
                },
            }
        }
        const scorecard = await measure(
            'scorecard_api',
            (i) => `/api/x_itvc_value/v1/scorecard?period=${current}&${perspective(cards[i % cards.length] as Entry)}`
        )
        const trend = await measure('trend_api', (i) => {
            const e = entries[i % entries.length] as Entry
            return `/api/x_itvc_value/v1/scorecard/trend?metric=${e.metric}&period_type=month&periods=12&to=${current}&${perspective(e)}`
        })
        return [scorecard, trend]
    } finally {
        await running.close()
    }
}

/** The measurement grace days the roll-up uses (its property, else the default). */
export function graceDays(lab: LabInstance): number {
    const v = Number(lab.property('x_itvc_value.measurement_grace_days'))
    return Number.isFinite(v) && v >= 0 && lab.property('x_itvc_value.measurement_grace_days') !== ''
        ? v
        : DEFAULT_MEASUREMENT_GRACE_DAYS
}

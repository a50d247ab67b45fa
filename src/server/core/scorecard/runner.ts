/**
 * The roll-up runner: computes a run's chunks in order within a budget (chunks and time per invocation), records
 * progress after every chunk, and leaves the run queued with its resume point when the budget runs out. Every
 * chunk replaces its period's scorecards of one dimension, so running a chunk twice (after an interruption) gives
 * the same scorecards, and other periods are never touched.
 */
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import { periodByLabel, previousPeriod } from '../fiscal/calendar.ts'
import type { FiscalConfig } from '../fiscal/config.ts'
import type { Metric } from './catalog.ts'
import type { ScorecardDraft } from './entries.ts'
import { scorecardEntry } from './entries.ts'
import type { GroupedSpec } from './groups.ts'
import { groupedSpec, rowsOfDimension } from './groups.ts'
import type { MetricKey, SourceRows } from './metrics.ts'
import {
    computeMetric,
    dimensionKeys,
    isMetricKey,
    metricAppliesTo,
    periodTarget,
    readingsOf,
    sourcesFor,
} from './metrics.ts'
import type { Chunk } from './plan.ts'
import { chunkPlan, chunkPoint, resumeIndex } from './plan.ts'
import type { RollupPorts, RollupRun } from './ports.ts'
import type { AggregateRow, Dimension, SourceContext, SourceId } from './sources.ts'

/** How much one invocation may do. */
export interface RollupBudget {
    /** Chunks per invocation; 0 = no limit. */
    readonly maxChunks: number
    /** Milliseconds per invocation; the first chunk always runs. 0 = no limit. */
    readonly maxMillis: number
}

/** What a run computes with. */
export interface RollupContext {
    /** The catalog (inactive metrics and metrics without a computation are skipped). */
    readonly metrics: readonly Metric[]
    readonly fiscal: FiscalConfig
    /** Grace days for benefit actuals (`x_itvc_value.measurement_grace_days`). */
    readonly graceDays: number
}

/** Most errors a run keeps. */
const MAX_ERRORS = 20

function withError(run: RollupRun, message: string): readonly string[] {
    return run.errors.includes(message) ? run.errors : [...run.errors, message].slice(-MAX_ERRORS)
}

/** The active metrics that have a computation; the others as errors. */
function usableMetrics(metrics: readonly Metric[]): { metrics: Metric[]; errors: string[] } {
    const errors = metrics
        .filter((m) => m.active && !isMetricKey(m.key))
        .map((m) => `SCORECARD.METRIC_UNKNOWN: metric "${m.key}" has no computation and was skipped`)
    return { metrics: metrics.filter((m) => m.active && isMetricKey(m.key)), errors }
}

/** A source's grouped read of one period: its spec and the groups, or `null` when nothing can match. */
type GroupedRead = { readonly spec: GroupedSpec; readonly rows: readonly AggregateRow[] } | null

/**
 * Reads the sources of one period and dimension: each source once per period and invocation, grouped by all its
 * dimensions' columns (groups.ts), whichever dimension asks first; the other dimensions add up the same groups.
 */
function reader(context: RollupContext, runAsOf: string, metrics: readonly Metric[], ports: RollupPorts) {
    const reads = new Map<string, GroupedRead>()
    const cache = new Map<string, SourceRows>()
    const keys = metrics.map((m) => m.key as MetricKey)
    const sourceContext: SourceContext = { asOf: runAsOf, graceDays: context.graceDays, fiscal: context.fiscal }
    const read = (source: SourceId, period: FiscalPeriod): GroupedRead => {
        const readKey = `${period.label}|${source}`
        const cached = reads.get(readKey)
        if (cached !== undefined) return cached
        const spec = groupedSpec(source, period, sourceContext)
        const result = spec ? { spec, rows: ports.source.aggregate(spec) } : null
        reads.set(readKey, result)
        return result
    }
    return (period: FiscalPeriod, dimension: Dimension): SourceRows => {
        const cacheKey = `${period.label}|${dimension}`
        const cached = cache.get(cacheKey)
        if (cached) return cached
        const rows = new Map<SourceId, readonly AggregateRow[]>()
        for (const source of sourcesFor(keys, dimension)) {
            const grouped = read(source, period)
            rows.set(source, grouped ? rowsOfDimension(grouped.spec, grouped.rows, dimension) : [])
        }
        cache.set(cacheKey, rows)
        return rows
    }
}

/** Computes one chunk's scorecards: every key of the dimension seen in the period or the previous one. */
function draftsOf(
    chunk: Chunk,
    period: FiscalPeriod,
    context: RollupContext,
    metrics: readonly Metric[],
    read: (period: FiscalPeriod, dimension: Dimension) => SourceRows,
    source: RollupPorts['source']
): ScorecardDraft[] {
    const previous = previousPeriod(period, context.fiscal)
    const now = read(period, chunk.dimension)
    const before: SourceRows = previous.ok ? read(previous.value, chunk.dimension) : new Map()
    const applicable = metrics.filter((m) => metricAppliesTo(m.key as MetricKey, chunk.dimension))
    const keys = dimensionKeys(chunk.dimension, [now, before])
    const labels =
        chunk.dimension === 'all' || keys.length === 0
            ? new Map<string, string>()
            : source.labels(
                  chunk.dimension,
                  keys.map((k) => k.key)
              )
    return dimensionKeys(chunk.dimension, [now, before], labels).map(({ key, label }) => {
        const current = readingsOf(now, key)
        const prior = readingsOf(before, key)
        const entries = applicable.map((m) => {
            const key = m.key as MetricKey
            const judged = { ...m, target: periodTarget(key, m.target, period.type) }
            return scorecardEntry(judged, computeMetric(key, current), computeMetric(key, prior))
        })
        return { key, label, entries }
    })
}

/**
 * Runs (or continues) a roll-up within a budget and returns the run as last saved. A complete or failed run is
 * returned as it is. The run is saved as running before the first chunk and after every chunk (resume point,
 * chunks done, entries written, queries), then as complete, or as queued when the budget ran out. An exception
 * in a chunk fails the run with the error and keeps the resume point at that chunk, so running it again retries
 * it; an unknown or inactive metric is skipped (unknown ones are reported as errors).
 * @example runRollup(queuedRun, context, ports, { maxChunks: 1, maxMillis: 0 }).state //=> 'queued' (1 of 8 chunks done)
 */
export function runRollup(run: RollupRun, context: RollupContext, ports: RollupPorts, budget: RollupBudget): RollupRun {
    if (run.state === 'complete' || run.state === 'failed') return run
    const plan = chunkPlan(run.periods, run.dimensions)
    const { clock, meter, store } = ports
    const began = clock.nowMillis()
    const queriesBefore = meter.count()
    const queriesNow = (): number => run.queries + (meter.count() - queriesBefore)
    let current: RollupRun = { ...run, state: 'running', started: run.started ?? clock.now(), chunksTotal: plan.length }
    const start = resumeIndex(plan, run.resumePoint)
    if (!start.ok) {
        current = {
            ...current,
            state: 'failed',
            finished: clock.now(),
            errors: withError(current, start.error.message),
        }
        store.saveRun(current)
        return current
    }
    const usable = usableMetrics(context.metrics)
    for (const e of usable.errors) current = { ...current, errors: withError(current, e) }
    store.saveRun(current)
    const read = reader(context, run.asOf, usable.metrics, ports)
    // An empty resume point after the last chunk: the run stopped before it was marked complete.
    const first = run.resumePoint === '' && run.chunksDone >= plan.length ? plan.length : start.value
    let done = 0
    for (let i = first; i < plan.length; i++) {
        if (budget.maxChunks > 0 && done >= budget.maxChunks) break
        if (done > 0 && budget.maxMillis > 0 && clock.nowMillis() - began >= budget.maxMillis) break
        const chunk = plan[i] as Chunk
        try {
            const period = periodByLabel(chunk.period, context.fiscal)
            if (!period.ok) throw new RangeError(period.error.message)
            const drafts = draftsOf(chunk, period.value, context, usable.metrics, read, ports.source)
            const written = store.replace({
                period: period.value,
                dimension: chunk.dimension,
                computedAt: clock.now(),
                runId: run.sysId,
                drafts,
                metrics: usable.metrics,
            })
            const next = plan[i + 1]
            current = {
                ...current,
                resumePoint: next ? chunkPoint(next) : '',
                chunksDone: i + 1,
                entriesWritten: current.entriesWritten + written,
                queries: queriesNow(),
            }
        } catch (e) {
            const message = `${chunkPoint(chunk)}: ${e instanceof Error ? e.message : String(e)}`
            ports.logger.error(`Scorecard roll-up ${run.sysId} failed at ${message}`)
            current = {
                ...current,
                state: 'failed',
                resumePoint: chunkPoint(chunk),
                finished: clock.now(),
                queries: queriesNow(),
                errors: withError(current, message),
            }
            store.saveRun(current)
            return current
        }
        store.saveRun(current)
        done++
    }
    const complete = current.chunksDone >= plan.length
    current = {
        ...current,
        state: complete ? 'complete' : 'queued',
        finished: complete ? clock.now() : null,
        queries: queriesNow(),
    }
    store.saveRun(current)
    ports.logger.info(
        `Scorecard roll-up ${run.sysId}: ${current.chunksDone}/${plan.length} chunks, ${current.entriesWritten} entries written, ${current.queries} queries, ${current.state}`
    )
    return current
}

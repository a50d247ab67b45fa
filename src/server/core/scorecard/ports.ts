/**
 * What the scorecard roll-up needs from the platform, shaped by the core (the adapters implement these with
 * Glide; core tests with plain fakes). Type-only.
 */
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import type { Metric } from './catalog.ts'
import type { ScorecardDraft } from './entries.ts'
import type { AggregateRow, AggregateSpec, Dimension } from './sources.ts'

/** Runs aggregates: one query per call, whatever the number of records it aggregates. */
export interface ScorecardSource {
    aggregate(spec: AggregateSpec): AggregateRow[]
    /** Display labels of a dimension's keys (at most one query); a key without a label is left out. */
    labels(dimension: Exclude<Dimension, 'all'>, keys: readonly string[]): ReadonlyMap<string, string>
}

/** The computed scorecards of one chunk (period × dimension), to store in place of the stored ones. */
export interface ChunkScorecards {
    readonly period: FiscalPeriod
    readonly dimension: Dimension
    /** UTC 'yyyy-MM-dd HH:mm:ss'. */
    readonly computedAt: string
    readonly runId: string
    readonly drafts: readonly ScorecardDraft[]
    /** The metrics the entries are of (for their sys_ids). */
    readonly metrics: readonly Metric[]
}

/** The states of a roll-up run (choice values). */
export type RunState = 'queued' | 'running' | 'complete' | 'failed'

/** What started a run (choice values). */
export type RunKind = 'nightly' | 'fiscal_year' | 'backfill'

/** A roll-up run (table `x_itvc_value_rollup_run`). */
export interface RollupRun {
    readonly sysId: string
    readonly kind: RunKind
    readonly state: RunState
    readonly fromPeriod: string
    readonly toPeriod: string
    /** Period labels, in the order they are computed. */
    readonly periods: readonly string[]
    readonly dimensions: readonly Dimension[]
    /** The date the run judges "due" benefit periods by; fixed when the run is created, so a resumed run agrees. */
    readonly asOf: IsoDate
    /** The next chunk (`FY2027-M01|portfolio`); '' before the first and after the last. */
    readonly resumePoint: string
    readonly chunksDone: number
    readonly chunksTotal: number
    readonly entriesWritten: number
    readonly queries: number
    readonly errors: readonly string[]
    /** UTC 'yyyy-MM-dd HH:mm:ss', or `null`. */
    readonly started: string | null
    readonly finished: string | null
}

/** Stores scorecards and runs. */
export interface ScorecardStore {
    /** Replaces the stored scorecards of the chunk's period and dimension; returns entries inserted or updated. */
    replace(chunk: ChunkScorecards): number
    /** Writes the run's progress. */
    saveRun(run: RollupRun): void
}

/** The clock: now as UTC 'yyyy-MM-dd HH:mm:ss' and as milliseconds (for the time budget). */
export interface RollupClock {
    now(): string
    nowMillis(): number
}

/** Counts the queries the adapters issued so far. */
export interface QueryMeter {
    count(): number
}

/** Scoped logging. */
export interface RollupLogger {
    info(message: string): void
    error(message: string): void
}

/** Everything a roll-up talks to. */
export interface RollupPorts {
    readonly source: ScorecardSource
    readonly store: ScorecardStore
    readonly clock: RollupClock
    readonly meter: QueryMeter
    readonly logger: RollupLogger
}

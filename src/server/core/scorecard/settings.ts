/**
 * The scorecard tunables, parsed from system property strings (Glide returns every property as a string). The
 * config adapter reads the properties named in `SCORECARD_PROPERTIES` and hands the raw strings here.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { DEFAULT_MAX_BACKFILL_PERIODS } from './plan.ts'

/** Validated scorecard settings. */
export interface ScorecardSettings {
    /** Chunks one job or worker invocation computes before it yields; 0 = no limit. */
    readonly maxChunksPerRun: number
    /** Seconds one invocation may spend before it yields (checked between chunks); 0 = no limit. */
    readonly timeBudgetSeconds: number
    /** A running run whose last progress is older than this is taken to be killed and is resumed. */
    readonly staleRunMinutes: number
    /** Most periods one back-fill may cover. */
    readonly maxBackfillPeriods: number
    /** Improving and worsening metrics listed in the monthly digest, each. */
    readonly digestTopMovers: number
}

/** Raw property values; empty or missing means "use the default". */
export interface ScorecardProps {
    readonly maxChunksPerRun?: string | null
    readonly timeBudgetSeconds?: string | null
    readonly staleRunMinutes?: string | null
    readonly maxBackfillPeriods?: string | null
    readonly digestTopMovers?: string | null
}

/** The system properties the config adapter reads, by `ScorecardProps` key. */
export const SCORECARD_PROPERTIES = {
    maxChunksPerRun: 'x_itvc_value.scorecard.max_chunks_per_run',
    timeBudgetSeconds: 'x_itvc_value.scorecard.time_budget_seconds',
    staleRunMinutes: 'x_itvc_value.scorecard.stale_run_minutes',
    maxBackfillPeriods: 'x_itvc_value.scorecard.max_backfill_periods',
    digestTopMovers: 'x_itvc_value.scorecard.digest_top_movers',
} as const

/** No chunk limit, 240 s, 30 min, 120 periods, 5 movers. */
export const DEFAULT_SCORECARD_SETTINGS: ScorecardSettings = {
    maxChunksPerRun: 0,
    timeBudgetSeconds: 240,
    staleRunMinutes: 30,
    maxBackfillPeriods: DEFAULT_MAX_BACKFILL_PERIODS,
    digestTopMovers: 5,
}

const LIMITS: { readonly [k in keyof ScorecardSettings]: { readonly min: number; readonly max: number } } = {
    maxChunksPerRun: { min: 0, max: 100000 },
    timeBudgetSeconds: { min: 0, max: 86400 },
    staleRunMinutes: { min: 1, max: 10080 },
    maxBackfillPeriods: { min: 1, max: 1000 },
    digestTopMovers: { min: 0, max: 50 },
}

/**
 * Parses the scorecard properties: whole numbers within their limits (trimmed; empty means default). A bad value
 * fails with `SCORECARD.CONFIG_INVALID` and the property name as `field`.
 * @example scorecardSettings({ maxChunksPerRun: '1' }).value.maxChunksPerRun //=> 1
 * @example scorecardSettings({ staleRunMinutes: '0' }) //=> { ok: false, error: { code: 'SCORECARD.CONFIG_INVALID', field: 'x_itvc_value.scorecard.stale_run_minutes', ... } }
 */
export function scorecardSettings(props: ScorecardProps): Result<ScorecardSettings> {
    const out: { -readonly [k in keyof ScorecardSettings]: number } = { ...DEFAULT_SCORECARD_SETTINGS }
    for (const key of Object.keys(LIMITS) as (keyof ScorecardSettings)[]) {
        const text = (props[key] ?? '').trim()
        if (text === '') continue
        const { min, max } = LIMITS[key]
        const n = Number(text)
        if (!/^\d+$/.test(text) || n < min || n > max) {
            const message = `${SCORECARD_PROPERTIES[key]} must be a whole number from ${min} to ${max}, not "${text}"`
            return fail('SCORECARD.CONFIG_INVALID', message, SCORECARD_PROPERTIES[key])
        }
        out[key] = n
    }
    return ok(out)
}

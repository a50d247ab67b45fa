/**
 * The scoring tunables, parsed from system property strings (Glide returns every property as a string). The config
 * adapter reads the properties named in `SCORING_PROPERTIES` and hands the raw strings here.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** Validated scoring settings. */
export interface ScoringConfig {
    /**
     * Demands re-scored per batch by the re-score job, 1–999. Its ratings are read in pieces of under 1,000 rows
     * (`demandsPerRatingRead`: 166 demands a read with 6 criteria).
     */
    readonly batchSize: number
    /** Batches one job run processes before it stops and leaves the rest to the next run, 1–1000. */
    readonly maxBatchesPerRun: number
    /** Most open demands one model ranks, 1–100000; the rest keep an empty rank (a warning is logged). */
    readonly maxRankedDemands: number
}

/** Raw property values; empty or missing means "use the default". */
export interface ScoringProps {
    readonly batchSize?: string | null
    readonly maxBatchesPerRun?: string | null
    readonly maxRankedDemands?: string | null
}

/**
 * The system properties the config adapter reads, by `ScoringProps` key.
 * @example SCORING_PROPERTIES.batchSize //=> 'x_itvc_value.scoring.batch_size'
 */
export const SCORING_PROPERTIES = {
    batchSize: 'x_itvc_value.scoring.batch_size',
    maxBatchesPerRun: 'x_itvc_value.scoring.max_batches_per_run',
    maxRankedDemands: 'x_itvc_value.scoring.max_ranked_demands',
} as const

/**
 * 500 demands per batch, 20 batches per run (10,000 demands), 20,000 ranked demands per model.
 * @example DEFAULT_SCORING_CONFIG.batchSize //=> 500
 */
export const DEFAULT_SCORING_CONFIG: ScoringConfig = {
    batchSize: 500,
    maxBatchesPerRun: 20,
    maxRankedDemands: 20000,
}

const LIMITS: { readonly [K in keyof ScoringConfig]: readonly [number, number] } = {
    batchSize: [1, 999],
    maxBatchesPerRun: [1, 1000],
    maxRankedDemands: [1, 100000],
}

/**
 * Parses the scoring properties (trimmed; empty means default). Each must be a whole number within its range; an
 * invalid value fails with `SCORING.CONFIG_INVALID` and the property name as `field`.
 * @example scoringConfig({ batchSize: '250' }) //=> { ok: true, value: { batchSize: 250, maxBatchesPerRun: 20, maxRankedDemands: 20000 } }
 * @example scoringConfig({ batchSize: '5000' })
 * //=> { ok: false, error: { code: 'SCORING.CONFIG_INVALID', field: 'x_itvc_value.scoring.batch_size',
 * //     message: 'x_itvc_value.scoring.batch_size must be a whole number from 1 to 999, not "5000"' } }
 */
export function scoringConfig(props: ScoringProps): Result<ScoringConfig> {
    const out: { -readonly [K in keyof ScoringConfig]: number } = { ...DEFAULT_SCORING_CONFIG }
    for (const key of Object.keys(LIMITS) as (keyof ScoringConfig)[]) {
        const raw = props[key]
        const text = typeof raw === 'string' ? raw.trim() : ''
        if (text === '') continue
        const [min, max] = LIMITS[key]
        const value = /^\d+$/.test(text) ? Number(text) : NaN
        if (!(value >= min && value <= max)) {
            const name = SCORING_PROPERTIES[key]
            return fail(
                'SCORING.CONFIG_INVALID',
                `${name} must be a whole number from ${min} to ${max}, not "${text}"`,
                name
            )
        }
        out[key] = value
    }
    return ok(out)
}

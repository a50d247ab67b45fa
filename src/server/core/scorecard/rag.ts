/**
 * Scorecard status (red, amber, green) and trend of a metric reading. Boundaries are compared as the decimals the
 * inputs print as, so 100 × 0.9 is 90, not 90.00000000000001, and a value exactly on a boundary gets the better status.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/**
 * Whether a higher or a lower value of a metric is better.
 * @example METRIC_DIRECTIONS.includes('lower_better') //=> true
 */
export const METRIC_DIRECTIONS = ['higher_better', 'lower_better'] as const

/** Whether a higher or a lower value of a metric is better. */
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number]

/** A metric's status against its target, or why there is none. */
export type RagStatus = 'green' | 'amber' | 'red' | 'no_target' | 'no_data'

/**
 * The tolerance, in percent of the target, used when none is given.
 * @example ragStatus({ value: 90, target: 100, direction: 'higher_better' }) // amber: within 10 % below the target
 */
export const DEFAULT_TOLERANCE_PERCENT = 10

/** One reading of a metric. A missing, `null` or non-finite number means "not there". */
export interface RagReading {
    readonly value: number | null | undefined
    readonly target: number | null | undefined
    readonly direction: MetricDirection
}

/** Options of {@link ragStatus}. */
export interface RagOptions {
    /** Width of the amber band in percent of |target|, 0 or more; `null` or absent: {@link DEFAULT_TOLERANCE_PERCENT}. */
    readonly tolerancePercent?: number | null
}

/**
 * The RAG status of a reading. Higher-better: green at ≥ target, amber at ≥ target − |target| × tolerance, else red;
 * lower-better mirrors it (green at ≤ target, amber at ≤ target + |target| × tolerance). Both boundaries are
 * inclusive. The band is measured from |target| so it always lies on the worse side, also for negative targets;
 * a target of 0 has no amber band. No target wins over no data.
 * @example ragStatus({ value: 90, target: 100, direction: 'higher_better' }) //=> { ok: true, value: 'amber' }
 * @example ragStatus({ value: 111, target: 100, direction: 'lower_better' }) //=> { ok: true, value: 'red' }
 * @example ragStatus({ value: null, target: 100, direction: 'higher_better' }) //=> { ok: true, value: 'no_data' }
 * @example ragStatus({ value: 1, target: 1, direction: 'higher_better' }, { tolerancePercent: -5 })
 * //=> { ok: false, error: { code: 'SCORECARD.TOLERANCE_INVALID', … } }
 */
export function ragStatus(reading: RagReading, options: RagOptions = {}): Result<RagStatus> {
    const tolerance = options.tolerancePercent ?? DEFAULT_TOLERANCE_PERCENT
    if (!Number.isFinite(tolerance) || tolerance < 0) {
        const message = `The tolerance must be a percentage of 0 or more, not ${tolerance}.`
        return fail('SCORECARD.TOLERANCE_INVALID', message, 'tolerance')
    }
    if (!METRIC_DIRECTIONS.includes(reading.direction)) {
        const message = `The direction must be higher_better or lower_better, not "${reading.direction}".`
        return fail('SCORECARD.DIRECTION_INVALID', message, 'direction')
    }
    const { value, target } = reading
    if (!isNumber(target)) return ok('no_target')
    if (!isNumber(value)) return ok('no_data')
    const places = decimalPlaces(target) + decimalPlaces(tolerance) + 2
    const band = (Math.abs(target) * tolerance) / 100
    if (reading.direction === 'higher_better') {
        if (value >= target) return ok('green')
        return ok(value >= roundTo(target - band, places) ? 'amber' : 'red')
    }
    if (value <= target) return ok('green')
    return ok(value <= roundTo(target + band, places) ? 'amber' : 'red')
}

/** Which way a value moved since the previous period. */
export type TrendMovement = 'up' | 'down' | 'flat'

/** Whether the move is good news, given the metric's direction. */
export type TrendJudgement = 'improving' | 'worsening' | 'flat'

/** A metric's move since the previous period; all `null` when either value is missing. */
export interface Trend {
    readonly movement: TrendMovement | null
    readonly judgement: TrendJudgement | null
    /** value − previous, as a decimal (0.3 − 0.1 is 0.2). */
    readonly delta: number | null
}

/** A value and the previous period's value of the same metric. */
export interface TrendReading {
    readonly value: number | null | undefined
    readonly previous: number | null | undefined
    readonly direction: MetricDirection
}

/**
 * The trend of a metric against the previous period: up, down or flat (exactly equal), judged improving or
 * worsening by the metric's direction.
 * @example trend({ value: 12, previous: 10, direction: 'lower_better' })
 * //=> { movement: 'up', judgement: 'worsening', delta: 2 }
 * @example trend({ value: 0.3, previous: 0.1, direction: 'higher_better' })
 * //=> { movement: 'up', judgement: 'improving', delta: 0.2 }
 * @example trend({ value: 5, previous: null, direction: 'higher_better' })
 * //=> { movement: null, judgement: null, delta: null }
 */
export function trend(reading: TrendReading): Trend {
    const { value, previous } = reading
    if (!isNumber(value) || !isNumber(previous)) return { movement: null, judgement: null, delta: null }
    const delta = roundTo(value - previous, Math.max(decimalPlaces(value), decimalPlaces(previous)))
    if (delta === 0) return { movement: 'flat', judgement: 'flat', delta: 0 }
    const movement = delta > 0 ? 'up' : 'down'
    const better = movement === 'up' ? reading.direction === 'higher_better' : reading.direction === 'lower_better'
    return { movement, judgement: better ? 'improving' : 'worsening', delta }
}

function isNumber(n: number | null | undefined): n is number {
    return typeof n === 'number' && Number.isFinite(n)
}

/** The number of decimals `n` prints with (1.5e-7 has 8). */
function decimalPlaces(n: number): number {
    const [mantissa = '', exponent = '0'] = String(n).split('e')
    const fraction = mantissa.split('.')[1] ?? ''
    return Math.max(0, fraction.length - Number(exponent))
}

/** Rounds away binary noise: the exact result of decimal arithmetic has at most `places` decimals. */
function roundTo(n: number, places: number): number {
    const rounded = Number(n.toFixed(Math.min(places, 100)))
    return rounded === 0 ? 0 : rounded
}

/**
 * The metric catalog (table `x_itvc_value_metric`): what a metric is called, which perspective it belongs to, how it
 * is judged and its target. Rows arrive as the strings Glide returns and are parsed here into typed metrics; how
 * each key is computed is in `metrics.ts`.
 */
import type { Perspective } from '../benefits/perspective.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { MetricDirection } from './rag.ts'
import { DEFAULT_TOLERANCE_PERCENT, METRIC_DIRECTIONS } from './rag.ts'

/**
 * The four balanced-scorecard perspectives, in display order (choice values).
 * @example PERSPECTIVES[0] //=> 'financial'
 */
export const PERSPECTIVES: readonly Perspective[] = ['financial', 'customer', 'internal_process', 'learning_growth']

/** Display labels of the perspectives. */
export const PERSPECTIVE_LABELS: { readonly [p in Perspective]: string } = {
    financial: 'Financial',
    customer: 'Customer',
    internal_process: 'Internal process',
    learning_growth: 'Learning & growth',
}

/**
 * The units a metric value is expressed in (choice values).
 * @example METRIC_UNITS.includes('percent') //=> true
 */
export const METRIC_UNITS = ['currency', 'percent', 'count', 'hours', 'days'] as const

/** The unit a metric value is expressed in. */
export type MetricUnit = (typeof METRIC_UNITS)[number]

/** One metric of the catalog. */
export interface Metric {
    /** sys_id of the catalog row. */
    readonly sysId: string
    /** Stable key that selects the computation, e.g. `realised_benefit`. */
    readonly key: string
    readonly name: string
    readonly perspective: Perspective
    readonly unit: MetricUnit
    readonly direction: MetricDirection
    /** `null`: no target (status `no_target`). */
    readonly target: number | null
    /** Width of the amber band, percent of |target|. */
    readonly tolerancePercent: number
    readonly active: boolean
    /** Display order within the perspective. */
    readonly order: number
    /** How the metric is computed (which records, which date decides the period). */
    readonly description: string
}

/** A catalog row as Glide returns it: strings, `null` for empty. */
export interface MetricRow {
    readonly sysId: string
    readonly key: string | null
    readonly name: string | null
    readonly perspective: string | null
    readonly unit: string | null
    readonly direction: string | null
    readonly target: string | null
    readonly tolerancePercent: string | null
    readonly active: string | null
    readonly order: string | null
    readonly description: string | null
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/

function text(value: string | null | undefined): string {
    return (value ?? '').trim()
}

function invalid(key: string, field: string, message: string): Result<Metric> {
    return fail('SCORECARD.METRIC_INVALID', `metric "${key}": ${message}`, field)
}

/**
 * Parses a catalog row. The key is lower-case snake case; perspective, unit and direction are choice values; an
 * empty target means "no target"; an empty tolerance means {@link DEFAULT_TOLERANCE_PERCENT}; booleans read
 * `'1'`/`'true'` as true. A bad value fails with `SCORECARD.METRIC_INVALID` and the column as `field`.
 * @example parseMetric({ sysId: 'a', key: 'p1_p2_incidents', name: 'P1/P2 incidents', perspective: 'customer',
 *     unit: 'count', direction: 'lower_better', target: '5', tolerancePercent: '', active: '1', order: '40',
 *     description: null }).ok //=> true
 * @example parseMetric({ ...row, direction: 'up' }) //=> { ok: false, error: { code: 'SCORECARD.METRIC_INVALID', field: 'direction', ... } }
 */
export function parseMetric(row: MetricRow): Result<Metric> {
    const key = text(row.key)
    if (!/^[a-z][a-z0-9_]{0,59}$/.test(key)) return invalid(key, 'key', 'the key must be lower-case snake case')
    const perspective = text(row.perspective) as Perspective
    if (!PERSPECTIVES.includes(perspective)) {
        return invalid(key, 'perspective', `unknown perspective "${row.perspective ?? ''}"`)
    }
    const unit = text(row.unit) as MetricUnit
    if (!METRIC_UNITS.includes(unit)) return invalid(key, 'unit', `unknown unit "${row.unit ?? ''}"`)
    const direction = text(row.direction) as MetricDirection
    if (!METRIC_DIRECTIONS.includes(direction)) {
        return invalid(
            key,
            'direction',
            `direction must be higher_better or lower_better, not "${row.direction ?? ''}"`
        )
    }
    const targetText = text(row.target)
    if (targetText !== '' && !NUMBER.test(targetText)) {
        return invalid(key, 'target', `the target "${targetText}" is not a number`)
    }
    const toleranceText = text(row.tolerancePercent)
    const tolerancePercent = toleranceText === '' ? DEFAULT_TOLERANCE_PERCENT : Number(toleranceText)
    if (toleranceText !== '' && (!NUMBER.test(toleranceText) || tolerancePercent < 0)) {
        return invalid(
            key,
            'amber_tolerance',
            `the amber tolerance "${toleranceText}" must be a percentage of 0 or more`
        )
    }
    const orderText = text(row.order)
    if (orderText !== '' && !/^-?\d+$/.test(orderText)) {
        return invalid(key, 'order', `the order "${orderText}" is not a whole number`)
    }
    return ok({
        sysId: row.sysId,
        key,
        name: text(row.name) || key,
        perspective,
        unit,
        direction,
        target: targetText === '' ? null : Number(targetText),
        tolerancePercent,
        active: ['1', 'true'].includes(text(row.active).toLowerCase()),
        order: orderText === '' ? 0 : Number(orderText),
        description: text(row.description),
    })
}

/**
 * Metrics in display order: by perspective ({@link PERSPECTIVES} order), then `order`, then key.
 * @example sortMetrics([customerMetric, financialMetric])[0].perspective //=> 'financial'
 */
export function sortMetrics<T extends Pick<Metric, 'perspective' | 'order' | 'key'>>(metrics: readonly T[]): T[] {
    return [...metrics].sort(
        (a, b) =>
            PERSPECTIVES.indexOf(a.perspective) - PERSPECTIVES.indexOf(b.perspective) ||
            a.order - b.order ||
            (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    )
}

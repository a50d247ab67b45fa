/**
 * The scorecard REST API's contract (README "The value scorecard"): request parameters parsed into typed requests
 * (expected failures as `Result`s with stable codes the handler maps to 400), and the response bodies built from
 * plain data. Field names are snake_case; numbers are numbers; date-times are ISO 8601 UTC (`…Z`); dates are
 * `yyyy-MM-dd`.
 */
import type { Perspective } from '../benefits/perspective.ts'
import type { FiscalPeriod, PeriodType } from '../fiscal/calendar.ts'
import { periodByLabel, periodContaining } from '../fiscal/calendar.ts'
import type { FiscalConfig } from '../fiscal/config.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { Metric, MetricUnit } from './catalog.ts'
import { PERSPECTIVE_LABELS, PERSPECTIVES, sortMetrics } from './catalog.ts'
import type { EntryValues } from './entries.ts'
import { backfillPeriods, parseDimensions, parsePeriodTypes, trendPeriods } from './plan.ts'
import type { RollupRun } from './ports.ts'
import type { MetricDirection, RagStatus, TrendJudgement, TrendMovement } from './rag.ts'
import type { MetricRecords } from './records.ts'
import { metricRecords } from './records.ts'
import type { Dimension } from './sources.ts'
import { DIMENSIONS } from './sources.ts'

/** Query parameters as the handler receives them (first value of each). */
export type QueryParams = Readonly<Record<string, string | undefined>>

/** A period as the API shows it. */
export interface PeriodView {
    readonly label: string
    readonly type: PeriodType
    readonly start: IsoDate
    readonly end: IsoDate
}

/** One metric of a scorecard. */
export interface MetricView {
    readonly key: string
    readonly name: string
    readonly unit: MetricUnit
    readonly direction: MetricDirection
    readonly description: string
    readonly value: number | null
    readonly target: number | null
    readonly status: RagStatus
    readonly previous: number | null
    readonly delta: number | null
    readonly trend: TrendMovement | null
    readonly judgement: TrendJudgement | null
    /**
     * The records behind the value (README "The scorecard page"): the table and encoded query of what the roll-up
     * read for this period and key; `basis` says how they relate to the value (count: as many as the value; sum: the
     * records summed; population: the denominator of a ratio or the records averaged). `null` when there are none.
     */
    readonly records: MetricRecords | null
    /**
     * The metric's last periods of the same type, dimension and key, oldest first, ending with the scorecard's
     * period; each point as in `GET /scorecard/trend` (`null` fields for a period never rolled up). Left out when
     * `history=0` was asked for.
     */
    readonly history?: readonly TrendPointView[]
}

/** `GET /scorecard` */
export interface ScorecardView {
    readonly period: PeriodView
    readonly dimension: Dimension
    /** `''` for `all`; `null` when no key was asked for (then `perspectives` is empty and `keys` lists them). */
    readonly key: string | null
    readonly label: string | null
    /** ISO 8601 UTC, or `null` without a scorecard. */
    readonly computed_at: string | null
    /** sys_id of the run that computed it. */
    readonly run: string | null
    /** The functional currency money values are in (`x_itvc_value.functional_currency`). */
    readonly currency: string
    /** Every key of the dimension with a scorecard in the period. */
    readonly keys: readonly { readonly key: string; readonly label: string }[]
    readonly perspectives: readonly {
        readonly perspective: Perspective
        readonly label: string
        readonly metrics: readonly MetricView[]
    }[]
}

/** One point of `GET /scorecard/trend`; every field but the period is `null` when the period was never computed. */
export interface TrendPointView {
    readonly period: string
    readonly start: IsoDate
    readonly end: IsoDate
    readonly value: number | null
    readonly target: number | null
    readonly status: RagStatus | null
    readonly previous: number | null
    readonly delta: number | null
    readonly trend: TrendMovement | null
    readonly judgement: TrendJudgement | null
    readonly computed_at: string | null
    /** The records behind the value, as in `GET /scorecard`; `null` when the period was never computed. */
    readonly records: MetricRecords | null
}

/** `GET /scorecard/trend` */
export interface TrendView {
    readonly metric: {
        readonly key: string
        readonly name: string
        readonly perspective: Perspective
        readonly unit: MetricUnit
        readonly direction: MetricDirection
        readonly target: number | null
        readonly description: string
    }
    readonly dimension: Dimension
    readonly key: string
    readonly label: string | null
    readonly period_type: PeriodType
    /** The functional currency money values are in. */
    readonly currency: string
    readonly points: readonly TrendPointView[]
}

/** `POST /scorecard/rollups` (202) and `GET /scorecard/rollups/{id}` */
export interface RunView {
    readonly sys_id: string
    readonly kind: RollupRun['kind']
    readonly state: RollupRun['state']
    readonly from_period: string
    readonly to_period: string
    readonly periods: readonly string[]
    readonly dimensions: readonly Dimension[]
    readonly as_of: IsoDate
    readonly chunks_total: number
    readonly chunks_done: number
    readonly resume_point: string
    readonly entries_written: number
    readonly queries: number
    readonly errors: readonly string[]
    readonly requested_by: string | null
    readonly started: string | null
    readonly finished: string | null
}

/**
 * A Glide UTC date-time as ISO 8601; `null` for empty.
 * @example isoUtc('2026-11-15 02:00:05') //=> '2026-11-15T02:00:05Z'
 */
export function isoUtc(glide: string | null | undefined): string | null {
    const t = (glide ?? '').trim()
    return t === '' ? null : `${t.replace(' ', 'T')}Z`
}

function periodView(p: FiscalPeriod): PeriodView {
    return { label: p.label, type: p.type, start: p.start, end: p.end }
}

function param(q: QueryParams, name: string): string {
    return (q[name] ?? '').trim()
}

function parseDimension(text: string): Result<Dimension> {
    if (text === '') return ok('all')
    const d = text.toLowerCase() as Dimension
    if (!DIMENSIONS.includes(d)) {
        return fail(
            'SCORECARD.DIMENSION_INVALID',
            `unknown dimension "${text}": use ${DIMENSIONS.join(', ')}`,
            'dimension'
        )
    }
    return ok(d)
}

/** What `GET /scorecard` asks for. */
export interface ScorecardRequest {
    readonly period: FiscalPeriod
    readonly dimension: Dimension
    /** `''` for `all`; `null` when a keyed dimension was asked for without a key. */
    readonly key: string | null
    /** The periods of each metric's `history`, oldest first, ending with `period`; empty for none (`history=0`). */
    readonly history: readonly FiscalPeriod[]
}

/** Periods of a metric's `history` in `GET /scorecard` when the request does not say (the page's sparklines). */
export const DEFAULT_HISTORY_PERIODS = 8

/** The most periods of history `GET /scorecard` gives per metric. */
export const MAX_HISTORY_PERIODS = 24

/**
 * The periods of a scorecard's history: the last `count` periods of `period`'s type ending with it (fewer at the
 * start of the calendar); none for 0. Fails with `SCORECARD.HISTORY_INVALID` unless `text` is a whole number from 0
 * to 24 (`''` is the default, 8).
 * @example historyPeriods('3', fiscalQuarter('FY2026-Q4'), '2026-11-15', config).value.map((p) => p.label)
 * //=> ['FY2026-Q2', 'FY2026-Q3', 'FY2026-Q4']
 */
export function historyPeriods(
    text: string,
    period: FiscalPeriod,
    today: IsoDate,
    fiscal: FiscalConfig
): Result<FiscalPeriod[]> {
    const t = text.trim()
    const count = t === '' ? DEFAULT_HISTORY_PERIODS : /^\d{1,2}$/.test(t) ? Number(t) : Number.NaN
    if (!Number.isInteger(count) || count < 0 || count > MAX_HISTORY_PERIODS) {
        return fail(
            'SCORECARD.HISTORY_INVALID',
            `history must be a whole number from 0 to ${MAX_HISTORY_PERIODS} (periods per metric; 0 for none), not "${t}"`,
            'history'
        )
    }
    if (count === 0) return ok([])
    const periods = trendPeriods(period.type, count, period.label, today, fiscal)
    return periods.ok ? periods : fail('SCORECARD.HISTORY_INVALID', periods.error.message, 'history')
}

/**
 * Parses `period` (a label; default the fiscal quarter containing `today`), `dimension` (default `all`), `key`
 * (ignored for `all`) and `history` (periods per metric, 0–24, default 8). Fails with `SCORECARD.PERIOD_INVALID`,
 * `SCORECARD.DIMENSION_INVALID` or `SCORECARD.HISTORY_INVALID`.
 * @example parseScorecardRequest({ period: 'FY2026-Q4', dimension: 'portfolio', key: 'abc' }, '2026-11-15', config)
 * //=> { ok: true, value: { period: { label: 'FY2026-Q4', ... }, dimension: 'portfolio', key: 'abc', history: [8 quarters] } }
 */
export function parseScorecardRequest(q: QueryParams, today: IsoDate, fiscal: FiscalConfig): Result<ScorecardRequest> {
    const label = param(q, 'period')
    const period = label === '' ? ok(periodContaining(today, 'quarter', fiscal)) : periodByLabel(label, fiscal)
    if (!period.ok) return fail('SCORECARD.PERIOD_INVALID', period.error.message, 'period')
    const dimension = parseDimension(param(q, 'dimension'))
    if (!dimension.ok) return dimension
    const history = historyPeriods(param(q, 'history'), period.value, today, fiscal)
    if (!history.ok) return history
    const key = param(q, 'key')
    return ok({
        period: period.value,
        dimension: dimension.value,
        key: dimension.value === 'all' ? '' : key === '' ? null : key,
        history: history.value,
    })
}

/** A stored scorecard with its entries, as the adapter reads it. */
export interface ScorecardRecord {
    readonly sysId: string
    readonly key: string
    readonly label: string
    readonly computedAt: string | null
    readonly run: string | null
    /** The as-of date of the run that computed it (`null` when the run is gone: the computed date stands in). */
    readonly asOf: IsoDate | null
    readonly entries: readonly EntryValues[]
}

/** What the views need besides the stored scorecards: the currency, and what the records' queries depend on. */
export interface ViewSettings {
    /** The functional currency. */
    readonly currency: string
    /** Grace days of benefit actuals (`x_itvc_value.measurement_grace_days`). */
    readonly graceDays: number
    readonly fiscal: FiscalConfig
}

/** The as-of date the records of a stored value are read with: its run's, else the date it was computed. */
function asOfOf(asOf: IsoDate | null | undefined, computedAt: string | null | undefined): IsoDate | null {
    if (asOf) return asOf
    const computed = (computedAt ?? '').trim().slice(0, 10)
    return /^\d{4}-\d{2}-\d{2}$/.test(computed) ? computed : null
}

function recordsOf(
    metric: string,
    period: FiscalPeriod,
    dimension: Dimension,
    key: string,
    asOf: IsoDate | null,
    settings: ViewSettings
): MetricRecords | null {
    if (asOf === null) return null
    return metricRecords(metric, period, dimension, key, {
        asOf,
        graceDays: settings.graceDays,
        fiscal: settings.fiscal,
    })
}

/** The stored values of a scorecard's history: by metric key, then by period label (as the trend reads them). */
export type ScorecardHistory = ReadonlyMap<string, ReadonlyMap<string, TrendHit>>

/**
 * The body of `GET /scorecard`: the perspectives in order, each with the entries of its metrics in catalog order
 * (entries of metrics no longer in the catalog are left out; a perspective without entries has an empty list), each
 * with the records behind its value and, when the request asks for history, its `history`: one point per period of
 * `request.history` shaped as `GET /scorecard/trend` shapes it (a period without a stored value is a point with
 * `null` fields); and the functional currency.
 * @example scorecardView(request, scorecard, others, metrics, settings, history).perspectives.map((p) => p.perspective)
 * //=> ['financial', 'customer', 'internal_process', 'learning_growth']
 */
export function scorecardView(
    request: ScorecardRequest,
    scorecard: ScorecardRecord | null,
    keys: readonly { readonly key: string; readonly label: string }[],
    metrics: readonly Metric[],
    settings: ViewSettings,
    history: ScorecardHistory = new Map()
): ScorecardView {
    const entries = new Map((scorecard?.entries ?? []).map((e) => [e.metric, e]))
    const sorted = sortMetrics(metrics)
    const asOf = asOfOf(scorecard?.asOf, scorecard?.computedAt)
    const key = scorecard?.key ?? ''
    return {
        period: periodView(request.period),
        dimension: request.dimension,
        key: request.key,
        label: scorecard?.label ?? null,
        computed_at: isoUtc(scorecard?.computedAt),
        run: scorecard?.run ?? null,
        currency: settings.currency,
        keys: keys.map((k) => ({ key: k.key, label: k.label })),
        perspectives: PERSPECTIVES.map((perspective) => ({
            perspective,
            label: PERSPECTIVE_LABELS[perspective],
            metrics: sorted.flatMap((m) => {
                const e = m.perspective === perspective ? entries.get(m.key) : undefined
                if (!e) return []
                const view: MetricView = {
                    key: m.key,
                    name: m.name,
                    unit: m.unit,
                    direction: m.direction,
                    description: m.description,
                    value: e.value,
                    target: e.target,
                    status: e.status,
                    previous: e.previous,
                    delta: e.delta,
                    trend: e.trend,
                    judgement: e.judgement,
                    records: recordsOf(m.key, request.period, request.dimension, key, asOf, settings),
                }
                if (request.history.length === 0) return [view]
                const hits = history.get(m.key)
                const points = request.history.map((p) =>
                    trendPoint(m.key, p, request.dimension, key, hits?.get(p.label), settings)
                )
                return [{ ...view, history: points }]
            }),
        })),
    }
}

/** What `GET /scorecard/trend` asks for. */
export interface TrendRequest {
    readonly metric: string
    readonly periodType: PeriodType
    readonly periods: readonly FiscalPeriod[]
    readonly dimension: Dimension
    readonly key: string
}

/**
 * Parses `metric` (required), `period_type` (default `month`), `periods` (default 12, at most 60), `to` (the last
 * period; default the one containing `today`), `dimension` (default `all`) and `key` (required unless `all`).
 * Fails with `SCORECARD.METRIC_REQUIRED`, `SCORECARD.PERIOD_TYPE_INVALID`, `SCORECARD.PERIODS_INVALID`,
 * `SCORECARD.PERIOD_INVALID`, `SCORECARD.DIMENSION_INVALID` or `SCORECARD.KEY_REQUIRED`.
 * @example parseTrendRequest({ metric: 'mttr_hours', period_type: 'quarter', periods: '4' }, '2026-11-15', config)
 *     .value.periods.map((p) => p.label) //=> ['FY2026-Q1', 'FY2026-Q2', 'FY2026-Q3', 'FY2026-Q4']
 */
export function parseTrendRequest(q: QueryParams, today: IsoDate, fiscal: FiscalConfig): Result<TrendRequest> {
    const metric = param(q, 'metric')
    if (metric === '') return fail('SCORECARD.METRIC_REQUIRED', 'the metric parameter is required', 'metric')
    const typeText = param(q, 'period_type') || 'month'
    const types = parsePeriodTypes(typeText)
    if (!types.ok || types.value.length !== 1) {
        return fail(
            'SCORECARD.PERIOD_TYPE_INVALID',
            `period_type must be month, quarter or year, not "${typeText}"`,
            'period_type'
        )
    }
    const periodType = types.value[0] as PeriodType
    const countText = param(q, 'periods') || '12'
    const count = /^\d{1,4}$/.test(countText) ? Number(countText) : Number.NaN
    const periods = trendPeriods(periodType, count, param(q, 'to') || null, today, fiscal)
    if (!periods.ok) return periods
    const dimension = parseDimension(param(q, 'dimension'))
    if (!dimension.ok) return dimension
    const key = dimension.value === 'all' ? '' : param(q, 'key')
    if (dimension.value !== 'all' && key === '') {
        return fail('SCORECARD.KEY_REQUIRED', `the ${dimension.value} dimension needs a key`, 'key')
    }
    return ok({ metric, periodType, periods: periods.value, dimension: dimension.value, key })
}

/** One stored value of a trend: its scorecard's label, computed date, run as-of date, and the entry. */
export interface TrendHit {
    readonly label: string
    readonly computedAt: string | null
    /** The as-of date of the run that computed it (`null` when unknown: the computed date stands in). */
    readonly asOf?: IsoDate | null
    readonly entry: EntryValues
}

/**
 * The body of `GET /scorecard/trend`: one point per requested period, oldest first, each with the records behind
 * its value; and the functional currency.
 * @example trendView(request, metric, new Map([['FY2026-M10', { label: 'All', computedAt, entry }]]), settings)
 *     .points.length //=> 12
 */
export function trendView(
    request: TrendRequest,
    metric: Metric,
    found: ReadonlyMap<string, TrendHit>,
    settings: ViewSettings
): TrendView {
    const label = [...found.values()][0]?.label ?? (request.dimension === 'all' ? 'All' : null)
    return {
        metric: {
            key: metric.key,
            name: metric.name,
            perspective: metric.perspective,
            unit: metric.unit,
            direction: metric.direction,
            target: metric.target,
            description: metric.description,
        },
        dimension: request.dimension,
        key: request.key,
        label,
        period_type: request.periodType,
        currency: settings.currency,
        points: request.periods.map((p) =>
            trendPoint(metric.key, p, request.dimension, request.key, found.get(p.label), settings)
        ),
    }
}

/** One point of a metric's trend: the stored value of a period, or `null` fields when it was never computed. */
function trendPoint(
    metric: string,
    p: FiscalPeriod,
    dimension: Dimension,
    key: string,
    hit: TrendHit | undefined,
    settings: ViewSettings
): TrendPointView {
    const e = hit?.entry
    return {
        period: p.label,
        start: p.start,
        end: p.end,
        value: e ? e.value : null,
        target: e ? e.target : null,
        status: e ? e.status : null,
        previous: e ? e.previous : null,
        delta: e ? e.delta : null,
        trend: e ? e.trend : null,
        judgement: e ? e.judgement : null,
        computed_at: isoUtc(hit?.computedAt),
        records: hit ? recordsOf(metric, p, dimension, key, asOfOf(hit.asOf, hit.computedAt), settings) : null,
    }
}

/** What `POST /scorecard/rollups` asks for. */
export interface RollupRequest {
    readonly from: string
    readonly to: string
    readonly periods: readonly FiscalPeriod[]
    readonly dimensions: readonly Dimension[]
}

function listText(value: unknown): string | null {
    if (value === undefined || value === null) return ''
    if (typeof value === 'string') return value
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',')
    return null
}

/**
 * Parses a back-fill body: `{ "from": "FY2026-M01", "to": "FY2026-M06", "period_types": ["month", "quarter"],
 * "dimensions": ["all", "portfolio"] }`. `to` defaults to `from`; `period_types` to month, quarter and year;
 * `dimensions` to all four (arrays or comma-separated strings). A `to` that is not a string (nor left out or null)
 * fails like a bad `from`. Fails with `SCORECARD.BODY_INVALID`,
 * `SCORECARD.PERIOD_INVALID`, `SCORECARD.RANGE_INVALID`, `SCORECARD.RANGE_TOO_LONG`,
 * `SCORECARD.PERIOD_TYPE_INVALID` or `SCORECARD.DIMENSION_INVALID`.
 * @example parseRollupRequest({ from: 'FY2026-M01', to: 'FY2026-M03', period_types: 'month' }, config, 120)
 *     .value.periods.length //=> 3
 */
export function parseRollupRequest(body: unknown, fiscal: FiscalConfig, maxPeriods: number): Result<RollupRequest> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return fail('SCORECARD.BODY_INVALID', 'the body must be a JSON object with "from" (and "to") period labels')
    }
    const b = body as Readonly<Record<string, unknown>>
    const from = typeof b['from'] === 'string' ? b['from'].trim().toUpperCase() : ''
    if (from === '') return fail('SCORECARD.PERIOD_INVALID', '"from" must be a period label such as FY2027-M01', 'from')
    const rawTo = b['to']
    if (rawTo !== undefined && rawTo !== null && typeof rawTo !== 'string') {
        return fail('SCORECARD.PERIOD_INVALID', '"to" must be a period label such as FY2027-M06 (or left out)', 'to')
    }
    const to = typeof rawTo === 'string' && rawTo.trim() !== '' ? rawTo.trim().toUpperCase() : from
    const typesText = listText(b['period_types'])
    if (typesText === null)
        return fail('SCORECARD.BODY_INVALID', '"period_types" must be a list of strings', 'period_types')
    const types = parsePeriodTypes(typesText)
    if (!types.ok) return types
    const dimensionsText = listText(b['dimensions'])
    if (dimensionsText === null)
        return fail('SCORECARD.BODY_INVALID', '"dimensions" must be a list of strings', 'dimensions')
    const dimensions = parseDimensions(dimensionsText)
    if (!dimensions.ok) return dimensions
    const periods = backfillPeriods(from, to, types.value, fiscal, maxPeriods)
    if (!periods.ok) return periods
    const first = periodByLabel(from, fiscal)
    const last = periodByLabel(to, fiscal)
    return ok({
        from: first.ok ? first.value.label : from,
        to: last.ok ? last.value.label : to,
        periods: periods.value,
        dimensions: dimensions.value,
    })
}

/**
 * The body of the roll-up routes.
 * @example runView(run, 'f2a…').state //=> 'queued'
 */
export function runView(run: RollupRun, requestedBy: string | null): RunView {
    return {
        sys_id: run.sysId,
        kind: run.kind,
        state: run.state,
        from_period: run.fromPeriod,
        to_period: run.toPeriod,
        periods: [...run.periods],
        dimensions: [...run.dimensions],
        as_of: run.asOf,
        chunks_total: run.chunksTotal,
        chunks_done: run.chunksDone,
        resume_point: run.resumePoint,
        entries_written: run.entriesWritten,
        queries: run.queries,
        errors: [...run.errors],
        requested_by: requestedBy,
        started: isoUtc(run.started),
        finished: isoUtc(run.finished),
    }
}

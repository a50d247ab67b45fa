/**
 * Typed client of the app's REST API, as the page uses it: one function per endpoint, each returning view-ready
 * data or an `ApiError`. The wire shapes are read in one place (the `read*` functions below) so a change of the
 * API touches this file only.
 */
import type { ApiResult, Params } from './http.ts'
import { getResult } from './http.ts'
import type { Json } from './read.ts'
import { arr, num, obj, pick, str } from './read.ts'

/** A metric's status against its target. */
export type RagStatus = 'green' | 'amber' | 'red' | 'no_target' | 'no_data'

/** Where the records behind a number are: a table and an encoded query (the platform list view shows them). */
export interface RecordsRef {
    readonly table: string
    readonly query: string
}

/** The dimension a scorecard is cut by. */
export type Dimension = 'all' | 'portfolio' | 'business_service' | 'value_category'

export const DIMENSIONS: readonly { readonly value: Dimension; readonly label: string }[] = [
    { value: 'all', label: 'All' },
    { value: 'portfolio', label: 'Portfolio' },
    { value: 'business_service', label: 'Business service' },
    { value: 'value_category', label: 'Value category' },
]

/** One selectable value of a dimension (a portfolio, a service, a category). */
export interface DimensionOption {
    readonly key: string
    readonly label: string
}

export interface TrendPoint {
    readonly period: string
    readonly value: number | null
    readonly target: number | null
    readonly status: RagStatus
    /** The records behind the value, when the API names them. */
    readonly records?: RecordsRef
}

export interface ScorecardMetric {
    readonly key: string
    readonly name: string
    readonly unit: string
    readonly direction: 'higher_better' | 'lower_better'
    readonly value: number | null
    readonly target: number | null
    readonly status: RagStatus
    readonly previous: number | null
    readonly delta: number | null
    /** Whether the change since the previous period is good news (the API's judgement), when known. */
    readonly judgement: 'improving' | 'worsening' | 'flat' | null
    /**
     * Recent values, oldest first, ending with the period: the answer's `history` (GET /scorecard?history=8, the
     * sparkline's periods); empty when the answer carries none (then the sparkline asks the trend route).
     */
    readonly history: readonly TrendPoint[]
    readonly description: string
    /** The records behind the value, when the API names them. */
    readonly records?: RecordsRef
}

export interface ScorecardPerspective {
    readonly key: string
    readonly label: string
    readonly metrics: readonly ScorecardMetric[]
}

export interface Scorecard {
    readonly period: string
    readonly dimension: Dimension
    /** '' for all; null when a keyed dimension was asked for without a key (then only `dimensionOptions` is set). */
    readonly key: string | null
    /** The key's name (the portfolio's, the service's, the category's). */
    readonly keyLabel: string
    /** The functional currency; the platform default (USD) when the answer does not name it. */
    readonly currency: string
    readonly computedAt: string | null
    readonly perspectives: readonly ScorecardPerspective[]
    /** The keys of the answer's dimension that have a scorecard in the period. */
    readonly dimensionOptions: Readonly<Partial<Record<Dimension, readonly DimensionOption[]>>>
}

export interface MetricTrend {
    readonly metric: Pick<ScorecardMetric, 'key' | 'name' | 'unit' | 'direction' | 'target'>
    readonly currency: string
    /** The dimension key's name. */
    readonly keyLabel: string
    readonly points: readonly TrendPoint[]
}

export interface ScoreLine {
    readonly key: string
    readonly criterion: string
    readonly weight: number | null
    readonly rating: number | null
    readonly contribution: number | null
}

export interface RankedDemand {
    readonly sysId: string
    readonly number: string
    readonly name: string
    readonly rank: number
    readonly score: number | null
    readonly wsjf: number | null
    /** Score status: scored, partial, unscored. */
    readonly status: string
    /** The demand's state as the platform shows it (Submitted, Screening, Qualified, Approved, …); '' when unknown. */
    readonly state: string
    /** A manual score override and its reason, if any. */
    readonly override: { readonly value: number; readonly reason: string } | null
    readonly breakdown: readonly ScoreLine[]
}

export interface Ranking {
    readonly model: { readonly sysId: string; readonly name: string }
    readonly total: number
    readonly demands: readonly RankedDemand[]
}

export interface DemandScore {
    readonly score: number | null
    readonly wsjf: number | null
    readonly breakdown: readonly ScoreLine[]
}

export interface BenefitPeriod {
    readonly period: string
    readonly planned: number
    /** `null` while no actual is recorded for the period. */
    readonly realised: number | null
    readonly cumulativePlanned: number
    /** `null` after the last period with an actual. */
    readonly cumulativeRealised: number | null
}

export interface SummaryBenefit {
    readonly sysId: string
    readonly number: string
    readonly name: string
    readonly state: string
    readonly plannedTotal: number | null
    readonly realisedTotal: number | null
    readonly realisationPct: number | null
}

export interface BenefitsSummary {
    readonly scope: {
        readonly type: 'project' | 'portfolio' | 'demand'
        readonly sysId: string
        readonly number: string
        readonly name: string
    }
    readonly currency: string
    readonly totals: {
        readonly planned: number | null
        readonly realised: number | null
        readonly realisationPct: number | null
        readonly variance: number | null
    }
    /** The value health of the scope (on_track, at_risk, …), as the API judges it. */
    readonly health: string
    /** ROI, NPV and payback of a project, when the API computes them. */
    readonly value: {
        readonly cost: number | null
        readonly roiPct: number | null
        readonly npv: number | null
        readonly paybackMonths: number | null
    } | null
    readonly periods: readonly BenefitPeriod[]
    readonly benefits: readonly SummaryBenefit[]
    /** The benefits in state "at risk". */
    readonly atRisk: readonly SummaryBenefit[]
}

/** The platform default of `x_itvc_value.functional_currency`. */
export const DEFAULT_CURRENCY = 'USD'

const STATUSES: readonly RagStatus[] = ['green', 'amber', 'red', 'no_target', 'no_data']

function status(value: unknown): RagStatus {
    const s = str(value).toLowerCase() as RagStatus
    return STATUSES.includes(s) ? s : 'no_data'
}

function direction(value: unknown): ScorecardMetric['direction'] {
    return str(value) === 'lower_better' ? 'lower_better' : 'higher_better'
}

function records(value: unknown): RecordsRef | undefined {
    const o = obj(value)
    const table = str(o['table'])
    return table === '' ? undefined : { table, query: str(o['query']) }
}

function trendPoints(value: unknown): TrendPoint[] {
    return arr(value).flatMap((p) => {
        if (typeof p === 'number' || p === null) return []
        const o = obj(p)
        const ref = records(o['records'])
        return [
            {
                period: str(pick(o, 'period', 'label')),
                value: num(o['value']),
                target: num(o['target']),
                status: status(o['status']),
                ...(ref === undefined ? {} : { records: ref }),
            },
        ]
    })
}

function judgementOf(value: unknown): ScorecardMetric['judgement'] {
    const j = str(value)
    return j === 'improving' || j === 'worsening' || j === 'flat' ? j : null
}

/** A period label from `"FY2027-Q1"` or `{ "label": "FY2027-Q1", … }`. */
function periodLabel(value: unknown): string {
    return typeof value === 'string' ? value : str(obj(value)['label'])
}

function readMetric(value: unknown): ScorecardMetric {
    const o = obj(value)
    const ref = records(pick(o, 'records', 'drilldown'))
    return {
        key: str(o['key']),
        name: str(pick(o, 'name', 'label'), str(o['key'])),
        unit: str(o['unit'], 'count'),
        direction: direction(o['direction']),
        value: num(o['value']),
        target: num(o['target']),
        status: status(o['status']),
        previous: num(o['previous']),
        delta: num(o['delta']),
        judgement: judgementOf(o['judgement']),
        history: trendPoints(pick(o, 'history', 'sparkline')),
        description: str(o['description']),
        ...(ref === undefined ? {} : { records: ref }),
    }
}

function dimensionOf(value: unknown): Dimension {
    const d = str(value, 'all') as Dimension
    return DIMENSIONS.some((x) => x.value === d) ? d : 'all'
}

function readOptions(list: unknown): DimensionOption[] {
    return arr(list).map((item) => {
        const o = obj(item)
        return { key: str(pick(o, 'key', 'value', 'sys_id')), label: str(pick(o, 'label', 'name', 'key')) }
    })
}

/** Reads a scorecard answer. */
export function readScorecard(value: unknown): Scorecard {
    const o = obj(value)
    const dimension = dimensionOf(o['dimension'])
    return {
        period: periodLabel(o['period']),
        dimension,
        key: o['key'] === null ? null : str(o['key']),
        keyLabel: str(o['label']),
        currency: str(pick(o, 'currency', 'functional_currency'), DEFAULT_CURRENCY),
        computedAt: str(pick(o, 'computed_at', 'computedAt')) || null,
        perspectives: arr(o['perspectives']).map((p) => {
            const po = obj(p)
            const key = str(pick(po, 'perspective', 'key'))
            return {
                key,
                label: str(pick(po, 'label', 'name'), key),
                metrics: arr(po['metrics']).map(readMetric),
            }
        }),
        dimensionOptions: { [dimension]: readOptions(o['keys']) },
    }
}

/** Reads a trend answer. */
export function readTrend(value: unknown): MetricTrend {
    const o = obj(value)
    const metric = readMetric(pick(o, 'metric') ?? {})
    return {
        metric: {
            key: metric.key,
            name: metric.name,
            unit: metric.unit,
            direction: metric.direction,
            target: metric.target,
        },
        currency: str(pick(o, 'currency', 'functional_currency'), DEFAULT_CURRENCY),
        keyLabel: str(o['label']),
        points: trendPoints(pick(o, 'points', 'trend')),
    }
}

/** Breakdown lines from `{ criteria: [...] }` (the stored breakdown) or a plain list. */
function scoreLines(value: unknown): ScoreLine[] {
    const list = Array.isArray(value) ? value : obj(value)['criteria']
    return arr(list).map((line) => {
        const o = obj(line)
        return {
            key: str(pick(o, 'key', 'criterion', 'name')),
            criterion: str(pick(o, 'name', 'criterion', 'label', 'key')),
            weight: num(o['weight']),
            rating: num(pick(o, 'rating', 'value')),
            contribution: num(pick(o, 'contribution', 'weighted')),
        }
    })
}

function readDemand(value: unknown, index: number): RankedDemand {
    const o = obj(value)
    return {
        sysId: str(pick(o, 'sys_id', 'demand', 'sysId')),
        number: str(o['number']),
        name: str(pick(o, 'short_description', 'name', 'title')),
        rank: num(o['rank']) ?? index + 1,
        score: num(o['score']),
        wsjf: num(o['wsjf']),
        status: str(pick(o, 'score_status', 'status')),
        state: str(pick(o, 'state_label', 'state')),
        override: overrideOf(o['override']),
        breakdown: scoreLines(o['breakdown']),
    }
}

function overrideOf(value: unknown): RankedDemand['override'] {
    const o = obj(value)
    const v = num(o['value'])
    return v === null ? null : { value: v, reason: str(o['reason']) }
}

/** Reads a ranking answer. */
export function readRanking(value: unknown): Ranking {
    const o: Json = Array.isArray(value) ? { demands: value } : obj(value)
    const demands = arr(pick(o, 'demands', 'ranking', 'items')).map(readDemand)
    const model = obj(o['model'])
    return {
        model: { sysId: str(pick(model, 'sys_id', 'sysId')), name: str(model['name']) },
        total: num(o['total']) ?? demands.length,
        demands,
    }
}

/** Reads a demand score answer. */
export function readDemandScore(value: unknown): DemandScore {
    const o = obj(value)
    return { score: num(o['score']), wsjf: num(o['wsjf']), breakdown: scoreLines(o['breakdown']) }
}

/** Reads a benefits summary answer; cumulative sums are computed (realised up to the last recorded actual). */
export function readBenefits(value: unknown): BenefitsSummary {
    const o = obj(value)
    const scope = obj(o['scope'])
    const totals = obj(o['totals'])
    const projectValue = o['value'] === null || o['value'] === undefined ? null : obj(o['value'])
    const series = arr(pick(o, 'series', 'periods')).map((p) => {
        const po = obj(p)
        return {
            period: str(pick(po, 'period', 'label')),
            planned: num(po['planned']) ?? 0,
            realised: num(pick(po, 'realised', 'realized')),
        }
    })
    const lastMeasured = series.reduce((last, p, i) => (p.realised === null ? last : i), -1)
    let plannedSum = 0
    let realisedSum = 0
    const periods = series.map((p, i) => {
        plannedSum += p.planned
        realisedSum += p.realised ?? 0
        return { ...p, cumulativePlanned: plannedSum, cumulativeRealised: i <= lastMeasured ? realisedSum : null }
    })
    const benefits = arr(o['benefits']).map((b) => {
        const bo = obj(b)
        return {
            sysId: str(pick(bo, 'sys_id', 'sysId')),
            number: str(bo['number']),
            name: str(pick(bo, 'short_description', 'name')),
            state: str(bo['state']),
            plannedTotal: num(pick(bo, 'planned_total', 'planned')),
            realisedTotal: num(pick(bo, 'realised_total', 'realized_total', 'realised')),
            realisationPct: num(bo['realisation_pct']),
        }
    })
    const type = str(scope['type'])
    return {
        scope: {
            type: type === 'project' || type === 'demand' ? type : 'portfolio',
            sysId: str(pick(scope, 'sys_id', 'sysId')),
            number: str(scope['number']),
            name: str(scope['name']),
        },
        currency: str(pick(o, 'currency', 'functional_currency'), DEFAULT_CURRENCY),
        totals: {
            planned: num(totals['planned']),
            realised: num(totals['realised']),
            realisationPct: num(totals['realisation_pct']),
            variance: num(totals['variance']),
        },
        health: str(o['health']),
        value:
            projectValue === null
                ? null
                : {
                      cost: num(projectValue['cost']),
                      roiPct: num(projectValue['roi_pct']),
                      npv: num(projectValue['npv']),
                      paybackMonths: num(projectValue['payback_months']),
                  },
        periods,
        benefits,
        atRisk: benefits.filter((b) => b.state === 'at_risk'),
    }
}

function map<T>(result: ApiResult<unknown>, read: (value: unknown) => T): ApiResult<T> {
    return result.ok ? { ok: true, value: read(result.value) } : result
}

/** The scorecard query the page sends. */
export interface ScorecardQuery {
    /** '' = the current quarter. */
    readonly period: string
    readonly dimension: Dimension
    /** '' for a keyed dimension asks for its keys only. */
    readonly key: string
    /** Periods of `history` per metric, ending with the period (0 for none; left out: the API's default, 8). */
    readonly history?: number
}

export async function fetchScorecard(q: ScorecardQuery, signal?: AbortSignal): Promise<ApiResult<Scorecard>> {
    const params: Params = {
        period: q.period,
        dimension: q.dimension,
        key: q.dimension === 'all' ? '' : q.key,
        history: q.history,
    }
    return map(await getResult('/scorecard', params, signal), readScorecard)
}

export interface TrendQuery {
    readonly metric: string
    readonly periodType: 'month' | 'quarter' | 'year'
    readonly periods: number
    /** The last period ('' = the current one). */
    readonly to: string
    readonly dimension: Dimension
    readonly key: string
}

export async function fetchTrend(q: TrendQuery, signal?: AbortSignal): Promise<ApiResult<MetricTrend>> {
    const params: Params = {
        metric: q.metric,
        period_type: q.periodType,
        periods: q.periods,
        to: q.to,
        dimension: q.dimension,
        key: q.dimension === 'all' ? '' : q.key,
    }
    return map(await getResult('/scorecard/trend', params, signal), readTrend)
}

export async function fetchRanking(
    q: { readonly model: string; readonly limit: number; readonly offset: number },
    signal?: AbortSignal
): Promise<ApiResult<Ranking>> {
    return map(await getResult('/demands/ranking', q, signal), readRanking)
}

export async function fetchDemandScore(sysId: string, signal?: AbortSignal): Promise<ApiResult<DemandScore>> {
    return map(await getResult(`/demands/${encodeURIComponent(sysId)}/score`, {}, signal), readDemandScore)
}

/** A project the benefits view can show (one with benefits). */
export interface BenefitProject {
    readonly sysId: string
    readonly number: string
    readonly name: string
    /** Its portfolio's sys_id ('' when unknown). */
    readonly portfolio: string
}

/** Reads a benefit projects answer. */
export function readBenefitProjects(value: unknown): BenefitProject[] {
    return arr(obj(value)['projects']).map((p) => {
        const o = obj(p)
        return {
            sysId: str(pick(o, 'sys_id', 'sysId')),
            number: str(o['number']),
            name: str(pick(o, 'short_description', 'name')),
            portfolio: str(obj(o['portfolio'])['sys_id']),
        }
    })
}

/** The projects with benefits, of one portfolio ('' = all). */
export async function fetchBenefitProjects(
    portfolio: string,
    signal?: AbortSignal
): Promise<ApiResult<BenefitProject[]>> {
    return map(await getResult('/benefits/projects', { portfolio }, signal), readBenefitProjects)
}

export async function fetchBenefits(
    q: { readonly scope: 'project' | 'portfolio' | 'demand'; readonly sysId: string },
    signal?: AbortSignal
): Promise<ApiResult<BenefitsSummary>> {
    return map(await getResult('/benefits/summary', { [q.scope]: q.sysId }, signal), readBenefits)
}

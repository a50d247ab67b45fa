/**
 * The page's state lives in its URL (`?view=trend&metric=…&period=FY2027-Q1`), so every view can be linked,
 * bookmarked and reached with back and forward.
 */
import type { Dimension } from './api.ts'
import { DIMENSIONS } from './api.ts'
import type { PeriodType } from './periods.ts'
import { parsePeriod } from './periods.ts'

export type View = 'scorecard' | 'trend' | 'ranking' | 'benefits'

export const VIEWS: readonly { readonly value: View; readonly label: string }[] = [
    { value: 'scorecard', label: 'Scorecard' },
    { value: 'trend', label: 'Trend' },
    { value: 'ranking', label: 'Demand ranking' },
    { value: 'benefits', label: 'Benefits' },
]

export interface Route {
    readonly view: View
    /** A fiscal period label; '' lets the API pick the current period. */
    readonly period: string
    /** The trend's kind of period while `period` is '' (the current one); '' for the default (months). */
    readonly periodType: PeriodType | ''
    readonly dimension: Dimension
    /** The portfolio, service or category of the dimension ('' for all). */
    readonly key: string
    /** Metric key of the trend view. */
    readonly metric: string
    /** Scoring model of the ranking view ('' = the default model). */
    readonly model: string
    /** What the benefits view sums: a project or a portfolio. */
    readonly scope: 'project' | 'portfolio'
    readonly scopeId: string
}

export const DEFAULT_ROUTE: Route = {
    view: 'scorecard',
    period: '',
    periodType: '',
    dimension: 'all',
    key: '',
    metric: '',
    model: '',
    scope: 'portfolio',
    scopeId: '',
}

/**
 * Reads the route from a query string; unknown or malformed values fall back to the defaults.
 * @example parseRoute('?view=trend&metric=roi&period=FY2027-Q1').view //=> 'trend'
 * @example parseRoute('?period=2027').period //=> ''
 */
export function parseRoute(search: string): Route {
    const q = new URLSearchParams(search)
    const view = q.get('view') ?? ''
    const period = (q.get('period') ?? '').toUpperCase()
    const dimension = q.get('dimension') ?? ''
    const scope = q.get('scope')
    const periodType = q.get('period_type') ?? ''
    return {
        view: VIEWS.some((v) => v.value === view) ? (view as View) : DEFAULT_ROUTE.view,
        period: parsePeriod(period) === undefined ? '' : period,
        periodType: periodType === 'month' || periodType === 'quarter' || periodType === 'year' ? periodType : '',
        dimension: DIMENSIONS.some((d) => d.value === dimension) ? (dimension as Dimension) : 'all',
        key: q.get('key') ?? '',
        metric: q.get('metric') ?? '',
        model: q.get('model') ?? '',
        scope: scope === 'project' ? 'project' : 'portfolio',
        scopeId: q.get('scope_id') ?? '',
    }
}

/**
 * The query string of a route, defaults left out.
 * @example routeSearch({ ...DEFAULT_ROUTE, view: 'trend', metric: 'roi' }) //=> '?view=trend&metric=roi'
 */
export function routeSearch(route: Route): string {
    const q = new URLSearchParams()
    const put = (name: string, value: string, fallback: string): void => {
        if (value !== fallback) q.set(name, value)
    }
    put('view', route.view, DEFAULT_ROUTE.view)
    put('period', route.period, '')
    put('period_type', route.periodType, '')
    put('dimension', route.dimension, 'all')
    if (route.dimension !== 'all') put('key', route.key, '')
    put('metric', route.metric, '')
    put('model', route.model, '')
    put('scope', route.scope, DEFAULT_ROUTE.scope)
    put('scope_id', route.scopeId, '')
    const s = q.toString()
    return s === '' ? '' : `?${s}`
}

/** A title for the browser tab (and the Polaris frame). */
export function routeTitle(route: Route): string {
    const view = VIEWS.find((v) => v.value === route.view)?.label ?? 'Scorecard'
    return `${view} | IT Value Center`
}

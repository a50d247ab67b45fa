/** One metric across the last 12 periods, with its target line. */
import type { JSX } from 'react'
import { useId } from 'react'
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { MetricTrend, Scorecard } from '../services/api.ts'
import { fetchScorecard, fetchTrend } from '../services/api.ts'
import { formatValue } from '../services/format.ts'
import { listUrl, scorecardEntriesRef } from '../services/links.ts'
import { DataDetails, TableHead } from './data-table.tsx'
import type { PeriodType } from '../services/periods.ts'
import { convertPeriod, parsePeriod, periodName, shortPeriod } from '../services/periods.ts'
import type { Route } from '../services/route.ts'
import { useApi } from '../services/use-api.ts'
import { Empty, ErrorState, Loading } from './states.tsx'
import { STATUS_LABELS } from './status-chip.tsx'

export const TREND_PERIODS = 12

const TYPES: readonly { readonly value: PeriodType; readonly label: string }[] = [
    { value: 'month', label: 'Months' },
    { value: 'quarter', label: 'Quarters' },
    { value: 'year', label: 'Fiscal years' },
]

export function TrendView({
    route,
    scorecard,
    locale,
    onNavigate,
}: {
    readonly route: Route
    /** The last scorecard loaded (for the metric list), if any. */
    readonly scorecard: Scorecard | undefined
    readonly locale: string
    readonly onNavigate: (change: Partial<Route>) => void
}): JSX.Element {
    const id = useId()
    // The metric list comes from the scorecard: the one already loaded, or one fetched for this page.
    const catalog = useApi(scorecard === undefined ? `catalog:${route.dimension}:${route.key}` : 'given', (signal) =>
        scorecard === undefined
            ? fetchScorecard({ period: route.period, dimension: route.dimension, key: route.key, history: 0 }, signal)
            : Promise.resolve({ ok: true as const, value: scorecard })
    )
    const known = catalog.resource.state === 'ready' ? catalog.resource.value : scorecard
    const metrics = known?.perspectives.flatMap((p) => p.metrics) ?? []
    const metric = route.metric || metrics[0]?.key || ''
    // An explicit period ends the range; without one the API ends it with the current period of the type.
    const period = route.period
    const periodType = parsePeriod(period)?.type ?? (route.periodType || 'month')
    const query = {
        metric,
        periodType,
        periods: TREND_PERIODS,
        to: period,
        dimension: route.key === '' ? ('all' as const) : route.dimension,
        key: route.key,
    }
    const { resource, retry } = useApi(JSON.stringify(query), (signal) =>
        metric === '' ? Promise.resolve({ ok: true as const, value: undefined }) : fetchTrend(query, signal)
    )
    const shown =
        resource.state === 'ready' ? resource.value : resource.state === 'loading' ? resource.previous : undefined
    return (
        <section className="itvc-view" aria-labelledby="itvc-trend-title">
            <div className="itvc-toolbar">
                <h2 id="itvc-trend-title" className="itvc-view__title">
                    Trend{shown === undefined ? '' : `: ${shown.metric.name}`}
                </h2>
                <div className="itvc-toolbar__controls">
                    <div className="itvc-picker">
                        <label htmlFor={`${id}-metric`}>Metric</label>
                        <select
                            id={`${id}-metric`}
                            name="metric"
                            value={metric}
                            onChange={(e) => onNavigate({ metric: e.target.value })}
                        >
                            {metrics.some((m) => m.key === metric) ? null : <option value={metric}>{metric}</option>}
                            {metrics.map((m) => (
                                <option key={m.key} value={m.key}>
                                    {m.name}
                                </option>
                            ))}
                        </select>
                        <label htmlFor={`${id}-type`}>Periods</label>
                        <select
                            id={`${id}-type`}
                            name="period_type"
                            value={periodType}
                            onChange={(e) => {
                                const type = e.target.value as PeriodType
                                onNavigate(
                                    period === ''
                                        ? { periodType: type }
                                        : { period: convertPeriod(period, type, 'end'), periodType: type }
                                )
                            }}
                        >
                            {TYPES.map((t) => (
                                <option key={t.value} value={t.value}>
                                    {t.label}
                                </option>
                            ))}
                        </select>
                    </div>
                </div>
            </div>
            {metric === '' && catalog.resource.state === 'loading' ? (
                <Loading label="Loading the metrics…" rows={1} />
            ) : metric === '' && catalog.resource.state === 'error' ? (
                <ErrorState error={catalog.resource.error} what="the metric trend" onRetry={catalog.retry} />
            ) : metric === '' ? (
                <Empty title="Pick a metric">Choose a metric of the scorecard to see its trend.</Empty>
            ) : resource.state === 'error' ? (
                <ErrorState error={resource.error} what="the metric trend" onRetry={retry} />
            ) : shown === undefined ? (
                <Loading label="Loading the trend…" rows={1} />
            ) : (
                <TrendChart trend={shown} route={route} locale={locale} busy={resource.state === 'loading'} />
            )}
        </section>
    )
}

function TrendChart({
    trend,
    route,
    locale,
    busy,
}: {
    readonly trend: MetricTrend
    readonly route: Route
    readonly locale: string
    readonly busy: boolean
}): JSX.Element {
    const options = { unit: trend.metric.unit, currency: trend.currency, locale }
    const compact = { ...options, compact: true }
    if (trend.points.length === 0 || trend.points.every((p) => p.value === null)) {
        return <Empty title="No history yet">No period has a value for {trend.metric.name}.</Empty>
    }
    const data = trend.points.map((p) => ({ ...p, label: shortPeriod(p.period) }))
    const first = trend.points[0]?.period ?? ''
    const last = trend.points[trend.points.length - 1]?.period ?? ''
    return (
        <div className={busy ? 'itvc-busy' : undefined} aria-busy={busy}>
            <figure
                className="itvc-chart"
                data-testid="trend-chart"
                data-points={trend.points.length}
                data-type={parsePeriod(trend.points[0]?.period ?? '')?.type}
            >
                <figcaption className="itvc-meta">
                    {trend.metric.name} from {periodName(first)} to {periodName(last)}, with its target (dashed).
                </figcaption>
                <ResponsiveContainer width="100%" height={320}>
                    <ComposedChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
                        <CartesianGrid stroke="var(--itvc-border)" strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                        <YAxis
                            width={72}
                            tick={{ fontSize: 12 }}
                            tickFormatter={(v: number) => formatValue(v, compact)}
                        />
                        <Tooltip
                            formatter={(value, name) => [
                                formatValue(typeof value === 'number' ? value : null, options),
                                name,
                            ]}
                            labelFormatter={(_label, payload) => periodName(String(payload[0]?.payload?.period ?? ''))}
                        />
                        <Legend />
                        <Line
                            name={trend.metric.name}
                            type="monotone"
                            dataKey="value"
                            stroke="var(--itvc-accent)"
                            strokeWidth={2}
                            dot={{ r: 3 }}
                            isAnimationActive={false}
                            connectNulls
                        />
                        <Line
                            name="Target"
                            type="stepAfter"
                            dataKey="target"
                            stroke="var(--itvc-muted)"
                            strokeDasharray="6 4"
                            strokeWidth={1.5}
                            dot={false}
                            isAnimationActive={false}
                        />
                    </ComposedChart>
                </ResponsiveContainer>
            </figure>
            <DataDetails>
                <table className="itvc-table" data-testid="trend-table">
                    <caption className="itvc-sr-only">{trend.metric.name} by period</caption>
                    <TableHead
                        columns={[{ label: 'Period' }, { label: 'Value' }, { label: 'Target' }, { label: 'Status' }]}
                    />
                    <tbody>
                        {trend.points.map((p) => (
                            <tr key={p.period}>
                                <th scope="row">{periodName(p.period)}</th>
                                <td>
                                    <a
                                        href={listUrl(
                                            p.records ??
                                                scorecardEntriesRef(
                                                    trend.metric.key,
                                                    p.period,
                                                    route.dimension,
                                                    route.key
                                                )
                                        )}
                                    >
                                        {formatValue(p.value, options)}
                                    </a>
                                </td>
                                <td>{formatValue(p.target, options)}</td>
                                <td>{STATUS_LABELS[p.status]}</td>
                            </tr>
                        ))}
                    </tbody>
                </table>
            </DataDetails>
        </div>
    )
}

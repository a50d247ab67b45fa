/** A metric's recent trend as a small line (recharts), with a text alternative. */
import type { JSX } from 'react'
import { Line, LineChart, YAxis } from 'recharts'
import type { ScorecardMetric, TrendPoint } from '../services/api.ts'
import { fetchTrend } from '../services/api.ts'
import { parsePeriod } from '../services/periods.ts'
import { useApi } from '../services/use-api.ts'
import type { MetricContext } from './metric-card.tsx'

/** Periods a sparkline shows (ending with the scorecard's period). */
export const SPARKLINE_PERIODS = 8

/** The sparkline of a scorecard metric: from the answer's history, or from the trend route. */
export function MetricSparkline({
    metric,
    context,
    format,
}: {
    readonly metric: ScorecardMetric
    readonly context: MetricContext
    readonly format: (value: number | null) => string
}): JSX.Element {
    const inline = metric.history.length > 0
    const query = {
        metric: metric.key,
        periodType: parsePeriod(context.period)?.type ?? 'quarter',
        periods: SPARKLINE_PERIODS,
        to: context.period,
        dimension: context.dimension,
        key: context.dimensionKey,
    }
    const { resource } = useApi<readonly TrendPoint[]>(inline ? 'inline' : JSON.stringify(query), (signal) =>
        inline
            ? Promise.resolve({ ok: true as const, value: metric.history })
            : fetchTrend(query, signal).then((r) => (r.ok ? { ok: true as const, value: r.value.points } : r))
    )
    if (resource.state === 'loading')
        return <span className="itvc-sparkline itvc-sparkline--loading" aria-hidden="true" />
    if (resource.state === 'error')
        return <span className="itvc-sparkline itvc-sparkline--empty">Trend unavailable</span>
    return <Sparkline points={resource.value} label={`${metric.name} trend`} format={format} />
}

export function Sparkline({
    points,
    label,
    format,
}: {
    readonly points: readonly TrendPoint[]
    readonly label: string
    readonly format: (value: number | null) => string
}): JSX.Element {
    const known = points.filter((p) => p.value !== null)
    if (known.length < 2) {
        return <span className="itvc-sparkline itvc-sparkline--empty">Not enough history for a trend</span>
    }
    const first = known[0]
    const last = known[known.length - 1]
    // periods before the first value (not rolled up yet) would leave the line's left part empty
    const drawn = points.slice(points.findIndex((p) => p.value !== null))
    const description = `${label}: ${known.length} periods, from ${format(first?.value ?? null)} in ${first?.period ?? ''} to ${format(last?.value ?? null)} in ${last?.period ?? ''}`
    return (
        <span className="itvc-sparkline" role="img" aria-label={description} data-points={known.length}>
            <LineChart
                width={112}
                height={32}
                data={drawn}
                margin={{ top: 4, right: 2, bottom: 4, left: 2 }}
                accessibilityLayer={false}
            >
                <YAxis hide domain={['dataMin', 'dataMax']} />
                <Line
                    type="monotone"
                    dataKey="value"
                    stroke="currentColor"
                    strokeWidth={1.5}
                    dot={false}
                    isAnimationActive={false}
                    connectNulls
                />
            </LineChart>
        </span>
    )
}

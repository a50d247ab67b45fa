/** One metric of the scorecard: value, target, status, change since the previous period and its trend. */
import type { JSX } from 'react'
import type { Dimension, ScorecardMetric } from '../services/api.ts'
import type { FormatOptions } from '../services/format.ts'
import { formatDelta, formatValue } from '../services/format.ts'
import { listUrl, metricRef, scorecardEntriesRef } from '../services/links.ts'
import { periodName } from '../services/periods.ts'
import { MetricSparkline } from './sparkline.tsx'
import { StatusChip } from './status-chip.tsx'

export interface MetricContext {
    readonly period: string
    readonly dimension: Dimension
    readonly dimensionKey: string
    readonly currency: string
    readonly locale: string
}

/** Whether a change is good news: the API's judgement, or derived from the metric's direction. */
function judgement(metric: ScorecardMetric): 'improving' | 'worsening' | 'flat' {
    if (metric.judgement !== null) return metric.judgement
    if (metric.delta === null || metric.delta === 0) return 'flat'
    const up = metric.delta > 0
    return up === (metric.direction === 'higher_better') ? 'improving' : 'worsening'
}

export function MetricCard({
    metric,
    context,
    onTrend,
}: {
    readonly metric: ScorecardMetric
    readonly context: MetricContext
    readonly onTrend: (metric: string) => void
}): JSX.Element {
    const options: FormatOptions = { unit: metric.unit, currency: context.currency, locale: context.locale }
    const compact = { ...options, compact: true }
    const records =
        metric.records ?? scorecardEntriesRef(metric.key, context.period, context.dimension, context.dimensionKey)
    const id = `metric-${metric.key}`
    const value = formatValue(metric.value, compact)
    const trend = judgement(metric)
    return (
        <article className={`itvc-metric itvc-metric--${metric.status}`} aria-labelledby={id} data-metric={metric.key}>
            <header className="itvc-metric__head">
                <h4 id={id} className="itvc-metric__name" title={metric.description || undefined}>
                    {metric.name}
                </h4>
                <StatusChip status={metric.status} />
            </header>
            <a
                className="itvc-metric__value"
                href={listUrl(records)}
                data-testid="metric-value"
                title={formatValue(metric.value, options)}
                aria-label={`${metric.name}: ${formatValue(metric.value, options)} in ${periodName(context.period)}. Open the records behind it`}
            >
                {value}
            </a>
            <dl className="itvc-metric__facts">
                <div>
                    <dt>Target</dt>
                    <dd>
                        {metric.target === null ? (
                            <span data-testid="metric-target">–</span>
                        ) : (
                            <a
                                href={listUrl(metricRef(metric.key))}
                                data-testid="metric-target"
                                aria-label={`Target ${formatValue(metric.target, options)}: open the metric`}
                            >
                                {formatValue(metric.target, compact)}
                            </a>
                        )}
                    </dd>
                </div>
                <div>
                    <dt>vs previous</dt>
                    <dd className={`itvc-delta itvc-delta--${trend}`} data-testid="metric-delta">
                        <span aria-hidden="true">
                            {metric.delta === null || metric.delta === 0 ? '' : metric.delta > 0 ? '▲ ' : '▼ '}
                        </span>
                        {formatDelta(metric.delta, compact)}
                        <span className="itvc-sr-only">{trend === 'flat' ? '' : ` (${trend})`}</span>
                    </dd>
                </div>
            </dl>
            <footer className="itvc-metric__foot">
                <MetricSparkline metric={metric} context={context} format={(v) => formatValue(v, compact)} />
                <button
                    type="button"
                    className="itvc-link-button"
                    onClick={() => onTrend(metric.key)}
                    aria-label={`Show the trend of ${metric.name}`}
                >
                    Trend
                </button>
            </footer>
        </article>
    )
}

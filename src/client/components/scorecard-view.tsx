/** The scorecard: the four perspectives as sections, each metric as a card. */
import type { JSX } from 'react'
import { useEffect } from 'react'
import type { Dimension, Scorecard } from '../services/api.ts'
import { DIMENSIONS, fetchScorecard } from '../services/api.ts'
import { formatTimestamp } from '../services/format.ts'
import { parsePeriod, periodName } from '../services/periods.ts'
import type { Route } from '../services/route.ts'
import { useApi } from '../services/use-api.ts'
import { MetricCard } from './metric-card.tsx'
import { SPARKLINE_PERIODS } from './sparkline.tsx'
import { DimensionPicker, PeriodPicker } from './pickers.tsx'
import { Empty, ErrorState, Loading } from './states.tsx'

const PERIOD_IN_TEXT = /\b(FY\d{4}(?:-Q[1-4]|-M(?:0[1-9]|1[0-2]))?)\b/

export function ScorecardView({
    route,
    latest,
    locale,
    onNavigate,
    onLoaded,
}: {
    readonly route: Route
    readonly latest: string
    readonly locale: string
    readonly onNavigate: (change: Partial<Route>, replace?: boolean) => void
    readonly onLoaded: (scorecard: Scorecard) => void
}): JSX.Element {
    // every metric's sparkline comes in the answer (history), not from one trend request per metric
    const query = { period: route.period, dimension: route.dimension, key: route.key, history: SPARKLINE_PERIODS }
    const { resource, retry } = useApi(JSON.stringify(query), (signal) => fetchScorecard(query, signal))
    const shown =
        resource.state === 'ready' ? resource.value : resource.state === 'loading' ? resource.previous : undefined

    useEffect(() => {
        if (resource.state !== 'ready') return
        const loaded = resource.value
        // A keyed dimension asked for without a key lists its keys: show the first one.
        const first = loaded.dimensionOptions[loaded.dimension]?.[0]
        if (loaded.key === null && first !== undefined) onNavigate({ key: first.key }, true)
        else onLoaded(loaded)
    }, [resource, onLoaded, onNavigate])

    // A scorecard not rolled up yet is a 404 naming its period: show that period as empty, not as an error.
    const missing = resource.state === 'error' && resource.error.kind === 'not_found' ? resource.error : undefined
    const missingPeriod = missing === undefined ? '' : (PERIOD_IN_TEXT.exec(missing.message)?.[1] ?? '')
    const period = route.period || shown?.period || missingPeriod
    return (
        <section className="itvc-view" aria-labelledby="itvc-scorecard-title">
            <div className="itvc-toolbar">
                <h2 id="itvc-scorecard-title" className="itvc-view__title">
                    Value scorecard{period === '' ? '' : `, ${periodName(period)}`}
                </h2>
                <div className="itvc-toolbar__controls">
                    <PeriodPicker period={period} latest={latest} onChange={(p) => onNavigate({ period: p })} />
                    <DimensionPicker
                        dimension={route.dimension}
                        dimensionKey={route.key}
                        options={shown?.dimensionOptions ?? {}}
                        onChange={(dimension: Dimension, key: string) => onNavigate({ dimension, key })}
                    />
                </div>
            </div>
            {missing !== undefined ? (
                <Empty title={`No scorecard for ${period === '' ? 'this period' : periodName(period)} yet`}>
                    The scorecard roll-up has not computed it for this dimension. Pick another period, or ask a
                    portfolio owner to run a roll-up for it.
                </Empty>
            ) : resource.state === 'error' ? (
                <ErrorState error={resource.error} what="the value scorecard" onRetry={retry} />
            ) : shown === undefined ||
              (shown.key === null && (shown.dimensionOptions[shown.dimension]?.length ?? 0) > 0) ? (
                <Loading label="Loading the scorecard…" rows={4} />
            ) : shown.key === null ? (
                <Empty title="Nothing to show for this dimension">
                    No {DIMENSIONS.find((d) => d.value === shown.dimension)?.label.toLowerCase()} has a scorecard for{' '}
                    {periodName(shown.period)} yet.
                </Empty>
            ) : (
                <ScorecardBody
                    scorecard={shown}
                    busy={resource.state === 'loading'}
                    locale={locale}
                    onTrend={(metric) =>
                        onNavigate({
                            view: 'trend',
                            metric,
                            periodType: parsePeriod(shown.period)?.type ?? '',
                        })
                    }
                />
            )}
        </section>
    )
}

function ScorecardBody({
    scorecard,
    busy,
    locale,
    onTrend,
}: {
    readonly scorecard: Scorecard
    readonly busy: boolean
    readonly locale: string
    readonly onTrend: (metric: string) => void
}): JSX.Element {
    const metrics = scorecard.perspectives.reduce((n, p) => n + p.metrics.length, 0)
    const context = {
        period: scorecard.period,
        dimension: scorecard.dimension,
        dimensionKey: scorecard.key ?? '',
        currency: scorecard.currency,
        locale,
    }
    return (
        <div
            className={busy ? 'itvc-busy' : undefined}
            aria-busy={busy}
            data-period={scorecard.period}
            data-dimension={scorecard.dimension}
            data-key={scorecard.key ?? ''}
        >
            {busy ? (
                <span className="itvc-sr-only" role="status">
                    Updating…
                </span>
            ) : null}
            <p className="itvc-meta">
                {scorecard.dimension === 'all' ? 'All portfolios, services and categories' : scorecard.keyLabel}.
                Amounts in {scorecard.currency}.{' '}
                {scorecard.computedAt === null
                    ? 'Not computed yet.'
                    : `Computed ${formatTimestamp(scorecard.computedAt, locale)}.`}
            </p>
            {metrics === 0 ? (
                <Empty title="No scorecard for this period yet">
                    The roll-up job has not computed {periodName(scorecard.period)} for this dimension. Pick another
                    period, or ask an administrator to run the scorecard roll-up.
                </Empty>
            ) : (
                <div className="itvc-perspectives">
                    {scorecard.perspectives.map((p) => (
                        <section
                            key={p.key}
                            className="itvc-perspective"
                            aria-labelledby={`perspective-${p.key}`}
                            data-perspective={p.key}
                        >
                            <h3 id={`perspective-${p.key}`} className="itvc-perspective__title">
                                {p.label}
                            </h3>
                            {p.metrics.length === 0 ? (
                                <p className="itvc-meta">No metrics in this perspective.</p>
                            ) : (
                                <div className="itvc-metrics">
                                    {p.metrics.map((m) => (
                                        <MetricCard key={m.key} metric={m} context={context} onTrend={onTrend} />
                                    ))}
                                </div>
                            )}
                        </section>
                    ))}
                </div>
            )}
        </div>
    )
}

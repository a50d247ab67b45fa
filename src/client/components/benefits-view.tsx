/** Planned vs realised benefits per period (bars) with their cumulative sums (lines), and the benefits at risk. */
import type { JSX } from 'react'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { BenefitsSummary } from '../services/api.ts'
import { fetchBenefits } from '../services/api.ts'
import { formatValue } from '../services/format.ts'
import { benefitPeriodsRef, listUrl, recordUrl } from '../services/links.ts'
import { periodName, shortPeriod } from '../services/periods.ts'
import type { Route } from '../services/route.ts'
import { useApi } from '../services/use-api.ts'
import { Empty, ErrorState, Loading } from './states.tsx'

export function BenefitsView({ route, locale }: { readonly route: Route; readonly locale: string }): JSX.Element {
    const query = { scope: route.scope, sysId: route.scopeId }
    const { resource, retry } = useApi(JSON.stringify(query), (signal) => fetchBenefits(query, signal))
    const shown =
        resource.state === 'ready' ? resource.value : resource.state === 'loading' ? resource.previous : undefined
    return (
        <section className="itvc-view" aria-labelledby="itvc-benefits-title">
            <div className="itvc-toolbar">
                <h2 id="itvc-benefits-title" className="itvc-view__title">
                    Benefits{shown === undefined || shown.scope.name === '' ? '' : `: ${shown.scope.name}`}
                </h2>
            </div>
            {resource.state === 'error' ? (
                <ErrorState error={resource.error} what="the benefits" onRetry={retry} />
            ) : shown === undefined ? (
                <Loading label="Loading the benefits…" rows={2} />
            ) : (
                <BenefitsBody summary={shown} route={route} locale={locale} busy={resource.state === 'loading'} />
            )}
        </section>
    )
}

function BenefitsBody({
    summary,
    route,
    locale,
    busy,
}: {
    readonly summary: BenefitsSummary
    readonly route: Route
    readonly locale: string
    readonly busy: boolean
}): JSX.Element {
    const options = { unit: 'currency', currency: summary.currency, locale }
    const compact = { ...options, compact: true }
    const data = summary.periods.map((p) => ({ ...p, label: shortPeriod(p.period) }))
    const scopeId = summary.scope.sysId || route.scopeId
    const scope = summary.scope.type === 'project' ? 'project' : 'portfolio'
    return (
        <div className={busy ? 'itvc-busy' : undefined} aria-busy={busy}>
            {summary.periods.length === 0 ? (
                <Empty title="No benefit plan yet">No benefit of this {scope} has planned or realised amounts.</Empty>
            ) : (
                <figure className="itvc-chart" data-testid="benefits-chart">
                    <figcaption className="itvc-meta">
                        Planned and realised benefits per period in {summary.currency}; lines are cumulative.
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
                            />
                            <Legend />
                            <Bar
                                name="Planned"
                                dataKey="planned"
                                fill="var(--itvc-planned)"
                                isAnimationActive={false}
                            />
                            <Bar
                                name="Realised"
                                dataKey="realised"
                                fill="var(--itvc-accent)"
                                isAnimationActive={false}
                            />
                            <Line
                                name="Cumulative planned"
                                type="monotone"
                                dataKey="cumulativePlanned"
                                stroke="var(--itvc-muted)"
                                strokeDasharray="6 4"
                                dot={false}
                                isAnimationActive={false}
                            />
                            <Line
                                name="Cumulative realised"
                                type="monotone"
                                dataKey="cumulativeRealised"
                                stroke="var(--itvc-accent-strong)"
                                strokeWidth={2}
                                dot={false}
                                isAnimationActive={false}
                            />
                        </ComposedChart>
                    </ResponsiveContainer>
                </figure>
            )}
            {summary.periods.length === 0 ? null : (
                <details className="itvc-data">
                    <summary>Show the data</summary>
                    <table className="itvc-table">
                        <thead>
                            <tr>
                                <th scope="col">Period</th>
                                <th scope="col" className="itvc-num">
                                    Planned
                                </th>
                                <th scope="col" className="itvc-num">
                                    Realised
                                </th>
                                <th scope="col" className="itvc-num">
                                    Cumulative planned
                                </th>
                                <th scope="col" className="itvc-num">
                                    Cumulative realised
                                </th>
                            </tr>
                        </thead>
                        <tbody>
                            {summary.periods.map((p) => {
                                const href = listUrl(benefitPeriodsRef(scope, scopeId, p.period))
                                return (
                                    <tr key={p.period}>
                                        <th scope="row">{periodName(p.period)}</th>
                                        <td className="itvc-num">
                                            <a href={href}>{formatValue(p.planned, options)}</a>
                                        </td>
                                        <td className="itvc-num">
                                            <a href={href}>{formatValue(p.realised, options)}</a>
                                        </td>
                                        <td className="itvc-num">{formatValue(p.cumulativePlanned, options)}</td>
                                        <td className="itvc-num">{formatValue(p.cumulativeRealised, options)}</td>
                                    </tr>
                                )
                            })}
                        </tbody>
                    </table>
                </details>
            )}
            <section className="itvc-at-risk" aria-labelledby="itvc-at-risk-title">
                <h3 id="itvc-at-risk-title">Benefits at risk</h3>
                {summary.atRisk.length === 0 ? (
                    <p className="itvc-meta">No benefit is at risk.</p>
                ) : (
                    <ul className="itvc-risk-list" data-testid="at-risk">
                        {summary.atRisk.map((b) => (
                            <li key={b.sysId || b.name}>
                                <a href={recordUrl('x_itvc_value_benefit', b.sysId)}>{b.name}</a>
                                <span className="itvc-meta">
                                    {' '}
                                    realised {formatValue(b.realised, compact)} of {formatValue(b.planned, compact)}
                                    {b.reason === '' ? '' : `: ${b.reason}`}
                                </span>
                            </li>
                        ))}
                    </ul>
                )}
            </section>
        </div>
    )
}

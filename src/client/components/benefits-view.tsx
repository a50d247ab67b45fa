/**
 * Planned vs realised benefits per period (bars) with their cumulative sums (lines) for a portfolio or a project,
 * its totals (and, for a project, ROI, NPV and payback), and the benefits at risk.
 */
import type { JSX } from 'react'
import { useEffect, useId } from 'react'
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { BenefitProject, BenefitsSummary, DimensionOption } from '../services/api.ts'
import { fetchBenefitProjects, fetchBenefits, fetchScorecard } from '../services/api.ts'
import type { FormatOptions } from '../services/format.ts'
import { formatNumber, formatValue } from '../services/format.ts'
import { benefitPeriodsRef, listUrl, recordUrl } from '../services/links.ts'
import { periodName, shortPeriod } from '../services/periods.ts'
import type { Route } from '../services/route.ts'
import { useApi } from '../services/use-api.ts'
import { DataDetails, TableHead } from './data-table.tsx'
import { Empty, ErrorState, Loading } from './states.tsx'

export function BenefitsView({
    route,
    locale,
    onNavigate,
}: {
    readonly route: Route
    readonly locale: string
    readonly onNavigate: (change: Partial<Route>, replace?: boolean) => void
}): JSX.Element {
    const id = useId()
    // The portfolios to pick from: those with a scorecard (the scorecard API lists them for the portfolio dimension).
    const portfolios = useApi<readonly DimensionOption[]>('portfolios', (signal) =>
        fetchScorecard({ period: '', dimension: 'portfolio', key: '', history: 0 }, signal).then((r) =>
            r.ok ? { ok: true as const, value: r.value.dimensionOptions.portfolio ?? [] } : r
        )
    )
    const options: readonly DimensionOption[] = portfolios.resource.state === 'ready' ? portfolios.resource.value : []
    // The projects to pick from: every project with benefits (GET /benefits/projects).
    const projectList = useApi<readonly BenefitProject[]>('projects', (signal) => fetchBenefitProjects('', signal))
    const projects: readonly BenefitProject[] = projectList.resource.state === 'ready' ? projectList.resource.value : []
    const first = options[0]
    useEffect(() => {
        if (route.scopeId === '' && first !== undefined) onNavigate({ scope: 'portfolio', scopeId: first.key }, true)
    }, [route.scopeId, first, onNavigate])

    const query = { scope: route.scope, sysId: route.scopeId }
    const { resource, retry } = useApi(JSON.stringify(query), (signal) =>
        route.scopeId === '' ? Promise.resolve({ ok: true as const, value: undefined }) : fetchBenefits(query, signal)
    )
    const shown =
        resource.state === 'ready' ? resource.value : resource.state === 'loading' ? resource.previous : undefined
    const choosing = route.scopeId === ''
    return (
        <section className="itvc-view" aria-labelledby="itvc-benefits-title">
            <div className="itvc-toolbar">
                <h2 id="itvc-benefits-title" className="itvc-view__title">
                    Benefits{shown === undefined || shown.scope.name === '' ? '' : `: ${shown.scope.name}`}
                </h2>
                <div className="itvc-toolbar__controls">
                    <div className="itvc-picker">
                        <label htmlFor={`${id}-portfolio`}>Portfolio</label>
                        <select
                            id={`${id}-portfolio`}
                            name="portfolio"
                            value={route.scope === 'portfolio' ? route.scopeId : ''}
                            onChange={(e) => onNavigate({ scope: 'portfolio', scopeId: e.target.value })}
                            disabled={options.length === 0}
                        >
                            {route.scope === 'portfolio' && options.some((o) => o.key === route.scopeId) ? null : (
                                <option value="">
                                    {route.scope === 'project' ? 'A project (see the title)' : 'Choose…'}
                                </option>
                            )}
                            {options.map((o) => (
                                <option key={o.key} value={o.key}>
                                    {o.label}
                                </option>
                            ))}
                        </select>
                    </div>
                    <div className="itvc-picker">
                        <label htmlFor={`${id}-project`}>Project</label>
                        <select
                            id={`${id}-project`}
                            name="project"
                            value={route.scope === 'project' ? route.scopeId : ''}
                            onChange={(e) => {
                                if (e.target.value !== '') onNavigate({ scope: 'project', scopeId: e.target.value })
                            }}
                            disabled={projects.length === 0}
                        >
                            {route.scope === 'project' && projects.some((p) => p.sysId === route.scopeId) ? null : (
                                <option value="">
                                    {route.scope === 'portfolio' ? 'All of the portfolio' : 'Choose…'}
                                </option>
                            )}
                            {projects.map((p) => (
                                <option key={p.sysId} value={p.sysId}>
                                    {[p.number, p.name].filter((t) => t !== '').join(' ')}
                                </option>
                            ))}
                        </select>
                    </div>
                </div>
            </div>
            {choosing && portfolios.resource.state === 'loading' ? (
                <Loading label="Loading the portfolios…" rows={2} />
            ) : choosing && portfolios.resource.state === 'error' ? (
                <ErrorState error={portfolios.resource.error} what="the portfolios" onRetry={portfolios.retry} />
            ) : choosing ? (
                <Empty title="No portfolio to show">
                    No portfolio has a scorecard yet. Open a project&apos;s benefits from its record, or ask a portfolio
                    owner to run the scorecard roll-up.
                </Empty>
            ) : resource.state === 'error' ? (
                <ErrorState error={resource.error} what="the benefits" onRetry={retry} />
            ) : shown === undefined ? (
                <Loading label="Loading the benefits…" rows={2} />
            ) : (
                <BenefitsBody summary={shown} locale={locale} busy={resource.state === 'loading'} />
            )}
        </section>
    )
}

function Fact({ label, value, testId }: { readonly label: string; readonly value: string; readonly testId?: string }) {
    return (
        <div className="itvc-fact">
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
        </div>
    )
}

function BenefitsBody({
    summary,
    locale,
    busy,
}: {
    readonly summary: BenefitsSummary
    readonly locale: string
    readonly busy: boolean
}): JSX.Element {
    const options: FormatOptions = { unit: 'currency', currency: summary.currency, locale }
    const compact = { ...options, compact: true }
    const data = summary.periods.map((p) => ({ ...p, label: shortPeriod(p.period) }))
    const { scope } = summary
    const kind = scope.type === 'project' ? 'project' : 'portfolio'
    return (
        <div className={busy ? 'itvc-busy' : undefined} aria-busy={busy}>
            <dl className="itvc-facts">
                <Fact label="Planned" value={formatValue(summary.totals.planned, compact)} testId="benefits-planned" />
                <Fact
                    label="Realised"
                    value={formatValue(summary.totals.realised, compact)}
                    testId="benefits-realised"
                />
                <Fact
                    label="Realisation"
                    value={formatValue(summary.totals.realisationPct, { ...options, unit: 'percent' })}
                />
                <Fact label="Variance" value={formatValue(summary.totals.variance, compact)} />
                {summary.value === null ? null : (
                    <>
                        <Fact label="ROI" value={formatValue(summary.value.roiPct, { ...options, unit: 'percent' })} />
                        <Fact label="NPV" value={formatValue(summary.value.npv, compact)} />
                        <Fact
                            label="Payback"
                            value={
                                summary.value.paybackMonths === null
                                    ? 'not yet'
                                    : `${formatNumber(summary.value.paybackMonths, locale, 0)} months`
                            }
                        />
                    </>
                )}
            </dl>
            {summary.periods.length === 0 ? (
                <Empty title="No benefit plan yet">No benefit of this {kind} has planned or realised amounts.</Empty>
            ) : (
                <figure className="itvc-chart" data-testid="benefits-chart">
                    <figcaption className="itvc-meta">
                        Planned and realised benefits per period in {summary.currency} (bars, left axis) and their
                        cumulative sums (lines, right axis).
                    </figcaption>
                    <ResponsiveContainer width="100%" height={320}>
                        <ComposedChart data={data} margin={{ top: 16, right: 8, bottom: 8, left: 8 }}>
                            <CartesianGrid stroke="var(--itvc-border)" strokeDasharray="3 3" vertical={false} />
                            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
                            <YAxis
                                yAxisId="period"
                                width={72}
                                tick={{ fontSize: 12 }}
                                tickFormatter={(v: number) => formatValue(v, compact)}
                            />
                            <YAxis
                                yAxisId="cumulative"
                                orientation="right"
                                width={72}
                                tick={{ fontSize: 12 }}
                                tickFormatter={(v: number) => formatValue(v, compact)}
                            />
                            <Tooltip
                                formatter={(value, name) => [
                                    formatValue(typeof value === 'number' ? value : null, options),
                                    name,
                                ]}
                                labelFormatter={(_label, payload) =>
                                    periodName(String(payload[0]?.payload?.period ?? ''))
                                }
                            />
                            <Legend />
                            <Bar
                                yAxisId="period"
                                name="Planned"
                                dataKey="planned"
                                fill="var(--itvc-planned)"
                                isAnimationActive={false}
                            />
                            <Bar
                                yAxisId="period"
                                name="Realised"
                                dataKey="realised"
                                fill="var(--itvc-accent)"
                                isAnimationActive={false}
                            />
                            <Line
                                yAxisId="cumulative"
                                name="Cumulative planned"
                                type="monotone"
                                dataKey="cumulativePlanned"
                                stroke="var(--itvc-muted)"
                                strokeDasharray="6 4"
                                dot={false}
                                isAnimationActive={false}
                            />
                            <Line
                                yAxisId="cumulative"
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
                <DataDetails>
                    <table className="itvc-table">
                        <caption className="itvc-sr-only">Planned and realised benefits by period</caption>
                        <TableHead
                            columns={[
                                { label: 'Period' },
                                { label: 'Planned', numeric: true },
                                { label: 'Realised', numeric: true },
                                { label: 'Cumulative planned', numeric: true },
                                { label: 'Cumulative realised', numeric: true },
                            ]}
                        />
                        <tbody>
                            {summary.periods.map((p) => {
                                const href = listUrl(benefitPeriodsRef(kind, scope.sysId, p.period))
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
                </DataDetails>
            )}
            <section className="itvc-at-risk" aria-labelledby="itvc-at-risk-title">
                <h3 id="itvc-at-risk-title">Benefits at risk</h3>
                {summary.atRisk.length === 0 ? (
                    <p className="itvc-meta">No benefit of this {kind} is at risk.</p>
                ) : (
                    <table className="itvc-table" data-testid="at-risk">
                        <TableHead
                            columns={[
                                { label: 'Benefit' },
                                { label: 'Planned', numeric: true },
                                { label: 'Realised', numeric: true },
                                { label: 'Realisation', numeric: true },
                            ]}
                        />
                        <tbody>
                            {summary.atRisk.map((b) => (
                                <tr key={b.sysId}>
                                    <th scope="row">
                                        <a href={recordUrl('x_itvc_value_benefit', b.sysId)}>
                                            {b.number === '' ? null : <span className="itvc-number">{b.number}</span>}
                                            {b.name}
                                        </a>
                                    </th>
                                    <td className="itvc-num">{formatValue(b.plannedTotal, compact)}</td>
                                    <td className="itvc-num">{formatValue(b.realisedTotal, compact)}</td>
                                    <td className="itvc-num">
                                        {formatValue(b.realisationPct, { ...options, unit: 'percent' })}
                                    </td>
                                </tr>
                            ))}
                        </tbody>
                    </table>
                )}
            </section>
        </div>
    )
}

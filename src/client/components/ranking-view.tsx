/** Demands ranked by value: state, score, WSJF, score status, and each row's score breakdown on demand. */
import type { JSX } from 'react'
import { Fragment, useState } from 'react'
import type { RankedDemand, ScoreLine } from '../services/api.ts'
import { fetchDemandScore, fetchRanking } from '../services/api.ts'
import { formatNumber } from '../services/format.ts'
import { demandScoresRef, listUrl, recordUrl } from '../services/links.ts'
import type { Route } from '../services/route.ts'
import { useApi } from '../services/use-api.ts'
import { TableHead } from './data-table.tsx'
import { Empty, ErrorState, Loading } from './states.tsx'

const PAGE = 25

const SCORE_STATUS: Readonly<Record<string, string>> = {
    scored: 'Scored',
    partial: 'Partly scored',
    unscored: 'Not scored',
}

export function RankingView({ route, locale }: { readonly route: Route; readonly locale: string }): JSX.Element {
    const [limit, setLimit] = useState(PAGE)
    const query = { model: route.model, limit, offset: 0 }
    const { resource, retry } = useApi(JSON.stringify(query), (signal) => fetchRanking(query, signal))
    const shown =
        resource.state === 'ready' ? resource.value : resource.state === 'loading' ? resource.previous : undefined
    return (
        <section className="itvc-view" aria-labelledby="itvc-ranking-title">
            <div className="itvc-toolbar">
                <h2 id="itvc-ranking-title" className="itvc-view__title">
                    Demand ranking{shown === undefined || shown.model.name === '' ? '' : `: ${shown.model.name}`}
                </h2>
            </div>
            {resource.state === 'error' ? (
                <ErrorState error={resource.error} what="the demand ranking" onRetry={retry} />
            ) : shown === undefined ? (
                <Loading label="Loading the ranking…" rows={6} />
            ) : shown.demands.length === 0 ? (
                <Empty title="No scored demands">
                    No demand has a score under this model yet. Assessors rate demands from the demand form.
                </Empty>
            ) : (
                <div aria-busy={resource.state === 'loading'}>
                    <table className="itvc-table itvc-ranking" data-testid="ranking">
                        <caption className="itvc-meta">
                            {shown.demands.length} of {shown.total} demands, best first. Expand a row for its score
                            breakdown.
                        </caption>
                        <TableHead
                            columns={[
                                { label: 'Breakdown', hidden: true },
                                { label: 'Rank' },
                                { label: 'Demand' },
                                { label: 'State' },
                                { label: 'Score', numeric: true },
                                { label: 'WSJF', numeric: true },
                                { label: 'Score status' },
                            ]}
                        />
                        <tbody>
                            {shown.demands.map((d) => (
                                <RankingRow key={d.sysId || d.number} demand={d} locale={locale} />
                            ))}
                        </tbody>
                    </table>
                    {shown.demands.length < shown.total ? (
                        <button type="button" className="itvc-button" onClick={() => setLimit((n) => n + PAGE)}>
                            Show {Math.min(PAGE, shown.total - shown.demands.length)} more
                        </button>
                    ) : null}
                </div>
            )}
        </section>
    )
}

function RankingRow({ demand, locale }: { readonly demand: RankedDemand; readonly locale: string }): JSX.Element {
    const [open, setOpen] = useState(false)
    const panel = `breakdown-${demand.sysId || demand.number}`
    const label = demand.number === '' ? demand.name : `${demand.number} ${demand.name}`
    return (
        <Fragment>
            <tr className={open ? 'itvc-row--open' : undefined} data-demand={demand.number}>
                <td>
                    <button
                        type="button"
                        className="itvc-expand"
                        aria-expanded={open}
                        aria-controls={panel}
                        aria-label={`${open ? 'Hide' : 'Show'} the score breakdown of ${label}`}
                        onClick={() => setOpen((o) => !o)}
                    >
                        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                    </button>
                </td>
                <td>{demand.rank}</td>
                <th scope="row">
                    <a href={recordUrl('dmn_demand', demand.sysId)}>
                        {demand.number === '' ? null : <span className="itvc-number">{demand.number}</span>}
                        {demand.name}
                    </a>
                </th>
                <td data-testid="demand-state">{demand.state || '–'}</td>
                <td className="itvc-num">
                    <a
                        href={listUrl(demandScoresRef(demand.sysId))}
                        aria-label={`Score ${formatNumber(demand.score, locale)}: open the score records`}
                    >
                        {formatNumber(demand.score, locale)}
                    </a>
                </td>
                <td className="itvc-num">{formatNumber(demand.wsjf, locale)}</td>
                <td>
                    {SCORE_STATUS[demand.status] ?? (demand.status || '–')}
                    {demand.override === null ? null : (
                        <span className="itvc-tag" title={demand.override.reason}>
                            overridden
                        </span>
                    )}
                </td>
            </tr>
            {open ? (
                <tr className="itvc-breakdown-row">
                    <td colSpan={7} id={panel}>
                        <Breakdown demand={demand} locale={locale} />
                    </td>
                </tr>
            ) : null}
        </Fragment>
    )
}

/** The criteria behind a score: from the ranking answer, or fetched from the demand's score route. */
function Breakdown({ demand, locale }: { readonly demand: RankedDemand; readonly locale: string }): JSX.Element {
    const inline = demand.breakdown.length > 0
    const { resource, retry } = useApi(inline ? 'inline' : demand.sysId, (signal) =>
        inline
            ? Promise.resolve({
                  ok: true as const,
                  value: { score: demand.score, wsjf: demand.wsjf, breakdown: demand.breakdown },
              })
            : fetchDemandScore(demand.sysId, signal)
    )
    if (resource.state === 'error')
        return <ErrorState error={resource.error} what="the score breakdown" onRetry={retry} />
    if (resource.state === 'loading') return <Loading label="Loading the breakdown…" rows={1} />
    const lines: readonly ScoreLine[] = resource.value.breakdown
    if (lines.length === 0) return <p className="itvc-meta">This score has no criteria breakdown.</p>
    return (
        <table className="itvc-table itvc-table--compact" data-testid="breakdown">
            <caption className="itvc-sr-only">Score breakdown</caption>
            <TableHead
                columns={[
                    { label: 'Criterion' },
                    { label: 'Weight', numeric: true },
                    { label: 'Rating', numeric: true },
                    { label: 'Contribution', numeric: true },
                ]}
            />
            <tbody>
                {lines.map((l) => (
                    <tr key={l.criterion}>
                        <th scope="row">{l.criterion}</th>
                        <td className="itvc-num">{formatNumber(l.weight, locale)}</td>
                        <td className="itvc-num">{formatNumber(l.rating, locale)}</td>
                        <td className="itvc-num">{formatNumber(l.contribution, locale)}</td>
                    </tr>
                ))}
            </tbody>
        </table>
    )
}

/**
 * What the scorecard REST routes read and how they answer: scorecards, entries and the catalog read with the
 * caller's ACLs (GlideRecordSecure), request parameters and body, and the error envelope.
 */
import { GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import type {
    Dimension,
    EntryValues,
    Failure,
    IsoDate,
    Metric,
    QueryParams,
    ScorecardRecord,
    TrendHit,
} from '../core/index.ts'
import { readCatalog } from './glide-scorecard-config.ts'
import { ENTRY_TABLE, entryOf, MAX_SCORECARDS, RUN_TABLE, SCORECARD_TABLE } from './glide-scorecard-store.ts'

/** The first value of every query parameter. */
export function queryParams(request: RESTAPIRequest): QueryParams {
    const out: Record<string, string> = {}
    const all = (request.queryParams ?? {}) as Readonly<Record<string, unknown>>
    for (const [name, value] of Object.entries(all)) {
        const first: unknown = Array.isArray(value) ? value[0] : value
        if (typeof first === 'string') out[name] = first
    }
    return out
}

/** The parsed JSON body (`undefined` when there is none). */
export function requestBody(request: RESTAPIRequest): unknown {
    const body = request.body as { data?: unknown } | undefined
    return body?.data
}

/** A path parameter ('' when absent). */
export function pathParam(request: RESTAPIRequest, name: string): string {
    const value: unknown = (request.pathParams as Readonly<Record<string, unknown>> | undefined)?.[name]
    return typeof value === 'string' ? value.trim() : ''
}

/** Answers with the platform's error envelope: message, and the failure's code as detail. */
export function refuse(response: RESTAPIResponse, status: number, failure: Failure | string): void {
    const error = new ServiceError()
    error.setStatus(status)
    error.setMessage(typeof failure === 'string' ? failure : failure.message)
    if (typeof failure !== 'string') error.setDetail(failure.code)
    response.setError(error)
}

/** The catalog as the caller may read it. */
export function readCatalogSecure(): Metric[] {
    return readCatalog(true)
}

/**
 * The as-of dates of roll-up runs, by sys_id (one query; at most as many rows as ids). The records behind a stored
 * value are read with the date its run judged "due" by.
 */
function runDates(runIds: readonly string[]): Map<string, IsoDate> {
    const out = new Map<string, IsoDate>()
    const ids = [...new Set(runIds.filter((id) => id !== ''))]
    if (ids.length === 0) return out
    // Runs are portfolio owners' records; a viewer's link needs only this date, and no run is returned.
    // system access: the as-of date of the run that wrote a scorecard the caller may read
    const gr = new GlideRecord(RUN_TABLE)
    gr.addQuery('sys_id', 'IN', ids.join(','))
    gr.setLimit(ids.length)
    gr.query()
    while (gr.next()) {
        const asOf = (gr.getValue('as_of') ?? '').slice(0, 10)
        if (asOf !== '') out.set(gr.getUniqueValue(), asOf)
    }
    return out
}

function entriesOf(
    query: string,
    metrics: readonly Metric[],
    limit: number
): { scorecard: string; entry: EntryValues }[] {
    const keyOf = new Map(metrics.map((m) => [m.sysId, m.key]))
    const gr = new GlideRecordSecure(ENTRY_TABLE)
    gr.addEncodedQuery(query)
    gr.setLimit(limit)
    gr.query()
    const out: { scorecard: string; entry: EntryValues }[] = []
    while (gr.next()) {
        const key = keyOf.get(gr.getValue('metric') ?? '')
        if (key !== undefined) out.push({ scorecard: gr.getValue('scorecard') ?? '', entry: entryOf(gr, key) })
    }
    return out
}

/** A stored scorecard as a trend reads it. */
interface TrendCard {
    readonly period: string
    readonly label: string
    readonly computedAt: string | null
    readonly run: string
}

/**
 * The scorecards of one dimension key over some periods the caller may read, by sys_id (one query; at most two per
 * period).
 */
function keyCards(periods: readonly string[], dimension: Dimension, key: string): Map<string, TrendCard> {
    const gr = new GlideRecordSecure(SCORECARD_TABLE)
    gr.addQuery('period_label', 'IN', periods.join(','))
    gr.addQuery('dimension', dimension)
    if (dimension === 'all') gr.addNullQuery('dimension_key')
    else gr.addQuery('dimension_key', key)
    gr.setLimit(periods.length * 2)
    gr.query()
    const cards = new Map<string, TrendCard>()
    while (gr.next()) {
        cards.set(gr.getUniqueValue(), {
            period: gr.getValue('period_label') ?? '',
            label: gr.getValue('dimension_label') ?? '',
            computedAt: gr.getValue('computed_at'),
            run: gr.getValue('run') ?? '',
        })
    }
    return cards
}

/** Adds an entry of a card to a trend by period label (the first one of a period stands). */
function addHit(out: Map<string, TrendHit>, card: TrendCard, entry: EntryValues, dates: Map<string, IsoDate>): void {
    if (out.has(card.period)) return
    out.set(card.period, { label: card.label, computedAt: card.computedAt, asOf: dates.get(card.run) ?? null, entry })
}

/**
 * The scorecards of a period and dimension the caller may read (their keys), and the one of `key` with its entries
 * (`null` when there is none or no key was asked for). With `history` (period labels, ending with `period`): every
 * metric's entries of the same key in those periods, by metric key and period label — read with the scorecard's own
 * entries in one query, after one query for the key's scorecards of those periods (5 queries with the catalog's,
 * whatever the number of metrics; 4 without history).
 */
export function readScorecard(
    period: string,
    dimension: Dimension,
    key: string | null,
    metrics: readonly Metric[],
    history: readonly string[] = []
): {
    scorecard: ScorecardRecord | null
    keys: { key: string; label: string }[]
    history: Map<string, Map<string, TrendHit>>
} {
    const gr = new GlideRecordSecure(SCORECARD_TABLE)
    gr.addQuery('period_label', period)
    gr.addQuery('dimension', dimension)
    gr.orderBy('dimension_label')
    gr.setLimit(MAX_SCORECARDS)
    gr.query()
    const keys: { key: string; label: string }[] = []
    const byMetric = new Map<string, Map<string, TrendHit>>()
    let found: Omit<ScorecardRecord, 'entries' | 'asOf'> | null = null
    while (gr.next()) {
        const k = gr.getValue('dimension_key') ?? ''
        const label = gr.getValue('dimension_label') ?? ''
        if (keys.some((x) => x.key === k)) continue
        keys.push({ key: k, label })
        if (key !== null && k === key) {
            found = {
                sysId: gr.getUniqueValue(),
                key: k,
                label,
                computedAt: gr.getValue('computed_at'),
                run: gr.getValue('run'),
            }
        }
    }
    if (found === null) return { scorecard: null, keys, history: byMetric }
    const own: TrendCard = { period, label: found.label, computedAt: found.computedAt, run: found.run ?? '' }
    const cards = history.length > 0 ? keyCards(history, dimension, found.key) : new Map<string, TrendCard>()
    // the requested period's point is this scorecard's, as its own entries are
    for (const [id, card] of cards) if (card.period === period) cards.delete(id)
    cards.set(found.sysId, own)
    const ids = [...cards.keys()]
    const query = ids.length === 1 ? `scorecard=${found.sysId}` : `scorecardIN${ids.join(',')}`
    const entries = entriesOf(query, metrics, (metrics.length + 1) * ids.length)
    const dates = runDates([...cards.values()].map((c) => c.run))
    const asOf = found.run ? (dates.get(found.run) ?? null) : null
    const ownEntries = entries.filter((e) => e.scorecard === found.sysId).map((e) => e.entry)
    if (history.length > 0) {
        for (const { scorecard, entry } of entries) {
            const card = cards.get(scorecard)
            if (!card) continue
            const hits = byMetric.get(entry.metric) ?? new Map<string, TrendHit>()
            byMetric.set(entry.metric, hits)
            addHit(hits, card, entry, dates)
        }
    }
    return { scorecard: { ...found, asOf, entries: ownEntries }, keys, history: byMetric }
}

/** One metric's entries in the scorecards of a dimension key over some periods, by period label. */
export function readTrend(
    periods: readonly string[],
    dimension: Dimension,
    key: string,
    metric: Metric
): Map<string, TrendHit> {
    const cards = keyCards(periods, dimension, key)
    const out = new Map<string, TrendHit>()
    if (cards.size === 0) return out
    const dates = runDates([...cards.values()].map((c) => c.run))
    const query = `scorecardIN${[...cards.keys()].join(',')}^metric=${metric.sysId}`
    for (const { scorecard, entry } of entriesOf(query, [metric], periods.length * 2)) {
        const card = cards.get(scorecard)
        if (card) addHit(out, card, entry, dates)
    }
    return out
}

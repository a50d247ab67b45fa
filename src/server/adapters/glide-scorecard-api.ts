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

/**
 * The scorecards of a period and dimension the caller may read (their keys), and the one of `key` with its entries
 * (`null` when there is none or no key was asked for).
 */
export function readScorecard(
    period: string,
    dimension: Dimension,
    key: string | null,
    metrics: readonly Metric[]
): { scorecard: ScorecardRecord | null; keys: { key: string; label: string }[] } {
    const gr = new GlideRecordSecure(SCORECARD_TABLE)
    gr.addQuery('period_label', period)
    gr.addQuery('dimension', dimension)
    gr.orderBy('dimension_label')
    gr.setLimit(MAX_SCORECARDS)
    gr.query()
    const keys: { key: string; label: string }[] = []
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
    if (found === null) return { scorecard: null, keys }
    const entries = entriesOf(`scorecard=${found.sysId}`, metrics, metrics.length + 1).map((e) => e.entry)
    const asOf = found.run ? (runDates([found.run]).get(found.run) ?? null) : null
    return { scorecard: { ...found, asOf, entries }, keys }
}

/** One metric's entries in the scorecards of a dimension key over some periods, by period label. */
export function readTrend(
    periods: readonly string[],
    dimension: Dimension,
    key: string,
    metric: Metric
): Map<string, TrendHit> {
    const gr = new GlideRecordSecure(SCORECARD_TABLE)
    gr.addQuery('period_label', 'IN', periods.join(','))
    gr.addQuery('dimension', dimension)
    if (dimension === 'all') gr.addNullQuery('dimension_key')
    else gr.addQuery('dimension_key', key)
    gr.setLimit(periods.length * 2)
    gr.query()
    const cards = new Map<string, { period: string; label: string; computedAt: string | null; run: string }>()
    while (gr.next()) {
        cards.set(gr.getUniqueValue(), {
            period: gr.getValue('period_label') ?? '',
            label: gr.getValue('dimension_label') ?? '',
            computedAt: gr.getValue('computed_at'),
            run: gr.getValue('run') ?? '',
        })
    }
    const out = new Map<string, TrendHit>()
    if (cards.size === 0) return out
    const dates = runDates([...cards.values()].map((c) => c.run))
    const query = `scorecardIN${[...cards.keys()].join(',')}^metric=${metric.sysId}`
    for (const { scorecard, entry } of entriesOf(query, [metric], periods.length * 2)) {
        const card = cards.get(scorecard)
        if (card && !out.has(card.period))
            out.set(card.period, {
                label: card.label,
                computedAt: card.computedAt,
                asOf: dates.get(card.run) ?? null,
                entry,
            })
    }
    return out
}

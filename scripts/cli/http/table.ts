/**
 * Table API client (rest-contract.md §1–§5, §8): paging by `Link` rel="next" with `X-Total-Count` as a check, offset
 * paging when `Link` is suppressed, short and empty pages, 202 without content, and creates that are never repeated
 * blindly (the idempotency key is looked up first).
 */
import type { ItvcClient, Params } from './client.ts'
import { ItvcError, isItvcError } from './errors.ts'
import { linkFor, parseLinkHeader } from './link.ts'
import type { TableSpec } from './query.ts'
import { checkFields, checkQuery } from './query.ts'
import { parseResponse } from '../schemas/parse.ts'
import { TableList, TableRecord } from '../schemas/wire.ts'

/** The pinned Table API (rest-contract.md §1). */
export const TABLE_API = '/api/now/v2/table'

/** A raw record as the Table API sends it (values still strings or value objects). */
export type RawRecord = Readonly<Record<string, unknown>>

/** What to list. */
export interface ListOptions {
    /** Encoded query without ordering; checked against the table's known fields. */
    readonly query?: string
    /** ORDERBY fields (a leading `-` means descending); `sys_id` by default so offsets are stable. */
    readonly orderBy?: readonly string[]
    readonly fields?: readonly string[]
    /** Rows per page (`sysparm_limit`); 1,000 by default. */
    readonly pageSize?: number
    readonly displayValue?: 'false' | 'true' | 'all'
    /** Guard against endless paging; 100,000 pages by default. */
    readonly maxPages?: number
}

/** One page as it arrived. */
export interface Page {
    readonly rows: readonly RawRecord[]
    /** 1-based page number. */
    readonly page: number
    readonly offset: number
    readonly limit: number
    /** `X-Total-Count` of the query (counted before row-level ACLs), when sent. */
    readonly total: number | undefined
    /** Rows received so far, this page included. */
    readonly received: number
}

/** What a complete listing saw. */
export interface ListSummary {
    readonly rows: number
    readonly pages: number
    readonly total: number | undefined
    /** How the pages were walked. */
    readonly paging: 'link' | 'offset'
    /** A difference between `X-Total-Count` and the rows received, explained. */
    readonly warning?: string
}

function tablePath(table: string, sysId?: string): string {
    return `${TABLE_API}/${encodeURIComponent(table)}${sysId === undefined ? '' : `/${encodeURIComponent(sysId)}`}`
}

/**
 * The `sysparm_query` value: the filter then the ORDERBY terms.
 * @example encodedQuery('active=true', ['-number', 'sys_id']) //=> 'active=true^ORDERBYDESCnumber^ORDERBYsys_id'
 */
export function encodedQuery(query: string | undefined, orderBy: readonly string[]): string {
    const order = orderBy.map((f) => (f.startsWith('-') ? `ORDERBYDESC${f.slice(1)}` : `ORDERBY${f}`))
    return [query ?? '', ...order].filter((t) => t !== '').join('^')
}

function totalOf(headers: Readonly<Record<string, string>>): number | undefined {
    const raw = headers['x-total-count']
    if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined
    return Number(raw)
}

function offsetOf(url: string): number | undefined {
    const raw = new URL(url).searchParams.get('sysparm_offset')
    return raw !== null && /^-?\d+$/.test(raw) ? Number(raw) : undefined
}

/**
 * Lists every row of a query, page by page (rest-contract.md §5): follows `rel="next"` until it is absent and ignores
 * `prev` (offset −1 on page 1); with `Link` suppressed it steps the offset until `X-Total-Count`; it never stops on a
 * short or empty page while a next page exists. A GET answered 202 without content is an empty page.
 */
export async function* listPages(
    client: ItvcClient,
    spec: TableSpec,
    options: ListOptions = {}
): AsyncGenerator<Page, ListSummary, undefined> {
    if (options.query !== undefined && options.query !== '') checkQuery(spec, options.query)
    const orderBy = options.orderBy ?? ['sys_id']
    checkQuery(spec, encodedQuery(undefined, orderBy))
    if (options.fields !== undefined) checkFields(spec, options.fields)
    const limit = options.pageSize ?? 1000
    if (!Number.isInteger(limit) || limit < 1) throw new ItvcError('USAGE', `page size must be a positive integer`)
    const maxPages = options.maxPages ?? 100_000
    const what = `table ${spec.name}`
    const params: Params = {
        sysparm_query: encodedQuery(options.query, orderBy),
        sysparm_fields: options.fields?.join(','),
        sysparm_display_value: options.displayValue ?? 'false',
        sysparm_exclude_reference_link: 'true',
        sysparm_limit: limit,
        sysparm_offset: 0,
    }
    let next: { url: string; params?: Params } | undefined = { url: tablePath(spec.name), params }
    let offset = 0
    let total: number | undefined
    let received = 0
    let page = 0
    let paging: 'link' | 'offset' = 'link'
    while (next !== undefined) {
        page++
        if (page > maxPages)
            throw new ItvcError('CONTRACT.PAGING', `${what}: more than ${maxPages} pages; stopped (paging guard)`)
        const response = await client.request({
            method: 'GET',
            url: next.url,
            ...(next.params ? { params: next.params } : {}),
            what,
        })
        const sent = new URL(response.url)
        const pageLimit = response.limit ?? Number(sent.searchParams.get('sysparm_limit') ?? limit)
        offset = Number(sent.searchParams.get('sysparm_offset') ?? offset)
        const rows =
            response.status === 202 && response.json === undefined
                ? []
                : parseResponse(TableList, response.json, what).result
        total = totalOf(response.headers) ?? total
        received += rows.length
        yield { rows, page, offset, limit: pageLimit, total, received }

        const link = response.headers['link']
        if (link !== undefined && link.trim() !== '') {
            paging = 'link'
            const parsed = parseLinkHeader(link)
            if (!parsed.ok) throw new ItvcError('CONTRACT.PAGING', `${what}: malformed Link header (${parsed.message})`)
            const target = linkFor(parsed.links, 'next')
            if (target === undefined) {
                next = undefined
            } else {
                // the link may name the instance by another host name: only its path and query are used, so
                // credentials never leave the configured origin
                const url = new URL(target, `${client.instance}/`)
                const nextOffset = offsetOf(url.toString())
                if (url.pathname !== tablePath(spec.name))
                    throw new ItvcError('CONTRACT.PAGING', `${what}: rel="next" points to ${url.pathname}`)
                if (nextOffset === undefined || nextOffset < 0 || nextOffset <= offset)
                    throw new ItvcError(
                        'CONTRACT.PAGING',
                        `${what}: rel="next" does not advance (offset ${String(nextOffset)} after ${offset})`
                    )
                next = { url: `${url.pathname}${url.search}` }
            }
        } else if (response.status === 202 && response.json === undefined && total === undefined) {
            next = undefined
        } else {
            paging = 'offset'
            const nextOffset = offset + pageLimit
            const more = total !== undefined ? nextOffset < total : rows.length > 0
            next = more
                ? {
                      url: tablePath(spec.name),
                      params: { ...params, sysparm_limit: pageLimit, sysparm_offset: nextOffset },
                  }
                : undefined
        }
    }
    let warning: string | undefined
    if (total !== undefined && received < total)
        warning = `${total - received} of ${total} counted rows were not returned (hidden by row-level ACLs, or deleted while paging)`
    else if (total !== undefined && received > total)
        warning = `${received - total} more rows than counted (rows were added while paging)`
    return { rows: received, pages: page, total, paging, ...(warning === undefined ? {} : { warning }) }
}

/** Lists every row (all pages) into memory; `onPage` sees each page (progress). */
export async function listAll(
    client: ItvcClient,
    spec: TableSpec,
    options: ListOptions = {},
    onPage?: (page: Page) => void
): Promise<{ rows: RawRecord[]; summary: ListSummary }> {
    const rows: RawRecord[] = []
    const pages = listPages(client, spec, options)
    for (;;) {
        const step = await pages.next()
        if (step.done === true) return { rows, summary: step.value }
        rows.push(...step.value.rows)
        onPage?.(step.value)
    }
}

/** Reads one record; a 404 means "missing or not readable" (the two are indistinguishable). */
export async function getRecord(
    client: ItvcClient,
    spec: TableSpec,
    sysId: string,
    fields?: readonly string[]
): Promise<RawRecord> {
    if (fields !== undefined) checkFields(spec, fields)
    const what = `${spec.name} record ${sysId}`
    const response = await client.request({
        method: 'GET',
        url: tablePath(spec.name, sysId),
        params: { sysparm_fields: fields?.join(','), sysparm_exclude_reference_link: 'true' },
        what,
    })
    return parseResponse(TableRecord, response.json, what).result
}

/** The outcome of `createOnce`. */
export interface CreateOutcome {
    readonly sysId: string
    /** `created`: this call inserted it; `existed`: the key was found before or after an uncertain failure. */
    readonly outcome: 'created' | 'recovered'
}

/**
 * Inserts one record with an idempotency key: a `sys_id` in the values or an encoded query that finds the record.
 * A POST is never retried blindly (rest-contract.md §8): after a failure that may have committed (500, 502/503/504,
 * a reset or a timeout), the key is looked up first; the POST is repeated only when the record is not there.
 */
export async function createOnce(
    client: ItvcClient,
    spec: TableSpec,
    values: Readonly<Record<string, string>>,
    key: { readonly query: string },
    params: Params = {}
): Promise<CreateOutcome> {
    checkQuery(spec, key.query)
    const what = `table ${spec.name}`
    for (let attempt = 1; ; attempt++) {
        try {
            const response = await client.request({
                method: 'POST',
                url: tablePath(spec.name),
                params: { sysparm_fields: 'sys_id', sysparm_exclude_reference_link: 'true', ...params },
                body: values,
                what,
            })
            const id = parseResponse(TableRecord, response.json, what).result['sys_id']
            return { sysId: typeof id === 'string' ? id : '', outcome: 'created' }
        } catch (error) {
            if (!isItvcError(error, 'HTTP.UNCERTAIN_WRITE')) throw error
            const found = await findOne(client, spec, key.query)
            if (found !== undefined) return { sysId: found, outcome: 'recovered' }
            if (attempt >= client.policy.maxAttempts)
                throw new ItvcError(
                    'HTTP.UNCERTAIN_WRITE',
                    `${error.message}; the record is not there after ${attempt} tries`,
                    error.info
                )
            await client.sleep(Math.min(client.policy.maxDelayMs, client.policy.baseDelayMs * 2 ** (attempt - 1)))
        }
    }
}

/** The sys_id of the first record matching a query, or undefined. */
export async function findOne(client: ItvcClient, spec: TableSpec, query: string): Promise<string | undefined> {
    checkQuery(spec, query)
    const what = `table ${spec.name}`
    const response = await client.request({
        method: 'GET',
        url: tablePath(spec.name),
        params: {
            sysparm_query: query,
            sysparm_fields: 'sys_id',
            sysparm_limit: 1,
            sysparm_exclude_reference_link: 'true',
        },
        what,
    })
    if (response.json === undefined) return undefined
    const id = parseResponse(TableList, response.json, what).result[0]?.['sys_id']
    return typeof id === 'string' ? id : undefined
}

/** Updates fields of one record (PATCH, safe to repeat). */
export async function patchRecord(
    client: ItvcClient,
    spec: TableSpec,
    sysId: string,
    values: Readonly<Record<string, string>>,
    params: Params = {}
): Promise<void> {
    await client.request({
        method: 'PATCH',
        url: tablePath(spec.name, sysId),
        params: { sysparm_fields: 'sys_id', sysparm_exclude_reference_link: 'true', ...params },
        body: values,
        what: `${spec.name} record ${sysId}`,
    })
}

/**
 * The Table API (shared/platform/rest-contract.md §1–§6) in front of the engine's TableService: routes, `sysparm_*`
 * parameters, display-value shapes, the `Link`/`X-Total-Count` headers and request bodies.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { LabUser, RecordView, TableService } from './contract.ts'
import type { LabResponse } from './wire.ts'
import {
    errorResponse,
    failureResponse,
    jsonResponse,
    methodNotSupported,
    noRecordFound,
    unreadableRequest,
    unsupportedMediaType,
} from './wire.ts'

/** Default `sysparm_limit` of the Table API. */
export const DEFAULT_LIMIT = 10000

/** A request path resolved to a Table API resource. */
export interface TableRoute {
    /** `v1` answers an empty list with 404; `v2` and the unversioned path answer 200 []. */
    readonly version: 'v1' | 'v2' | 'default'
    readonly table: string
    readonly sysId?: string
}

const tablePath = /^\/api\/now\/(?:(v1|v2)\/)?table(?:\/|$)/

/**
 * Resolves `/api/now/[v1|v2/]table/{table}[/{sys_id}]`; undefined when the path is not the Table API,
 * 'no_resource' when it is but names no table or too many segments.
 * @example matchTableRoute('/api/now/v2/table/incident') //=> { version: 'v2', table: 'incident' }
 */
export function matchTableRoute(pathname: string): TableRoute | 'no_resource' | undefined {
    const match = tablePath.exec(pathname)
    if (match === null) return undefined
    const version = match[1] === 'v1' || match[1] === 'v2' ? match[1] : 'default'
    let segments: string[]
    try {
        segments = pathname
            .slice(match[0].length)
            .split('/')
            .filter((s) => s !== '')
            .map((s) => decodeURIComponent(s))
    } catch {
        return 'no_resource'
    }
    const [table, sysId, ...rest] = segments
    if (table === undefined || rest.length > 0) return 'no_resource'
    return sysId === undefined ? { version, table } : { version, table, sysId }
}

/** How values are shown (`sysparm_display_value`). */
export type DisplayMode = 'false' | 'true' | 'all'

/** How records are rendered on the wire. */
export interface RenderOptions {
    readonly display: DisplayMode
    readonly excludeReferenceLink: boolean
    /** Instance base URL without a trailing slash, for reference links. */
    readonly instanceUrl: string
}

/**
 * Renders one record with the shapes of §4: every value a string; references as `{link, value}` (false),
 * `{display_value, link}` (true) or `{display_value, link, value}` (all), links dropped with
 * `sysparm_exclude_reference_link=true`; with `all` every other field is `{display_value, value}`.
 */
export function renderRecord(view: RecordView, options: RenderOptions): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const [name, field] of Object.entries(view.fields)) {
        const link =
            field.referenceTable !== undefined && field.value !== '' && !options.excludeReferenceLink
                ? `${options.instanceUrl}/api/now/table/${field.referenceTable}/${field.value}`
                : undefined
        if (options.display === 'false') {
            out[name] = link === undefined ? field.value : { link, value: field.value }
        } else if (options.display === 'true') {
            out[name] = link === undefined ? field.display : { display_value: field.display, link }
        } else {
            out[name] =
                link === undefined
                    ? { display_value: field.display, value: field.value }
                    : { display_value: field.display, link, value: field.value }
        }
    }
    return out
}

/** The paging state a `Link` header describes. */
export interface LinkPage {
    /** `<instanceUrl><path>` the links point to. */
    readonly base: string
    /** The request's other query parameters, in order (repeated in every link). */
    readonly params: readonly (readonly [string, string])[]
    readonly limit: number
    readonly offset: number
    readonly total: number
    /** false when the count is skipped (`sysparm_no_count=true`): no rel="last". */
    readonly withLast: boolean
}

/**
 * The `Link` header exactly as real instances send it (§5): first, prev (offset − limit, even when negative), next
 * (absent on the last page), last; no spaces after `;` or `,`; the other parameters repeated URL-encoded, then
 * `sysparm_limit` and `sysparm_offset`.
 * @example linkHeader({ base: 'https://i/api/now/table/incident', params: [], limit: 1, offset: 0, total: 54, withLast: true })
 * //=> '<https://i/api/now/table/incident?sysparm_limit=1&sysparm_offset=0>;rel="first",<…sysparm_offset=-1>;rel="prev",<…=1>;rel="next",<…=53>;rel="last"'
 */
export function linkHeader(page: LinkPage): string {
    const url = (offset: number): string => {
        const query = new URLSearchParams()
        for (const [name, value] of page.params) query.append(name, value)
        query.append('sysparm_limit', String(page.limit))
        query.append('sysparm_offset', String(offset))
        return `<${page.base}?${query.toString()}>`
    }
    const links = [`${url(0)};rel="first"`, `${url(page.offset - page.limit)};rel="prev"`]
    if (page.offset + page.limit < page.total) links.push(`${url(page.offset + page.limit)};rel="next"`)
    if (page.withLast) {
        const last = page.total > 0 ? Math.floor((page.total - 1) / page.limit) * page.limit : 0
        links.push(`${url(last)};rel="last"`)
    }
    return links.join(',')
}

/** Page faults the server passes in (rest-contract.md §12.5). */
export interface PageFaults {
    /** At most this many rows on a list page (short or empty page). */
    readonly rowCap?: number
    /** Drop the `Link` header. */
    readonly suppressLink: boolean
}

/** One Table API call. */
export interface TableCall {
    readonly method: string
    readonly route: TableRoute
    readonly url: URL
    readonly headers: IncomingHttpHeaders
    readonly body: Buffer
    readonly user: LabUser
    readonly instanceUrl: string
    readonly page: PageFaults
}

function isTrue(value: string | null): boolean {
    return value !== null && value.toLowerCase() === 'true'
}

function displayMode(value: string | null): DisplayMode {
    const v = (value ?? '').toLowerCase()
    return v === 'true' || v === 'all' ? v : 'false'
}

function fieldList(value: string | null): string[] | undefined {
    const fields = (value ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter((f) => f !== '')
    return fields.length > 0 ? fields : undefined
}

function pickFields(view: RecordView, fields: readonly string[] | undefined): RecordView {
    if (fields === undefined) return view
    return {
        sysId: view.sysId,
        fields: Object.fromEntries(Object.entries(view.fields).filter(([k]) => fields.includes(k))),
    }
}

/** Non-`sysparm_` parameters become `name=value` terms when there is no `sysparm_query` (they can't be combined). */
function listQuery(query: URLSearchParams): string {
    const encoded = query.get('sysparm_query')
    if (encoded !== null && encoded !== '') return encoded
    return [...query.entries()]
        .filter(([k]) => !k.startsWith('sysparm_'))
        .map(([k, v]) => `${k}=${v}`)
        .join('^')
}

type Parsed<T> = { ok: true; value: T } | { ok: false; response: LabResponse }

function parseCount(query: URLSearchParams, name: string, fallback: number, min: number): Parsed<number> {
    const raw = query.get(name)
    if (raw === null || raw.trim() === '') return { ok: true, value: fallback }
    const value = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : Number.NaN
    if (!Number.isSafeInteger(value) || value < min) {
        return {
            ok: false,
            response: errorResponse(
                400,
                `Invalid value for ${name}: ${raw}`,
                `${name} must be an integer greater than or equal to ${min}`
            ),
        }
    }
    return { ok: true, value }
}

function mediaType(headers: IncomingHttpHeaders): string | undefined {
    return headers['content-type']?.split(';')[0]?.trim().toLowerCase()
}

/** Whether a content type is JSON (`application/json` or `application/*+json`). */
export function isJsonMediaType(type: string | undefined): boolean {
    return (
        type !== undefined &&
        (type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json')))
    )
}

/**
 * Reads a record body: a JSON object whose values are strings, numbers or booleans (stringified; null means '').
 * An empty body is an empty record. Non-JSON content types are 415, malformed JSON and nested values 400.
 */
export function parseRecordBody(headers: IncomingHttpHeaders, body: Buffer): Parsed<Record<string, string>> {
    if (body.length === 0) return { ok: true, value: {} }
    if (!isJsonMediaType(mediaType(headers)))
        return { ok: false, response: unsupportedMediaType(headers['content-type']) }
    let parsed: unknown
    try {
        parsed = JSON.parse(body.toString('utf8'))
    } catch {
        return { ok: false, response: unreadableRequest('The payload is not valid JSON.') }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { ok: false, response: unreadableRequest('The payload must be one JSON object (one record per call).') }
    }
    const values: Record<string, string> = {}
    for (const [field, value] of Object.entries(parsed)) {
        if (typeof value === 'string') values[field] = value
        else if (typeof value === 'number' || typeof value === 'boolean') values[field] = String(value)
        else if (value === null) values[field] = ''
        else {
            return {
                ok: false,
                response: errorResponse(
                    400,
                    `Invalid value for field '${field}'`,
                    `Field '${field}' must be a string, number or boolean, not ${Array.isArray(value) ? 'an array' : 'an object'}`
                ),
            }
        }
    }
    return { ok: true, value: values }
}

/** Handles one Table API call. */
export function handleTableRequest(tables: TableService, call: TableCall): LabResponse {
    const { route, url, method } = call
    const query = url.searchParams
    const render: RenderOptions = {
        display: displayMode(query.get('sysparm_display_value')),
        excludeReferenceLink: isTrue(query.get('sysparm_exclude_reference_link')),
        instanceUrl: call.instanceUrl,
    }
    const fields = fieldList(query.get('sysparm_fields'))
    const { table } = route

    if (route.sysId === undefined) {
        if (method === 'GET') return list(tables, call, render, fields)
        if (method === 'POST') {
            const values = parseRecordBody(call.headers, call.body)
            if (!values.ok) return values.response
            const result = tables.insert(call.user, table, values.value)
            if (!result.ok) return failureResponse(result.failure, table)
            return jsonResponse(
                201,
                { result: renderRecord(pickFields(result.value, fields), render) },
                { Location: `${call.instanceUrl}/api/now/table/${table}/${result.value.sysId}` }
            )
        }
        return methodNotSupported(method, ['GET', 'POST'])
    }

    const { sysId } = route
    switch (method) {
        case 'GET': {
            const result = tables.get(call.user, table, sysId, fields)
            if (!result.ok) return failureResponse(result.failure, table)
            return jsonResponse(200, { result: renderRecord(result.value, render) })
        }
        case 'PUT':
        case 'PATCH': {
            const values = parseRecordBody(call.headers, call.body)
            if (!values.ok) return values.response
            const result = tables.update(call.user, table, sysId, values.value)
            if (!result.ok) return failureResponse(result.failure, table)
            return jsonResponse(200, { result: renderRecord(pickFields(result.value, fields), render) })
        }
        case 'DELETE': {
            const result = tables.delete(call.user, table, sysId)
            if (!result.ok) return failureResponse(result.failure, table)
            return { status: 204, headers: {}, body: { kind: 'empty' } }
        }
        default:
            return methodNotSupported(method, ['GET', 'PUT', 'PATCH', 'DELETE'])
    }
}

function list(
    tables: TableService,
    call: TableCall,
    render: RenderOptions,
    fields: readonly string[] | undefined
): LabResponse {
    const query = call.url.searchParams
    const limit = parseCount(query, 'sysparm_limit', DEFAULT_LIMIT, 1)
    if (!limit.ok) return limit.response
    const offset = parseCount(query, 'sysparm_offset', 0, 0)
    if (!offset.ok) return offset.response
    const result = tables.list(call.user, call.route.table, {
        query: listQuery(query),
        ...(fields === undefined ? {} : { fields }),
        limit: limit.value,
        offset: offset.value,
    })
    if (!result.ok) return failureResponse(result.failure, call.route.table)
    const { total } = result.value
    const rows = call.page.rowCap === undefined ? result.value.rows : result.value.rows.slice(0, call.page.rowCap)
    if (rows.length === 0 && call.route.version === 'v1') return noRecordFound()

    const noCount = isTrue(query.get('sysparm_no_count'))
    const headers: Record<string, string> = {}
    if (!noCount) headers['X-Total-Count'] = String(total)
    if (!isTrue(query.get('sysparm_suppress_pagination_header')) && !call.page.suppressLink) {
        headers['Link'] = linkHeader({
            base: `${call.instanceUrl}${call.url.pathname}`,
            // the CSRF token never travels back in a header
            params: [...query.entries()].filter(
                ([k]) => k !== 'sysparm_limit' && k !== 'sysparm_offset' && k !== 'sysparm_ck'
            ),
            limit: limit.value,
            offset: offset.value,
            total,
            withLast: !noCount,
        })
    }
    return jsonResponse(200, { result: rows.map((row) => renderRecord(row, render)) }, headers)
}

/** The Aggregate API is not emulated: an explicit 400 instead of a silent wrong answer. */
export function aggregateNotSupported(): LabResponse {
    return errorResponse(
        400,
        'Aggregate API (/api/now/stats) is not supported in the lab',
        'The lab emulates the Table API and Scripted REST only'
    )
}

/** The Batch API is not emulated either. */
export function batchNotSupported(): LabResponse {
    return errorResponse(
        400,
        'Batch API (/api/now/v1/batch) is not supported in the lab',
        'The lab emulates the Table API and Scripted REST only'
    )
}

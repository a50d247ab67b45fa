/**
 * The platform's list view and form, read-only, so the links the app's pages and notifications put out (a
 * scorecard value opens `x_itvc_value_scorecard_entry_list.do?sysparm_query=...`, a benefit its form) work in the
 * lab:
 * - `/<table>_list.do?sysparm_query=<encoded query>&sysparm_first_row=<1-based>&sysparm_rows=<n>&sysparm_view=<view>`:
 *   the table's label, the filter as a breadcrumb (and the raw query), "N records", the columns of the table's list
 *   layout for the view (`sys_ui_list`), display values, paging (20 rows by default, at most 100), ORDERBY and
 *   ORDERBYDESC (column headers sort), each row linked to its form;
 * - `/<table>.do?sys_id=<sys_id>&sysparm_view=<view>`: one record's fields in the form layout of the view
 *   (`sys_ui_form` sections), or every readable field when the app defines no form for the table.
 *
 * Reads go through the ACL engine as the Table API's do (the engine's ListViewService): a table the user cannot
 * read is a 403 page, rows the user cannot read are left out of the page ("Number of rows removed from this list by
 * Security constraints: N"), fields the user cannot read are blank in a list and absent from a form. A page request
 * without a session is redirected to `/login.do`, as an instance does. No list editing, no UI actions, no related
 * lists, no scripts: plain HTML with a small shared stylesheet. Every value is HTML-escaped.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { AuthService, EngineFailure, EngineResult, LabUser } from './contract.ts'
import type { SessionStore } from './sessions.ts'
import type { LabResponse } from './wire.ts'

/** Rows of a list page when `sysparm_rows` is absent (the platform's default). */
export const DEFAULT_ROWS = 20
/** Most rows of one list page (the platform's largest page size); more is capped to this. */
export const MAX_ROWS = 100

/** A column of a list. */
export interface ListColumn {
    /** Field name, possibly dot-walked (`scorecard.period_label`). */
    readonly name: string
    /** Field label, dot-walk steps joined by `.` (`Scorecard.Period label`). */
    readonly label: string
    /** Right-aligned (integer, decimal, currency, ...). */
    readonly numeric: boolean
}

/** A record a cell or field opens. */
export interface RecordLink {
    readonly table: string
    readonly sysId: string
}

/** One cell of a list: the display value ('' when empty or not readable) and, for a reference, its record. */
export interface ListCell {
    readonly display: string
    readonly link?: RecordLink
}

/** One row of a list page. */
export interface ListRow {
    readonly sysId: string
    /** One cell per column, in column order. */
    readonly cells: readonly ListCell[]
}

/** One step of the filter breadcrumb: an AND term (its ORs included) and the query up to and including it. */
export interface Crumb {
    /** `Benefit.Project.Primary portfolio = Digital Workplace`, `Priority = 1 - Critical or Priority = 2 - High` */
    readonly text: string
    /** The encoded query up to this crumb, or undefined when it cannot be written back. */
    readonly query: string | undefined
    /** The crumb starts a new query (`^NQ`): the records match it or the queries before it. */
    readonly startsNewQuery: boolean
}

/** A sort key of the list, with its label. */
export interface SortKey {
    readonly field: string
    readonly label: string
    readonly desc: boolean
}

/** What a list page shows. */
export interface ListPage {
    readonly table: string
    /** The table's label (`Benefit period`). */
    readonly label: string
    readonly breadcrumb: readonly Crumb[]
    readonly orderBy: readonly SortKey[]
    readonly columns: readonly ListColumn[]
    readonly rows: readonly ListRow[]
    /** Records matching the query, before row-level ACLs (as the platform counts them). */
    readonly total: number
    /** 0-based index of the page's first row (moved back to the last page when the request pointed past it). */
    readonly offset: number
    /** Rows of this page the user may not read (left out of `rows`). */
    readonly removed: number
}

/** A field of a form. */
export interface FormField {
    readonly name: string
    readonly label: string
    readonly display: string
    readonly link?: RecordLink
}

/** A block of a form section: one column, or two side by side (`.begin_split` ... `.split` ... `.end_split`). */
export interface FormBlock {
    readonly columns: readonly (readonly FormField[])[]
}

/** A section of a form. */
export interface FormSection {
    /** '' for the first (header-less) section. */
    readonly caption: string
    readonly blocks: readonly FormBlock[]
}

/** What a form shows. */
export interface FormPage {
    readonly table: string
    readonly label: string
    readonly sysId: string
    /** The record's display value (number, name, ...), or its sys_id. */
    readonly display: string
    readonly sections: readonly FormSection[]
}

/** What the list views need from the engine: reads as the user, through the ACL engine. */
export interface ListViewService {
    /**
     * A page of a table's list. Fails with `invalid_table` (unknown table), `acl` (table not readable),
     * `invalid_query` (a query the lab cannot read).
     */
    list(
        user: LabUser,
        table: string,
        params: { readonly query: string; readonly offset: number; readonly rows: number; readonly view: string }
    ): EngineResult<ListPage>
    /** One record's form. Fails with `invalid_table`, `acl` (table not readable) or `not_found` (missing or hidden). */
    form(user: LabUser, table: string, sysId: string, view: string): EngineResult<FormPage>
}

/** One request to a list or form path. */
export interface ListViewRequest {
    readonly method: string
    readonly url: URL
    readonly headers: IncomingHttpHeaders
}

const HTML = 'text/html;charset=UTF-8'
const TABLE_NAME = /^[a-z][a-z0-9_]{0,79}$/

/**
 * The table a list or form path names, or undefined when the path is neither.
 * @example matchListViewPath('/incident_list.do') //=> { kind: 'list', table: 'incident' }
 * @example matchListViewPath('/x_itvc_value_benefit.do') //=> { kind: 'form', table: 'x_itvc_value_benefit' }
 * @example matchListViewPath('/api/now/table/incident') //=> undefined
 */
export function matchListViewPath(
    path: string
): { readonly kind: 'list' | 'form'; readonly table: string } | undefined {
    const match = /^\/([^/]+)\.do$/.exec(path)
    if (match === null) return undefined
    const name = (match[1] ?? '').toLowerCase()
    if (name.endsWith('_list')) {
        const table = name.slice(0, -'_list'.length)
        return TABLE_NAME.test(table) ? { kind: 'list', table } : undefined
    }
    return TABLE_NAME.test(name) ? { kind: 'form', table: name } : undefined
}

/**
 * Escapes text for HTML content and attribute values.
 * @example escapeHtml('<script>alert("x")</script>') //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(value: string): string {
    return value.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
    )
}

/**
 * The encoded query without its ORDERBY / ORDERBYDESC terms (values never hold `^`).
 * @example withoutOrder('active=true^ORDERBYDESCnumber') //=> 'active=true'
 */
export function withoutOrder(query: string): string {
    return query
        .split('^')
        .filter((segment) => !/^ORDERBY/.test(segment))
        .join('^')
        .replace(/^\^+|\^+$/g, '')
}

/**
 * The query a column header links to: sorted by that column, ascending, or descending when it already is the
 * first ascending key.
 * @example sortQuery('active=true^ORDERBYnumber', 'number', [{ field: 'number', label: 'Number', desc: false }])
 * //=> 'active=true^ORDERBYDESCnumber'
 */
export function sortQuery(query: string, field: string, current: readonly SortKey[]): string {
    const first = current[0]
    const desc = first !== undefined && first.field === field && !first.desc
    const filter = withoutOrder(query)
    return `${filter}${filter === '' ? '' : '^'}${desc ? 'ORDERBYDESC' : 'ORDERBY'}${field}`
}

/** A list URL (path and query string). */
function listHref(table: string, params: Readonly<Record<string, string | number | undefined>>): string {
    const search = new URLSearchParams()
    for (const [name, value] of Object.entries(params)) {
        if (value !== undefined && value !== '') search.set(name, String(value))
    }
    const text = search.toString()
    return `/${table}_list.do${text === '' ? '' : `?${text}`}`
}

function formHref(link: RecordLink, view = ''): string {
    const search = new URLSearchParams({ sys_id: link.sysId })
    if (view !== '') search.set('sysparm_view', view)
    return `/${link.table}.do?${search.toString()}`
}

const STYLE = `
:root { --lv-text: rgb(var(--now-color_text--primary, 29, 29, 29));
  --lv-muted: rgb(var(--now-color_text--secondary, 92, 102, 112));
  --lv-border: rgb(var(--now-color_border--tertiary, 218, 221, 226));
  --lv-bg: rgb(var(--now-color_background--secondary, 244, 245, 247));
  --lv-panel: rgb(var(--now-color_background--primary, 255, 255, 255));
  --lv-brand: rgb(var(--now-color--primary-3, 3, 45, 66));
  --lv-link: rgb(var(--now-color--interactive, 0, 118, 168));
  --lv-focus: rgb(var(--now-color_focus-ring, 53, 147, 37));
  --lv-alert: rgb(var(--now-color_alert--warning-3, 151, 90, 0));
  --lv-alert-bg: rgb(var(--now-color_alert--warning-0, 253, 243, 225));
  --lv-error: rgb(var(--now-color_alert--critical-3, 190, 22, 44)); }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 'Lato', 'Helvetica Neue', Arial, sans-serif; color: var(--lv-text); background: var(--lv-bg); }
header.bar { background: var(--lv-brand); color: #fff; padding: 8px 16px; display: flex; gap: 16px; align-items: baseline; }
header.bar a { color: #fff; } header.bar .who { margin-left: auto; font-size: 12px; opacity: .85; }
main { margin: 16px; background: var(--lv-panel); border: 1px solid var(--lv-border); border-radius: 8px; padding: 16px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; }
a { color: var(--lv-link); } a:focus-visible { outline: 2px solid var(--lv-focus); outline-offset: 2px; }
nav.crumbs ol { list-style: none; margin: 8px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
nav.crumbs li + li::before { content: '>'; color: var(--lv-muted); margin-right: 4px; }
nav.crumbs li.nq::before { content: ''; margin: 0; } nav.crumbs li.nq { color: var(--lv-muted); font-style: italic; }
.raw { color: var(--lv-muted); font-size: 12px; } .raw code { word-break: break-all; }
.summary { display: flex; gap: 16px; align-items: baseline; margin: 8px 0; }
.notice { background: var(--lv-alert-bg); color: var(--lv-alert); padding: 8px 12px; border-radius: 4px; margin: 8px 0; }
.scroll { overflow-x: auto; }
table.list { border-collapse: collapse; width: 100%; }
table.list th, table.list td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--lv-border); vertical-align: top; }
table.list th { font-weight: 600; white-space: nowrap; } table.list .num { text-align: right; }
table.list tbody tr:hover { background: var(--lv-bg); }
nav.pager { display: flex; gap: 12px; margin-top: 12px; } nav.pager span { color: var(--lv-muted); }
dl.form { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 6px 12px; margin: 0; }
dl.form dt { color: var(--lv-muted); text-align: right; } dl.form dd { margin: 0; white-space: pre-wrap; word-break: break-word; }
.block { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 12px 32px; margin-bottom: 12px; }
.empty { color: var(--lv-muted); }
.error { color: var(--lv-error); }
`

function page(title: string, user: LabUser | undefined, body: string): string {
    const who = user === undefined ? '' : `<span class="who">${escapeHtml(user.userName)}</span>`
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | IT Value Center lab</title>
<style>${STYLE}</style>
</head>
<body>
<header class="bar"><strong>IT Value Center lab</strong><a href="/">Home</a>${who}</header>
<main>
${body}
</main>
</body>
</html>
`
}

function htmlResponse(status: number, text: string, headers: Readonly<Record<string, string>> = {}): LabResponse {
    return {
        status,
        headers: { 'Cache-Control': 'no-store', 'X-Frame-Options': 'SAMEORIGIN', ...headers },
        body: { kind: 'text', text, contentType: HTML },
    }
}

/**
 * An error page (400 bad parameter or query, 403 security constraints, 404 unknown table or record, 405).
 * @example errorPage(404, 'Table not found', 'The lab has no table nope.').status //=> 404
 */
export function errorPage(
    status: number,
    title: string,
    message: string,
    user?: LabUser,
    headers: Readonly<Record<string, string>> = {}
): LabResponse {
    return htmlResponse(
        status,
        page(title, user, `<h1>${escapeHtml(title)}</h1>\n<p class="error" role="alert">${escapeHtml(message)}</p>`),
        headers
    )
}

function failurePage(failure: EngineFailure, table: string, user: LabUser): LabResponse {
    switch (failure.kind) {
        case 'invalid_table':
            return errorPage(404, 'Table not found', `The lab has no table named "${failure.table}".`, user)
        case 'acl':
            return errorPage(
                403,
                'Security constraints',
                `You do not have permission to read ${table} records (security constraints).`,
                user
            )
        case 'invalid_query':
            return errorPage(400, 'Invalid query', `The query cannot be read: ${failure.detail}`, user)
        case 'not_found':
            return errorPage(
                404,
                'Record not found',
                `No ${table} record with that sys_id exists, or security constraints prevent reading it.`,
                user
            )
        default:
            return errorPage(400, 'Request refused', 'The lab cannot show this page.', user)
    }
}

type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string }

function parsePositive(raw: string | null, name: string, fallback: number): Parsed {
    if (raw === null || raw.trim() === '') return { ok: true, value: fallback }
    const value = /^\s*\d+\s*$/.test(raw) ? Number(raw) : Number.NaN
    if (!Number.isSafeInteger(value) || value < 1)
        return { ok: false, message: `${name} must be a whole number of at least 1, not "${raw}".` }
    return { ok: true, value }
}

function cellHtml(cell: ListCell, rowLink: RecordLink | undefined, view: string): string {
    const text = escapeHtml(cell.display)
    if (rowLink !== undefined) {
        return `<a href="${escapeHtml(formHref(rowLink, view))}">${text === '' ? '(empty)' : text}</a>`
    }
    if (cell.link !== undefined && text !== '') return `<a href="${escapeHtml(formHref(cell.link))}">${text}</a>`
    return text
}

/**
 * Renders a list page.
 * @example renderList(page, { query: 'active=true', rows: 20, view: '' }, user) // '<!DOCTYPE html>...'
 */
export function renderList(
    list: ListPage,
    request: { readonly query: string; readonly rows: number; readonly view: string },
    user: LabUser
): string {
    const { query, rows, view } = request
    const href = (params: Readonly<Record<string, string | number | undefined>>): string =>
        escapeHtml(listHref(list.table, { sysparm_query: query, sysparm_view: view, ...params }))
    const crumbs = [
        `<li><a href="${href({ sysparm_query: undefined })}">All</a></li>`,
        ...list.breadcrumb.flatMap((crumb) => {
            const link =
                crumb.query === undefined
                    ? escapeHtml(crumb.text)
                    : `<a href="${href({ sysparm_query: crumb.query })}">${escapeHtml(crumb.text)}</a>`
            return crumb.startsNewQuery ? ['<li class="nq">or</li>', `<li>${link}</li>`] : [`<li>${link}</li>`]
        }),
    ]
    const sort = list.orderBy.map((k) => `${escapeHtml(k.label)} (${k.desc ? 'descending' : 'ascending'})`).join(', ')
    const first = list.offset + 1
    const last = Math.min(list.offset + rows, list.total)
    const header = list.columns
        .map((c) => {
            const key = list.orderBy.find((k) => k.field === c.name)
            const ariaSort = key === undefined ? '' : ` aria-sort="${key.desc ? 'descending' : 'ascending'}"`
            const mark = key === undefined ? '' : key.desc ? ' ▼' : ' ▲'
            const link = href({ sysparm_query: sortQuery(query, c.name, list.orderBy) })
            return `<th scope="col"${ariaSort}${c.numeric ? ' class="num"' : ''}><a href="${link}">${escapeHtml(c.label)}</a>${mark}</th>`
        })
        .join('')
    const body = list.rows
        .map((row) => {
            const cells = row.cells
                .map((cell, i) => {
                    const numeric = list.columns[i]?.numeric === true
                    const rowLink = i === 0 ? { table: list.table, sysId: row.sysId } : undefined
                    return `<td${numeric ? ' class="num"' : ''}>${cellHtml(cell, rowLink, view)}</td>`
                })
                .join('')
            return `<tr>${cells}</tr>`
        })
        .join('\n')
    const removed =
        list.removed > 0
            ? `<p class="notice" role="status">Number of rows removed from this list by Security constraints: ${list.removed}</p>`
            : ''
    const pager: string[] = []
    if (list.offset > 0) {
        pager.push(`<a href="${href({ sysparm_first_row: 1, sysparm_rows: rows })}">First</a>`)
        pager.push(
            `<a href="${href({ sysparm_first_row: Math.max(1, list.offset - rows + 1), sysparm_rows: rows })}" rel="prev">Previous</a>`
        )
    }
    pager.push(`<span>${list.total === 0 ? 0 : first} to ${last} of ${list.total}</span>`)
    if (list.offset + rows < list.total) {
        const lastStart = Math.floor((list.total - 1) / rows) * rows
        pager.push(
            `<a href="${href({ sysparm_first_row: list.offset + rows + 1, sysparm_rows: rows })}" rel="next">Next</a>`
        )
        pager.push(`<a href="${href({ sysparm_first_row: lastStart + 1, sysparm_rows: rows })}">Last</a>`)
    }
    const table =
        list.rows.length === 0 && list.removed === 0
            ? '<p class="empty">No records to display</p>'
            : `<div class="scroll"><table class="list" aria-label="${escapeHtml(list.label)} records">
<thead><tr>${header}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>`
    const content = `<h1>${escapeHtml(list.label)}</h1>
<nav class="crumbs" aria-label="Filter"><ol>${crumbs.join('')}</ol></nav>
<p class="raw">Query: <code>${query === '' ? '(none)' : escapeHtml(query)}</code></p>
<div class="summary"><strong class="count">${list.total} ${list.total === 1 ? 'record' : 'records'}</strong>${
        sort === '' ? '' : `<span class="raw">Sorted by ${sort}</span>`
    }</div>
${removed}
${table}
<nav class="pager" aria-label="Pages">${pager.join('')}</nav>`
    return page(list.label, user, content)
}

function fieldHtml(field: FormField): string {
    const text = escapeHtml(field.display)
    const value =
        field.link !== undefined && text !== '' ? `<a href="${escapeHtml(formHref(field.link))}">${text}</a>` : text
    return `<dt>${escapeHtml(field.label)}</dt><dd data-field="${escapeHtml(field.name)}">${value}</dd>`
}

/**
 * Renders a form page.
 * @example renderForm(form, user) // '<!DOCTYPE html>...'
 */
export function renderForm(form: FormPage, user: LabUser): string {
    const sections = form.sections
        .map((section) => {
            const blocks = section.blocks
                .map((block) => {
                    const columns = block.columns
                        .map((fields) => `<dl class="form">${fields.map(fieldHtml).join('')}</dl>`)
                        .join('')
                    return `<div class="block">${columns}</div>`
                })
                .join('\n')
            const caption = section.caption === '' ? '' : `<h2>${escapeHtml(section.caption)}</h2>\n`
            return `<section>${caption}${blocks}</section>`
        })
        .join('\n')
    const content = `<h1>${escapeHtml(form.label)}: ${escapeHtml(form.display)}</h1>
<p class="raw">Read-only in the lab. <a href="${escapeHtml(listHref(form.table, {}))}">All ${escapeHtml(form.label)} records</a></p>
${sections}`
    return page(`${form.label} ${form.display}`, user, content)
}

/**
 * Serves `/<table>_list.do` and `/<table>.do`; undefined for any other path. Needs a session (the cookie of
 * `/login.do`); without one the request is redirected to the login page, whatever the table.
 */
export function handleListView(
    service: ListViewService,
    auth: AuthService,
    sessions: SessionStore,
    request: ListViewRequest,
    signedIn: (user: LabUser) => void = () => undefined
): LabResponse | undefined {
    const { method, url } = request
    const route = matchListViewPath(url.pathname)
    if (route === undefined) return undefined
    if (method !== 'GET' && method !== 'HEAD')
        return errorPage(405, 'Method not allowed', 'The lab serves lists and forms read-only (GET).', undefined, {
            Allow: 'GET, HEAD',
        })
    const session = sessions.find(request.headers)
    const user = session === undefined ? undefined : auth.userById(session.userSysId)
    if (user === undefined) {
        return {
            status: 302,
            headers: {
                'Cache-Control': 'no-store',
                Location: `/login.do?sysparm_goto_url=${encodeURIComponent(`${url.pathname}${url.search}`)}`,
            },
            body: { kind: 'empty' },
        }
    }
    signedIn(user)
    const params = url.searchParams
    const view = params.get('sysparm_view') ?? ''
    if (route.kind === 'form') {
        const sysId = params.get('sys_id') ?? ''
        if (sysId === '' || sysId === '-1') {
            return errorPage(
                400,
                'No record to show',
                'The lab shows existing records only (read-only): open a form with ?sys_id=<sys_id>.',
                user
            )
        }
        const form = service.form(user, route.table, sysId, view)
        if (!form.ok) return failurePage(form.failure, route.table, user)
        return htmlResponse(200, renderForm(form.value, user))
    }
    const query = params.get('sysparm_query') ?? ''
    const firstRow = parsePositive(params.get('sysparm_first_row'), 'sysparm_first_row', 1)
    if (!firstRow.ok) return errorPage(400, 'Invalid parameter', firstRow.message, user)
    const rows = parsePositive(params.get('sysparm_rows'), 'sysparm_rows', DEFAULT_ROWS)
    if (!rows.ok) return errorPage(400, 'Invalid parameter', rows.message, user)
    const size = Math.min(rows.value, MAX_ROWS)
    const list = service.list(user, route.table, { query, offset: firstRow.value - 1, rows: size, view })
    if (!list.ok) return failurePage(list.failure, route.table, user)
    return htmlResponse(200, renderList(list.value, { query, rows: size, view }, user))
}

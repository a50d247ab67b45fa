/**
 * The lab's read-only platform list views and forms (`/<table>_list.do`, `/<table>.do`) over the served lab with the
 * built app and the demo data, as the demo users see them through a browser session: counts, paging and order agree
 * with the Table API for the same query and user, the app's list and form layouts are used, ACLs hide rows, fields
 * and tables, bad input is a clear 4xx page, and every value is HTML-escaped.
 *
 * One lab for the file. It carries one test-only ACL the app does not ship, so that row-level read ACLs have
 * something to remove: non-admins may read only P1 and P2 incidents (a Deny-Unless rule with a condition).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AppRecords, type AppRecord } from '../../../scripts/metadata/app-records.ts'
import { serveLab, type RunningLab } from '../../../scripts/lab/boot.ts'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import { LabInstance } from '../../../scripts/lab/instance.ts'
import { seedLab } from '../../../scripts/lab/seed-lab.ts'
import { DEMO_USERS } from '../../../scripts/seed/people.ts'
import { builtAppRecords, call } from '../app-lab.ts'

const TEST_ACL: AppRecord = {
    table: 'sys_security_acl',
    action: 'INSERT_OR_UPDATE',
    sysId: 'test0acl0incident0read0p1p2only0',
    fields: {
        sys_id: 'test0acl0incident0read0p1p2only0',
        type: 'record',
        name: 'incident',
        operation: 'read',
        condition: 'priority=1^ORpriority=2',
        script: '',
        admin_overrides: 'true',
        decision_type: 'deny',
        active: 'true',
    },
    display: {},
    attributes: { action: 'INSERT_OR_UPDATE' },
    file: 'test/list-views',
}

let served: RunningLab
const cookies = new Map<string, string>()
let scorecardEntryId = ''
let scriptIncidentId = ''

async function logIn(userName: string): Promise<string> {
    const known = cookies.get(userName)
    if (known !== undefined) return known
    const user = DEMO_USERS.find((u) => u.userName === userName)
    if (user === undefined) throw new Error(`no demo user ${userName}`)
    const res = await fetch(`${served.url}/login.do`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ user_name: userName, user_password: user.password, sysparm_goto_url: '/' }),
    })
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    if (res.status !== 302 || cookie === '') throw new Error(`login of ${userName} failed (${res.status})`)
    cookies.set(userName, cookie)
    return cookie
}

/** GET a page as a signed-in demo user. */
async function view(userName: string, path: string): Promise<{ status: number; html: string; headers: Headers }> {
    const res = await fetch(`${served.url}${path}`, { headers: { Cookie: await logIn(userName) }, redirect: 'manual' })
    return { status: res.status, html: await res.text(), headers: res.headers }
}

function listUrl(table: string, params: Readonly<Record<string, string | number>> = {}): string {
    const search = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))
    const text = search.toString()
    return `/${table}_list.do${text === '' ? '' : `?${text}`}`
}

/** "N records" of a list page. */
function countOf(html: string): number {
    const match = /<strong class="count">(\d+) records?<\/strong>/.exec(html)
    if (match === null) throw new Error(`no record count in the page:\n${html.slice(0, 2000)}`)
    return Number(match[1])
}

/** The sys_ids of the page's rows, in order (the first cell links to the row's form). */
function rowIds(html: string): string[] {
    return [...html.matchAll(/<tr><td[^>]*><a href="\/[a-z0-9_]+\.do\?sys_id=([0-9a-zA-Z_]+)/g)].map((m) => m[1] ?? '')
}

/** The column labels of a list page. */
function columnLabels(html: string): string[] {
    return [...html.matchAll(/<th scope="col"[^>]*><a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1] ?? '')
}

/** The cells of a list page's rows, as HTML, one array per row. */
function cells(html: string): string[][] {
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? ''
    return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
        [...(row[1] ?? '').matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1] ?? '')
    )
}

/** A Table API page as the same user: total and sys_ids. */
async function tableApi(
    userName: string,
    table: string,
    query: string,
    limit = 10000,
    offset = 0
): Promise<{ total: number; ids: string[] }> {
    const search = new URLSearchParams({
        sysparm_query: query,
        sysparm_fields: 'sys_id',
        sysparm_limit: String(limit),
        sysparm_offset: String(offset),
    })
    const res = await call(served, userName, 'GET', `/api/now/table/${table}?${search.toString()}`)
    expect(res.status).toBe(200)
    return {
        total: Number(res.headers.get('x-total-count')),
        ids: (res.body.result as { sys_id: string }[]).map((r) => r.sys_id),
    }
}

beforeAll(async () => {
    const app = builtAppRecords()
    const lab = new LabInstance({ clock: () => '2026-11-15 12:00:00' })
    lab.install(new AppRecords([...app.all, TEST_ACL]))
    seedLab(lab, { now: new Date('2026-11-15T12:00:00Z') })
    lab.runAsSystem(() => {
        const metric = new GlideRecord('x_itvc_value_metric')
        metric.query()
        if (!metric.next()) throw new Error('no metric in the catalog')
        const scorecard = new GlideRecord('x_itvc_value_snapshot')
        scorecard.initialize()
        scorecard.setValue('period_label', 'FY2027-M01')
        scorecard.setValue('period_type', 'month')
        scorecard.setValue('dimension', 'all')
        const scorecardId = scorecard.insert()
        const entry = new GlideRecord('x_itvc_value_scorecard_entry')
        entry.initialize()
        entry.setValue('scorecard', scorecardId)
        entry.setValue('metric', metric.getUniqueValue())
        entry.setValue('value', '12.5')
        entry.setValue('status', 'red')
        scorecardEntryId = entry.insert() ?? ''
    })
    served = await serveLab(lab, 0)
    const created = await call(served, 'admin', 'POST', '/api/now/table/incident', {
        short_description: '<script>alert("list")</script> & "quotes"',
        priority: '1',
    })
    expect(created.status).toBe(201)
    scriptIncidentId = created.body.result.sys_id
}, 120_000)

afterAll(async () => {
    await served.close()
    served.lab.close()
})

describe('list views: what they show', () => {
    it('shows the table label, the filter as a breadcrumb and the raw query, and the Table API count', async () => {
        const query = 'period_label=FY2027-M01^ORDERBYDESCplanned_amount'
        const page = await view('itvc.viewer', listUrl('x_itvc_value_benefit_period', { sysparm_query: query }))
        expect(page.status).toBe(200)
        expect(page.headers.get('content-type')).toBe('text/html;charset=UTF-8')
        expect(page.html).toContain('<h1>Benefit Period</h1>')
        expect(page.html).toContain('>Period = FY2027-M01</a>')
        expect(page.html).toContain(`<code>${query}</code>`)
        expect(page.html).toContain('Sorted by Planned amount (descending)')
        const api = await tableApi('itvc.viewer', 'x_itvc_value_benefit_period', query)
        expect(api.total).toBeGreaterThan(0)
        expect(countOf(page.html)).toBe(api.total)
        expect(rowIds(page.html)).toEqual(api.ids.slice(0, 20))
    })

    it('reads dot-walked queries and date ranges as the Table API does, labels and display values in the crumbs', async () => {
        const portfolio = await call(served, 'admin', 'GET', '/api/now/table/pm_portfolio?sysparm_limit=1')
        const { sys_id: portfolioId, name: portfolioName } = portfolio.body.result[0] as {
            sys_id: string
            name: string
        }
        const queries = [
            `benefit.project.primary_portfolio=${portfolioId}^period_label=FY2027-M01`,
            'period_startBETWEEN2026-04-01@2026-09-30^ORDERBYperiod_start',
            'period_start>=2026-07-01^benefit.state=at_risk^ORbenefit.state=realising^ORDERBYperiod_label',
        ]
        for (const query of queries) {
            const page = await view('itvc.viewer', listUrl('x_itvc_value_benefit_period', { sysparm_query: query }))
            expect(page.status).toBe(200)
            const api = await tableApi('itvc.viewer', 'x_itvc_value_benefit_period', query)
            expect(api.total).toBeGreaterThan(0)
            expect(countOf(page.html)).toBe(api.total)
            expect(rowIds(page.html)).toEqual(api.ids.slice(0, 20))
        }
        const first = await view(
            'itvc.viewer',
            listUrl('x_itvc_value_benefit_period', { sysparm_query: queries[0] ?? '' })
        )
        expect(first.html).toContain(`>Benefit.Project.Portfolio = ${portfolioName}</a>`)
        const range = await view(
            'itvc.viewer',
            listUrl('x_itvc_value_benefit_period', { sysparm_query: queries[1] ?? '' })
        )
        expect(range.html).toContain('>Period start between 2026-04-01 and 2026-09-30</a>')
        const or = await view(
            'itvc.viewer',
            listUrl('x_itvc_value_benefit_period', { sysparm_query: queries[2] ?? '' })
        )
        expect(or.html).toContain('>Period start at or after 2026-07-01</a>')
        expect(or.html).toContain('>Benefit.State = At risk or Benefit.State = Realising</a>')
    })

    it('pages with sysparm_first_row (1-based) and sysparm_rows, in the order of the query', async () => {
        const query = 'ORDERBYnumber'
        const page = await view(
            'itvc.viewer',
            listUrl('x_itvc_value_benefit', { sysparm_query: query, sysparm_first_row: 6, sysparm_rows: 5 })
        )
        const api = await tableApi('itvc.viewer', 'x_itvc_value_benefit', query, 5, 5)
        expect(rowIds(page.html)).toEqual(api.ids)
        expect(page.html).toContain(`<span>6 to 10 of ${api.total}</span>`)
        expect(page.html).toContain('sysparm_first_row=1&amp;sysparm_rows=5">First</a>')
        expect(page.html).toContain('sysparm_first_row=11&amp;sysparm_rows=5" rel="next">Next</a>')

        const desc = await view('itvc.viewer', listUrl('x_itvc_value_benefit', { sysparm_query: 'ORDERBYDESCnumber' }))
        const apiDesc = await tableApi('itvc.viewer', 'x_itvc_value_benefit', 'ORDERBYDESCnumber', 20)
        expect(rowIds(desc.html)).toEqual(apiDesc.ids)
        const ascending = await tableApi('itvc.viewer', 'x_itvc_value_benefit', query)
        expect(rowIds(desc.html)[0]).toBe(ascending.ids[ascending.ids.length - 1])
    })

    it('shows 20 rows by default and at most 100, and moves a page past the end back to the last page', async () => {
        const all = await tableApi('admin', 'incident', 'ORDERBYnumber')
        expect(all.total).toBeGreaterThan(100)
        const first = await view('admin', listUrl('incident', { sysparm_query: 'ORDERBYnumber' }))
        expect(rowIds(first.html)).toEqual(all.ids.slice(0, 20))
        const big = await view('admin', listUrl('incident', { sysparm_query: 'ORDERBYnumber', sysparm_rows: 500 }))
        expect(rowIds(big.html)).toEqual(all.ids.slice(0, 100))
        const past = await view(
            'admin',
            listUrl('incident', { sysparm_query: 'ORDERBYnumber', sysparm_rows: 50, sysparm_first_row: 100000 })
        )
        const lastStart = Math.floor((all.total - 1) / 50) * 50
        expect(rowIds(past.html)).toEqual(all.ids.slice(lastStart))
    })

    it("uses the app's list layout for the view, dot-walked columns included, and display values", async () => {
        const reds = await view(
            'itvc.viewer',
            listUrl('x_itvc_value_scorecard_entry', { sysparm_view: 'x_itvc_value_scorecard_reds' })
        )
        expect(reds.status).toBe(200)
        expect(columnLabels(reds.html).slice(0, 4)).toEqual([
            'Scorecard.Period',
            'Scorecard.Dimension',
            'Scorecard.Dimension value',
            'Metric',
        ])
        const [row] = cells(reds.html)
        expect(row?.[0]).toContain(
            `/x_itvc_value_scorecard_entry.do?sys_id=${scorecardEntryId}&amp;sysparm_view=x_itvc_value_scorecard_reds">FY2027-M01</a>`
        )
        expect(row?.[1]).toBe('All')

        const plain = await view('itvc.viewer', listUrl('x_itvc_value_scorecard_entry'))
        expect(columnLabels(plain.html)).toContain('Status')
        expect(cells(plain.html)[0]).toContain('Red')

        const incidents = await view('admin', listUrl('incident'))
        expect(columnLabels(incidents.html)).toEqual(expect.arrayContaining(['Number', 'Short description']))
    })

    it('links reference values to their forms', async () => {
        const page = await view('itvc.viewer', listUrl('x_itvc_value_benefit', { sysparm_query: 'projectISNOTEMPTY' }))
        expect(page.html).toMatch(/<a href="\/pm_project\.do\?sys_id=[0-9a-f]{32}">PRJ\d+<\/a>/)
    })
})

describe('list views: security', () => {
    it('leaves out the rows the user may not read and says how many', async () => {
        const query = 'ORDERBYnumber'
        const asAdmin = await tableApi('admin', 'incident', query, 20, 0)
        const p1p2 = await tableApi('admin', 'incident', 'priority=1^ORpriority=2^ORDERBYnumber')
        const hidden = asAdmin.ids.filter((id) => !p1p2.ids.includes(id)).length
        expect(hidden).toBeGreaterThan(0)
        const page = await view('itil.agent', listUrl('incident', { sysparm_query: query }))
        expect(page.status).toBe(200)
        expect(countOf(page.html)).toBe(asAdmin.total)
        expect(rowIds(page.html)).toEqual(asAdmin.ids.filter((id) => p1p2.ids.includes(id)))
        expect(page.html).toContain(`Number of rows removed from this list by Security constraints: ${hidden}`)
        expect(rowIds(page.html)).toEqual((await tableApi('itil.agent', 'incident', query, 20, 0)).ids)
        const full = await view('admin', listUrl('incident', { sysparm_query: query }))
        expect(full.html).not.toContain('rows removed')
    })

    it('shows fields the user may not read blank', async () => {
        const url = listUrl('incident', {
            sysparm_query: 'x_itvc_value_value_categoryISNOTEMPTY^priority=1^ORpriority=2^ORDERBYnumber',
            sysparm_view: 'x_itvc_value_business_value',
        })
        const tagger = await view('itvc.tagger', url)
        const agent = await view('itil.agent', url)
        const column = columnLabels(tagger.html).indexOf('Value category')
        expect(column).toBeGreaterThan(0)
        expect(rowIds(agent.html)).toEqual(rowIds(tagger.html))
        expect(rowIds(tagger.html).length).toBeGreaterThan(0)
        expect(cells(tagger.html).every((row) => (row[column] ?? '') !== '')).toBe(true)
        expect(cells(agent.html).every((row) => row[column] === '')).toBe(true)
    })

    it('answers 403 for a table the user may not read', async () => {
        const page = await view('no.roles', listUrl('x_itvc_value_benefit'))
        expect(page.status).toBe(403)
        expect(page.html).toContain('Security constraints')
        expect(page.html).not.toContain('BEN0')
        expect((await view('itvc.viewer', listUrl('incident'))).status).toBe(403)
    })

    it('redirects a request without a session to the login page, keeping the list and its query', async () => {
        const path = listUrl('x_itvc_value_benefit', { sysparm_query: 'state=at_risk' })
        const res = await fetch(`${served.url}${path}`, { redirect: 'manual' })
        expect(res.status).toBe(302)
        expect(res.headers.get('location')).toBe(`/login.do?sysparm_goto_url=${encodeURIComponent(path)}`)
        const unknown = await fetch(`${served.url}/no_such_table_list.do`, { redirect: 'manual' })
        expect(unknown.status).toBe(302)
    })

    it('escapes every value: a <script> in a record or in the query is text', async () => {
        const page = await view('admin', listUrl('incident', { sysparm_query: 'short_descriptionLIKEscript' }))
        expect(rowIds(page.html)).toEqual([scriptIncidentId])
        expect(page.html).not.toContain('<script>')
        expect(page.html).toContain('&lt;script&gt;alert(&quot;list&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;')

        const query = 'short_description=<script>alert(1)</script>'
        const injected = await view('admin', listUrl('incident', { sysparm_query: query }))
        expect(injected.status).toBe(200)
        expect(injected.html).not.toContain('<script>')
        expect(injected.html).toContain('Short description = &lt;script&gt;alert(1)&lt;/script&gt;')

        const form = await view('admin', `/incident.do?sys_id=${scriptIncidentId}`)
        expect(form.status).toBe(200)
        expect(form.html).not.toContain('<script>')
        expect(form.html).toContain('&lt;script&gt;alert(&quot;list&quot;)&lt;/script&gt;')
    })
})

describe('list views: bad requests', () => {
    it('answers a query the lab cannot read with a 400 page that says why', async () => {
        for (const query of ['no_such_field=1', 'priority=high', 'opened_atONToday@javascript:gs.beginningOfToday()']) {
            const page = await view('admin', listUrl('incident', { sysparm_query: query }))
            expect(page.status).toBe(400)
            expect(page.html).toContain('<h1>Invalid query</h1>')
        }
        const sort = await view('admin', listUrl('incident', { sysparm_query: 'ORDERBYno_such_field' }))
        expect(sort.status).toBe(400)
    })

    it('answers an unknown table with 404 and bad paging parameters with 400', async () => {
        const unknown = await view('admin', listUrl('no_such_table'))
        expect(unknown.status).toBe(404)
        expect(unknown.html).toContain('The lab has no table named &quot;no_such_table&quot;.')
        const bad: readonly Readonly<Record<string, string | number>>[] = [
            { sysparm_rows: 'ten' },
            { sysparm_rows: 0 },
            { sysparm_first_row: -1 },
        ]
        for (const params of bad) {
            const page = await view('admin', listUrl('incident', params))
            expect(page.status).toBe(400)
            expect(page.html).toContain('must be a whole number of at least 1')
        }
    })

    it('serves lists and forms read-only', async () => {
        const res = await fetch(`${served.url}${listUrl('incident')}`, {
            method: 'POST',
            headers: { Cookie: await logIn('admin') },
        })
        expect(res.status).toBe(405)
        expect(res.headers.get('allow')).toBe('GET, HEAD')
        const blank = await view('admin', '/incident.do')
        expect(blank.status).toBe(400)
        expect(blank.html).toContain('read-only')
    })
})

describe('forms', () => {
    it("shows a record in the app's form layout, sections and references included", async () => {
        const list = await tableApi('itvc.viewer', 'x_itvc_value_benefit', 'projectISNOTEMPTY^ORDERBYnumber', 1)
        const id = list.ids[0] ?? ''
        const benefit = await call(
            served,
            'itvc.viewer',
            'GET',
            `/api/now/table/x_itvc_value_benefit/${id}?sysparm_display_value=all`
        )
        const form = await view('itvc.viewer', `/x_itvc_value_benefit.do?sys_id=${id}`)
        expect(form.status).toBe(200)
        expect(form.html).toContain(`<h1>Benefit: ${benefit.body.result.number.display_value}</h1>`)
        expect(form.html).toContain('<h2>Plan and realisation</h2>')
        expect(form.html).toContain(
            `<dd data-field="project"><a href="/pm_project.do?sys_id=${benefit.body.result.project.value}">${benefit.body.result.project.display_value}</a></dd>`
        )
        expect(form.html).toContain(`<dd data-field="short_description">`)
    })

    it('shows every readable field when the app has no form for the table, and leaves out the unreadable ones', async () => {
        const id = (await tableApi('admin', 'incident', 'x_itvc_value_value_categoryISNOTEMPTY^priority=1', 1)).ids[0]
        const tagger = await view('itvc.tagger', `/incident.do?sys_id=${id}`)
        const agent = await view('itil.agent', `/incident.do?sys_id=${id}`)
        expect(tagger.status).toBe(200)
        expect(agent.status).toBe(200)
        expect(tagger.html).toContain('data-field="x_itvc_value_value_category"')
        expect(agent.html).not.toContain('data-field="x_itvc_value_value_category"')
        expect(agent.html).toContain('data-field="short_description"')
    })

    it('answers 404 for a missing or hidden record and 403 for a table the user may not read', async () => {
        expect((await view('admin', '/x_itvc_value_benefit.do?sys_id=0123456789abcdef0123456789abcdef')).status).toBe(
            404
        )
        const hidden = (await tableApi('admin', 'incident', 'priority=4', 1)).ids[0]
        expect((await view('itil.agent', `/incident.do?sys_id=${hidden}`)).status).toBe(404)
        expect((await view('admin', `/incident.do?sys_id=${hidden}`)).status).toBe(200)
        const id = (await tableApi('admin', 'x_itvc_value_benefit', '', 1)).ids[0]
        expect((await view('no.roles', `/x_itvc_value_benefit.do?sys_id=${id}`)).status).toBe(403)
    })
})

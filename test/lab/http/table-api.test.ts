import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { sysId } from './fakes.ts'
import type { TestLab } from './harness.ts'
import { json, startLab } from './harness.ts'

let t: TestLab

beforeEach(async () => {
    t = await startLab()
})

afterEach(async () => {
    await t.lab.close()
})

/** Parses a Link header into rel → URL (strictly: `<url>;rel="x"` joined by `,`, no spaces). */
function links(header: string | null): Record<string, string> {
    const out: Record<string, string> = {}
    for (const part of (header ?? '').split(',')) {
        const match = /^<([^>]+)>;rel="(first|prev|next|last)"$/.exec(part)
        if (match === null) throw new Error(`malformed link ${part}`)
        out[match[2] ?? ''] = match[1] ?? ''
    }
    return out
}

describe('GET list', () => {
    it('answers 200 with string values, X-Total-Count and the JSON content type', async () => {
        const res = await t.fetchAs(
            'admin',
            '/api/now/v2/table/incident?sysparm_query=ORDERBYnumber&sysparm_fields=number,priority,active'
        )
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8')
        expect(res.headers.get('x-total-count')).toBe('5')
        const body = (await res.json()) as { result: Record<string, unknown>[] }
        expect(body.result[0]).toEqual({ number: 'INC0000001', priority: '1', active: 'true' })
        expect(body.result.flatMap((r) => Object.values(r)).every((v) => typeof v === 'string')).toBe(true)
    })

    it('passes sysparm_limit 10000 and offset 0 by default', async () => {
        await t.fetchAs('admin', '/api/now/table/incident')
        expect(t.tables.listCalls[0]?.params).toEqual({ query: '', limit: 10000, offset: 0 })
    })

    it('turns plain field=value parameters into query terms when there is no sysparm_query', async () => {
        const res = await t.fetchAs('admin', '/api/now/table/incident?active=false&sysparm_fields=number')
        expect(t.tables.listCalls[0]?.params.query).toBe('active=false')
        expect(await res.json()).toEqual({ result: [{ number: 'INC0000004' }] }) // INC0000002 is hidden by the row ACL
    })

    it('emits the exact Link header: no spaces, prev = offset − limit, params repeated URL-encoded', async () => {
        const res = await t.fetchAs(
            'admin',
            '/api/now/v2/table/incident?sysparm_query=active=true^ORDERBYnumber&sysparm_fields=number&sysparm_limit=1'
        )
        const base = `${t.url}/api/now/v2/table/incident?sysparm_query=active%3Dtrue%5EORDERBYnumber&sysparm_fields=number&sysparm_limit=1`
        expect(res.headers.get('link')).toBe(
            `<${base}&sysparm_offset=0>;rel="first",<${base}&sysparm_offset=-1>;rel="prev",` +
                `<${base}&sysparm_offset=1>;rel="next",<${base}&sysparm_offset=2>;rel="last"`
        )
        expect(res.headers.get('x-total-count')).toBe('3')
    })

    it('walks rel="next" to the end: short page on page 1 (ACL after limit), no next on the last page', async () => {
        const seen: string[] = []
        const pages: { rows: number; rels: string[] }[] = []
        let next: string | undefined =
            '/api/now/v2/table/incident?sysparm_query=ORDERBYnumber&sysparm_fields=number&sysparm_limit=2'
        while (next !== undefined) {
            const res = await t.fetchAs('admin', next)
            expect(res.headers.get('x-total-count')).toBe('5')
            const body = (await res.json()) as { result: { number: string }[] }
            seen.push(...body.result.map((r) => r.number))
            const rel = links(res.headers.get('link'))
            pages.push({ rows: body.result.length, rels: Object.keys(rel) })
            next = rel['next']?.slice(t.url.length)
        }
        expect(seen).toEqual(['INC0000001', 'INC0000003', 'INC0000004', 'INC0000005'])
        expect(pages).toEqual([
            { rows: 1, rels: ['first', 'prev', 'next', 'last'] },
            { rows: 2, rels: ['first', 'prev', 'next', 'last'] },
            { rows: 1, rels: ['first', 'prev', 'last'] },
        ])
    })

    it('points rel="prev" of page 1 at a negative offset and rel="last" at the last page start', async () => {
        const res = await t.fetchAs('admin', '/api/now/table/incident?sysparm_limit=2')
        const rel = links(res.headers.get('link'))
        expect(new URL(rel['prev'] ?? '').searchParams.get('sysparm_offset')).toBe('-2')
        expect(new URL(rel['last'] ?? '').searchParams.get('sysparm_offset')).toBe('4')
        expect(new URL(rel['first'] ?? '').pathname).toBe('/api/now/table/incident')
    })

    it('drops Link with sysparm_suppress_pagination_header=true and keeps X-Total-Count', async () => {
        const res = await t.fetchAs(
            'admin',
            '/api/now/table/incident?sysparm_limit=2&sysparm_suppress_pagination_header=true'
        )
        expect(res.headers.get('link')).toBeNull()
        expect(res.headers.get('x-total-count')).toBe('5')
    })

    it('drops X-Total-Count and rel="last" with sysparm_no_count=true', async () => {
        const res = await t.fetchAs('admin', '/api/now/table/incident?sysparm_limit=2&sysparm_no_count=true')
        expect(res.headers.get('x-total-count')).toBeNull()
        expect(Object.keys(links(res.headers.get('link')))).toEqual(['first', 'prev', 'next'])
    })

    it('never echoes sysparm_ck in the links', async () => {
        const res = await t.fetchAs('admin', '/api/now/table/incident?sysparm_limit=2&sysparm_ck=secret-token')
        expect(res.headers.get('link')).not.toContain('secret-token')
    })

    it.each([
        [
            'sysparm_offset=-1',
            'Invalid value for sysparm_offset: -1',
            'sysparm_offset must be an integer greater than or equal to 0',
        ],
        [
            'sysparm_offset=abc',
            'Invalid value for sysparm_offset: abc',
            'sysparm_offset must be an integer greater than or equal to 0',
        ],
        [
            'sysparm_limit=0',
            'Invalid value for sysparm_limit: 0',
            'sysparm_limit must be an integer greater than or equal to 1',
        ],
    ])('refuses %s with 400', async (param, message, detail) => {
        const res = await t.fetchAs('admin', `/api/now/table/incident?${param}`)
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({ error: { message, detail }, status: 'failure' })
    })

    it('answers 400 "Invalid table" with a null detail for an unknown table', async () => {
        const res = await t.fetchAs('admin', '/api/now/v2/table/no_such_table')
        expect(res.status).toBe(400)
        expect(await res.text()).toBe(
            '{"error":{"message":"Invalid table no_such_table","detail":null},"status":"failure"}'
        )
    })

    it('answers 400 with the engine detail for an invalid query', async () => {
        const res = await t.fetchAs('admin', '/api/now/v2/table/incident?sysparm_query=nope=1')
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({
            error: { message: 'Invalid query', detail: "Invalid query term 'nope=1' for table incident" },
            status: 'failure',
        })
    })

    it.each([
        ['/api/now/v1/table/empty_table', 404],
        ['/api/now/v2/table/empty_table', 200],
        ['/api/now/table/empty_table', 200],
    ])('answers an empty result on %s with %d', async (path, status) => {
        const res = await t.fetchAs('admin', path)
        expect(res.status).toBe(status)
        expect(await res.json()).toEqual(
            status === 200
                ? { result: [] }
                : {
                      error: {
                          message: 'No Record found',
                          detail: "Record doesn't exist or ACL restricts the record retrieval",
                      },
                      status: 'failure',
                  }
        )
    })

    it('answers a non-empty v1 list with 200', async () => {
        const res = await t.fetchAs('admin', '/api/now/v1/table/incident?sysparm_limit=1')
        expect(res.status).toBe(200)
    })
})

describe('sysparm_display_value', () => {
    const first = async (params: string): Promise<Record<string, unknown>> => {
        const res = await t.fetchAs(
            'admin',
            `/api/now/table/incident/${sysId(201)}?sysparm_fields=priority,caller_id,number&${params}`
        )
        expect(res.status).toBe(200)
        return ((await res.json()) as { result: Record<string, unknown> }).result
    }
    const link = (): string => `${t.url}/api/now/table/sys_user/${sysId(102)}`

    it('false (default): raw values, references as {link, value}', async () => {
        expect(await first('')).toEqual({
            priority: '1',
            caller_id: { link: link(), value: sysId(102) },
            number: 'INC0000001',
        })
    })

    it('true: display values, references as {display_value, link}', async () => {
        expect(await first('sysparm_display_value=true')).toEqual({
            priority: '1 - Critical',
            caller_id: { display_value: 'Beth Anglin', link: link() },
            number: 'INC0000001',
        })
    })

    it('all: {display_value, value} pairs, references also keep link', async () => {
        expect(await first('sysparm_display_value=all')).toEqual({
            priority: { display_value: '1 - Critical', value: '1' },
            caller_id: { display_value: 'Beth Anglin', link: link(), value: sysId(102) },
            number: { display_value: 'INC0000001', value: 'INC0000001' },
        })
    })

    it.each([
        ['false', sysId(102)],
        ['true', 'Beth Anglin'],
        ['all', { display_value: 'Beth Anglin', value: sysId(102) }],
    ])('%s with sysparm_exclude_reference_link=true drops the link', async (mode, expected) => {
        const result = await first(`sysparm_display_value=${mode}&sysparm_exclude_reference_link=true`)
        expect(result['caller_id']).toEqual(expected)
    })

    it('keeps the key order of real instances', async () => {
        const res = await t.fetchAs(
            'admin',
            `/api/now/table/incident/${sysId(201)}?sysparm_fields=caller_id&sysparm_display_value=all`
        )
        expect(await res.text()).toBe(
            `{"result":{"caller_id":{"display_value":"Beth Anglin","link":"${link()}","value":"${sysId(102)}"}}}`
        )
    })

    it('renders an empty reference as ""', async () => {
        const res = await t.fetchAs('admin', `/api/now/table/incident/${sysId(205)}?sysparm_fields=caller_id`)
        expect(await res.json()).toEqual({ result: { caller_id: '' } })
    })

    it('builds reference links on the configured instance URL', async () => {
        const other = await startLab({ instanceUrl: 'https://itvc-lab.example.com/' })
        try {
            const res = await other.fetchAs(
                'admin',
                `/api/now/v2/table/incident/${sysId(201)}?sysparm_fields=caller_id`
            )
            expect(await res.json()).toEqual({
                result: {
                    caller_id: {
                        link: `https://itvc-lab.example.com/api/now/table/sys_user/${sysId(102)}`,
                        value: sysId(102),
                    },
                },
            })
        } finally {
            await other.lab.close()
        }
    })
})

describe('GET by sys_id', () => {
    const notFound = {
        error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" },
        status: 'failure',
    }

    it('answers 200 with one record', async () => {
        const res = await t.fetchAs('viewer', `/api/now/v2/table/incident/${sysId(203)}?sysparm_fields=number`)
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ result: { number: 'INC0000003' } })
    })

    it('answers 404 with the exact body for a missing record', async () => {
        const res = await t.fetchAs('viewer', `/api/now/v2/table/incident/${sysId(999)}`)
        expect(res.status).toBe(404)
        expect(await res.json()).toEqual(notFound)
    })

    it('answers the same 404 for a record hidden by a row ACL', async () => {
        const res = await t.fetchAs('viewer', `/api/now/v2/table/incident/${sysId(202)}`)
        expect(res.status).toBe(404)
        expect(await res.json()).toEqual(notFound)
    })
})

describe('writes', () => {
    it('POST answers 201 with the record, string values and a Location header', async () => {
        const res = await t.fetchAs(
            'manager',
            '/api/now/v2/table/x_itvc_value_benefit?sysparm_fields=sys_id,name,planned_value,active',
            json('POST', { name: 'Faster onboarding', planned_value: 1200.5, active: false })
        )
        expect(res.status).toBe(201)
        const { result } = (await res.json()) as { result: Record<string, string> }
        expect(result).toEqual({
            sys_id: sysId(1000),
            name: 'Faster onboarding',
            planned_value: '1200.5',
            active: 'false',
        })
        expect(res.headers.get('location')).toBe(`${t.url}/api/now/table/x_itvc_value_benefit/${sysId(1000)}`)
    })

    it('POST of an object value answers 400 naming the field', async () => {
        const res = await t.fetchAs(
            'manager',
            '/api/now/table/x_itvc_value_benefit',
            json('POST', { name: { value: 'x' } })
        )
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({
            error: {
                message: "Invalid value for field 'name'",
                detail: "Field 'name' must be a string, number or boolean, not an object",
            },
            status: 'failure',
        })
    })

    it('POST of an array answers 400 (one record per call)', async () => {
        const res = await t.fetchAs('manager', '/api/now/table/x_itvc_value_benefit', json('POST', [{ name: 'a' }]))
        expect(res.status).toBe(400)
        expect(await res.json()).toMatchObject({ error: { message: 'Exception while reading request' } })
    })

    it('POST of malformed JSON answers 400', async () => {
        const res = await t.fetchAs('manager', '/api/now/table/x_itvc_value_benefit', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{"name":',
        })
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({
            error: { message: 'Exception while reading request', detail: 'The payload is not valid JSON.' },
            status: 'failure',
        })
    })

    it('POST of a non-JSON body answers 415', async () => {
        const res = await t.fetchAs('manager', '/api/now/table/x_itvc_value_benefit', {
            method: 'POST',
            body: 'name=x',
        })
        expect(res.status).toBe(415)
        expect(await res.json()).toMatchObject({ error: { message: 'Unsupported Media Type' }, status: 'failure' })
    })

    it('POST without the create role answers 403 with the Insert ACL body', async () => {
        const res = await t.fetchAs('viewer', '/api/now/table/x_itvc_value_benefit', json('POST', { name: 'x' }))
        expect(res.status).toBe(403)
        expect(await res.json()).toEqual({
            error: { message: 'Operation Failed', detail: 'ACL Exception Insert Failed due to security constraints' },
            status: 'failure',
        })
    })

    it('POST aborted by a business rule answers 403 with the rule message', async () => {
        const res = await t.fetchAs(
            'manager',
            '/api/now/table/x_itvc_value_benefit',
            json('POST', { state: 'cancelled' })
        )
        expect(res.status).toBe(403)
        expect(await res.json()).toEqual({
            error: {
                message: 'A cancelled benefit cannot be saved',
                detail: "Operation against file 'x_itvc_value_benefit' was aborted by Business Rule 'Check values'",
            },
            status: 'failure',
        })
    })

    it.each(['PATCH', 'PUT'])('%s answers 200 with the updated record', async (method) => {
        const res = await t.fetchAs(
            'manager',
            `/api/now/v2/table/x_itvc_value_benefit/${sysId(301)}?sysparm_fields=realized_value,name`,
            json(method, { realized_value: 300 })
        )
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ result: { name: 'Fewer outages', realized_value: '300' } })
    })

    it('PATCH without the write role answers 403 with the Update ACL body', async () => {
        const res = await t.fetchAs(
            'viewer',
            `/api/now/table/x_itvc_value_benefit/${sysId(301)}`,
            json('PATCH', { name: 'x' })
        )
        expect(res.status).toBe(403)
        expect(await res.text()).toBe(
            '{"error":{"message":"Operation Failed","detail":"ACL Exception Update Failed due to security constraints"},"status":"failure"}'
        )
    })

    it('PUT on a missing record answers 404', async () => {
        const res = await t.fetchAs(
            'manager',
            `/api/now/table/x_itvc_value_benefit/${sysId(999)}`,
            json('PUT', { name: 'x' })
        )
        expect(res.status).toBe(404)
    })

    it('DELETE answers 204 with an empty body', async () => {
        const res = await t.fetchAs('admin', `/api/now/table/x_itvc_value_benefit/${sysId(301)}`, { method: 'DELETE' })
        expect(res.status).toBe(204)
        expect(await res.text()).toBe('')
        expect(t.tables.tables['x_itvc_value_benefit']?.rows).toEqual([])
    })

    it('DELETE without the delete role answers 403 with the Delete ACL body', async () => {
        const res = await t.fetchAs('manager', `/api/now/table/x_itvc_value_benefit/${sysId(301)}`, {
            method: 'DELETE',
        })
        expect(res.status).toBe(403)
        expect(await res.json()).toMatchObject({
            error: { detail: 'ACL Exception Delete Failed due to security constraints' },
        })
    })
})

describe('protocol errors', () => {
    it.each([
        ['DELETE', '/api/now/table/incident', 'GET, POST'],
        ['PUT', '/api/now/v2/table/incident', 'GET, POST'],
        ['POST', `/api/now/table/incident/${sysId(201)}`, 'GET, PUT, PATCH, DELETE'],
    ])('%s %s answers 405 with Allow', async (method, path, allow) => {
        const res = await t.fetchAs('admin', path, { method })
        expect(res.status).toBe(405)
        expect(res.headers.get('allow')).toBe(allow)
        expect(await res.json()).toMatchObject({ error: { message: 'Method not Supported' }, status: 'failure' })
    })

    it('answers 406 (as JSON) when Accept rules JSON out', async () => {
        const res = await t.fetchAs('admin', '/api/now/table/incident', { headers: { Accept: 'application/xml' } })
        expect(res.status).toBe(406)
        expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8')
        expect(await res.json()).toMatchObject({ error: { message: 'Not Acceptable' }, status: 'failure' })
    })

    it('answers the Aggregate API with an explicit 400 "not supported in the lab"', async () => {
        const res = await t.fetchAs('admin', '/api/now/stats/incident?sysparm_count=true')
        expect(res.status).toBe(400)
        expect(await res.json()).toMatchObject({
            error: { message: 'Aggregate API (/api/now/stats) is not supported in the lab' },
        })
    })

    it.each(['/api/now/table', '/api/now/table/incident/a/b', '/api/now/unknown', '/api/other/v1/x'])(
        'answers %s with 400 "Requested URI does not represent any resource"',
        async (path) => {
            const res = await t.fetchAs('admin', path)
            expect(res.status).toBe(400)
            expect(await res.json()).toEqual({
                error: { message: 'Requested URI does not represent any resource', detail: null },
                status: 'failure',
            })
        }
    )

    it('answers a path outside /api with 404', async () => {
        const res = await t.fetchAs('admin', '/nav_to.do')
        expect(res.status).toBe(404)
    })
})

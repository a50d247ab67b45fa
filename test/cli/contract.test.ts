/**
 * The REST contract cases of shared/platform/rest-contract.md §13, numbered as there, against the lab's HTTP server
 * in fault mode (cases 13, 16 and the X-RateLimit-Reset fallback of case 8 against a small in-test fake, because
 * the lab has no Batch API and never sends a 202 or a 429 without Retry-After). Case 14 (redaction) is in
 * redaction.test.ts. Sleeps are injected and recorded: no test waits for real.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { z } from 'zod'
import { sendBatch } from '../../scripts/cli/http/batch.ts'
import { createClient } from '../../scripts/cli/http/client.ts'
import { isItvcError } from '../../scripts/cli/http/errors.ts'
import type { TableSpec } from '../../scripts/cli/http/query.ts'
import { createOnce, getRecord, listAll } from '../../scripts/cli/http/table.ts'
import { parseResponse } from '../../scripts/cli/schemas/parse.ts'
import {
    pair,
    snBoolean,
    snInteger,
    snNumber,
    snOptionalString,
    snReference,
    snString,
} from '../../scripts/cli/schemas/wire.ts'
import type { CliLab } from './harness.ts'
import { insertRows, itvc, startCliLab, testClient } from './harness.ts'
import type { FakeServer } from './fake-server.ts'
import { json, startFake } from './fake-server.ts'

const LOCATION: TableSpec = { name: 'cmn_location', fields: ['name', 'city'] }
const ROWS = 25

let t: CliLab
let locationIds: string[]

beforeAll(async () => {
    t = await startCliLab()
    locationIds = insertRows(t.lab, 'cmn_location', ROWS, (i) => ({
        name: `Contract site ${String(i).padStart(2, '0')}`,
    }))
})

afterAll(async () => {
    await t.close()
})

beforeEach(() => {
    t.faults(undefined)
    t.requests.length = 0
})

const onlyContract = 'nameSTARTSWITHContract site'

function tableRequests(path = '/api/now/v2/table/cmn_location'): number {
    return t.requests.filter((r) => r.path === path).length
}

async function listLocations(pageSize = 10, extra: { sleeps?: number[]; notes?: string[] } = {}) {
    const seen: { offset: number; limit: number; rows: number }[] = []
    const result = await listAll(
        testClient(t.url, 'admin', extra),
        LOCATION,
        { query: onlyContract, pageSize, fields: ['sys_id', 'name'] },
        (page) => seen.push({ offset: page.offset, limit: page.limit, rows: page.rows.length })
    )
    return { ...result, seen }
}

describe('case 1: walks rel="next" to the end', () => {
    it('follows next links, ignores prev with offset -1 and stops when next is absent', async () => {
        const { rows, summary, seen } = await listLocations(10)
        expect(rows).toHaveLength(ROWS)
        expect(new Set(rows.map((r) => r['sys_id']))).toEqual(new Set(locationIds))
        expect(seen.map((p) => p.offset)).toEqual([0, 10, 20])
        expect(summary).toMatchObject({ rows: ROWS, pages: 3, total: ROWS, paging: 'link' })
        expect(summary.warning).toBeUndefined()
        expect(tableRequests()).toBe(3) // no request for offset -1, none after the last page
    })
})

describe('case 2: short and empty pages with rel="next"', () => {
    it('keeps paging past a short page and an empty page (ACL-before-limit)', async () => {
        t.faults({
            rules: [
                {
                    path: '/api/now/v2/table/cmn_location',
                    methods: ['GET'],
                    fault: { kind: 'short_page', rows: 3 },
                    times: 1,
                },
                { path: '/api/now/v2/table/cmn_location', methods: ['GET'], fault: { kind: 'empty_page' }, times: 1 },
            ],
        })
        const { seen, summary } = await listLocations(10)
        expect(seen.map((p) => p.rows)).toEqual([0, 10, 5])
        expect(summary.pages).toBe(3)
        // the rows cut by the faults were never sent: the X-Total-Count check says so
        expect(summary.warning).toMatch(/^10 of 25 counted rows were not returned/)
    })
})

describe('case 3: Link header suppressed', () => {
    it('pages by offset against X-Total-Count', async () => {
        t.faults({ rules: [{ path: '/api/now/v2/table/cmn_location', fault: { kind: 'no_link_header' } }] })
        const { rows, summary, seen } = await listLocations(10)
        expect(rows).toHaveLength(ROWS)
        expect(seen.map((p) => p.offset)).toEqual([0, 10, 20])
        expect(summary).toMatchObject({ paging: 'offset', pages: 3, total: ROWS })
    })
})

describe('case 4: value shapes are parsed and coerced', () => {
    const Incident = z.object({
        number: snString,
        priority: snInteger,
        active: snBoolean,
        reassignment_count: snNumber,
        caller_id: snReference,
        close_notes: snOptionalString,
    })
    const INCIDENT: TableSpec = {
        name: 'incident',
        fields: ['number', 'priority', 'active', 'reassignment_count', 'caller_id', 'close_notes'],
    }
    let callerId: string

    beforeAll(() => {
        callerId = String(t.lab.userByName('itvc.viewer')?.sysId)
        t.lab.runAsSystem(() =>
            t.lab.upsert('incident', 'c4000000000000000000000000000001', {
                number: 'INCC4001',
                priority: '2',
                active: 'false',
                reassignment_count: '3',
                caller_id: callerId,
                short_description: 'case 4',
            })
        )
    })

    async function read(displayValue: 'false' | 'true' | 'all', excludeLinks = true): Promise<Record<string, unknown>> {
        const client = testClient(t.url)
        const response = await client.request({
            method: 'GET',
            url: '/api/now/v2/table/incident',
            params: {
                sysparm_query: 'number=INCC4001',
                sysparm_fields: INCIDENT.fields.join(','),
                sysparm_display_value: displayValue,
                sysparm_exclude_reference_link: String(excludeLinks),
            },
        })
        const rows = parseResponse(
            z.object({ result: z.array(z.record(z.unknown())) }),
            response.json,
            'incident'
        ).result
        expect(rows).toHaveLength(1)
        return rows[0] ?? {}
    }

    it('coerces raw values: string numbers, "false", a plain sys_id and "" as null', async () => {
        const raw = await read('false')
        expect(raw['priority']).toBe('2') // on the wire every value is a string
        expect(raw['active']).toBe('false')
        expect(Incident.parse(raw)).toEqual({
            number: 'INCC4001',
            priority: 2,
            active: false,
            reassignment_count: 3,
            caller_id: callerId,
            close_notes: null,
        })
    })

    it('reads a reference {link, value} object', async () => {
        const raw = await read('false', false)
        expect(raw['caller_id']).toEqual({ link: expect.stringContaining(`/sys_user/${callerId}`), value: callerId })
        expect(Incident.parse(raw).caller_id).toBe(callerId)
    })

    it('reads display_value=all pairs: the raw value coerced, the label kept', async () => {
        const raw = await read('all', false)
        expect(raw['priority']).toEqual({ display_value: expect.any(String), value: '2' })
        expect(Incident.parse(raw)).toMatchObject({
            priority: 2,
            active: false,
            reassignment_count: 3,
            caller_id: callerId,
        })
        const labelled = z.object({ priority: pair(snInteger), caller_id: pair(snReference) }).parse(raw)
        expect(labelled.priority.value).toBe(2)
        expect(labelled.caller_id).toEqual({ value: callerId, display: expect.any(String) })
    })

    it('never coerces with Boolean(): "false" is false, "" is null, and a non-number is an issue', () => {
        expect(snBoolean.parse('false')).toBe(false)
        expect(snBoolean.parse('')).toBeNull()
        expect(snNumber.parse('1234.50')).toBe(1234.5)
        expect(snNumber.parse('')).toBeNull()
        expect(snNumber.safeParse('12abc').success).toBe(false)
        // numbers are compared as numbers, not strings ("10" < "9")
        expect((snNumber.parse('10') ?? 0) > (snNumber.parse('9') ?? 0)).toBe(true)
    })
})

describe('case 5: 401 and 403', () => {
    it('a wrong password is an authentication error, exit 2, not retried', async () => {
        const run = await itvc(t.url, ['benefits', 'export', '--out', '-'], {
            env: { ITVC_PASSWORD: 'wrong-password' },
        })
        expect(run.code).toBe(2)
        expect(run.stderr).toMatch(/not authenticated at .* as admin \(401 User Not Authenticated/)
        expect(t.requests.filter((r) => r.status === 401)).toHaveLength(1)
        expect(run.sleeps).toEqual([])
    })

    it('a 403 with the ACL body is a permission error naming the table and the operation', async () => {
        const client = testClient(t.url, 'itvc.viewer')
        const error = await createOnce(client, LOCATION, { name: 'Not allowed' }, { query: 'name=Not allowed' }).catch(
            (e: unknown) => e
        )
        expect(isItvcError(error, 'AUTH.FORBIDDEN')).toBe(true)
        expect((error as Error).message).toMatch(
            /permission denied: itvc\.viewer may not create table cmn_location \(403 Operation Failed: ACL Exception Insert Failed/
        )
        expect(t.requests.filter((r) => r.method === 'POST')).toHaveLength(1)
    })
})

describe('case 6: 404 on GET by id', () => {
    it('is reported as missing or not readable, exit code 3', async () => {
        const error = await getRecord(testClient(t.url), LOCATION, 'ffffffffffffffffffffffffffffffff').catch(
            (e: unknown) => e
        )
        expect(isItvcError(error, 'HTTP.NOT_FOUND')).toBe(true)
        expect((error as Error).message).toMatch(
            /cmn_location record ffff.*: missing or not readable by admin \(404 No Record found/
        )
        expect((error as { exitCode: number }).exitCode).toBe(3)
    })
})

describe('case 7: 400 on an invalid query', () => {
    it('surfaces the detail text', async () => {
        const error = await listAll(testClient(t.url), LOCATION, { query: 'nameNOSUCHOPERATORx' }).catch(
            (e: unknown) => e
        )
        expect(isItvcError(error, 'HTTP.BAD_REQUEST')).toBe(true)
        expect((error as { info: { detail?: string } }).info.detail).toMatch(/invalid term/)
        expect((error as Error).message).toContain((error as { info: { detail: string } }).info.detail)
    })
})

describe('case 8: 429 and Retry-After', () => {
    it('waits Retry-After (2 s) and then retries', async () => {
        t.faults({
            rules: [
                {
                    path: '/api/now/v2/table/cmn_location',
                    fault: { kind: 'rate_limit', retryAfterSeconds: 2 },
                    times: 1,
                },
            ],
        })
        const sleeps: number[] = []
        const notes: string[] = []
        const { rows } = await listLocations(100, { sleeps, notes })
        expect(rows).toHaveLength(ROWS)
        expect(sleeps).toEqual([2000])
        expect(notes[0]).toMatch(/rate limited \(429\) .*waiting 2 s \(Retry-After\)/)
    })

    it('gives up after N tries with a clear message (exit 4)', async () => {
        t.faults({ rules: [{ path: '/api/now/v2/table/', fault: { kind: 'rate_limit', retryAfterSeconds: 1 } }] })
        const run = await itvc(t.url, ['benefits', 'export', '--out', '-', '--retries', '3'])
        expect(run.code).toBe(4)
        expect(run.sleeps).toEqual([1000, 1000])
        expect(run.stderr).toMatch(/rate limited .*429 Rate limit exceeded.*gave up after 3 tries/)
    })

    it('refuses to wait longer than --max-wait', async () => {
        t.faults({ rules: [{ path: '/api/now/v2/table/', fault: { kind: 'rate_limit', retryAfterSeconds: 3600 } }] })
        const run = await itvc(t.url, ['benefits', 'export', '--out', '-', '--max-wait', '30'])
        expect(run.code).toBe(4)
        expect(run.sleeps).toEqual([])
        expect(run.stderr).toMatch(/asks to wait 3600 s, more than the 30 s allowed by --max-wait/)
    })

    describe('without Retry-After', () => {
        let fake: FakeServer
        const now = 1_800_000_000_000
        beforeAll(async () => {
            fake = await startFake((_req, i) =>
                i === 0
                    ? json(
                          429,
                          { error: { message: 'Rate limit exceeded', detail: null }, status: 'failure' },
                          {
                              'X-RateLimit-Reset': String(now / 1000 + 7),
                          }
                      )
                    : json(200, { result: [] }, { 'X-Total-Count': '0' })
            )
        })
        afterAll(() => fake.close())

        it('falls back to X-RateLimit-Reset − now', async () => {
            const sleeps: number[] = []
            const { rows } = await listAll(testClient(fake.url, 'admin', { sleeps, now: () => now }), LOCATION)
            expect(rows).toEqual([])
            expect(sleeps).toEqual([7000])
        })
    })
})

describe('case 9: 500 "Transaction cancelled"', () => {
    it('retries a GET with a smaller sysparm_limit', async () => {
        t.faults({
            rules: [
                {
                    path: '/api/now/v2/table/cmn_location',
                    methods: ['GET'],
                    fault: { kind: 'transaction_cancelled' },
                    times: 1,
                },
            ],
        })
        const notes: string[] = []
        const { rows, seen } = await listLocations(20, { notes })
        expect(rows).toHaveLength(ROWS)
        expect(seen[0]).toMatchObject({ offset: 0, limit: 10 })
        expect(notes).toContainEqual(expect.stringMatching(/retrying with sysparm_limit=10/))
    })

    it('never retries a POST before looking up its idempotency key (the lab committed the first POST)', async () => {
        t.faults({
            rules: [
                {
                    path: '/api/now/v2/table/cmn_location',
                    methods: ['POST'],
                    fault: { kind: 'transaction_cancelled' },
                    times: 1,
                },
            ],
        })
        const outcome = await createOnce(
            testClient(t.url),
            LOCATION,
            { name: 'Case 9 site' },
            { query: 'name=Case 9 site' }
        )
        expect(outcome.outcome).toBe('recovered')
        expect(t.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500', 'GET 200'])
        expect(t.lab.count('cmn_location', 'name = ?', ['Case 9 site'])).toBe(1) // a blind retry would make 2
    })

    it('repeats a POST refused before it committed once the key lookup finds nothing', async () => {
        t.faults({
            rules: [
                { path: '/api/now/v2/table/cmn_location', methods: ['POST'], fault: { kind: 'unavailable' }, times: 1 },
            ],
        })
        const outcome = await createOnce(
            testClient(t.url),
            LOCATION,
            { name: 'Case 9 other' },
            { query: 'name=Case 9 other' }
        )
        expect(outcome.outcome).toBe('created')
        expect(t.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 503', 'GET 200', 'POST 201'])
        expect(t.lab.count('cmn_location', 'name = ?', ['Case 9 other'])).toBe(1)
    })
})

describe('case 10: 200 carrying an error', () => {
    it.each([
        ['with a partial result', true, /answered 200 but reported an error \(with a partial result, discarded\)/],
        ['without a result', false, /answered 200 but reported an error: Transaction cancelled/],
    ])('is a failure %s', async (_label, withResult, message) => {
        t.faults({
            rules: [
                {
                    path: '/api/now/v2/table/cmn_location',
                    fault: { kind: 'error_with_result', withResult, keepRows: 3 },
                    times: 1,
                },
            ],
        })
        const error = await listLocations(100).catch((e: unknown) => e)
        expect(isItvcError(error, 'CONTRACT.ERROR_IN_BODY')).toBe(true)
        expect((error as Error).message).toMatch(message)
        expect(t.requests).toHaveLength(1)
    })
})

describe('case 11: 502, 503 and socket resets', () => {
    it.each([
        ['502 with an HTML body', { kind: 'bad_gateway' as const }],
        ['503 with an empty body', { kind: 'unavailable' as const }],
        ['a socket reset', { kind: 'socket_reset' as const }],
    ])('retries %s with backoff', async (_label, fault) => {
        t.faults({ rules: [{ path: '/api/now/v2/table/cmn_location', fault, times: 2 }] })
        const sleeps: number[] = []
        const notes: string[] = []
        const { rows } = await listLocations(100, { sleeps, notes })
        expect(rows).toHaveLength(ROWS)
        expect(sleeps).toEqual([375, 750]) // 500 ms then 1 s nominal, equal jitter at 0.5
    })

    it('names an HTML body by its title and an empty body as such when it gives up', async () => {
        t.faults({ rules: [{ path: '/api/now/v2/table/cmn_location', fault: { kind: 'bad_gateway' } }] })
        const html = await listAll(testClient(t.url, 'admin', { maxAttempts: 2 }), LOCATION).catch((e: unknown) => e)
        expect((html as Error).message).toMatch(
            /server error on table cmn_location \(502 502 Bad Gateway \(HTML body\)\): gave up after 2 tries/
        )
        t.faults({ rules: [{ path: '/api/now/v2/table/cmn_location', fault: { kind: 'unavailable' } }] })
        const empty = await listAll(testClient(t.url, 'admin', { maxAttempts: 2 }), LOCATION).catch((e: unknown) => e)
        expect((empty as Error).message).toMatch(/\(503 Service Unavailable \(empty body\)\): gave up after 2 tries/)
    })
})

describe('case 12: Scripted REST', () => {
    it("pins v1 in the URL and parses the route's error envelope (lab)", async () => {
        const run = await itvc(t.url, ['demands', '--model', 'No such model'], { user: 'itvc.demand_manager' })
        const calls = t.requests.filter((r) => r.path.startsWith('/api/x_itvc_value/'))
        expect(calls.map((r) => r.path)).toEqual(['/api/x_itvc_value/v1/demands/ranking'])
        // 404 "No scoring model …" from the route (400 "Requested URI …" while the route is not installed)
        expect(run.code).not.toBe(0)
        expect(run.stderr).toMatch(
            /the demand ranking API.*\((404 No scoring model "No such model"|400 Requested URI does not represent any resource)/
        )
    })

    describe('unwrapping (in-test fake)', () => {
        let fake: FakeServer
        const page = {
            model: { sys_id: 'a'.repeat(32), name: 'Default', method: 'weighted', version: 3 },
            total: 1,
            limit: 20,
            offset: 0,
            demands: [
                {
                    sys_id: 'b'.repeat(32),
                    number: 'DMND0001001',
                    short_description: 'One-page checkout',
                    rank: 1,
                    score: 81.5,
                    wsjf: null,
                    rice: null,
                    ranking_value: 81.5,
                    score_status: 'scored',
                    scored_at: '2026-11-01 10:00:00',
                    override: null,
                    breakdown: [],
                },
            ],
        }
        beforeAll(async () => {
            fake = await startFake((req) =>
                req.url.includes('model=missing')
                    ? json(404, { error: { message: 'No scoring model "missing"', detail: null }, status: 'failure' })
                    : json(200, { result: page })
            )
        })
        afterAll(() => fake.close())

        it('unwraps {"result": …} and prints the API\'s own answer as JSON', async () => {
            const run = await itvc(fake.url, ['demands', '--format', 'json'])
            expect(run.code).toBe(0)
            expect(JSON.parse(run.stdout)).toEqual(page)
            expect(fake.requests[0]?.url).toBe('/api/x_itvc_value/v1/demands/ranking?limit=20&offset=0')
        })

        it('parses the same error envelope as the Table API', async () => {
            const run = await itvc(fake.url, ['demands', '--model', 'missing'])
            expect(run.code).toBe(3)
            expect(run.stderr).toMatch(
                /the demand ranking API: missing or not readable by admin \(404 No scoring model "missing"\)/
            )
        })
    })
})

describe('case 13: Batch API (in-test fake: the lab has no /api/now/v1/batch)', () => {
    let fake: FakeServer
    const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64')
    beforeAll(async () => {
        fake = await startFake((req, i) => {
            const body = JSON.parse(req.body) as {
                batch_request_id: string
                rest_requests: { id: string; body?: string }[]
            }
            const ids = body.rest_requests.map((r) => r.id)
            // first round: serve item 1 (200) and item 2 (403), leave item 3 unserviced; second round: serve the rest
            const served = i === 0 ? ids.filter((id) => id !== '3') : ids
            return json(200, {
                batch_request_id: body.batch_request_id,
                serviced_requests: served.map((id) => ({
                    id,
                    status_code: id === '2' ? 403 : 200,
                    status_text: id === '2' ? 'Forbidden' : 'OK',
                    body:
                        id === '2'
                            ? b64({ error: { message: 'Operation Failed', detail: 'ACL' }, status: 'failure' })
                            : b64({ result: { sys_id: id } }),
                    error_message: '',
                })),
                unserviced_requests: i === 0 ? ['3'] : [],
            })
        })
    })
    afterAll(() => fake.close())

    it("sends base64 bodies, reads each item's own status and resubmits unserviced items", async () => {
        const client = createClient({
            instance: fake.url,
            credentials: { kind: 'basic', user: 'u', password: 'p-secret' },
        })
        const items = ['1', '2', '3'].map((id) => ({
            id,
            method: 'PATCH' as const,
            url: `/api/now/v2/table/x/${id}`,
            body: { state: 'done' },
        }))
        const outcomes = await sendBatch(client, items, { batchId: (round) => `b-${round}` })
        expect(outcomes.map((o) => [o.id, o.status])).toEqual([
            ['1', 200],
            ['2', 403],
            ['3', 200],
        ])
        expect(outcomes[0]?.body).toEqual({ result: { sys_id: '1' } })
        expect(fake.requests).toHaveLength(2)
        const first = JSON.parse(fake.requests[0]?.body ?? '{}') as { rest_requests: { id: string; body: string }[] }
        expect(JSON.parse(Buffer.from(first.rest_requests[0]?.body ?? '', 'base64').toString())).toEqual({
            state: 'done',
        })
        const second = JSON.parse(fake.requests[1]?.body ?? '{}') as {
            batch_request_id: string
            rest_requests: { id: string }[]
        }
        expect(second.batch_request_id).toBe('b-2')
        expect(second.rest_requests.map((r) => r.id)).toEqual(['3'])
    })

    it('refuses a POST item (it could not be resent safely)', async () => {
        const client = createClient({
            instance: fake.url,
            credentials: { kind: 'basic', user: 'u', password: 'p-secret' },
        })
        await expect(sendBatch(client, [{ id: '1', method: 'POST', url: '/api/now/v2/table/x' }])).rejects.toThrow(
            /not idempotent/
        )
    })
})

describe('case 15: an unknown field in a query is refused before sending', () => {
    let instanceMode: CliLab
    beforeAll(async () => {
        // an instance would drop the unknown term silently and widen the result
        instanceMode = await startCliLab({ queryMode: 'instance' })
    })
    afterAll(() => instanceMode.close())

    it('exits 1 and sends nothing', async () => {
        const run = await itvc(instanceMode.url, ['benefits', 'export', '--out', '-', '--query', 'stat=realised'])
        expect(run.code).toBe(1)
        expect(run.stderr).toMatch(/unknown field 'stat' in the query on x_itvc_value_benefit: .*nothing was sent/)
        expect(instanceMode.requests).toHaveLength(0)
    })

    it('checks dot-walks by their first field and ORDERBY terms too', async () => {
        await expect(listAll(testClient(instanceMode.url), LOCATION, { query: 'nmae.x=1' })).rejects.toThrow(
            /unknown field 'nmae'/
        )
        await expect(listAll(testClient(instanceMode.url), LOCATION, { orderBy: ['-citty'] })).rejects.toThrow(
            /unknown field 'citty'/
        )
        expect(instanceMode.requests).toHaveLength(0)
    })
})

describe('case 16: 202 with no content', () => {
    let fake: FakeServer
    beforeAll(async () => {
        fake = await startFake(() => ({ status: 202 }))
    })
    afterAll(() => fake.close())

    it('is an empty result', async () => {
        const { rows, summary } = await listAll(testClient(fake.url), LOCATION)
        expect(rows).toEqual([])
        expect(summary.pages).toBe(1)
        expect(fake.requests).toHaveLength(1)
    })
})

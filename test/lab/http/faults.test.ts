import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { FaultPlan, FaultRule } from '../../../scripts/lab/http/faults.ts'
import { FaultInjector, parseFaultPlan, seededRandom } from '../../../scripts/lab/http/faults.ts'
import type { TestLab } from './harness.ts'
import { json, startLab } from './harness.ts'

let t: TestLab

beforeEach(async () => {
    t = await startLab()
})

afterEach(async () => {
    await t.lab.close()
})

const LIST = '/api/now/v2/table/incident?sysparm_query=ORDERBYnumber&sysparm_fields=number&sysparm_limit=4'
const once = (path: string, fault: FaultRule['fault'], methods?: string[]): FaultPlan => ({
    rules: [{ path, fault, times: 1, ...(methods === undefined ? {} : { methods }) }],
})

describe('fault kinds', () => {
    it('rate_limit: 429 with Retry-After, X-RateLimit-* and the documented body, refused before the engine', async () => {
        t.lab.setFaults(once('/api/now/', { kind: 'rate_limit', retryAfterSeconds: 2, resetEpochSeconds: 1767225600 }))
        const res = await t.fetchAs('manager', '/api/now/table/x_itvc_value_benefit', json('POST', { name: 'x' }))
        expect(res.status).toBe(429)
        expect(res.headers.get('retry-after')).toBe('2')
        expect(res.headers.get('x-ratelimit-limit')).toBe('100')
        expect(res.headers.get('x-ratelimit-reset')).toBe('1767225600')
        expect(res.headers.get('x-ratelimit-rule')).toBe('lab-fault')
        expect(await res.json()).toEqual({
            error: {
                message: 'Rate limit exceeded',
                detail: 'Rate limit of 100 requests per hour for Table API exceeded',
            },
            status: 'failure',
        })
        expect(t.tables.tables['x_itvc_value_benefit']?.rows).toHaveLength(1)
        expect((await t.fetchAs('admin', LIST)).status).toBe(200)
    })

    it('transaction_cancelled: a POST commits, then answers 500 with the quota body', async () => {
        t.lab.setFaults(once('/api/now/table/x_itvc_value_benefit', { kind: 'transaction_cancelled' }, ['POST']))
        const res = await t.fetchAs(
            'manager',
            '/api/now/table/x_itvc_value_benefit',
            json('POST', { name: 'Committed' })
        )
        expect(res.status).toBe(500)
        expect(await res.json()).toEqual({
            error: {
                message: 'Transaction cancelled: maximum execution time exceeded',
                detail: 'Transaction cancelled: maximum execution time exceeded Check logs for error trace.',
            },
            status: 'failure',
        })
        expect(t.tables.tables['x_itvc_value_benefit']?.rows.map((r) => r['name'])).toEqual([
            'Fewer outages',
            'Committed',
        ])
    })

    it('error_with_result: 200 with an error object next to a partial result', async () => {
        t.lab.setFaults(once('/api/now/v2/table/incident', { kind: 'error_with_result', keepRows: 1 }))
        const res = await t.fetchAs('admin', LIST)
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({
            result: [{ number: 'INC0000001' }],
            error: {
                message: 'Transaction cancelled: maximum execution time exceeded',
                detail: 'Partial result: the transaction was cancelled before all rows were read',
            },
        })
    })

    it('error_with_result without result: 200 with the failure envelope only', async () => {
        t.lab.setFaults(
            once('/api/', { kind: 'error_with_result', withResult: false, message: 'Boom', detail: 'Broken' })
        )
        const res = await t.fetchAs('admin', LIST)
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ error: { message: 'Boom', detail: 'Broken' }, status: 'failure' })
    })

    it('bad_gateway: 502 with an HTML body', async () => {
        t.lab.setFaults(once('/api/', { kind: 'bad_gateway' }))
        const res = await t.fetchAs('admin', LIST)
        expect(res.status).toBe(502)
        expect(res.headers.get('content-type')).toBe('text/html')
        expect(await res.text()).toContain('<h1>502 Bad Gateway</h1>')
    })

    it('unavailable: 503 with an empty body', async () => {
        t.lab.setFaults(once('/api/', { kind: 'unavailable' }))
        const res = await t.fetchAs('admin', LIST)
        expect(res.status).toBe(503)
        expect(res.headers.get('content-type')).toBeNull()
        expect(await res.text()).toBe('')
    })

    it('socket_reset: the request fails at the socket and the server keeps serving', async () => {
        t.lab.setFaults(once('/api/', { kind: 'socket_reset' }))
        await expect(t.fetchAs('admin', LIST)).rejects.toThrow('fetch failed')
        expect((await t.fetchAs('admin', LIST)).status).toBe(200)
        expect(t.requests[0]).toMatchObject({ status: 0, faults: ['socket_reset'] })
    })

    it('socket_reset after the engine: the POST committed although the client saw no answer', async () => {
        t.lab.setFaults(once('/api/', { kind: 'socket_reset', afterEngine: true }, ['POST']))
        await expect(
            t.fetchAs('manager', '/api/now/table/x_itvc_value_benefit', json('POST', { name: 'Lost answer' }))
        ).rejects.toThrow()
        expect(t.tables.tables['x_itvc_value_benefit']?.rows.map((r) => r['name'])).toContain('Lost answer')
    })

    it('delay: holds the answer for at least the given ms', async () => {
        t.lab.setFaults(once('/api/', { kind: 'delay', ms: 150 }))
        const started = Date.now()
        expect((await t.fetchAs('admin', LIST)).status).toBe(200)
        expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    })

    it('short_page: fewer rows than the limit while rel="next" stays', async () => {
        t.lab.setFaults(once('/api/', { kind: 'short_page', rows: 1 }))
        const res = await t.fetchAs('admin', LIST)
        expect(await res.json()).toEqual({ result: [{ number: 'INC0000001' }] })
        expect(res.headers.get('link')).toContain('sysparm_offset=4>;rel="next"')
        expect(res.headers.get('x-total-count')).toBe('5')
    })

    it('empty_page: no rows while rel="next" stays', async () => {
        t.lab.setFaults(once('/api/', { kind: 'empty_page' }))
        const res = await t.fetchAs('admin', LIST)
        expect(await res.json()).toEqual({ result: [] })
        expect(res.headers.get('link')).toContain('rel="next"')
    })

    it('no_link_header: no Link, X-Total-Count kept', async () => {
        t.lab.setFaults(once('/api/', { kind: 'no_link_header' }))
        const res = await t.fetchAs('admin', LIST)
        expect(res.headers.get('link')).toBeNull()
        expect(res.headers.get('x-total-count')).toBe('5')
    })

    it('combines a delay with a replacing fault', async () => {
        t.lab.setFaults({
            rules: [
                { path: '/api/', fault: { kind: 'delay', ms: 50 }, times: 1 },
                { path: '/api/', fault: { kind: 'unavailable' }, times: 1 },
            ],
        })
        const started = Date.now()
        expect((await t.fetchAs('admin', LIST)).status).toBe(503)
        expect(Date.now() - started).toBeGreaterThanOrEqual(45)
        expect(t.requests[0]?.faults).toEqual(['delay', 'unavailable'])
    })

    it('applies to Scripted REST routes as well', async () => {
        t.lab.setFaults(once('/api/x_itvc_value/', { kind: 'rate_limit', retryAfterSeconds: 1 }))
        const res = await t.fetchAs('viewer', '/api/x_itvc_value/v1/scorecard/latest')
        expect(res.status).toBe(429)
        expect(await res.json()).toMatchObject({
            error: { detail: 'Rate limit of 100 requests per hour for REST API exceeded' },
        })
    })
})

describe('fault rules', () => {
    it('match by path prefix and method, and run out after `times`', async () => {
        t.lab.setFaults({
            rules: [{ path: '/api/now/v2/table/incident', methods: ['GET'], fault: { kind: 'unavailable' }, times: 2 }],
        })
        expect((await t.fetchAs('admin', '/api/now/table/incident')).status).toBe(200) // other prefix
        expect((await t.fetchAs('admin', '/api/now/v2/table/incident')).status).toBe(503)
        expect(t.lab.faultState().rules[0]?.remaining).toBe(1)
        expect((await t.fetchAs('admin', '/api/now/v2/table/incident')).status).toBe(503)
        expect((await t.fetchAs('admin', '/api/now/v2/table/incident')).status).toBe(200)
    })

    it('fire with a probability from a seeded PRNG: the same seed gives the same sequence', async () => {
        const plan: FaultPlan = {
            seed: 42,
            rules: [{ path: '/api/', fault: { kind: 'unavailable' }, probability: 0.5 }],
        }
        const run = async (): Promise<number[]> => {
            t.lab.setFaults(plan)
            const statuses: number[] = []
            for (let i = 0; i < 12; i++) statuses.push((await t.fetchAs('admin', '/api/now/table/empty_table')).status)
            return statuses
        }
        const first = await run()
        expect(await run()).toEqual(first)
        expect(first).toContain(503)
        expect(first).toContain(200)
    })

    it('never fault the /lab routes', async () => {
        t.lab.setFaults({ rules: [{ path: '/', fault: { kind: 'unavailable' } }] })
        expect((await fetch(`${t.url}/lab/health`)).status).toBe(200)
    })

    it('are counted per authenticated request only (a 401 does not consume them)', async () => {
        t.lab.setFaults(once('/api/', { kind: 'unavailable' }))
        expect((await t.fetchAs('anonymous', LIST)).status).toBe(401)
        expect((await t.fetchAs('admin', LIST)).status).toBe(503)
    })
})

describe('/lab/faults', () => {
    const plan = once('/api/', { kind: 'unavailable' })

    it('lets an admin set, read and clear the plan', async () => {
        const set = await t.fetchAs('admin', '/lab/faults', json('POST', plan))
        expect(set.status).toBe(200)
        expect(await set.json()).toEqual({
            result: { seed: 0, rules: [{ path: '/api/', fault: { kind: 'unavailable' }, times: 1, remaining: 1 }] },
        })
        expect((await t.fetchAs('admin', LIST)).status).toBe(503)
        const state = await t.fetchAs('admin', '/lab/faults')
        expect(await state.json()).toMatchObject({ result: { rules: [{ remaining: 0 }] } })
        expect((await t.fetchAs('admin', '/lab/faults', { method: 'DELETE' })).status).toBe(204)
        expect(t.lab.faultState().rules).toEqual([])
    })

    it('refuses a non-admin with 403 and an anonymous caller with 401', async () => {
        expect((await t.fetchAs('manager', '/lab/faults', json('POST', plan))).status).toBe(403)
        expect((await t.fetchAs('anonymous', '/lab/faults', json('POST', plan))).status).toBe(401)
        expect(t.lab.faultState().rules).toEqual([])
    })

    it('refuses an invalid plan with 400 and the reason', async () => {
        const res = await t.fetchAs(
            'admin',
            '/lab/faults',
            json('POST', { rules: [{ path: '/api/', fault: { kind: 'meteor' } }] })
        )
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({
            error: { message: 'Invalid fault plan', detail: 'rules[0].unknown fault kind "meteor"' },
            status: 'failure',
        })
    })
})

describe('request hook', () => {
    it('reports method, path without the query, status, duration and fired faults', async () => {
        t.lab.setFaults(once('/api/', { kind: 'short_page', rows: 0 }))
        await t.fetchAs('viewer', '/api/now/table/incident?sysparm_ck=secret&sysparm_limit=2')
        expect(t.requests).toEqual([
            {
                method: 'GET',
                path: '/api/now/table/incident',
                status: 200,
                ms: expect.any(Number),
                faults: ['short_page'],
                user: 'val.viewer',
            },
        ])
        expect(t.logs.join('\n')).not.toContain('secret')
    })
})

describe('parseFaultPlan', () => {
    it.each([
        [null, 'the plan must be an object { seed?, rules }'],
        [{ rules: {} }, 'rules must be an array'],
        [{ seed: 1.5, rules: [] }, 'seed must be an integer'],
        [
            { rules: [{ path: 'api', fault: { kind: 'unavailable' } }] },
            'rules[0].path must be a path prefix starting with /',
        ],
        [
            { rules: [{ path: '/', methods: ['get'], fault: { kind: 'unavailable' } }] },
            'rules[0].methods must be an array of upper-case methods',
        ],
        [
            { rules: [{ path: '/', probability: 2, fault: { kind: 'unavailable' } }] },
            'rules[0].probability must be between 0 and 1',
        ],
        [
            { rules: [{ path: '/', times: -1, fault: { kind: 'unavailable' } }] },
            'rules[0].times must be an integer ≥ 0',
        ],
        [{ rules: [{ path: '/', fault: { kind: 'delay' } }] }, 'rules[0].delay.ms must be a number ≥ 0'],
        [
            { rules: [{ path: '/', fault: { kind: 'rate_limit' } }] },
            'rules[0].rate_limit.retryAfterSeconds must be an integer ≥ 0',
        ],
        [
            { rules: [{ path: '/', fault: { kind: 'short_page', rows: 1.5 } }] },
            'rules[0].short_page.rows must be an integer ≥ 0',
        ],
    ])('refuses %j: %s', (value, message) => {
        expect(parseFaultPlan(value)).toEqual({ ok: false, message })
    })

    it('accepts a plan with every fault kind', () => {
        const plan: FaultPlan = {
            seed: 7,
            rules: [
                { path: '/', fault: { kind: 'rate_limit', retryAfterSeconds: 2, limit: 10, rule: 'r' } },
                { path: '/', fault: { kind: 'transaction_cancelled' } },
                {
                    path: '/',
                    fault: { kind: 'error_with_result', keepRows: 1, withResult: true, message: 'm', detail: 'd' },
                },
                { path: '/', fault: { kind: 'bad_gateway', afterEngine: true } },
                { path: '/', fault: { kind: 'unavailable' } },
                { path: '/', fault: { kind: 'socket_reset' } },
                { path: '/', fault: { kind: 'delay', ms: 10 } },
                { path: '/', fault: { kind: 'short_page', rows: 3 } },
                { path: '/', fault: { kind: 'empty_page' } },
                { path: '/', methods: ['GET'], times: 2, probability: 0.5, fault: { kind: 'no_link_header' } },
            ],
        }
        expect(parseFaultPlan(plan)).toEqual({ ok: true, plan })
    })
})

describe('FaultInjector', () => {
    it('does not consume a second replacing rule once one fired', () => {
        const injector = new FaultInjector()
        injector.set({
            rules: [
                { path: '/', fault: { kind: 'unavailable' }, times: 1 },
                { path: '/', fault: { kind: 'bad_gateway' }, times: 1 },
            ],
        })
        expect(injector.decide('GET', '/api/x').replace).toEqual({ kind: 'unavailable' })
        expect(injector.decide('GET', '/api/x').replace).toEqual({ kind: 'bad_gateway' })
        expect(injector.decide('GET', '/api/x').replace).toBeUndefined()
    })

    it('keeps the smallest row cap of several page faults', () => {
        const injector = new FaultInjector()
        injector.set({
            rules: [
                { path: '/', fault: { kind: 'short_page', rows: 3 } },
                { path: '/', fault: { kind: 'short_page', rows: 1 } },
            ],
        })
        expect(injector.decide('GET', '/')).toMatchObject({ rowCap: 1, suppressLink: false })
    })

    it('does not mutate the plan it was given', () => {
        const plan: FaultPlan = { rules: [{ path: '/', fault: { kind: 'unavailable' }, times: 1 }] }
        const injector = new FaultInjector()
        injector.set(plan)
        injector.decide('GET', '/')
        expect(plan.rules[0]?.times).toBe(1)
    })
})

describe('seededRandom', () => {
    it('returns the same sequence for the same seed, in [0, 1)', () => {
        const a = seededRandom(123)
        const b = seededRandom(123)
        const values = Array.from({ length: 100 }, () => a())
        expect(values).toEqual(Array.from({ length: 100 }, () => b()))
        expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    })

    it('returns different sequences for different seeds', () => {
        expect(seededRandom(1)()).not.toBe(seededRandom(2)())
    })
})

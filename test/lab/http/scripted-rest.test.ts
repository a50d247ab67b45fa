import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { TestLab } from './harness.ts'
import { json, startLab } from './harness.ts'

let t: TestLab

beforeEach(async () => {
    t = await startLab()
})

afterEach(async () => {
    await t.lab.close()
})

describe('Scripted REST', () => {
    it('passes the engine body through: {"result": …}, numbers stay numbers', async () => {
        const res = await t.fetchAs('viewer', '/api/x_itvc_value/v1/scorecard/latest')
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8')
        expect(await res.text()).toBe('{"result":{"period":"2026-01","planned":150,"realized":75,"ratio":50}}')
    })

    it('answers an unmatched route with the exact 400 body', async () => {
        const res = await t.fetchAs('viewer', '/api/x_itvc_value/v1/nothing/here')
        expect(res.status).toBe(400)
        expect(await res.text()).toBe(
            '{"error":{"message":"Requested URI does not represent any resource","detail":null},"status":"failure"}'
        )
    })

    it('hands the parsed JSON body, the query and the user to the engine, and returns its status and headers', async () => {
        const res = await t.fetchAs(
            'manager',
            '/api/x_itvc_value/v1/echo?period=2026-01&tag=a&tag=b',
            json('POST', { ratio: 50, ok: true })
        )
        expect(res.status).toBe(201)
        expect(res.headers.get('x-echo-user')).toBe('val.manager')
        expect(await res.json()).toEqual({
            result: { body: { ratio: 50, ok: true }, query: { period: '2026-01', tag: ['a', 'b'] } },
        })
    })

    it('never hands credentials (Authorization, Cookie, X-UserToken, sysparm_ck) to the route', async () => {
        await t.fetchAs('manager', '/api/x_itvc_value/v1/echo?sysparm_ck=tok', {
            ...json('POST', {}),
            headers: { 'Content-Type': 'application/json', Cookie: 'JSESSIONID=X', 'X-UserToken': 'tok' },
        })
        const seen = t.rest.requests[0]
        expect(Object.keys(seen?.headers ?? {}).filter((k) => /^(authorization|cookie|x-usertoken)$/.test(k))).toEqual(
            []
        )
        expect(seen?.query).toEqual({})
        expect(seen?.headers['content-type']).toBe('application/json')
    })

    it('answers malformed JSON with 400 before the route runs', async () => {
        const res = await t.fetchAs('manager', '/api/x_itvc_value/v1/echo', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: '{',
        })
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({
            error: { message: 'Exception while reading request', detail: 'The payload is not valid JSON.' },
            status: 'failure',
        })
        expect(t.rest.requests).toEqual([])
    })

    it('answers a non-JSON body with 415', async () => {
        const res = await t.fetchAs('manager', '/api/x_itvc_value/v1/echo', { method: 'POST', body: '<a/>' })
        expect(res.status).toBe(415)
    })

    it('passes an error envelope and its status through', async () => {
        const res = await t.fetchAs('viewer', '/api/x_itvc_value/v1/missing')
        expect(res.status).toBe(404)
        expect(await res.json()).toEqual({
            error: { message: 'No scorecard', detail: 'No scorecard for 2031-01' },
            status: 'failure',
        })
    })

    it('answers 204 with an empty body when the route returns no body', async () => {
        const res = await t.fetchAs('admin', '/api/x_itvc_value/v1/scorecard/latest', { method: 'DELETE' })
        expect(res.status).toBe(204)
        expect(await res.text()).toBe('')
    })

    it('turns an engine exception into a 500 envelope and logs it', async () => {
        const res = await t.fetchAs('viewer', '/api/x_itvc_value/v1/boom?sysparm_ck=secret')
        expect(res.status).toBe(500)
        expect(await res.json()).toEqual({
            error: { message: 'Internal Server Error', detail: 'handler exploded' },
            status: 'failure',
        })
        expect(t.logs).toEqual(['error: GET /api/x_itvc_value/v1/boom: Error: handler exploded'])
    })
})

import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { apiUrl, getResult } from '../../src/client/services/http.ts'

type FetchArgs = [string, RequestInit]
let calls: FetchArgs[]

function answer(status: number, body: string, statusText = ''): void {
    globalThis.fetch = jest.fn(async (url: string | URL | Request, init?: RequestInit) => {
        calls.push([String(url), init ?? {}])
        return new Response(body === '' ? null : body, { status, statusText })
    }) as typeof fetch
}

const realFetch = globalThis.fetch

beforeEach(() => {
    calls = []
    ;(globalThis as unknown as { window: { g_ck: string } }).window = { g_ck: 'token-123' }
})

afterEach(() => {
    globalThis.fetch = realFetch
    delete (globalThis as unknown as { window?: unknown }).window
})

describe('apiUrl', () => {
    it('pins v1 and leaves out empty parameters', () => {
        expect(apiUrl('/scorecard', { period: 'FY2027-Q1', dimension: 'all', key: '', x: undefined })).toBe(
            '/api/x_itvc_value/v1/scorecard?period=FY2027-Q1&dimension=all'
        )
    })
})

describe('getResult', () => {
    it('sends the session token and unwraps the result', async () => {
        answer(200, '{"result":{"a":1}}')
        expect(await getResult('/scorecard')).toEqual({ ok: true, value: { a: 1 } })
        const [url, init] = calls[0] ?? ['', {}]
        expect(url).toBe('/api/x_itvc_value/v1/scorecard')
        expect(init.credentials).toBe('same-origin')
        expect(init.headers).toEqual({ Accept: 'application/json', 'X-UserToken': 'token-123' })
    })

    it.each([
        [401, 'unauthenticated'],
        [403, 'forbidden'],
        [404, 'not_found'],
        [400, 'bad_request'],
        [500, 'server'],
    ])('maps HTTP %d to %s with the envelope message', async (status, kind) => {
        answer(status, '{"error":{"message":"Nope","detail":"because"},"status":"failure"}')
        expect(await getResult('/scorecard')).toEqual({
            ok: false,
            error: { kind, status, message: 'Nope', detail: 'because' },
        })
    })

    it('reads an HTML 502 from a load balancer by its status', async () => {
        answer(502, '<html>Bad Gateway</html>', 'Bad Gateway')
        expect(await getResult('/x')).toMatchObject({ ok: false, error: { kind: 'server', message: 'Bad Gateway' } })
    })

    it('treats a 200 carrying an error as a failure', async () => {
        answer(200, '{"error":{"message":"Transaction cancelled","detail":"partial"},"result":[]}')
        expect(await getResult('/x')).toMatchObject({
            ok: false,
            error: { kind: 'server', message: 'Transaction cancelled' },
        })
    })

    it('reports an answer without a result as invalid', async () => {
        answer(200, '')
        expect(await getResult('/x')).toMatchObject({ ok: false, error: { kind: 'invalid_response' } })
    })

    it('reports no answer as a network failure', async () => {
        globalThis.fetch = jest.fn(async () => {
            throw new TypeError('Failed to fetch')
        }) as typeof fetch
        expect(await getResult('/x')).toEqual({
            ok: false,
            error: { kind: 'network', status: 0, message: 'The instance did not answer', detail: 'Failed to fetch' },
        })
    })
})

/**
 * Contract case 14 (rest-contract.md §13): credentials and tokens never appear in logs, errors or output. Commands
 * run with --verbose against failing requests; neither the password, the token, nor the Authorization header value
 * (or its base64 part) may show up in stdout, stderr or the error objects.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { inspect } from 'node:util'
import { createClient } from '../../scripts/cli/http/client.ts'
import { createRedactor, redactFields } from '../../scripts/cli/http/redact.ts'
import type { CliLab } from './harness.ts'
import { itvc, passwordOf, startCliLab } from './harness.ts'
import type { FakeServer } from './fake-server.ts'
import { json, startFake } from './fake-server.ts'

const PASSWORD = 'S3cr3t!Pass#word'
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.Zm9vYmFy'

function forms(user: string, password: string): string[] {
    const basic = Buffer.from(`${user}:${password}`).toString('base64')
    return [password, basic, `Basic ${basic}`, encodeURIComponent(password)]
}

function expectClean(text: string, secrets: readonly string[]): void {
    for (const secret of secrets) expect(text).not.toContain(secret)
}

let t: CliLab
beforeAll(async () => {
    t = await startCliLab()
})
afterAll(() => t.close())
beforeEach(() => t.faults(undefined))

describe('redaction (case 14)', () => {
    it('a wrong password with --verbose: neither the password nor the Authorization value is printed', async () => {
        const run = await itvc(t.url, ['benefits', 'export', '--out', '-', '--verbose'], {
            env: { ITVC_PASSWORD: PASSWORD },
        })
        expect(run.code).toBe(2)
        expect(run.stderr).toContain('[verbose] → GET /api/now/v2/table/x_itvc_value_benefit')
        expect(run.stderr).toContain('Authorization: ***')
        expectClean(run.stdout + run.stderr, forms('admin', PASSWORD))
    })

    it('a bearer token refused with 401 under --verbose is never printed', async () => {
        const run = await itvc(t.url, ['scorecard', '--verbose', '--format', 'json'], {
            env: { ITVC_TOKEN: TOKEN, ITVC_USER: undefined, ITVC_PASSWORD: undefined },
        })
        expect(run.code).toBe(2)
        expect(run.stderr).toMatch(/bearer token/)
        expectClean(run.stdout + run.stderr, [TOKEN, `Bearer ${TOKEN}`, TOKEN.split('.')[1] ?? TOKEN])
    })

    it('server errors after retries, with the right password, print no secret', async () => {
        t.faults({ rules: [{ path: '/api/now/v2/table/', fault: { kind: 'bad_gateway' } }] })
        const run = await itvc(t.url, ['benefits', 'export', '--out', '-', '--verbose', '--retries', '2'])
        expect(run.code).toBe(4)
        expect(run.stderr).toMatch(/502 Bad Gateway \(HTML body\)/)
        expectClean(run.stdout + run.stderr, forms('admin', passwordOf('admin')))
    })

    it('a network failure (nothing listening) under --verbose prints no secret', async () => {
        const closed = await startFake(() => ({ status: 200 }))
        const url = closed.url
        await closed.close()
        const run = await itvc(url, ['benefits', 'export', '--out', '-', '--verbose', '--retries', '2'], {
            env: { ITVC_PASSWORD: PASSWORD },
        })
        expect(run.code).toBe(4)
        expect(run.stderr).toMatch(/network error ECONNREFUSED/)
        expectClean(run.stdout + run.stderr, forms('admin', PASSWORD))
    })

    it('credentials in the instance URL are refused without echoing them', async () => {
        const urlSafe = 'UrlSafeSecret123'
        const run = await itvc(`http://admin:${urlSafe}@127.0.0.1:9`, ['scorecard'])
        expect(run.code).toBe(1)
        expect(run.stderr).toMatch(/the instance URL carries credentials/)
        expectClean(run.stdout + run.stderr, forms('admin', urlSafe))
    })

    describe('error objects and request bodies', () => {
        let fake: FakeServer
        beforeAll(async () => {
            fake = await startFake(() =>
                json(500, { error: { message: 'Internal error', detail: 'boom' }, status: 'failure' })
            )
        })
        afterAll(() => fake.close())

        it('keeps secrets out of thrown errors (message, stack, inspect, JSON) and verbose body logs', async () => {
            const logs: string[] = []
            const client = createClient({
                instance: fake.url,
                credentials: { kind: 'basic', user: 'integration', password: PASSWORD },
                sleep: async () => undefined,
                log: (line) => logs.push(line),
                notify: (line) => logs.push(line),
                retry: { maxAttempts: 1 },
            })
            const error = await client
                .request({
                    method: 'POST',
                    url: '/api/now/v2/table/sys_user',
                    body: { user_name: 'x', user_password: 'Demo#2026pw' },
                })
                .catch((e: unknown) => e)
            expect(error).toBeInstanceOf(Error)
            // the header was sent…
            const sent = fake.requests[0]?.headers['authorization']
            expect(sent).toBe(`Basic ${Buffer.from(`integration:${PASSWORD}`).toString('base64')}`)
            // …and is nowhere in what a user or a log could see
            const visible = [
                (error as Error).message,
                (error as Error).stack ?? '',
                inspect(error, { depth: 10 }),
                JSON.stringify(error),
                ...logs,
            ].join('\n')
            expectClean(visible, [...forms('integration', PASSWORD), String(sent), 'Demo#2026pw'])
            expect(logs.join('\n')).toContain('"user_password":"***"')
        })
    })

    it('the redactor masks encoded forms and any Authorization value it meets', () => {
        const redact = createRedactor({ secrets: [PASSWORD], user: 'admin' })
        const basic = Buffer.from(`admin:${PASSWORD}`).toString('base64')
        expect(redact(`password=${PASSWORD} auth=Basic ${basic}`)).toBe('password=*** auth=Basic ***')
        expect(redact('Authorization: Bearer abcdefghijk')).toBe('Authorization: ***')
        expect(redact('https://user:pw@host/x')).toBe('https://***@host/x')
        expect(redactFields({ user_password: 'x', nested: { token: 'y' }, name: 'n' })).toEqual({
            user_password: '***',
            nested: { token: '***' },
            name: 'n',
        })
    })
})

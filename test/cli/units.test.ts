/** Unit tests of the pure pieces of the itvc client: Link parser, query guard, retry arithmetic, formatters, charts. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describeBody, parseBody } from '../../scripts/cli/http/errors.ts'
import { linkFor, parseLinkHeader } from '../../scripts/cli/http/link.ts'
import { checkQuery, eqTerm, inTerm, queryFields } from '../../scripts/cli/http/query.ts'
import { DEFAULT_RETRY, backoffDelay, isIdempotent, rateLimitWait } from '../../scripts/cli/http/retry.ts'
import { encodedQuery } from '../../scripts/cli/http/table.ts'
import { barChart, sparkline } from '../../scripts/cli/output/chart.ts'
import { csvField, toCsv, toTable } from '../../scripts/cli/output/format.ts'
import { bar, createProgress } from '../../scripts/cli/output/progress.ts'
import { run } from '../../scripts/cli/main.ts'

const REAL_LINK =
    '<https://i.service-now.com/api/now/table/incident?sysparm_limit=1&sysparm_offset=0>;rel="first",' +
    '<https://i.service-now.com/api/now/table/incident?sysparm_limit=1&sysparm_offset=-1>;rel="prev",' +
    '<https://i.service-now.com/api/now/table/incident?sysparm_limit=1&sysparm_offset=1>;rel="next",' +
    '<https://i.service-now.com/api/now/table/incident?sysparm_limit=1&sysparm_offset=53>;rel="last"'

describe('parseLinkHeader', () => {
    it('reads the header real instances send (no spaces, quoted rels, prev at -1)', () => {
        const parsed = parseLinkHeader(REAL_LINK)
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        expect(parsed.links.map((l) => l.rels[0])).toEqual(['first', 'prev', 'next', 'last'])
        expect(linkFor(parsed.links, 'next')).toMatch(/sysparm_offset=1$/)
        expect(linkFor(parsed.links, 'prev')).toMatch(/sysparm_offset=-1$/)
    })

    it('does not split on commas inside the URL or quoted values', () => {
        const parsed = parseLinkHeader('<https://i/x?f=a,b>; rel="next"; title="a, b"')
        expect(parsed).toEqual({ ok: true, links: [{ url: 'https://i/x?f=a,b', rels: ['next'] }] })
    })

    it.each(['https://i/x;rel=next', '<https://i/x;rel="next"', '<https://i/x>;rel="next'])('refuses %s', (header) => {
        expect(parseLinkHeader(header).ok).toBe(false)
    })
})

describe('queryFields and checkQuery', () => {
    it('reads fields from AND, OR, NQ, ORDERBY and dot-walks, with ^^ escapes in values', () => {
        expect(queryFields('active=true^ORcategory=a^^b^NQproject.number=PRJ1^ORDERBYDESCnumber^EQ')).toEqual([
            'active',
            'category',
            'project',
            'number',
        ])
    })

    it('refuses unknown fields and lists the known ones', () => {
        expect(() => checkQuery({ name: 'x', fields: ['name'] }, 'nmae=a')).toThrow(
            /unknown field 'nmae' in the query on x/
        )
        expect(() => checkQuery({ name: 'x', fields: ['name'] }, 'name=a^sys_id=b^ORDERBYsys_created_on')).not.toThrow()
    })

    it('builds terms safely', () => {
        expect(eqTerm('name', 'R^D')).toBe('name=R^^D')
        expect(inTerm('number', ['A', 'B'])).toBe('numberINA,B')
        expect(() => inTerm('name', ['a,b'])).toThrow(/comma or caret/)
        expect(encodedQuery('active=true', ['-number', 'sys_id'])).toBe('active=true^ORDERBYDESCnumber^ORDERBYsys_id')
    })
})

describe('retry arithmetic', () => {
    it('backs off exponentially with equal jitter, capped', () => {
        expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, DEFAULT_RETRY, () => 0))).toEqual([
            250, 500, 1000, 2000, 4000, 4000,
        ])
        expect(backoffDelay(1, DEFAULT_RETRY, () => 1)).toBe(500)
    })

    it('reads Retry-After as seconds or an HTTP date, else X-RateLimit-Reset', () => {
        const now = Date.parse('2026-11-15T12:00:00Z')
        expect(rateLimitWait({ 'retry-after': '2' }, now)).toEqual({ ms: 2000, source: 'Retry-After' })
        expect(rateLimitWait({ 'retry-after': 'Sun, 15 Nov 2026 12:00:05 GMT' }, now)).toEqual({
            ms: 5000,
            source: 'Retry-After',
        })
        expect(rateLimitWait({ 'x-ratelimit-reset': String(now / 1000 + 30) }, now)).toEqual({
            ms: 30000,
            source: 'X-RateLimit-Reset',
        })
        expect(rateLimitWait({}, now)).toBeUndefined()
    })

    it('treats only POST as non-idempotent', () => {
        expect(['GET', 'PUT', 'PATCH', 'DELETE', 'POST'].map(isIdempotent)).toEqual([true, true, true, true, false])
    })
})

describe('error bodies', () => {
    it.each([
        ['{"error":{"message":"No Record found","detail":null},"status":"failure"}', 'No Record found'],
        ['<html><head><title>502 Bad Gateway</title></head></html>', '502 Bad Gateway (HTML body)'],
        ['', 'Service Unavailable (empty body)'],
        ['oops', 'Service Unavailable (non-JSON body)'],
    ])('describes %j', (text, expected) => {
        expect(describeBody(parseBody(text), 503, 'Service Unavailable')).toBe(expected)
    })
})

describe('formatters', () => {
    const columns = [
        { header: 'name', value: (r: { name: string; n: number | null }) => r.name },
        { header: 'n', value: (r: { name: string; n: number | null }) => r.n, align: 'right' as const },
    ]
    it('writes RFC 4180 CSV and defuses spreadsheet formulas', () => {
        expect(
            toCsv(
                [
                    { name: 'a,"b"', n: 1 },
                    { name: '=SUM(A1)', n: null },
                ],
                columns
            )
        ).toBe('name,n\r\n"a,""b""",1\r\n\'=SUM(A1),\r\n')
        expect(csvField(-5)).toBe('-5')
        expect(csvField('-5')).toBe('-5')
        expect(csvField('-x')).toBe("'-x")
    })

    it('aligns tables', () => {
        expect(
            toTable(
                [
                    { name: 'alpha', n: 5 },
                    { name: 'b', n: 100 },
                ],
                columns
            )
        ).toBe('name     n\n-----  ---\nalpha    5\nb      100\n')
    })

    it('draws sparklines and bar charts', () => {
        expect(sparkline([1, null, 8])).toBe('▁ █')
        expect(
            barChart(
                [
                    { label: 'a', value: 4 },
                    { label: 'bb', value: -2 },
                ],
                4
            )
        ).toBe('a  ████ 4\nbb ▒▒   -2\n')
    })

    it('shows progress only on a terminal or when forced', () => {
        let out = ''
        createProgress({ label: 'x', total: 10, stream: { write: (s: string) => (out += s) } }).update(5)
        expect(out).toBe('')
        createProgress({ label: 'x', total: 10, stream: { write: (s: string) => (out += s) }, force: true }).update(5)
        expect(out).toBe(`x ${bar(5, 10)}\n`)
    })
})

describe('the command line', () => {
    async function cli(argv: string[], env: Record<string, string> = {}) {
        let stdout = ''
        let stderr = ''
        const code = await run(argv, {
            stdout: { write: (s: string) => (stdout += s) },
            stderr: { write: (s: string) => (stderr += s) },
            env,
            cwd: process.cwd(),
        })
        return { code, stdout, stderr }
    }

    it('prints help with the exit codes (0) and usage errors (1)', async () => {
        const help = await cli(['--help'])
        expect(help.code).toBe(0)
        expect(help.stdout).toMatch(/Exit codes:/)
        expect((await cli([])).code).toBe(1)
        expect((await cli(['nope'])).stderr).toMatch(/unknown command 'nope'/)
        expect((await cli(['scorecard', '--bogus'])).code).toBe(1)
        expect((await cli(['scorecard', '--dimension', 'galaxy'])).stderr).toMatch(/--dimension must be one of/)
        expect((await cli(['trend', '--help'])).stdout).toMatch(/Usage: itvc trend --metric KEY/)
    })

    it('names the missing credentials without a request', async () => {
        const r = await cli(['scorecard'])
        expect(r.code).toBe(1)
        expect(r.stderr).toMatch(/no credentials: set ITVC_USER and ITVC_PASSWORD .* or ITVC_TOKEN/)
    })

    it('runs as `itvc` through the bin launcher with its exit code', () => {
        const launcher = join(__dirname, '..', '..', 'scripts', 'cli', 'itvc.cjs')
        const out = execFileSync(process.execPath, [launcher, '--help'], { encoding: 'utf8' })
        expect(out).toMatch(/^Usage: itvc <command>/)
        let code = 0
        try {
            execFileSync(process.execPath, [launcher, 'scorecard', '--period', 'nope'], {
                encoding: 'utf8',
                stdio: 'pipe',
                env: { PATH: process.env['PATH'] ?? '', ITVC_USER: 'u', ITVC_PASSWORD: 'p-secret' },
            })
        } catch (error) {
            code = (error as { status: number }).status
        }
        expect(code).toBe(1)
    })
})

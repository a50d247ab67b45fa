/**
 * End to end through the itvc commands against a lab with the built app (issue #9 "Done when"):
 * - `itvc benefits export` of 5,000 benefits walks every page of the Table API;
 * - `itvc seed --demo` into a fresh lab, idempotently; then `itvc rollup --wait` and `itvc scorecard --format json`,
 *   which must equal the REST API's own answer (skipped while the built app has no scorecard routes).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseCsv } from '../../scripts/cli/commands/actuals-import.ts'
import type { CliLab } from './harness.ts'
import { APP_DIR, insertRows, itvc, startCliLab, testClient } from './harness.ts'

const BENEFITS = 5000

let dir: string
beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'itvc-e2e-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('itvc benefits export (5,000 benefits)', () => {
    let t: CliLab
    beforeAll(async () => {
        t = await startCliLab()
        // fast: straight into the lab's database as the system, one transaction, no business rules
        insertRows(t.lab, 'x_itvc_value_benefit', BENEFITS, (i) => ({
            number: `BEN${String(i + 1).padStart(7, '0')}`,
            short_description: `Benefit ${i + 1}`,
            type: i % 2 === 0 ? 'cost_saving' : 'revenue_growth',
            state: 'planned',
            currency: 'EUR',
            start_date: '2026-01-01',
            end_date: '2027-12-31',
            planned_total: `${(i * 10.25).toFixed(2)}`,
        }))
    })
    afterAll(() => t.close())

    it('pages through all of them to a CSV file', async () => {
        t.requests.length = 0
        const started = Date.now()
        const run = await itvc(t.url, ['benefits', 'export', '--out', 'benefits.csv', '--page-size', '1000'], {
            user: 'itvc.portfolio_owner',
            cwd: dir,
        })
        const ms = Date.now() - started
        expect(run.stderr).toMatch(/exported 5000 benefits in 5 pages \(link paging/)
        expect(run.code).toBe(0)
        const records = parseCsv(readFileSync(join(dir, 'benefits.csv'), 'utf8'))
        expect(records).toHaveLength(BENEFITS + 1)
        expect(records[0]?.fields.slice(0, 3)).toEqual(['sys_id', 'number', 'short_description'])
        const numbers = records.slice(1).map((r) => r.fields[1])
        expect(new Set(numbers).size).toBe(BENEFITS)
        expect(numbers[0]).toBe('BEN0000001')
        expect(numbers[BENEFITS - 1]).toBe('BEN0005000')
        const planned = records[2]?.fields[records[0]?.fields.indexOf('planned_total') ?? -1]
        expect(planned).toBe('10.25') // coerced to a number, written without a trailing 0
        const pages = t.requests.filter((r) => r.path === '/api/now/v2/table/x_itvc_value_benefit')
        expect(pages).toHaveLength(5)
        expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([])
        process.stdout.write(`[e2e] exported ${BENEFITS} benefits in ${pages.length} pages, ${ms} ms\n`)
    })

    it('survives a 503 and a 429 on the way, as JSON', async () => {
        t.faults({
            rules: [
                { path: '/api/now/v2/table/x_itvc_value_benefit', fault: { kind: 'unavailable' }, times: 1 },
                {
                    path: '/api/now/v2/table/x_itvc_value_benefit',
                    fault: { kind: 'rate_limit', retryAfterSeconds: 1 },
                    times: 1,
                },
            ],
        })
        const run = await itvc(t.url, ['benefits', 'export', '--out', 'benefits.json', '--page-size', '2500'], {
            user: 'itvc.portfolio_owner',
            cwd: dir,
        })
        t.faults(undefined)
        expect(run.code).toBe(0)
        const rows = JSON.parse(readFileSync(join(dir, 'benefits.json'), 'utf8')) as {
            number: string
            planned_total: number
        }[]
        expect(rows).toHaveLength(BENEFITS)
        expect(typeof rows[1]?.planned_total).toBe('number')
        expect(run.sleeps).toEqual([375, 1000])
    })

    it('keeps paging past short pages and reports the rows the count check misses', async () => {
        t.faults({
            rules: [
                { path: '/api/now/v2/table/x_itvc_value_benefit', fault: { kind: 'short_page', rows: 100 }, times: 2 },
            ],
        })
        const run = await itvc(t.url, ['benefits', 'export', '--out', 'short.json', '--page-size', '2500'], {
            user: 'itvc.portfolio_owner',
            cwd: dir,
        })
        t.faults(undefined)
        expect(run.code).toBe(0)
        const rows = JSON.parse(readFileSync(join(dir, 'short.json'), 'utf8')) as unknown[]
        expect(rows).toHaveLength(200)
        expect(run.stderr).toMatch(/4800 of 5000 counted rows were not returned/)
    })

    it('a failed export leaves no file behind', async () => {
        t.faults({ rules: [{ path: '/api/now/v2/table/x_itvc_value_benefit', fault: { kind: 'bad_gateway' } }] })
        const run = await itvc(t.url, ['benefits', 'export', '--out', 'failed.csv', '--retries', '2'], {
            user: 'itvc.portfolio_owner',
            cwd: dir,
        })
        t.faults(undefined)
        expect(run.code).toBe(4)
        expect(readdirSync(dir).filter((f) => f.startsWith('failed'))).toEqual([])
    })
})

/** Whether the built app has the scorecard routes (issue 7) yet. */
function hasScorecardApi(): boolean {
    const update = join(APP_DIR, 'update')
    try {
        return readdirSync(update)
            .filter((f) => f.startsWith('sys_ws_operation_'))
            .some((f) => readFileSync(join(update, f), 'utf8').includes('/api/x_itvc_value/v1/scorecard'))
    } catch {
        return false
    }
}

describe('itvc seed --demo, rollup --wait, scorecard', () => {
    let t: CliLab
    beforeAll(async () => {
        t = await startCliLab()
    })
    afterAll(() => t.close())

    it('seeds the demo data set through the Table API, then finds it all on a second run', async () => {
        const first = await itvc(t.url, [
            'seed',
            '--demo',
            '--now',
            '2026-11-15T12:00:00Z',
            '--format',
            'json',
            '--concurrency',
            '8',
        ])
        expect(first.stderr).not.toMatch(/error/)
        expect(first.code).toBe(0)
        const counts = JSON.parse(first.stdout) as {
            table: string
            inserted: number
            existing: number
            updated: number
        }[]
        const incidents = counts.find((c) => c.table === 'incident')
        expect(incidents).toMatchObject({ inserted: 890, existing: 0 })
        expect(t.lab.count('incident')).toBeGreaterThanOrEqual(890)
        expect(counts.find((c) => c.table === 'sys_user')).toMatchObject({ existing: 10 }) // the demo logins were there
        // the ratings go through the app's rating rules: the demands are scored and ranked on the instance
        expect(counts.find((c) => c.table === 'x_itvc_value_rating')).toMatchObject({ inserted: 239, skipped: 0 })
        expect(t.lab.count('dmn_demand', "x_itvc_value_score_status = 'scored'")).toBe(32)
        t.lab.settle()
        const ranking = await testClient(t.url, 'itvc.demand_manager').request({
            method: 'GET',
            url: '/api/x_itvc_value/v1/demands/ranking',
            params: { limit: 3 },
        })
        const ranked = (ranking.json as { result: { demands: { rank: number; score_status: string }[] } }).result
        expect(ranked.demands.map((d) => [d.rank, d.score_status])).toEqual([
            [1, 'scored'],
            [2, 'scored'],
            [3, 'scored'],
        ])

        const again = await itvc(t.url, [
            'seed',
            '--demo',
            '--now',
            '2026-11-15T12:00:00Z',
            '--format',
            'json',
            '--concurrency',
            '8',
        ])
        expect(again.code).toBe(0)
        const second = JSON.parse(again.stdout) as { table: string; inserted: number; recovered: number }[]
        expect(second.every((c) => c.inserted === 0 && c.recovered === 0)).toBe(true)
        expect(t.lab.count('incident', 'number = ?', ['INC0000045'])).toBe(1) // no duplicates
    }, 240_000)

    const scorecardIt = hasScorecardApi() ? it : it.skip
    scorecardIt(
        'rolls up and prints the scorecard exactly as the REST API answers',
        async () => {
            const rollup = await itvc(
                t.url,
                ['rollup', '--from', 'FY2026-M01', '--to', 'FY2027-M02', '--wait', '--format', 'json'],
                {
                    user: 'itvc.portfolio_owner',
                }
            )
            expect(rollup.code).toBe(0)
            expect(JSON.parse(rollup.stdout)).toMatchObject({ state: 'complete' })
            const run = await itvc(t.url, ['scorecard', '--period', 'FY2027-Q1', '--format', 'json'], {
                user: 'itvc.viewer',
            })
            expect(run.code).toBe(0)
            const api = await testClient(t.url, 'itvc.viewer').request({
                method: 'GET',
                url: '/api/x_itvc_value/v1/scorecard',
                params: { period: 'FY2027-Q1', dimension: 'all' },
            })
            const printed = JSON.parse(run.stdout) as { perspectives: { metrics: { key: string }[] }[] }
            expect(printed).toEqual((api.json as { result: unknown }).result)

            expect(printed.perspectives.flatMap((p) => p.metrics).every((m) => 'history' in m)).toBe(true)
            const table = await itvc(t.url, ['scorecard', '--period', 'FY2027-Q1', '--verbose'], {
                user: 'itvc.viewer',
            })
            expect(table.code).toBe(0)
            expect(table.stderr).toMatch(/GET \/api\/x_itvc_value\/v1\/scorecard\?[^\n]*history=0/)
            expect(table.stdout).toMatch(/^FY2027-Q1 \(/)
            const metric = printed.perspectives.flatMap((p) => p.metrics)[0]?.key ?? 'no_metric_computed'
            const trend = await itvc(t.url, ['trend', '--metric', metric, '--periods', '6', '--to', 'FY2027-M02'], {
                user: 'itvc.viewer',
            })
            expect(trend.stderr).toBe('')
            expect(trend.code).toBe(0)
            expect(trend.stdout).toMatch(/FY2026-M09 → FY2027-M02/)
        },
        240_000
    )
})

/**
 * The value scorecard on the seeded lab, driven through its REST API: hand-computed values for every metric and
 * dimension, re-runs that replace (never duplicate), and a run killed after its first chunk.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../../scripts/lab/boot.ts'
import { call, servedAppLab } from '../app-lab.ts'
import { addFixture, EXPECTED_M03, type Fixture } from './fixtures.ts'
import { entries, rowIds, runRecord, setProperty } from './helpers.ts'

let running: RunningLab
let fixture: Fixture

/** POSTs a back-fill as the portfolio owner and lets its async start run; returns the run body. */
async function backfill(body: unknown): Promise<any> {
    const res = await call(running, 'itvc.portfolio_owner', 'POST', '/api/x_itvc_value/v1/scorecard/rollups', body)
    expect(res.status).toBe(202)
    running.lab.settle()
    return res.body.result
}

const RANGE = { from: 'FY2024-M03', to: 'FY2024-M03', period_types: ['month', 'quarter'] }

beforeAll(async () => {
    running = await servedAppLab({ seed: true })
    fixture = addFixture(running.lab)
}, 120000)
afterAll(async () => {
    await running.close()
    running.lab.close()
})

describe('a back-fill over hand-computed fixtures', () => {
    let first: any

    beforeAll(async () => {
        // the demo data set has nothing in 2024: every value below comes from the fixture
        expect(running.lab.count('incident', `opened_at < '2024-06-01' AND short_description <> 'fixture'`)).toBe(0)
        first = await backfill(RANGE)
    })

    it('answers 202 with the queued run and its plan', () => {
        expect(first).toMatchObject({
            kind: 'backfill',
            state: 'queued',
            from_period: 'FY2024-M03',
            to_period: 'FY2024-M03',
            periods: ['FY2024-M03', 'FY2024-Q1'],
            dimensions: ['all', 'portfolio', 'business_service', 'value_category'],
            as_of: '2026-11-15',
            chunks_total: 8,
            chunks_done: 0,
        })
    })

    it('completes the run right away (async) and reports its work', async () => {
        const res = await call(
            running,
            'itvc.portfolio_owner',
            'GET',
            `/api/x_itvc_value/v1/scorecard/rollups/${first.sys_id}`
        )
        expect(res.status).toBe(200)
        expect(res.body.result).toMatchObject({ state: 'complete', chunks_done: 8, resume_point: '', errors: [] })
        expect(res.body.result.entries_written).toBeGreaterThan(0)
        expect(res.body.result.queries).toBeGreaterThan(0)
        expect(res.body.result.finished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    })

    it.each(Object.entries(EXPECTED_M03))('computes every metric of the FY2024-M03 %s scorecard', (where, expected) => {
        const got = entries(running.lab, ['FY2024-M03'])
        const actual: Record<string, [number | null, number | null]> = {}
        for (const [key, row] of got) {
            const [, dimension, label, metric] = key.split('|')
            if (`${dimension}|${label}` === where) actual[metric as string] = [row.value, row.previous]
        }
        expect(actual).toEqual(expected)
    })

    it('writes no scorecard for keys without data (the canceled risk incident, the demo portfolios)', () => {
        const labels = [...entries(running.lab, ['FY2024-M03']).keys()].map((k) => k.split('|').slice(1, 3).join('|'))
        expect([...new Set(labels)].sort()).toEqual(Object.keys(EXPECTED_M03).sort())
    })

    it('judges against the catalog targets and the previous month', () => {
        const got = entries(running.lab, ['FY2024-M03'])
        const all = (metric: string) => got.get(`FY2024-M03|all|All|${metric}`)
        expect(all('p1_p2_incidents')).toEqual({
            value: 3,
            target: 3,
            status: 'green',
            previous: 1,
            delta: 2,
            trend: 'up',
            judgement: 'worsening',
        })
        expect(all('benefit_realisation_pct')).toMatchObject({
            target: 90,
            status: 'red',
            delta: -12.37,
            trend: 'down',
            judgement: 'worsening',
        })
        expect(all('mttr_hours')).toMatchObject({ target: 2.5, status: 'green', trend: 'down', judgement: 'improving' })
        expect(all('value_tagging_coverage_pct')).toMatchObject({
            target: 50,
            status: 'green',
            trend: 'flat',
            judgement: 'flat',
        })
        expect(all('realised_benefit')).toMatchObject({ target: null, status: 'no_target' })
        expect(got.get('FY2024-M03|portfolio|Fixture Growth|cost_avoided')).toMatchObject({
            value: null,
            status: 'no_target',
        })
        expect(got.get('FY2024-M03|business_service|Fixture Shop|mttr_hours')).toMatchObject({
            value: null,
            status: 'no_data',
            trend: null,
        })
    })

    it('scales the monthly targets of sums and counts to the quarter', () => {
        const got = entries(running.lab, ['FY2024-Q1'])
        expect(got.get('FY2024-Q1|all|All|p1_p2_incidents')).toMatchObject({
            value: 4,
            target: 9,
            status: 'green',
            previous: 0,
        })
        expect(got.get('FY2024-Q1|all|All|business_impacting_incidents')).toMatchObject({ value: 4, target: 90 })
        expect(got.get('FY2024-Q1|all|All|planned_benefit')).toMatchObject({ value: 600, previous: null })
        expect(got.get('FY2024-Q1|all|All|benefit_realisation_pct')).toMatchObject({ value: 73.42, target: 90 })
        expect(got.get('FY2024-Q1|all|All|benefit_actuals_on_time_pct')).toMatchObject({ value: 40, target: 85 })
    })

    it('serves the scorecard by perspective', async () => {
        const res = await call(
            running,
            'itvc.viewer',
            'GET',
            `/api/x_itvc_value/v1/scorecard?period=FY2024-M03&dimension=portfolio&key=${fixture.growth}`
        )
        expect(res.status).toBe(200)
        const body = res.body.result
        expect(body).toMatchObject({
            period: { label: 'FY2024-M03', type: 'month', start: '2024-03-01', end: '2024-03-31' },
            dimension: 'portfolio',
            key: fixture.growth,
            label: 'Fixture Growth',
            run: first.sys_id,
            keys: [
                { key: fixture.growth, label: 'Fixture Growth' },
                { key: fixture.risk, label: 'Fixture Risk' },
            ],
        })
        expect(body.perspectives.map((p: any) => [p.perspective, p.metrics.map((m: any) => m.key)])).toEqual([
            ['financial', ['realised_benefit', 'planned_benefit', 'benefit_realisation_pct', 'cost_avoided']],
            ['customer', []],
            ['internal_process', ['demand_lead_time_days', 'demands_scored_pct']],
            ['learning_growth', ['projects_with_benefit_plan_pct', 'benefit_actuals_on_time_pct']],
        ])
        expect(body.perspectives[0].metrics[2]).toEqual({
            key: 'benefit_realisation_pct',
            name: 'Benefit realisation %',
            unit: 'percent',
            direction: 'higher_better',
            description: expect.stringContaining('Realised / planned'),
            value: 120,
            target: 90,
            status: 'green',
            previous: 80,
            delta: 40,
            trend: 'up',
            judgement: 'improving',
            records: {
                table: 'x_itvc_value_benefit_period',
                basis: 'population',
                query: expect.stringContaining(`^benefit.project.primary_portfolio=${fixture.growth}^NQ`),
            },
            history: expect.any(Array),
        })
        // the last 8 months of the same portfolio (the sparkline): only FY2024-M03 was rolled up (its previous value,
        // 80, is compared with, not stored), so the months before it are points without a value
        expect(body.perspectives[0].metrics[2].history.map((p: any) => [p.period, p.value])).toEqual([
            ['FY2023-M08', null],
            ['FY2023-M09', null],
            ['FY2023-M10', null],
            ['FY2023-M11', null],
            ['FY2023-M12', null],
            ['FY2024-M01', null],
            ['FY2024-M02', null],
            ['FY2024-M03', 120],
        ])
    })

    it('serves a trend of one metric', async () => {
        const res = await call(
            running,
            'itvc.viewer',
            'GET',
            `/api/x_itvc_value/v1/scorecard/trend?metric=p1_p2_incidents&period_type=month&periods=3&to=FY2024-M04&dimension=business_service&key=${fixture.shop}`
        )
        expect(res.status).toBe(200)
        expect(res.body.result).toMatchObject({
            metric: { key: 'p1_p2_incidents', unit: 'count', direction: 'lower_better', target: 3 },
            dimension: 'business_service',
            key: fixture.shop,
            label: 'Fixture Shop',
            period_type: 'month',
        })
        expect(res.body.result.points.map((p: any) => [p.period, p.value, p.status])).toEqual([
            ['FY2024-M02', null, null],
            ['FY2024-M03', 2, 'green'],
            ['FY2024-M04', null, null],
        ])
    })
})

describe('re-running a period', () => {
    it('replaces its entries: identical values, the same records, no duplicates, other periods untouched', async () => {
        const before = entries(running.lab)
        const ids = rowIds(running.lab)
        await backfill({ from: 'FY2024-M03', period_types: 'month' })
        expect(entries(running.lab)).toEqual(before)
        expect(rowIds(running.lab)).toEqual(ids)
    })

    it('reports nothing written when nothing changed', async () => {
        const run = await backfill({ from: 'FY2024-M03', period_types: 'month', dimensions: 'all' })
        expect(runRecord(running.lab, run.sys_id)).toMatchObject({ state: 'complete', entries_written: '0' })
    })
})

describe('a run killed after its first chunk', () => {
    it('yields exactly the same scorecards when it is run again', async () => {
        const complete = entries(running.lab, ['FY2024-M03', 'FY2024-Q1'])
        running.lab.db.internal('DELETE FROM "x_itvc_value_scorecard_entry"')
        running.lab.db.internal('DELETE FROM "x_itvc_value_snapshot"')

        // budget of one chunk per invocation: the async start computes FY2024-M03|all and stops
        setProperty(running.lab, 'x_itvc_value.scorecard.max_chunks_per_run', '1')
        const run = await backfill(RANGE)
        expect(runRecord(running.lab, run.sys_id)).toMatchObject({
            state: 'queued',
            chunks_done: '1',
            resume_point: 'FY2024-M03|portfolio',
        })

        // killed inside the second chunk: marked running, half of its writes done, then nothing for 31 minutes
        running.lab.runAsSystem(() => running.lab.upsert('x_itvc_value_rollup_run', run.sys_id, { state: 'running' }))
        running.lab.db.internal(
            `UPDATE "x_itvc_value_rollup_run" SET sys_updated_on = '2026-11-15 11:20:00' WHERE sys_id = ?`,
            [run.sys_id]
        )
        const cards = running.lab.db.internal(
            `SELECT sys_id FROM "x_itvc_value_snapshot" WHERE period_label = 'FY2024-M03' AND dimension = 'all'`
        )
        running.lab.db.internal(
            `INSERT INTO "x_itvc_value_snapshot" (sys_id, period_label, dimension, dimension_key, dimension_label, sys_created_on, sys_updated_on, sys_mod_count) VALUES ('half0000000000000000000000000001', 'FY2024-M03', 'portfolio', ?, 'Fixture Growth', '2026-11-15 11:19:00', '2026-11-15 11:19:00', 0)`,
            [fixture.growth]
        )
        expect(cards).toHaveLength(1)

        // the worker resumes it (one chunk per invocation) until it is complete
        setProperty(running.lab, 'x_itvc_value.scorecard.max_chunks_per_run', '0')
        running.lab.runJob('IT Value: scorecard roll-up worker')
        expect(runRecord(running.lab, run.sys_id)).toMatchObject({
            state: 'complete',
            chunks_done: '8',
            resume_point: null,
        })
        expect(entries(running.lab, ['FY2024-M03', 'FY2024-Q1'])).toEqual(complete)
    })
})

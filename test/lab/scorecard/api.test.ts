/**
 * The scorecard REST API's contract on the lab: who may call which route (REST_Endpoint ACLs, table ACLs), and
 * the 400 / 404 answers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../../scripts/lab/boot.ts'
import { call, servedAppLab } from '../app-lab.ts'
import type { Fixture } from './fixtures.ts'
import { addFixture } from './fixtures.ts'

let running: RunningLab
let run: any
const API = '/api/x_itvc_value/v1/scorecard'

beforeAll(async () => {
    running = await servedAppLab()
    const res = await call(running, 'itvc.portfolio_owner', 'POST', `${API}/rollups`, {
        from: 'FY2026-M10',
        period_types: ['month'],
        dimensions: ['all'],
    })
    expect(res.status).toBe(202)
    expect(res.headers.get('location')).toBe(`${API}/rollups/${res.body.result.sys_id}`)
    running.lab.settle()
    run = res.body.result
}, 60000)
afterAll(async () => {
    await running.close()
    running.lab.close()
})

describe('who may call what', () => {
    it.each([
        ['itvc.viewer', 'GET', `${API}?period=FY2026-M10`, 200],
        ['itvc.tagger', 'GET', `${API}/trend?metric=p1_p2_incidents`, 200],
        ['itvc.admin', 'GET', `${API}?period=FY2026-M10`, 200],
        ['itil.agent', 'GET', `${API}?period=FY2026-M10`, 403],
        ['no.roles', 'GET', `${API}/trend?metric=p1_p2_incidents`, 403],
        ['itvc.viewer', 'POST', `${API}/rollups`, 403],
        ['itvc.benefit_owner', 'POST', `${API}/rollups`, 403],
        ['itvc.viewer', 'GET', `${API}/rollups/RUN`, 403],
        ['itvc.portfolio_owner', 'GET', `${API}/rollups/RUN`, 200],
        ['itvc.admin', 'GET', `${API}/rollups/RUN`, 200],
    ])('%s %s %s → %d', async (user, method, path, status) => {
        const body = method === 'POST' ? { from: 'FY2026-M10' } : undefined
        const res = await call(running, user, method, path.replace('RUN', run.sys_id), body)
        expect(res.status).toBe(status)
    })

    it.each([
        'x_itvc_value_metric',
        'x_itvc_value_snapshot',
        'x_itvc_value_scorecard_entry',
        'x_itvc_value_rollup_run',
    ])(
        'keeps %s off the Table API (served by the scorecard API; the catalog is edited in the platform UI)',
        async (table) => {
            expect((await call(running, 'itvc.admin', 'GET', `/api/now/table/${table}`)).status).toBe(403)
        }
    )
})

describe('answers', () => {
    it.each([
        [`${API}?period=Q4`, 'SCORECARD.PERIOD_INVALID'],
        [`${API}?dimension=region`, 'SCORECARD.DIMENSION_INVALID'],
        [`${API}/trend`, 'SCORECARD.METRIC_REQUIRED'],
        [`${API}/trend?metric=mttr_hours&periods=0`, 'SCORECARD.PERIODS_INVALID'],
        [`${API}/trend?metric=mttr_hours&dimension=portfolio`, 'SCORECARD.KEY_REQUIRED'],
        [`${API}?period=FY2026-M10&history=-1`, 'SCORECARD.HISTORY_INVALID'],
        [`${API}?period=FY2026-M10&history=abc`, 'SCORECARD.HISTORY_INVALID'],
        [`${API}?period=FY2026-M10&history=99`, 'SCORECARD.HISTORY_INVALID'],
        [`${API}?period=FY2026-M10&history=25`, 'SCORECARD.HISTORY_INVALID'],
    ])('400 for GET %s (%s)', async (path, code) => {
        const res = await call(running, 'itvc.viewer', 'GET', path)
        expect(res.status).toBe(400)
        expect(res.body).toMatchObject({ status: 'failure', error: { detail: code } })
    })

    it.each([
        [{}, 'SCORECARD.PERIOD_INVALID'],
        [{ from: 'FY2026-M05', to: 'FY2026-M01' }, 'SCORECARD.RANGE_INVALID'],
        [{ from: 'FY2001', to: 'FY2026' }, 'SCORECARD.RANGE_TOO_LONG'],
        [{ from: 'FY2026-M01', dimensions: ['region'] }, 'SCORECARD.DIMENSION_INVALID'],
    ])('400 for POST %j (%s)', async (body, code) => {
        const res = await call(running, 'itvc.portfolio_owner', 'POST', `${API}/rollups`, body)
        expect(res.status).toBe(400)
        expect(res.body.error.detail).toBe(code)
    })

    it('404 for a scorecard that was never rolled up, an unknown run and an unknown metric', async () => {
        expect((await call(running, 'itvc.viewer', 'GET', `${API}?period=FY2020-M01`)).status).toBe(404)
        expect(
            (await call(running, 'itvc.viewer', 'GET', `${API}?period=FY2026-M10&dimension=portfolio&key=abc`)).status
        ).toBe(404)
        expect(
            (await call(running, 'itvc.portfolio_owner', 'GET', `${API}/rollups/0123456789abcdef0123456789abcdef`))
                .status
        ).toBe(404)
        expect((await call(running, 'itvc.viewer', 'GET', `${API}/trend?metric=nps`)).status).toBe(404)
    })

    it('lists the keys of a dimension when no key is given', async () => {
        const res = await call(running, 'itvc.viewer', 'GET', `${API}?period=FY2026-M10&dimension=portfolio`)
        expect(res.status).toBe(200)
        expect(res.body.result).toMatchObject({ key: null, label: null, computed_at: null, keys: [] })
        expect(res.body.result.perspectives.every((p: any) => p.metrics.length === 0)).toBe(true)
    })

    it('shows an empty scorecard (no data) for a computed period', async () => {
        const res = await call(running, 'itvc.viewer', 'GET', `${API}?period=FY2026-M10`)
        expect(res.body.result.keys).toEqual([{ key: '', label: 'All' }])
        const metrics = res.body.result.perspectives.flatMap((p: any) => p.metrics)
        expect(metrics).toHaveLength(15)
        expect(metrics.find((m: any) => m.key === 'p1_p2_incidents')).toMatchObject({
            value: 0,
            status: 'green',
            previous: 0,
            trend: 'flat',
        })
        expect(metrics.find((m: any) => m.key === 'mttr_hours')).toMatchObject({ value: null, status: 'no_data' })
    })
})

describe("history: every metric's last periods in the one answer (the page's sparklines)", () => {
    let fixture: Fixture
    const PERIOD = 'FY2024-M03'
    const metricsOf = (body: any): any[] => body.result.perspectives.flatMap((p: any) => p.metrics)
    /** The answer and the lab queries it cost. */
    const get = async (path: string): Promise<{ res: any; queries: number }> => {
        const before = running.lab.totals.queries
        const res = await call(running, 'itvc.viewer', 'GET', path)
        return { res, queries: running.lab.totals.queries - before }
    }

    beforeAll(async () => {
        fixture = addFixture(running.lab)
        const res = await call(running, 'itvc.portfolio_owner', 'POST', `${API}/rollups`, {
            from: 'FY2024-M02',
            to: PERIOD,
            period_types: ['month', 'quarter'],
            dimensions: ['all', 'business_service'],
        })
        expect(res.status).toBe(202)
        running.lab.settle()
    }, 60_000)

    it.each(['all', 'business_service'])(
        '%s: equals GET /scorecard/trend?periods=8 of each metric, for one more query than without it',
        async (dimension) => {
            const keyed = dimension === 'all' ? '' : `&key=${fixture.billing}`
            const path = `${API}?period=${PERIOD}&dimension=${dimension}${keyed}`
            await get(path) // warm-up: the first request of a lab reads what later ones find cached
            const { res, queries } = await get(path)
            expect(res.status).toBe(200)
            const metrics = metricsOf(res.body)
            expect(metrics).toHaveLength(dimension === 'all' ? 15 : 7) // the metrics that apply to services
            for (const m of metrics) {
                const trend = await call(
                    running,
                    'itvc.viewer',
                    'GET',
                    `${API}/trend?metric=${m.key}&period_type=month&periods=8&to=${PERIOD}&dimension=${dimension}${keyed}`
                )
                expect(trend.status).toBe(200)
                expect({ metric: m.key, history: m.history }).toEqual({
                    metric: m.key,
                    history: trend.body.result.points,
                })
                // the last point is the scorecard's own value
                expect(m.history.at(-1)).toMatchObject({ period: PERIOD, value: m.value, status: m.status })
            }
            const p1 = metrics.find((m) => m.key === 'p1_p2_incidents')
            expect(p1.history.map((p: any) => p.period)).toEqual([
                'FY2023-M08',
                'FY2023-M09',
                'FY2023-M10',
                'FY2023-M11',
                'FY2023-M12',
                'FY2024-M01',
                'FY2024-M02',
                PERIOD,
            ])
            // six months never rolled up: points without a value; two rolled up, with the records behind them
            expect(p1.history.slice(0, 6).every((p: any) => p.value === null && p.computed_at === null)).toBe(true)
            expect(p1.history.slice(6).every((p: any) => p.value !== null && p.records !== null)).toBe(true)
            const none = await get(`${path}&history=0`)
            expect(metricsOf(none.res.body).some((m) => 'history' in m)).toBe(false)
            expect({ with: queries, without: none.queries }).toEqual({ with: 5, without: 4 })
        }
    )

    it('sizes the history by the parameter, in the period type of the scorecard', async () => {
        const { res } = await get(`${API}?period=FY2024-Q1&history=3`)
        expect(res.status).toBe(200)
        const m = metricsOf(res.body).find((x) => x.key === 'p1_p2_incidents')
        expect(m.history.map((p: any) => p.period)).toEqual(['FY2023-Q3', 'FY2023-Q4', 'FY2024-Q1'])
    })
})

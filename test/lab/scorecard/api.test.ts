/**
 * The scorecard REST API's contract on the lab: who may call which route (REST_Endpoint ACLs, table ACLs), and
 * the 400 / 404 answers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../../scripts/lab/boot.ts'
import { call, servedAppLab } from '../app-lab.ts'

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

/**
 * The demo data set's ratings (scripts/seed/ratings.ts) go through the app's rating rules when the lab seeds (as
 * `npm start` does): every rating is accepted, the demands are scored, ranked in the background, and the ranking API
 * answers them best first; the scorecard's "Demands scored %" then counts them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { buildDemoDataset } from '../../scripts/seed/dataset.ts'
import { call, servedAppLab } from './app-lab.ts'
import { entries } from './scorecard/helpers.ts'

const NOW = new Date('2026-11-15T12:00:00Z')
const RANKING = '/api/x_itvc_value/v1/demands/ranking'
let running: RunningLab

beforeAll(async () => {
    running = await servedAppLab({ seed: true, seedNow: NOW })
}, 120_000)
afterAll(async () => {
    await running.close()
    running.lab.close()
})

const statuses = (): Record<string, number> => {
    const out: Record<string, number> = {}
    for (const r of running.lab.db.internal(
        'SELECT x_itvc_value_score_status AS s, COUNT(*) AS n FROM dmn_demand GROUP BY x_itvc_value_score_status'
    ))
        out[String(r['s'])] = Number(r['n'])
    return out
}

describe('the seeded demands', () => {
    it('have every rating of the data set, accepted by the rating rules', () => {
        const expected = buildDemoDataset({ now: NOW }).records.filter((r) => r.table === 'x_itvc_value_rating')
        expect(running.lab.count('x_itvc_value_rating')).toBe(expected.length)
        expect(expected.length).toBeGreaterThan(200)
    })

    it('are scored by the rules: 32 scored, 4 partly, the 4 drafts unscored, each with its explanation', () => {
        expect(statuses()).toEqual({ scored: 32, partial: 4, unscored: 4 })
        expect(
            running.lab.count('dmn_demand', "x_itvc_value_score_status <> 'unscored' AND x_itvc_value_score IS NULL")
        ).toBe(0)
        expect(
            running.lab.count(
                'dmn_demand',
                "x_itvc_value_score_status = 'scored' AND x_itvc_value_breakdown_text IS NULL"
            )
        ).toBe(0)
        // one history row per scored demand, at least (a second assessor's rating moves the score again)
        expect(running.lab.count('x_itvc_value_score_history')).toBeGreaterThanOrEqual(36)
        // the projects carry their demand's score
        expect(running.lab.count('pm_project', 'x_itvc_value_score IS NULL')).toBe(0)
    })

    it('spread: the weighted scores of the open demands differ, and so do the WSJF values', () => {
        const scores = running.lab.db
            .internal(
                "SELECT DISTINCT x_itvc_value_score AS s FROM dmn_demand WHERE x_itvc_value_score_status = 'scored'"
            )
            .map((r) => Number(r['s']))
        expect(scores.length).toBeGreaterThan(20)
        expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(40)
        const wsjf = running.lab.db
            .internal('SELECT DISTINCT x_itvc_value_wsjf AS w FROM dmn_demand WHERE x_itvc_value_wsjf IS NOT NULL')
            .map((r) => Number(r['w']))
        expect(wsjf.length).toBeGreaterThanOrEqual(5)
    })
})

describe('the ranking API after seeding', () => {
    it('answers the default model’s open demands best first, scored ones ahead of the unscored drafts', async () => {
        const res = await call(running, 'itvc.demand_manager', 'GET', `${RANKING}?limit=100`)
        expect(res.status).toBe(200)
        const { model, total, demands } = res.body.result
        expect(model).toMatchObject({ name: 'Weighted business value', method: 'weighted' })
        const open = running.lab.count(
            'dmn_demand',
            'active = 1 AND x_itvc_value_model = (SELECT sys_id FROM x_itvc_value_scoring_model WHERE is_default = 1)'
        )
        expect(total).toBe(open)
        expect(demands).toHaveLength(open)
        expect(demands.map((d: any) => d.rank)).toEqual(Array.from({ length: open }, (_, i) => i + 1))
        const values = demands.map((d: any) => d.ranking_value).filter((v: unknown) => v !== null)
        expect(values).toEqual([...values].sort((a: number, b: number) => b - a))
        expect(demands[0].score_status).toBe('scored')
        expect(demands[0].breakdown).not.toBeNull()
        const firstUnscored = demands.findIndex((d: any) => d.score_status === 'unscored')
        expect(firstUnscored).toBeGreaterThan(20)
        expect(demands.slice(firstUnscored).every((d: any) => d.score_status === 'unscored')).toBe(true)
    })

    it('ranks the WSJF model’s open demands by WSJF', async () => {
        const res = await call(
            running,
            'itvc.demand_manager',
            'GET',
            `${RANKING}?model=WSJF%20(weighted%20shortest%20job%20first)`
        )
        expect(res.status).toBe(200)
        const ranked = res.body.result.demands.filter((d: any) => d.wsjf !== null)
        expect(ranked.length).toBeGreaterThanOrEqual(3)
        expect(ranked.map((d: any) => d.ranking_value)).toEqual(ranked.map((d: any) => d.wsjf))
        const wsjf = ranked.map((d: any) => d.wsjf)
        expect(wsjf).toEqual([...wsjf].sort((a: number, b: number) => b - a))
        expect(new Set(wsjf).size).toBe(wsjf.length)
    })
})

describe('the scorecard after seeding', () => {
    it('reports "Demands scored %" above 0, equal to scored / non-draft demands opened in the period', async () => {
        const res = await call(running, 'itvc.portfolio_owner', 'POST', '/api/x_itvc_value/v1/scorecard/rollups', {
            from: 'FY2025-M01',
            to: 'FY2026-M12',
            period_types: ['year'],
            dimensions: ['all'],
        })
        expect(res.status).toBe(202)
        running.lab.settle()
        const cards = running.lab.db.internal(
            "SELECT period_label, period_start, period_end FROM x_itvc_value_snapshot WHERE period_type = 'year' AND dimension = 'all'"
        )
        expect(cards.map((c) => c['period_label']).sort()).toEqual(['FY2025', 'FY2026'])
        const got = entries(running.lab, ['FY2025', 'FY2026'])
        for (const card of cards) {
            const range = [`${String(card['period_start'])} 00:00:00`, `${String(card['period_end'])} 23:59:59`]
            const where = "opened_at >= ? AND opened_at <= ? AND state <> '1'"
            const total = running.lab.count('dmn_demand', where, range)
            const scored = running.lab.count('dmn_demand', `${where} AND x_itvc_value_score_status = 'scored'`, range)
            const value = got.get(`${String(card['period_label'])}|all|All|demands_scored_pct`)?.value
            expect(total).toBeGreaterThan(0)
            expect(value).toBeGreaterThan(0)
            expect(value).toBeCloseTo((100 * scored) / total, 2)
        }
    })
})

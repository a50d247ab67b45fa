/**
 * The records behind every number of the scorecard API (README "The scorecard page", Links): on the demo data, for
 * every metric, every dimension and every key with a scorecard, the `records` of `GET /scorecard` read through
 * GlideRecord hold exactly what the value was computed from: as many records as a count, the records whose column
 * adds up to a sum, and the population a ratio is taken over. And the answers name the functional currency.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../../scripts/lab/boot.ts'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import { call, servedAppLab } from '../app-lab.ts'
import { setProperty } from './helpers.ts'

let running: RunningLab
const API = '/api/x_itvc_value/v1/scorecard'
const PERIOD = 'FY2026-M10'
const DIMENSIONS = ['all', 'portfolio', 'business_service', 'value_category'] as const

interface Records {
    readonly table: string
    readonly query: string
    readonly basis: 'count' | 'sum' | 'population'
}
interface MetricAnswer {
    readonly key: string
    readonly value: number | null
    readonly records: Records | null
}

/** The summed column of each sum metric, and how a ratio is recomputed from its population. */
const SUMMED: Readonly<Record<string, string>> = {
    realised_benefit: 'realised_functional',
    planned_benefit: 'planned_functional',
    cost_avoided: 'realised_functional',
    incident_impact_cost: 'x_itvc_value_impact_cost',
    revenue_at_risk: 'x_itvc_value_revenue_at_risk',
    users_affected: 'x_itvc_value_users_affected',
}
/** Sums over benefit periods: no data without periods (the others are 0 without records). */
const PERIOD_SUMS = ['realised_benefit', 'planned_benefit', 'cost_avoided']
type Row = Readonly<Record<string, string>>
const RATIO_PART: Readonly<Partial<Record<string, (row: Row) => boolean>>> = {
    value_tagging_coverage_pct: (row) => (row['x_itvc_value_value_category'] ?? '') !== '',
    demands_scored_pct: (row) => row['x_itvc_value_score_status'] === 'scored',
    projects_with_benefit_plan_pct: (row) => Number(row['x_itvc_value_planned_benefit'] || 0) > 0,
}
const COLUMNS: Readonly<Record<string, readonly string[]>> = {
    incident: [
        'x_itvc_value_value_category',
        'x_itvc_value_impact_cost',
        'x_itvc_value_revenue_at_risk',
        'x_itvc_value_users_affected',
    ],
    dmn_demand: ['x_itvc_value_score_status'],
    pm_project: ['x_itvc_value_planned_benefit'],
    x_itvc_value_benefit_period: ['realised_functional', 'planned_functional'],
}

/** The rows of a table matching an encoded query (the columns the checks read), read in-process as the system. */
function rows(records: Records): Row[] {
    return running.lab.runAsSystem(() => {
        const gr = new GlideRecord(records.table)
        gr.addEncodedQuery(records.query)
        gr.query()
        const out: Row[] = []
        while (gr.next()) {
            const row: Record<string, string> = { sys_id: gr.getUniqueValue() }
            for (const column of COLUMNS[records.table] ?? []) row[column] = gr.getValue(column) ?? ''
            out.push(row)
        }
        return out
    }).value
}

async function scorecards(): Promise<{ dimension: string; key: string; metrics: MetricAnswer[] }[]> {
    const out: { dimension: string; key: string; metrics: MetricAnswer[] }[] = []
    for (const dimension of DIMENSIONS) {
        const list = await call(running, 'itvc.viewer', 'GET', `${API}?period=${PERIOD}&dimension=${dimension}`)
        const keys: string[] = dimension === 'all' ? [''] : list.body.result.keys.map((k: { key: string }) => k.key)
        for (const key of keys) {
            const res = await call(
                running,
                'itvc.viewer',
                'GET',
                `${API}?period=${PERIOD}&dimension=${dimension}&key=${key}`
            )
            expect(res.status).toBe(200)
            const metrics = res.body.result.perspectives.flatMap((p: { metrics: MetricAnswer[] }) => p.metrics)
            out.push({ dimension, key, metrics })
        }
    }
    return out
}

beforeAll(async () => {
    running = await servedAppLab({ seed: true })
    const res = await call(running, 'itvc.portfolio_owner', 'POST', `${API}/rollups`, {
        from: PERIOD,
        period_types: ['month'],
    })
    expect(res.status).toBe(202)
    running.lab.settle()
}, 120_000)
afterAll(async () => {
    await running.close()
    running.lab.close()
})

describe('the records behind each value', () => {
    it('hold exactly what each value was computed from, for every metric, dimension and key', async () => {
        const cards = await scorecards()
        expect(cards.length).toBeGreaterThan(4)
        const checked = { count: 0, sum: 0, population: 0, ratio: 0 }
        const wrong: string[] = []
        for (const { dimension, key, metrics } of cards) {
            for (const m of metrics) {
                const where = `${m.key} ${dimension}${key ? `=${key}` : ''}`
                if (m.records === null) {
                    wrong.push(`${where}: no records`)
                    continue
                }
                const found = rows(m.records)
                if (m.records.basis === 'count') {
                    checked.count++
                    if (found.length !== m.value) wrong.push(`${where}: ${found.length} records, value ${m.value}`)
                } else if (m.records.basis === 'sum') {
                    checked.sum++
                    const column = SUMMED[m.key] ?? ''
                    const cents = found.reduce((s, row) => s + Math.round(Number(row[column] || 0) * 100), 0)
                    const expected = found.length === 0 && PERIOD_SUMS.includes(m.key) ? null : cents / 100
                    if (expected !== m.value) wrong.push(`${where}: records sum to ${expected}, value ${m.value}`)
                } else {
                    checked.population++
                    const part = RATIO_PART[m.key]
                    if (part && found.length > 0) {
                        checked.ratio++
                        const pct = Math.round((found.filter(part).length / found.length) * 10000) / 100
                        if (pct !== m.value) wrong.push(`${where}: ${pct} % of the records, value ${m.value}`)
                    }
                    if (found.length === 0 && m.value !== null && part)
                        wrong.push(`${where}: no records behind ${m.value}`)
                }
            }
        }
        expect(wrong).toEqual([])
        expect(checked.count).toBeGreaterThan(10)
        expect(checked.sum).toBeGreaterThan(10)
        expect(checked.ratio).toBeGreaterThan(5)
    }, 120_000)

    it('lists as many incidents through the Table API as a count metric says, for all and for a service', async () => {
        const all = await call(running, 'itvc.viewer', 'GET', `${API}?period=${PERIOD}`)
        const metric = (body: any, key: string): MetricAnswer =>
            body.result.perspectives
                .flatMap((p: { metrics: MetricAnswer[] }) => p.metrics)
                .find((m: MetricAnswer) => m.key === key)
        const services = await call(running, 'itvc.viewer', 'GET', `${API}?period=${PERIOD}&dimension=business_service`)
        const service = services.body.result.keys[0].key
        const one = await call(
            running,
            'itvc.viewer',
            'GET',
            `${API}?period=${PERIOD}&dimension=business_service&key=${service}`
        )
        for (const m of [
            metric(all.body, 'business_impacting_incidents'),
            metric(one.body, 'business_impacting_incidents'),
        ]) {
            expect(m.records).toMatchObject({ table: 'incident', basis: 'count' })
            const q = encodeURIComponent(m.records?.query ?? '')
            const list = await call(
                running,
                'itil.agent',
                'GET',
                `/api/now/table/incident?sysparm_query=${q}&sysparm_limit=1000&sysparm_fields=sys_id`
            )
            expect(list.status).toBe(200)
            expect(list.body.result).toHaveLength(m.value ?? -1)
        }
        expect(metric(one.body, 'business_impacting_incidents').value).toBeLessThan(
            metric(all.body, 'business_impacting_incidents').value ?? 0
        )
    })

    it("gives the trend's points their records, and none where nothing was computed", async () => {
        const res = await call(
            running,
            'itvc.viewer',
            'GET',
            `${API}/trend?metric=p1_p2_incidents&periods=2&to=${PERIOD}`
        )
        expect(res.status).toBe(200)
        const [before, computed] = res.body.result.points
        expect(before.records).toBeNull()
        expect(computed.records).toMatchObject({ table: 'incident', basis: 'count' })
        expect(rows(computed.records)).toHaveLength(computed.value)
    })
})

describe('the functional currency', () => {
    it('is named by the scorecard and the trend answers, and follows the property', async () => {
        const before = await call(running, 'itvc.viewer', 'GET', `${API}?period=${PERIOD}`)
        expect(before.body.result.currency).toBe('USD')
        setProperty(running.lab, 'x_itvc_value.functional_currency', 'EUR')
        try {
            const card = await call(running, 'itvc.viewer', 'GET', `${API}?period=${PERIOD}`)
            const trend = await call(
                running,
                'itvc.viewer',
                'GET',
                `${API}/trend?metric=realised_benefit&periods=1&to=${PERIOD}`
            )
            expect([card.body.result.currency, trend.body.result.currency]).toEqual(['EUR', 'EUR'])
        } finally {
            setProperty(running.lab, 'x_itvc_value.functional_currency', 'USD')
        }
    })
})

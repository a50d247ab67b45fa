/**
 * Demand value scoring as a client sees it (README "Demand value scoring"): the built app in the lab, driven as the
 * demo users through the Table API (ratings, demands), the demands REST API, and, for scoring models and criteria
 * (no web services), in-process as their forms save them. One lab for the file; each test works on its own demands.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { GlideRecord, GlideRecordSecure } from '../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../scripts/lab/instance.ts'
import { call, servedAppLab } from './app-lab.ts'

let served: RunningLab
let lab: LabInstance
let weighted: { sysId: string; criteria: Record<string, string> }
let rice: { sysId: string; criteria: Record<string, string> }

const RATINGS = 'x_itvc_value_rating'
const ranking = (query: string) => `/api/x_itvc_value/v1/demands/ranking?${query}`

beforeAll(async () => {
    served = await servedAppLab()
    lab = served.lab
    weighted = model('Weighted business value')
    rice = model('RICE')
}, 60_000)
afterAll(async () => {
    await served.close()
    lab.close()
})

/** A demo model (installed as demo data) and its criteria by key. */
function model(name: string): { sysId: string; criteria: Record<string, string> } {
    return lab.runAsSystem(() => {
        const m = new GlideRecord('x_itvc_value_scoring_model')
        if (!m.get('name', name)) throw new Error(`no demo model ${name}`)
        const criteria: Record<string, string> = {}
        const c = new GlideRecord('x_itvc_value_criterion')
        c.addQuery('model', m.getUniqueValue())
        c.query()
        while (c.next()) criteria[c.getValue('key') as string] = c.getUniqueValue()
        return { sysId: m.getUniqueValue(), criteria }
    }).value
}

/** Inserts a demand as the system (the app's rules run: it gets the default model unless one is given). */
function newDemand(values: Record<string, string> = {}): string {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('dmn_demand')
        gr.initialize()
        gr.setValue('short_description', 'Scoring test demand')
        gr.setValue('state', '2')
        gr.setValue('active', 'true')
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert() as string
    }).value
}

/** A record's values (as the system). */
function read(table: string, sysId: string): Record<string, string | null> {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord(table)
        if (!gr.get(sysId)) throw new Error(`no ${table} ${sysId}`)
        return gr.snapshot()
    }).value
}

function historyOf(demand: string): Record<string, string | null>[] {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_score_history')
        gr.addQuery('demand', demand)
        gr.query()
        const rows: Record<string, string | null>[] = []
        while (gr.next()) rows.push(gr.snapshot())
        return rows
    }).value
}

/** What a form save gives back: saved or not, the record, and the messages the user sees. */
interface FormSave {
    readonly saved: boolean
    readonly sysId: string
    /** Refused by an ACL (table or field), not by a rule. */
    readonly acl: boolean
    readonly errors: readonly string[]
}

/**
 * Saves a record as its form would (in-process as the user, ACLs enforced: GlideRecordSecure): models and criteria
 * have no web services. A new record without `sysId`, else an update of it.
 */
function formSave(userName: string, table: string, values: Record<string, string>, sysId?: string): FormSave {
    const user = lab.userByName(userName)
    if (!user) throw new Error(`no user ${userName}`)
    const tx = lab.runAs(user, () => {
        const gr = new GlideRecordSecure(table)
        if (sysId === undefined) gr.initialize()
        else if (!gr.get(sysId)) return { id: null, acl: true }
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        const id = sysId === undefined ? gr.insert() : gr.update()
        return { id, acl: gr.lastFailure?.kind === 'acl' }
    })
    return {
        saved: tx.value.id !== null,
        sysId: tx.value.id ?? sysId ?? '',
        acl: tx.value.id === null && tx.value.acl,
        errors: tx.messages.filter((m) => m.level === 'error').map((m) => m.text),
    }
}

/** Rates a demand through the Table API (as the assessor unless said otherwise). */
async function rate(demand: string, criterion: string, value: number | string, user = 'itvc.assessor') {
    return call(served, user, 'POST', `/api/now/table/${RATINGS}`, { demand, criterion, value: String(value) })
}

/** Rates every criterion of the weighted model the same. */
async function rateAll(demand: string, value: number): Promise<void> {
    for (const criterion of Object.values(weighted.criteria))
        expect((await rate(demand, criterion, value)).status).toBe(201)
}

describe('rating a demand (Table API)', () => {
    it('scores the demand in the same request: score, status, breakdown, explanation and a history row', async () => {
        const demand = newDemand()
        expect(read('dmn_demand', demand)['x_itvc_value_model']).toBe(weighted.sysId)
        const res = await rate(demand, weighted.criteria['strategic_alignment'] as string, 10)
        expect(res.status).toBe(201)
        expect(res.body.result.assessor.value).toBe(lab.userByName('itvc.assessor')?.sysId)

        const got = await call(served, 'itvc.demand_manager', 'GET', `/api/now/table/dmn_demand/${demand}`)
        const d = got.body.result
        expect(d.x_itvc_value_score).toBe('25.00')
        expect(d.x_itvc_value_score_status).toBe('partial')
        expect(d.x_itvc_value_ranking_value).toBe('25.00')
        const breakdown = JSON.parse(d.x_itvc_value_breakdown)
        expect(breakdown).toMatchObject({ modelVersion: 1, method: 'weighted' })
        expect(breakdown.criteria[0]).toEqual({
            key: 'strategic_alignment',
            name: 'Strategic alignment',
            rating: 10,
            normalised: 1,
            weight: 25,
            contribution: 25,
        })
        expect(d.x_itvc_value_breakdown_text.split('\n').slice(0, 3)).toEqual([
            'Score 25 of 100 (partial: 1 of 6 criteria rated; weighted model, version 1)',
            'Strategic alignment: rating 10, weight 25, contribution 25',
            'Financial benefit: not rated, weight 20, contribution 0',
        ])
        expect(historyOf(demand)).toEqual([
            expect.objectContaining({
                reason: 'rating',
                old_score: null,
                new_score: '25.00',
                new_ranking_value: '25.00',
                model: weighted.sysId,
                model_version: '1',
                changed_by: lab.userByName('itvc.assessor')?.sysId,
            }),
        ])
    })

    it('averages several assessors per criterion, ranks in the background, and re-scores on change and delete', async () => {
        const demand = newDemand()
        await rateAll(demand, 10)
        // effort is a cost criterion: 10 of 10 is the worst, so the score is 90
        expect(read('dmn_demand', demand)).toMatchObject({
            x_itvc_value_score: '90.00',
            x_itvc_value_score_status: 'scored',
        })
        lab.settle()
        const rank = read('dmn_demand', demand)['x_itvc_value_rank']
        expect(rank).not.toBeNull()
        // a second assessor, rating in a transaction of their own: the score moves at once, the rank only after
        const manager = lab.userByName('itvc.demand_manager')
        const second = lab.runAs(manager as NonNullable<typeof manager>, () => {
            const gr = new GlideRecordSecure(RATINGS)
            gr.initialize()
            gr.setValue('demand', demand)
            gr.setValue('criterion', weighted.criteria['strategic_alignment'])
            gr.setValue('value', '1')
            return gr.insert() as string
        }).value
        // (10 + 1) / 2 = 5.5 → 0.5 of 25; effort 10 (cost) → 0 of 10: 0.5·25 + 20 + 20 + 15 + 10 = 77.5
        expect(read('dmn_demand', demand)).toMatchObject({ x_itvc_value_score: '77.50', x_itvc_value_rank: rank })
        expect(read('x_itvc_value_scoring_model', weighted.sysId)['rerank_pending']).toBe('true')
        expect(lab.pendingAsync()).toBe(1)
        lab.settle()
        expect(read('x_itvc_value_scoring_model', weighted.sysId)['rerank_pending']).toBe('false')

        const patched = await call(served, 'itvc.demand_manager', 'PATCH', `/api/now/table/${RATINGS}/${second}`, {
            value: '10',
        })
        expect(patched.status).toBe(200)
        expect(read('dmn_demand', demand)['x_itvc_value_score']).toBe('90.00')
        const deleted = await call(served, 'itvc.demand_manager', 'DELETE', `/api/now/table/${RATINGS}/${second}`)
        expect(deleted.status).toBe(204)
        expect(read('dmn_demand', demand)['x_itvc_value_score']).toBe('90.00')
        expect(historyOf(demand).map((h) => h.new_score)).toContain('77.50')
    })

    it('keeps a rating save within its query budget: 16 statements, 4 of them writes', () => {
        const demand = newDemand()
        const assessor = lab.userByName('itvc.assessor')
        const tx = lab.runAs(assessor as NonNullable<typeof assessor>, () => {
            const gr = new GlideRecordSecure(RATINGS)
            gr.initialize()
            gr.setValue('demand', demand)
            gr.setValue('criterion', weighted.criteria['customer_impact'])
            gr.setValue('value', '7')
            return gr.insert()
        })
        expect(tx.value).not.toBeNull()
        // rating, demand, history row, the model's re-rank flag; reads: the checks (5) and the re-score (7)
        expect(tx.stats).toMatchObject({ rowsWritten: 4 })
        expect(tx.stats.queries).toBeLessThanOrEqual(16)
    })

    it('refuses a rating outside [min, max] with a clear message, and nothing changes', async () => {
        const demand = newDemand()
        await rate(demand, weighted.criteria['customer_impact'] as string, 8)
        const before = read('dmn_demand', demand)
        const res = await rate(demand, weighted.criteria['customer_impact'] as string, 11, 'itvc.demand_manager')
        expect(res.status).toBe(403)
        expect(res.body.error.message).toBe('Rating 11 for "Customer impact" is outside 1–10')
        expect(lab.count(RATINGS, 'demand = ?', [demand])).toBe(1)
        expect(read('dmn_demand', demand)).toEqual(before)
        expect(historyOf(demand)).toHaveLength(1)
    })

    it("refuses a second rating by the same assessor, a criterion of another model and someone else's rating", async () => {
        const demand = newDemand()
        const impact = weighted.criteria['customer_impact'] as string
        const first = await rate(demand, impact, 8)
        expect((await rate(demand, impact, 9)).body.error.message).toMatch(
            /has already rated "Customer impact" on DMND\d+: change that rating instead$/
        )
        const other = await rate(demand, rice.criteria['reach'] as string, 500)
        expect(other.status).toBe(403)
        expect(other.body.error.message).toMatch(
            /^"Reach \(users per quarter\)" belongs to the model "RICE", but DMND\d+ is scored with "Weighted business value"$/
        )
        const forOther = await call(served, 'itvc.assessor', 'POST', `/api/now/table/${RATINGS}`, {
            demand,
            criterion: weighted.criteria['effort'],
            value: '3',
            assessor: lab.userByName('itvc.demand_manager')?.sysId,
        })
        expect(forOther.body.error.message).toBe('You can only enter and change your own ratings')
        const managers = await rate(demand, weighted.criteria['effort'] as string, 3, 'itvc.demand_manager')
        const changeOthers = await call(
            served,
            'itvc.assessor',
            'PATCH',
            `/api/now/table/${RATINGS}/${managers.body.result.sys_id}`,
            {
                value: '4',
            }
        )
        expect(changeOthers.status).toBe(403)
        expect(lab.count(RATINGS, 'demand = ?', [demand])).toBe(2)
        expect(read(RATINGS, first.body.result.sys_id)['value']).toBe('8.00')
    })

    it('lets viewers read ratings but not write them', async () => {
        const demand = newDemand()
        await rate(demand, weighted.criteria['compliance'] as string, 5)
        const list = await call(
            served,
            'itvc.viewer',
            'GET',
            `/api/now/table/${RATINGS}?sysparm_query=demand=${demand}`
        )
        expect(list.body.result).toHaveLength(1)
        expect((await rate(demand, weighted.criteria['effort'] as string, 5, 'itvc.viewer')).status).toBe(403)
        expect((await rate(demand, weighted.criteria['effort'] as string, 5, 'no.roles')).status).toBe(403)
    })
})

describe('scoring models and criteria (forms; no web services)', () => {
    it('refuses a weight of 0 or less with a clear message, and nothing changes', () => {
        const criterion = weighted.criteria['risk_reduction'] as string
        const res = formSave('itvc.demand_manager', 'x_itvc_value_criterion', { weight: '0' }, criterion)
        expect(res).toMatchObject({ saved: false, acl: false })
        expect(res.errors).toEqual(['Weight of "Risk reduction" must be above 0 (is 0)'])
        expect(read('x_itvc_value_criterion', criterion)['weight']).toBe('15.00')
        expect(read('x_itvc_value_scoring_model', weighted.sysId)).toMatchObject({
            version: '1',
            rescore_pending: 'false',
        })
        const created = formSave('itvc.demand_manager', 'x_itvc_value_criterion', {
            model: weighted.sysId,
            name: 'Urgency',
            key: 'urgency',
            weight: '-1',
            min_value: '1',
            max_value: '5',
        })
        expect(created).toMatchObject({ saved: false, acl: false })
        expect(created.errors).toEqual(['Weight of "Urgency" must be above 0 (is -1)'])
        expect(lab.count('x_itvc_value_criterion', 'model = ?', [weighted.sysId])).toBe(6)
    })

    it('refuses a second active default model and lets only demand managers manage models', () => {
        const res = formSave('itvc.demand_manager', 'x_itvc_value_scoring_model', { is_default: 'true' }, rice.sysId)
        expect(res).toMatchObject({ saved: false, acl: false })
        expect(res.errors).toEqual(['Only one active model can be the default: "Weighted business value", "RICE"'])
        const before = lab.count('x_itvc_value_scoring_model')
        expect(formSave('itvc.assessor', 'x_itvc_value_scoring_model', { name: 'Mine' })).toMatchObject({
            saved: false,
            acl: true,
        })
        expect(lab.count('x_itvc_value_scoring_model')).toBe(before)
    })

    it('is not reachable through the Table API, for demand managers and admins alike', async () => {
        for (const user of ['itvc.demand_manager', 'itvc.admin', 'admin']) {
            for (const table of ['x_itvc_value_scoring_model', 'x_itvc_value_criterion']) {
                const list = await call(served, user, 'GET', `/api/now/table/${table}?sysparm_limit=1`)
                const one = await call(served, user, 'GET', `/api/now/table/${table}/${weighted.sysId}`)
                const post = await call(served, user, 'POST', `/api/now/table/${table}`, { name: 'Through the API' })
                expect({ user, table, statuses: [list.status, one.status, post.status] }).toEqual({
                    user,
                    table,
                    statuses: [403, 403, 403],
                })
            }
        }
        expect(lab.count('x_itvc_value_scoring_model', 'name = ?', ['Through the API'])).toBe(0)
    })
})

describe('new demands and models', () => {
    it('lets a demand manager create a demand: unscored, with the default model', async () => {
        const res = await call(served, 'itvc.demand_manager', 'POST', '/api/now/table/dmn_demand', {
            short_description: 'New demand from the Table API',
        })
        expect(res.status).toBe(201)
        expect(res.body.result).toMatchObject({ x_itvc_value_score_status: 'unscored', x_itvc_value_score: '' })
        expect(res.body.result.x_itvc_value_model.value).toBe(weighted.sysId)
    })

    it("starts a model at version 1 with an empty queue, and keeps the queue columns the app's", () => {
        const res = formSave('itvc.demand_manager', 'x_itvc_value_scoring_model', { name: 'Queue check model' })
        expect(res).toMatchObject({ saved: true, errors: [] })
        expect(read('x_itvc_value_scoring_model', res.sysId)).toMatchObject({
            version: '1',
            rescore_pending: 'false',
            rerank_pending: 'false',
        })
        const forged = formSave('itvc.demand_manager', 'x_itvc_value_scoring_model', { version: '7' }, res.sysId)
        expect(forged).toMatchObject({ saved: false, acl: true })
        expect(read('x_itvc_value_scoring_model', res.sysId)['version']).toBe('1')
    })
})

describe('a model edit re-scores the open demands of the model through the job', () => {
    let modelId: string
    const criteria: Record<string, string> = {}
    const demands: string[] = []
    let closed: string

    beforeAll(async () => {
        const created = formSave('itvc.demand_manager', 'x_itvc_value_scoring_model', {
            name: 'Job test model',
            method: 'weighted',
        })
        expect(created).toMatchObject({ saved: true, errors: [] })
        modelId = created.sysId
        expect(read('x_itvc_value_scoring_model', modelId)['version']).toBe('1')
        for (const [key, weight, direction] of [
            ['value', '3', 'benefit'],
            ['effort', '1', 'cost'],
        ] as const) {
            const c = formSave('itvc.demand_manager', 'x_itvc_value_criterion', {
                model: modelId,
                name: key === 'value' ? 'Value' : 'Effort',
                key,
                weight,
                direction,
                min_value: '1',
                max_value: '10',
            })
            expect(c).toMatchObject({ saved: true, errors: [] })
            criteria[key] = c.sysId
        }
        for (let i = 0; i < 12; i++) demands.push(newDemand({ x_itvc_value_model: modelId }))
        closed = newDemand({ x_itvc_value_model: modelId })
        for (const [i, demand] of [...demands, closed].entries()) {
            await rate(demand, criteria['value'] as string, 1 + (i % 10))
            await rate(demand, criteria['effort'] as string, 5)
        }
        lab.runAsSystem(() => {
            const gr = new GlideRecord('dmn_demand')
            gr.get(closed)
            gr.setValue('state', '9')
            gr.setValue('active', 'false')
            gr.update()
        })
        // settle what the set-up queued, and run the queue once so the criteria added above are done with
        lab.settle()
        lab.runJob('IT Value: re-score demands')
    })

    it('bumps the version and queues the work, but leaves the demands alone in the saving transaction', () => {
        const scores = demands.map((d) => read('dmn_demand', d)['x_itvc_value_score'])
        const version = Number(read('x_itvc_value_scoring_model', modelId)['version'])
        const res = formSave('itvc.demand_manager', 'x_itvc_value_criterion', { weight: '3' }, criteria['effort'])
        expect(res).toMatchObject({ saved: true, errors: [] })
        expect(read('x_itvc_value_scoring_model', modelId)).toMatchObject({
            version: String(version + 1),
            rescore_pending: 'true',
            rescore_reason: 'model_change',
        })
        expect(demands.map((d) => read('dmn_demand', d)['x_itvc_value_score'])).toEqual(scores)
    })

    it('re-scores every open demand in bounded batches, resuming where the last run stopped, then re-ranks', () => {
        const version = read('x_itvc_value_scoring_model', modelId)['version']
        const closedBefore = read('dmn_demand', closed)
        setProperty('x_itvc_value.scoring.batch_size', '5')
        setProperty('x_itvc_value.scoring.max_batches_per_run', '2')
        try {
            const first = lab.runJob('IT Value: re-score demands')
            const done = demands.filter(
                (d) =>
                    JSON.parse(read('dmn_demand', d)['x_itvc_value_breakdown'] as string).modelVersion ===
                    Number(version)
            )
            expect(done).toHaveLength(10)
            expect(read('x_itvc_value_scoring_model', modelId)['rescore_pending']).toBe('true')
            expect(first.stats.queries).toBeLessThan(60)
            lab.runJob('IT Value: re-score demands')
        } finally {
            setProperty('x_itvc_value.scoring.batch_size', '500')
            setProperty('x_itvc_value.scoring.max_batches_per_run', '20')
        }
        for (const d of demands) {
            const row = read('dmn_demand', d)
            expect(JSON.parse(row['x_itvc_value_breakdown'] as string).modelVersion).toBe(Number(version))
            expect(row['x_itvc_value_rank']).not.toBeNull()
        }
        // value k + 1 (k = i % 10, n = k/9) and effort 5 (cost, n = 5/9), now weighted 3 : 3: 100 · (k + 5) / 18
        expect(read('dmn_demand', demands[0] as string)['x_itvc_value_score']).toBe('27.78')
        expect(read('dmn_demand', demands[9] as string)['x_itvc_value_score']).toBe('77.78')
        expect(read('dmn_demand', closed)).toEqual(closedBefore)
        expect(read('x_itvc_value_scoring_model', modelId)).toMatchObject({
            rescore_pending: 'false',
            rescore_cursor: null,
        })
        const ranks = demands.map((d) => Number(read('dmn_demand', d)['x_itvc_value_rank'])).sort((a, b) => a - b)
        expect(ranks).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
        const reasons = demands.flatMap((d) => historyOf(d).map((h) => h.reason))
        expect(reasons.filter((r) => r === 'model_change').length).toBeGreaterThan(0)
    })

    it('runs nightly without writing anything when nothing changed', () => {
        const before = lab.count('x_itvc_value_score_history')
        const run = lab.runJob('IT Value: nightly demand scoring')
        expect(lab.count('x_itvc_value_score_history')).toBe(before)
        expect(run.stats.rowsWritten).toBeLessThan(20) // queue flags only
        expect(read('x_itvc_value_scoring_model', modelId)['rescore_pending']).toBe('false')
    })

    it('ranks the model through the REST API, page by page, best first', async () => {
        const page1 = await call(served, 'itvc.demand_manager', 'GET', ranking(`model=${modelId}&limit=5&offset=0`))
        const page3 = await call(
            served,
            'itvc.demand_manager',
            'GET',
            ranking(`model=Job%20test%20model&limit=5&offset=10`)
        )
        expect(page1.status).toBe(200)
        expect(page1.body.result).toMatchObject({
            total: 12,
            limit: 5,
            offset: 0,
            model: { sys_id: modelId, method: 'weighted' },
        })
        expect(page1.body.result.demands.map((d: any) => d.rank)).toEqual([1, 2, 3, 4, 5])
        expect(page3.body.result.demands.map((d: any) => d.rank)).toEqual([11, 12])
        const first = page1.body.result.demands[0]
        expect(first).toMatchObject({ sys_id: demands[9], score: 77.78, score_status: 'scored', ranking_value: 77.78 })
        expect(first).toMatchObject({ wsjf: null, rice: null, override: null })
        expect(first.breakdown.criteria.map((c: any) => c.key)).toEqual(['effort', 'value'])
        const values = page1.body.result.demands.map((d: any) => d.ranking_value)
        expect([...values].sort((a: number, b: number) => b - a)).toEqual(values)
    })
})

describe('overrides (Table API)', () => {
    it('refuses an override value without a reason, and ranks by it with one', async () => {
        const demand = newDemand()
        await rate(demand, weighted.criteria['financial_benefit'] as string, 10)
        const before = read('dmn_demand', demand)
        const half = await call(served, 'itvc.demand_manager', 'PATCH', `/api/now/table/dmn_demand/${demand}`, {
            x_itvc_value_override: '99',
        })
        expect(half.status).toBe(403)
        expect(half.body.error.message).toBe('An override value needs a reason')
        expect(read('dmn_demand', demand)).toEqual(before)

        const full = await call(served, 'itvc.demand_manager', 'PATCH', `/api/now/table/dmn_demand/${demand}`, {
            x_itvc_value_override: '99',
            x_itvc_value_override_reason: 'Regulatory deadline in Q3',
        })
        expect(full.status).toBe(200)
        expect(full.body.result).toMatchObject({ x_itvc_value_score: '20.00', x_itvc_value_ranking_value: '99.00' })
        expect(historyOf(demand).find((h) => h.reason === 'override')).toMatchObject({
            old_ranking_value: '20.00',
            new_ranking_value: '99.00',
            changed_by: lab.userByName('itvc.demand_manager')?.sysId,
        })
        lab.settle()
        expect(read('dmn_demand', demand)['x_itvc_value_rank']).toBe('1')
    })

    it('keeps the computed columns read-only for demand managers (field ACLs)', async () => {
        const demand = newDemand()
        const res = await call(served, 'itvc.demand_manager', 'PATCH', `/api/now/table/dmn_demand/${demand}`, {
            x_itvc_value_score: '100',
        })
        expect(res.status).toBe(403)
        expect(read('dmn_demand', demand)['x_itvc_value_score']).toBeNull()
    })
})

describe('the demands REST API', () => {
    it('denies the ranking to users without an app role, and to viewers who cannot read demands', async () => {
        expect((await call(served, 'no.roles', 'GET', ranking('limit=5'))).status).toBe(403)
        expect((await call(served, 'itil.agent', 'GET', ranking('limit=5'))).status).toBe(403)
        const viewer = await call(served, 'itvc.viewer', 'GET', ranking('limit=5'))
        expect(viewer.status).toBe(403)
        expect(viewer.body.error.message).toBe('You may not read demands (it needs a demand or project role)')
    })

    it('answers bad paging with 400 and an unknown model with 404', async () => {
        const bad = await call(served, 'itvc.demand_manager', 'GET', ranking('limit=500'))
        expect(bad.status).toBe(400)
        expect(bad.body.error.message).toBe('limit must be a whole number from 1 to 100, not "500"')
        expect((await call(served, 'itvc.demand_manager', 'GET', ranking('offset=-1'))).status).toBe(400)
        expect((await call(served, 'itvc.demand_manager', 'GET', ranking('model=nope'))).status).toBe(404)
    })

    it('ranks the default model when no model is named', async () => {
        const res = await call(served, 'itvc.demand_manager', 'GET', ranking(''))
        expect(res.status).toBe(200)
        expect(res.body.result.model).toMatchObject({ sys_id: weighted.sysId, name: 'Weighted business value' })
        expect(res.body.result.limit).toBe(20)
    })

    it('returns a demand score with its breakdown and history, and 404 for an unknown demand', async () => {
        const demand = newDemand()
        await rate(demand, weighted.criteria['strategic_alignment'] as string, 10)
        await rate(demand, weighted.criteria['effort'] as string, 1)
        const res = await call(served, 'itvc.demand_manager', 'GET', `/api/x_itvc_value/v1/demands/${demand}/score`)
        expect(res.status).toBe(200)
        const body = res.body.result
        expect(body).toMatchObject({
            sys_id: demand,
            score: 35,
            score_status: 'partial',
            model: { name: 'Weighted business value' },
        })
        expect(body.breakdown.criteria).toHaveLength(6)
        expect(body.history.map((h: any) => h.new_score).sort()).toEqual([25, 35])
        expect(body.history[0]).toMatchObject({ reason: 'rating', model_version: 1 })
        expect(body.history[0].breakdown).toMatchObject({ method: 'weighted', modelVersion: 1 })
        const missing = await call(
            served,
            'itvc.demand_manager',
            'GET',
            `/api/x_itvc_value/v1/demands/${'0'.repeat(32)}/score`
        )
        expect(missing.status).toBe(404)
        expect((await call(served, 'no.roles', 'GET', `/api/x_itvc_value/v1/demands/${demand}/score`)).status).toBe(403)
    })
})

describe('projects keep the score of the demand they came from', () => {
    it('copies score and breakdown on conversion and follows later re-scores', async () => {
        const demand = newDemand()
        await rate(demand, weighted.criteria['strategic_alignment'] as string, 10)
        const project = lab.runAsSystem(() => {
            const gr = new GlideRecord('pm_project')
            gr.initialize()
            gr.setValue('short_description', 'Converted from the scoring test demand')
            gr.setValue('demand', demand)
            return gr.insert() as string
        }).value
        expect(read('pm_project', project)['x_itvc_value_score']).toBe('25.00')
        await rate(demand, weighted.criteria['financial_benefit'] as string, 10)
        const copy = read('pm_project', project)
        expect(copy['x_itvc_value_score']).toBe('45.00')
        expect(copy['x_itvc_value_breakdown']).toBe(read('dmn_demand', demand)['x_itvc_value_breakdown'])
        expect(historyOf(demand).find((h) => h.new_score === '45.00')?.project).toBe(project)
    })
})

/** Sets a system property through GlideRecord (business rules on: the lab drops its property cache). */
function setProperty(name: string, value: string): void {
    lab.runAsSystem(() => {
        const gr = new GlideRecord('sys_properties')
        if (!gr.get('name', name)) throw new Error(`no property ${name}`)
        gr.setValue('value', value)
        gr.update()
    })
}

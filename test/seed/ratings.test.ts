/**
 * The demo data set rates its demands (scripts/seed/ratings.ts): which demands, by whom, on which shipped criteria,
 * with values in range and a spread, deterministically. That the app's rules then score and rank them is the lab's
 * part (test/lab/demand-scoring-seed.test.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { defaultModelTemplates } from '../../src/server/core/scoring/templates.ts'
import { buildDemoDataset, demoSysId, shippedRecord } from '../../scripts/seed/index.ts'
import type { DemoDataset, DemoRecord } from '../../scripts/seed/index.ts'
import { parseKeys } from '../../scripts/seed/shipped.ts'

const NOW = new Date('2026-11-30T12:00:00Z')
const RATING = 'x_itvc_value_rating'

let ds: DemoDataset
let ratings: DemoRecord[]
let demands: DemoRecord[]
beforeAll(() => {
    ds = buildDemoDataset({ now: NOW })
    ratings = ds.records.filter((r) => r.table === RATING)
    demands = ds.records.filter((r) => r.table === 'dmn_demand' && !r.update)
})

/** Criterion sys_id → its model method and template criterion. */
function shippedCriteria(): Map<string, { method: string; key: string; min: number; max: number }> {
    const out = new Map<string, { method: string; key: string; min: number; max: number }>()
    for (const t of defaultModelTemplates())
        for (const c of t.criteria)
            out.set(shippedRecord(`data.criterion.${t.model.method}.${c.key}`).sysId, {
                method: t.model.method,
                key: c.key,
                min: c.min,
                max: c.max,
            })
    return out
}

describe('buildDemoDataset: demand ratings', () => {
    it('rates 36 of the 40 demands: 32 fully, 4 in part, the 4 drafts not at all', () => {
        const criteria = shippedCriteria()
        const wsjf = shippedRecord('data.scoring_model.wsjf').sysId
        const coverage: Record<string, number> = { none: 0, partial: 0, full: 0 }
        for (const d of demands) {
            const method = d.values['x_itvc_value_model'] === wsjf ? 'wsjf' : 'weighted'
            const all = defaultModelTemplates().find((t) => t.model.method === method)?.criteria.length ?? 0
            const mine = ratings.filter((r) => r.values['demand'] === d.sysId)
            const rated = new Set(mine.map((r) => r.values['criterion']))
            for (const r of mine) expect(criteria.get(r.values['criterion'] ?? '')?.method).toBe(method)
            const how = rated.size === 0 ? 'none' : rated.size === all ? 'full' : 'partial'
            coverage[how] = (coverage[how] ?? 0) + 1
            if (d.values['state'] === '1') expect(how).toBe('none')
            if (how === 'partial') expect(d.values['state']).toBe('2')
        }
        expect(coverage).toEqual({ none: 4, partial: 4, full: 32 })
        expect(ratings).toHaveLength(ds.summary[RATING] ?? -1)
        expect(ratings).toHaveLength(239)
    })

    it('puts every fifth demand on the shipped WSJF model and leaves the others to the default', () => {
        const wsjf = shippedRecord('data.scoring_model.wsjf')
        expect(wsjf.table).toBe('x_itvc_value_scoring_model')
        const onWsjf = demands
            .filter((d) => d.values['x_itvc_value_model'] !== undefined)
            .map((d) => d.values['number'])
        expect(onWsjf).toEqual(['05', '10', '15', '20', '25', '30', '35', '40'].map((n) => `DMND00010${n}`))
        for (const d of demands)
            if (d.values['x_itvc_value_model'] !== undefined) expect(d.values['x_itvc_value_model']).toBe(wsjf.sysId)
    })

    it('is by the demo assessor, with a second opinion of the demand manager on some, one rating per criterion each', () => {
        const assessor = demoSysId('sys_user', 'itvc.assessor')
        const manager = demoSysId('sys_user', 'itvc.demand_manager')
        const by = (user: string): number => ratings.filter((r) => r.values['assessor'] === user).length
        expect(by(assessor) + by(manager)).toBe(ratings.length)
        expect(by(manager)).toBeGreaterThan(20)
        expect(by(manager)).toBeLessThan(by(assessor) / 2)
        const keys = ratings.map((r) => `${r.values['demand']}|${r.values['criterion']}|${r.values['assessor']}`)
        expect(new Set(keys).size).toBe(ratings.length)
        expect(new Set(ratings.map((r) => r.sysId)).size).toBe(ratings.length)
    })

    it('rates within each criterion range (WSJF on its Fibonacci scale) and spreads the values', () => {
        const criteria = shippedCriteria()
        const seen = new Map<string, Set<number>>()
        for (const r of ratings) {
            const c = criteria.get(r.values['criterion'] ?? '')
            const value = Number(r.values['value'])
            expect(c).toBeDefined()
            expect(value).toBeGreaterThanOrEqual(c?.min ?? Infinity)
            expect(value).toBeLessThanOrEqual(c?.max ?? -Infinity)
            if (c?.method === 'wsjf') expect([1, 2, 3, 5, 8, 13, 20]).toContain(value)
            const key = `${c?.method}.${c?.key}`
            seen.set(key, (seen.get(key) ?? new Set()).add(value))
        }
        for (const [key, values] of seen) expect([key, values.size >= 4]).toEqual([key, true])
    })

    it('points to criteria by the sys_ids of the shipped records in keys.ts, which the parser reads', () => {
        const keys = parseKeys(
            "'data.criterion.x.y': {\n    table: 'x_itvc_value_criterion'\n    id: '" + 'ab'.repeat(16) + "'\n}\n"
        )
        expect(keys.get('data.criterion.x.y')).toEqual({ table: 'x_itvc_value_criterion', sysId: 'ab'.repeat(16) })
        expect(() => shippedRecord('data.criterion.nope.none')).toThrow(/no shipped record "data.criterion.nope.none"/)
    })

    it('is the same for any now, and leaves ratings and models out with appTables: false', () => {
        const later = buildDemoDataset({ now: new Date(NOW.getTime() + 40 * 86_400_000) })
        expect(JSON.stringify(later.records.filter((r) => r.table === RATING))).toBe(JSON.stringify(ratings))
        const bare = buildDemoDataset({ now: NOW, appTables: false })
        expect(bare.records.filter((r) => r.table === RATING)).toEqual([])
        expect(bare.records.some((r) => r.values['x_itvc_value_model'] !== undefined)).toBe(false)
    })
})

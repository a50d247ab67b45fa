/**
 * Re-scoring and re-ranking at a size where one read would pass 1,000 rows: 1,300 open demands on the demo's weighted
 * model (6 criteria), 200 of them rated by a second assessor too. Every read the jobs issue stays under 1,000 rows
 * (a batch's ratings in pieces sized to the criteria, the ranking in pages), and the outcome is the one the core
 * computes from the stored values: every demand re-scored, ranks 1..n in ranking order, a capped ranking that ranks
 * exactly the best.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GlideRecord } from '../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../scripts/lab/instance.ts'
import type { SqlValue } from '../../scripts/lab/db/database.ts'
import { rankDemands } from '../../src/server/core/index.ts'
import { appLab } from './app-lab.ts'

const DEMANDS = 1300
const TWO_ASSESSORS = 200

let lab: LabInstance
let model: string
let criteria: string[]
/** The largest result of one SELECT per table, while `watching`. */
const largest = new Map<string, number>()
let watching = false

function setProperty(name: string, value: string): void {
    lab.runAsSystem(() => {
        const gr = new GlideRecord('sys_properties')
        expect(gr.get('name', name)).toBe(true)
        gr.setValue('value', value)
        gr.update()
    })
}

interface DemandRow {
    sysId: string
    number: string
    rank: number | null
    rankingValue: number | null
    score: number | null
    version: number | null
}

function demands(): DemandRow[] {
    return lab.db
        .internal(
            'SELECT sys_id, number, x_itvc_value_rank AS rank, x_itvc_value_ranking_value AS rv, x_itvc_value_score AS score, x_itvc_value_breakdown AS breakdown FROM "dmn_demand" WHERE x_itvc_value_model = ?',
            [model]
        )
        .map((r) => ({
            sysId: String(r['sys_id']),
            number: String(r['number']),
            rank: r['rank'] === null ? null : Number(r['rank']),
            rankingValue: r['rv'] === null ? null : Number(r['rv']),
            score: r['score'] === null ? null : Number(r['score']),
            version: r['breakdown']
                ? (JSON.parse(String(r['breakdown'])) as { modelVersion: number }).modelVersion
                : null,
        }))
}

/** The ranks the core gives these demands (all open). */
function expectedRanks(rows: readonly DemandRow[]): Map<string, number | null> {
    const ranked = rankDemands(rows.map((r) => ({ ...r, model, isOpen: true })))
    return new Map(ranked.map((r) => [r.sysId, r.rank]))
}

beforeAll(() => {
    lab = appLab()
    const select = lab.db.select.bind(lab.db)
    lab.db.select = (sql: string, params?: readonly SqlValue[]) => {
        const rows = select(sql, params)
        const table = /FROM "?(\w+)"?/.exec(sql)?.[1] ?? '?'
        if (watching) largest.set(table, Math.max(largest.get(table) ?? 0, rows.length))
        return rows
    }
    ;({ model, criteria } = lab.runAsSystem(() => {
        const m = new GlideRecord('x_itvc_value_scoring_model')
        expect(m.get('name', 'Weighted business value')).toBe(true)
        const c = new GlideRecord('x_itvc_value_criterion')
        c.addQuery('model', m.getUniqueValue())
        c.orderBy('order')
        c.query()
        const ids: string[] = []
        while (c.next()) ids.push(c.getUniqueValue())
        return { model: m.getUniqueValue(), criteria: ids }
    }).value)
    expect(criteria).toHaveLength(6)
    lab.runAsSystem(() => {
        for (let i = 0; i < DEMANDS; i++) {
            const d = new GlideRecord('dmn_demand')
            d.setWorkflow(false)
            d.initialize()
            d.setValue('short_description', `Reads demand ${i}`)
            d.setValue('state', '2')
            d.setValue('active', 'true')
            d.setValue('x_itvc_value_model', model)
            const id = d.insert() as string
            for (const assessor of i < TWO_ASSESSORS ? ['first', 'second'] : ['first'])
                criteria.forEach((criterion, k) => {
                    const r = new GlideRecord('x_itvc_value_rating')
                    r.setWorkflow(false)
                    r.initialize()
                    r.setValue('demand', id)
                    r.setValue('criterion', criterion)
                    r.setValue('assessor', assessor)
                    r.setValue('value', String(1 + ((i * 7 + k * 3 + assessor.length) % 10)))
                    r.insert()
                })
        }
    })
    setProperty('x_itvc_value.scoring.max_batches_per_run', '1000')
})
afterAll(() => lab.close())

describe('re-scoring and re-ranking 1,300 demands', () => {
    it('ranks exactly the best demands when the ranking is capped, reading under 1,000 rows at a time', () => {
        setProperty('x_itvc_value.scoring.max_ranked_demands', '1000')
        watching = true
        try {
            lab.runJob('IT Value: nightly demand scoring')
        } finally {
            watching = false
            setProperty('x_itvc_value.scoring.max_ranked_demands', '20000')
        }
        const rows = demands()
        expect(rows.filter((r) => r.version === null)).toEqual([])
        const ranked = rows.filter((r) => r.rank !== null)
        expect(ranked.map((r) => r.rank).sort((a, b) => (a as number) - (b as number))).toEqual(
            Array.from({ length: 1000 }, (_, i) => i + 1)
        )
        const lowestRanked = Math.min(...ranked.map((r) => r.rankingValue as number))
        const highestLeftOut = Math.max(...rows.filter((r) => r.rank === null).map((r) => r.rankingValue as number))
        expect(lowestRanked).toBeGreaterThanOrEqual(highestLeftOut)
        const expected = expectedRanks(ranked)
        expect(ranked.filter((r) => r.rank !== expected.get(r.sysId))).toEqual([])
        expect(largest.get('x_itvc_value_rating')).toBeGreaterThan(500)
        expect(Math.max(...largest.values())).toBeLessThan(1000)
    })

    it('re-scores and re-ranks every open demand after a model edit, reading under 1,000 rows at a time', () => {
        const version = lab.runAsSystem(() => {
            const c = new GlideRecord('x_itvc_value_criterion')
            c.get(criteria[criteria.length - 1] as string)
            c.setValue('weight', '30')
            c.update()
            const m = new GlideRecord('x_itvc_value_scoring_model')
            m.get(model)
            return Number(m.getValue('version'))
        }).value
        largest.clear()
        watching = true
        const run = (() => {
            try {
                return lab.runJob('IT Value: re-score demands')
            } finally {
                watching = false
            }
        })()
        const rows = demands()
        expect(rows.filter((r) => r.version !== version)).toEqual([])
        const expected = expectedRanks(rows)
        expect(rows.filter((r) => r.rank !== expected.get(r.sysId))).toEqual([])
        expect(new Set(rows.map((r) => r.rank)).size).toBe(DEMANDS)
        expect(largest.get('dmn_demand')).toBeGreaterThan(500)
        expect(Math.max(...largest.values())).toBeLessThan(1000)
        expect(run.stats.rowsRead).toBeLessThan(DEMANDS * 12)
    })
})

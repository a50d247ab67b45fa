import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseGlideDateTime } from '../../scripts/seed/dates.ts'
import { buildDemoDataset } from '../../scripts/seed/index.ts'
import type { DemoDataset, DemoRecord } from '../../scripts/seed/index.ts'
import { DEMAND_APPROVED_AT } from '../../scripts/seed/portfolio.ts'

const NOW = new Date('2026-11-30T12:00:00Z')

const time = (value: string | undefined): number => {
    const ms = value === undefined ? null : parseGlideDateTime(value)
    if (ms === null) throw new Error(`not a date-time: ${value}`)
    return ms
}

let demands: DemoRecord[]
let projects: DemoRecord[]
beforeAll(() => {
    const ds: DemoDataset = buildDemoDataset({ now: NOW })
    demands = ds.records.filter((r) => r.table === 'dmn_demand' && !r.update)
    projects = ds.records.filter((r) => r.table === 'pm_project')
})

describe('demo demands: approval stamps (the scorecard demand lead time)', () => {
    it('stamps exactly the approved and completed demands', () => {
        for (const d of demands) {
            const decided = ['8', '9'].includes(d.values['state'] ?? '')
            expect({ number: d.values['number'], stamped: d.values[DEMAND_APPROVED_AT] !== undefined }).toEqual({
                number: d.values['number'],
                stamped: decided,
            })
        }
    })

    it('approves after submission and before now, and a converted demand before its project was created', () => {
        for (const d of demands.filter((x) => x.values[DEMAND_APPROVED_AT] !== undefined)) {
            const approved = time(d.values[DEMAND_APPROVED_AT])
            expect(approved).toBeGreaterThanOrEqual(time(d.values['opened_at']))
            expect(approved).toBeLessThanOrEqual(NOW.getTime())
            const project = projects.find((p) => p.values['demand'] === d.sysId)
            if (project) expect(approved).toBeLessThanOrEqual(time(project.values['opened_at']))
        }
    })

    it('is deterministic', () => {
        const again = buildDemoDataset({ now: NOW }).records.filter((r) => r.table === 'dmn_demand' && !r.update)
        expect(again.map((d) => d.values[DEMAND_APPROVED_AT])).toEqual(demands.map((d) => d.values[DEMAND_APPROVED_AT]))
    })
})

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GlideAggregate, GlideRecord } from '../../scripts/lab/glide/index.ts'
import { LabInstance } from '../../scripts/lab/instance.ts'

/** GlideAggregate over dot-walked group fields and the display values of grouped references (platform behaviour). */
let lab: LabInstance

function insert(table: string, values: Record<string, string>): string {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord(table)
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert() as string
    }).value
}

beforeEach(() => {
    lab = new LabInstance({ clock: () => '2026-11-01 10:00:00' })
    const growth = insert('pm_portfolio', { name: 'Growth' })
    const risk = insert('pm_portfolio', { name: 'Risk' })
    const p1 = insert('pm_project', { short_description: 'One', primary_portfolio: growth, cost: '100' })
    const p2 = insert('pm_project', { short_description: 'Two', primary_portfolio: growth, cost: '50' })
    const p3 = insert('pm_project', { short_description: 'Three', primary_portfolio: risk, cost: '7' })
    insert('dmn_demand', { short_description: 'D1', project: p1, category: 'strategic', type: 'project' })
    insert('dmn_demand', { short_description: 'D2', project: p2, category: 'strategic', type: 'project' })
    insert('dmn_demand', { short_description: 'D3', project: p3, category: 'operational', type: 'project' })
    insert('dmn_demand', { short_description: 'D4', category: 'operational', type: 'project' })
})
afterEach(() => lab.close())

function groups(
    build: (agg: GlideAggregate) => void,
    read: (agg: GlideAggregate) => string
): { rows: string[]; queries: number } {
    const tx = lab.runAsSystem(() => {
        const agg = new GlideAggregate('dmn_demand')
        build(agg)
        agg.query()
        const rows: string[] = []
        while (agg.next()) rows.push(read(agg))
        return rows
    })
    return { rows: tx.value, queries: tx.stats.queries }
}

describe('GlideAggregate groupBy', () => {
    it('groups by a dot-walked reference in one query, empty walks in their own group', () => {
        const r = groups(
            (agg) => {
                agg.addAggregate('COUNT')
                agg.groupBy('project.primary_portfolio')
            },
            (agg) => `${agg.getDisplayValue('project.primary_portfolio') || '(none)'}=${agg.getAggregate('COUNT')}`
        )
        expect(r.rows.sort()).toEqual(['(none)=1', 'Growth=2', 'Risk=1'])
        expect(r.queries).toBe(1)
    })

    it('reads the group key of a dot-walk with getValue (a sys_id for a reference)', () => {
        const r = groups(
            (agg) => {
                agg.addAggregate('COUNT')
                agg.groupBy('project.primary_portfolio')
                agg.addQuery('project', 'ISNOTEMPTY', '')
            },
            (agg) => String(agg.getValue('project.primary_portfolio')?.length)
        )
        expect(r.rows).toEqual(['32', '32'])
    })

    it('groups by two fields and gives choice labels and reference display values', () => {
        const r = groups(
            (agg) => {
                agg.addAggregate('COUNT')
                agg.groupBy('category')
                agg.groupBy('project')
                agg.addQuery('project', 'ISNOTEMPTY', '')
                agg.orderBy('category')
            },
            (agg) => `${agg.getDisplayValue('category')}/${agg.getDisplayValue('project')}`
        )
        expect(r.rows.sort()).toEqual(['Operational/PRJ0010003', 'Strategic/PRJ0010001', 'Strategic/PRJ0010002'])
    })

    it('refuses a dot-walk through a field that does not exist', () => {
        expect(() => lab.runAsSystem(() => new GlideAggregate('dmn_demand').groupBy('project.no_such_field'))).toThrow(
            /no_such_field/
        )
    })
})

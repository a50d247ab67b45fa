/**
 * The roll-up reads each source once per period grouped by service × category and adds the groups up per
 * dimension: averages stay the averages of the records that have a value (an incident without outage minutes is
 * not averaged, whichever group it falls in), hand-computed below.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../../scripts/lab/instance.ts'
import { appLab } from '../app-lab.ts'
import { put } from './fixtures.ts'
import { entries, latestRun } from './helpers.ts'

let lab: LabInstance

beforeAll(() => {
    lab = appLab()
    const billing = put(lab, 'cmdb_ci_service', { name: 'Grouped Billing' })
    const shop = put(lab, 'cmdb_ci_service', { name: 'Grouped Shop' })
    const incident = (service: string, category: string, outage: string): void => {
        put(lab, 'incident', {
            short_description: 'grouped',
            opened_at: '2023-06-05 10:00:00',
            resolved_at: '2023-06-06 10:00:00',
            state: '6',
            priority: '3',
            business_service: service,
            x_itvc_value_value_category: category,
            x_itvc_value_outage_minutes: outage,
        })
    }
    incident(billing, 'revenue', '90')
    incident(billing, 'revenue', '') // not averaged
    incident(billing, 'cost', '30')
    incident(shop, 'cost', '') // not averaged: its group has no value at all
    incident(shop, 'revenue', '240')
    incident(shop, '', '') // untagged: resolved, not in tagged coverage's numerator
    lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_rollup_run')
        gr.initialize()
        gr.setValue('kind', 'backfill')
        gr.setValue('state', 'queued')
        gr.setValue('from_period', 'FY2023-M06')
        gr.setValue('to_period', 'FY2023-M06')
        gr.setValue('periods', 'FY2023-M06')
        gr.setValue('dimensions', 'all,business_service,value_category')
        gr.setValue('as_of', '2026-11-15')
        return gr.insert()
    })
    lab.settle()
}, 120000)
afterAll(() => lab.close())

const value = (where: string, metric: string): number | null | undefined =>
    entries(lab, ['FY2023-M06']).get(`FY2023-M06|${where}|${metric}`)?.value

describe('a roll-up over groups with and without outage minutes', () => {
    it('completes', () => {
        expect(latestRun(lab, 'backfill')).toMatchObject({ state: 'complete', chunks_done: '3', errors: null })
    })

    it.each([
        ['all|All', 2], // (90 + 30 + 240) / 3 minutes
        ['business_service|Grouped Billing', 1], // (90 + 30) / 2
        ['business_service|Grouped Shop', 4], // 240
        ['value_category|Revenue', 2.75], // (90 + 240) / 2
        ['value_category|Operating cost', 0.5], // 30
    ])('averages the outage minutes of the %s incidents that have them (mttr %p h)', (where, hours) => {
        expect(value(where, 'mttr_hours')).toBe(hours)
    })

    it.each([
        ['all|All', 83.33], // 5 tagged of 6 resolved
        ['business_service|Grouped Billing', 100],
        ['business_service|Grouped Shop', 66.67],
    ])('counts tagged and all resolved incidents of %s (coverage %p %)', (where, pct) => {
        expect(value(where, 'value_tagging_coverage_pct')).toBe(pct)
    })
})

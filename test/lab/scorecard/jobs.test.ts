/**
 * The scorecard's scheduled work on the seeded lab: the nightly roll-up catching late actuals, the fiscal-year
 * roll-up after a quarter, the monthly digest email, and the demand approval stamp.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { processEvents } from '../../../scripts/lab/engine/notifications.ts'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../../scripts/lab/instance.ts'
import { appLab } from '../app-lab.ts'
import { put } from './fixtures.ts'
import { entries, latestRun } from './helpers.ts'

let lab: LabInstance
let now = '2026-11-15 01:30:00'

beforeAll(() => {
    lab = appLab({ seed: true, clock: () => now })
}, 120000)
afterAll(() => lab.close())

describe('the nightly roll-up', () => {
    let period: string
    let incident: string

    beforeAll(() => {
        const portfolio = put(lab, 'pm_portfolio', { name: 'Late Portfolio' })
        const project = put(lab, 'pm_project', {
            short_description: 'late',
            primary_portfolio: portfolio,
            state: '2',
            start_date: '2026-01-01 08:00:00',
        })
        const benefit = put(lab, 'x_itvc_value_benefit', {
            short_description: 'late',
            project,
            type: 'cost_saving',
            state: 'realising',
            measure: 'currency',
        })
        period = put(lab, 'x_itvc_value_benefit_period', {
            benefit,
            period_label: 'FY2026-M10',
            period_start: '2026-10-01',
            period_end: '2026-10-31',
            planned_amount: '1000.00',
            planned_functional: '1000.00',
        })
        incident = put(lab, 'incident', {
            short_description: 'late tag',
            opened_at: '2026-10-20 10:00:00',
            state: '2',
            priority: '3',
        })
        lab.runJob('IT Value: nightly scorecard roll-up')
    })

    it('rolls up the previous and current fiscal month and quarter in one complete run', () => {
        expect(latestRun(lab, 'nightly')).toMatchObject({
            state: 'complete',
            periods: 'FY2026-M10,FY2026-M11,FY2026-Q3,FY2026-Q4',
            chunks_done: '16',
            as_of: '2026-11-15',
        })
        const got = entries(lab, ['FY2026-M10'])
        expect(got.get('FY2026-M10|portfolio|Late Portfolio|realised_benefit')).toMatchObject({ value: 0 })
        expect(got.get('FY2026-M10|portfolio|Late Portfolio|benefit_realisation_pct')).toMatchObject({
            value: 0,
            status: 'red',
        })
    })

    it("changes last month (and this month's previous value) when actuals arrive late", () => {
        const before = entries(lab, ['FY2026-M10', 'FY2026-M11'])
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_benefit_period')
            gr.setWorkflow(false)
            gr.get(period)
            gr.setValue('realised_amount', '800.00')
            gr.setValue('realised_functional', '800.00')
            gr.setValue('measured_at', '2026-11-15 16:00:00')
            gr.update()
            const inc = new GlideRecord('incident')
            inc.setWorkflow(false)
            inc.get(incident)
            inc.setValue('x_itvc_value_value_category', 'productivity')
            inc.setValue('x_itvc_value_users_affected', '40')
            inc.update()
        })
        now = '2026-11-16 01:30:00'
        lab.runJob('IT Value: nightly scorecard roll-up')
        const after = entries(lab, ['FY2026-M10', 'FY2026-M11'])
        const key = 'FY2026-M10|portfolio|Late Portfolio|'
        expect(after.get(`${key}realised_benefit`)).toMatchObject({ value: 800 })
        expect(after.get(`${key}benefit_realisation_pct`)).toMatchObject({ value: 80, status: 'red' })
        expect(after.get('FY2026-M11|portfolio|Late Portfolio|realised_benefit')).toMatchObject({
            value: null,
            previous: 800,
        })
        const tagged = (m: string) => before.get(`FY2026-M10|all|All|${m}`)?.value ?? 0
        expect(after.get('FY2026-M10|all|All|business_impacting_incidents')?.value).toBe(
            tagged('business_impacting_incidents') + 1
        )
        expect(after.get('FY2026-M10|all|All|users_affected')?.value).toBe(tagged('users_affected') + 40)
        expect(after.get('FY2026-M10|value_category|Employee productivity|users_affected')?.value).toBe(
            (before.get('FY2026-M10|value_category|Employee productivity|users_affected')?.value ?? 0) + 40
        )
        expect(after.get('FY2026-M11|all|All|business_impacting_incidents')?.previous).toBe(
            tagged('business_impacting_incidents') + 1
        )
        expect(latestRun(lab, 'nightly')).toMatchObject({ as_of: '2026-11-16', state: 'complete' })
    })
})

describe('the fiscal-year roll-up', () => {
    it('rolls up the year of the quarter that ended last, once', () => {
        now = '2026-11-16 03:00:00'
        lab.runJob('IT Value: fiscal-year scorecard roll-up')
        expect(latestRun(lab, 'fiscal_year')).toMatchObject({ state: 'complete', periods: 'FY2026', chunks_done: '4' })
        expect(entries(lab, ['FY2026']).get('FY2026|all|All|p1_p2_incidents')).toMatchObject({ target: 36 })
        const runs = lab.count('x_itvc_value_rollup_run', `kind = 'fiscal_year'`)
        lab.runJob('IT Value: fiscal-year scorecard roll-up')
        expect(lab.count('x_itvc_value_rollup_run', `kind = 'fiscal_year'`)).toBe(runs)
    })
})

describe('the monthly digest', () => {
    it("emails last month's reds and top movers to the portfolio owners", () => {
        now = '2026-11-16 06:00:00'
        lab.runJob('IT Value: monthly scorecard digest')
        const run = processEvents(lab)
        expect(run.emails).toBeGreaterThan(0)
        const mail = lab.db.internal(
            `SELECT subject, body, recipients FROM "sys_email" WHERE subject LIKE 'Value scorecard%'`
        )
        expect(mail).toHaveLength(1)
        expect(mail[0]).toMatchObject({ subject: 'Value scorecard FY2026-M10: reds and top movers' })
        expect(String(mail[0]?.['recipients'])).toContain('itvc.portfolio_owner@example.com')
        const body = String(mail[0]?.['body'])
        expect(body).toContain('<h2>Value scorecard FY2026-M10</h2>')
        expect(body).toMatch(/<h3>Red \(\d+\)<\/h3>/)
        expect(body).toContain('Benefit realisation %')
        expect(body).toContain('Top movers: worsening')
    })
})

describe('the demand approval stamp', () => {
    it('stamps the first save as approved with the time and the lead time from opened', () => {
        now = '2026-11-16 12:00:00'
        const id = lab.runAsSystem(() => {
            const gr = new GlideRecord('dmn_demand')
            gr.initialize()
            gr.setValue('short_description', 'approve me')
            gr.setValue('category', 'strategic')
            gr.setValue('type', 'project')
            gr.setValue('state', '2')
            gr.setValue('opened_at', '2026-11-01 00:00:00')
            return gr.insert() as string
        }).value
        const read = () =>
            lab.runAsSystem(() => {
                const gr = new GlideRecord('dmn_demand')
                gr.get(id)
                return [gr.getValue('x_itvc_value_approved_at'), gr.getValue('x_itvc_value_lead_time_days')]
            }).value
        expect(read()).toEqual([null, null])
        lab.runAsSystem(() => {
            const gr = new GlideRecord('dmn_demand')
            gr.get(id)
            gr.setValue('state', '8')
            gr.update()
        })
        expect(read()).toEqual(['2026-11-16 12:00:00', '15.50'])
        now = '2026-12-01 12:00:00'
        lab.runAsSystem(() => {
            const gr = new GlideRecord('dmn_demand')
            gr.get(id)
            gr.setValue('state', '9')
            gr.update()
        })
        expect(read()).toEqual(['2026-11-16 12:00:00', '15.50'])
    })
})

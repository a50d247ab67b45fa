/**
 * The demo data set's benefits (scripts/seed/benefits.ts) go through the app's rules in the lab like any client's
 * rows: every one is accepted, periods are converted, benefits get their totals and states, and the projects and
 * demands their value. The nightly job then notices the benefits at risk and the overdue measurements.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { LabInstance } from '../../scripts/lab/instance.ts'
import { buildDemoDataset } from '../../scripts/seed/dataset.ts'
import { appLab } from './app-lab.ts'

const NOW = new Date('2026-11-15T12:00:00Z')
let lab: LabInstance

beforeAll(() => {
    lab = appLab({ seed: true, seedNow: NOW })
}, 120_000)
afterAll(() => lab.close())

describe('seeded benefits', () => {
    it('are all accepted by the benefit rules', () => {
        const expected: Record<string, number> = {}
        for (const r of buildDemoDataset({ now: NOW }).records) {
            if (/^x_itvc_value_(benefit|benefit_period|exchange_rate)$/.test(r.table)) {
                expected[r.table] = (expected[r.table] ?? 0) + 1
            }
        }
        expect({
            x_itvc_value_exchange_rate: lab.count('x_itvc_value_exchange_rate'),
            x_itvc_value_benefit: lab.count('x_itvc_value_benefit'),
            x_itvc_value_benefit_period: lab.count('x_itvc_value_benefit_period'),
        }).toEqual(expected)
    })

    it('have periods in the functional currency that add up to each planned total', () => {
        const unconverted = lab.count(
            'x_itvc_value_benefit_period',
            'planned_functional IS NULL AND benefit IN (SELECT sys_id FROM x_itvc_value_benefit WHERE measure = ?)',
            ['currency']
        )
        expect(unconverted).toBe(0)
        const off = lab.db.internal(
            `SELECT b.number FROM x_itvc_value_benefit b
             WHERE ABS(b.planned_total - (SELECT SUM(p.planned_amount) FROM x_itvc_value_benefit_period p WHERE p.benefit = b.sys_id)) > 0.001`
        )
        expect(off).toEqual([])
    })

    it('cover every state a live benefit can be in, and roll up onto every project', () => {
        const states = lab.db
            .internal('SELECT DISTINCT state FROM x_itvc_value_benefit ORDER BY state')
            .map((r) => r['state'])
        expect(states).toEqual(expect.arrayContaining(['at_risk', 'planned', 'realising']))
        expect(lab.count('pm_project', 'x_itvc_value_planned_benefit IS NULL')).toBe(0)
        expect(lab.count('pm_project', 'x_itvc_value_value_health IS NULL')).toBe(0)
        expect(lab.count('dmn_demand', 'x_itvc_value_planned_benefit > 0')).toBeGreaterThan(12)
    })

    it('give the nightly job at-risk and overdue notices to send, once', () => {
        lab.runJob('IT Value: nightly benefit refresh')
        const notices = (): number => lab.count('sysevent', 'name LIKE ?', ['x_itvc_value.benefit.%'])
        const first = notices()
        expect(first).toBeGreaterThan(0)
        lab.runJob('IT Value: nightly benefit refresh')
        expect(notices()).toBe(first)
    })
})

import { describe, expect, it } from '@jest/globals'
import { BENEFIT_TABLES, buildBenefitRecords } from '../../scripts/seed/benefits.ts'
import { parseGlideDateTime } from '../../scripts/seed/dates.ts'
import { buildPortfolioRecords } from '../../scripts/seed/portfolio.ts'
import { periodByLabel } from '../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../src/server/core/fiscal/config.ts'
import { parseCents } from '../../src/server/core/money.ts'

const NOW = Date.UTC(2026, 10, 15, 12, 0)
const work = buildPortfolioRecords(NOW).work
const records = buildBenefitRecords(NOW, work)
const of = (table: string) => records.filter((r) => r.table === table)
const cents = (text: string | undefined): number =>
    parseCents(text ?? '').ok ? (parseCents(text ?? '') as { value: number }).value : NaN

describe('buildBenefitRecords', () => {
    it('emits rates, then benefits, then periods', () => {
        const tables = records.map((r) => r.table)
        expect(tables.indexOf(BENEFIT_TABLES.benefit)).toBeGreaterThan(tables.lastIndexOf(BENEFIT_TABLES.rate))
        expect(tables.indexOf(BENEFIT_TABLES.period)).toBeGreaterThan(tables.lastIndexOf(BENEFIT_TABLES.benefit))
        expect([
            of(BENEFIT_TABLES.rate).length,
            of(BENEFIT_TABLES.benefit).length,
            of(BENEFIT_TABLES.period).length,
        ]).toEqual([12, 30, 320])
    })

    it('gives every project a benefit and links it to the demand it came from', () => {
        const projects = work.filter((r) => r.table === 'pm_project')
        for (const project of projects) {
            const linked = of(BENEFIT_TABLES.benefit).filter((b) => b.values['project'] === project.sysId)
            expect(linked.length).toBeGreaterThan(0)
            for (const b of linked) expect(b.values['demand']).toBe(project.values['demand'])
        }
    })

    it('plans periods that add up to each planned total', () => {
        for (const benefit of of(BENEFIT_TABLES.benefit)) {
            const periods = of(BENEFIT_TABLES.period).filter((p) => p.values['benefit'] === benefit.sysId)
            const sum = periods.reduce((total, p) => total + cents(p.values['planned_amount']), 0)
            expect({ benefit: benefit.values['short_description'], sum }).toEqual({
                benefit: benefit.values['short_description'],
                sum: cents(benefit.values['planned_total']),
            })
        }
    })

    it('measures periods only after they ended and never after now', () => {
        const measured = of(BENEFIT_TABLES.period).filter((p) => p.values['realised_amount'] !== undefined)
        expect(measured.length).toBeGreaterThan(15)
        for (const p of measured) {
            const at = parseGlideDateTime(p.values['measured_at'] ?? '') ?? NaN
            expect(at).toBeLessThanOrEqual(NOW)
            const period = periodByLabel(p.values['period_label'] ?? '', DEFAULT_FISCAL_CONFIG)
            expect(period.ok && at > Date.parse(`${period.value.end}T23:59:59Z`)).toBe(true)
            expect(p.values['measured_by']).toMatch(/^[0-9a-f]{32}$/)
        }
    })

    it('has no currency on benefits measured in hours', () => {
        const hours = of(BENEFIT_TABLES.benefit).filter((b) => b.values['measure'] === 'hours')
        expect(hours.length).toBeGreaterThan(0)
        for (const b of hours) expect(b.values['currency']).toBeUndefined()
    })

    it('keeps its record count whatever now is', () => {
        const later = Date.UTC(2027, 4, 3, 8, 0)
        expect(buildBenefitRecords(later, buildPortfolioRecords(later).work).length).toBe(records.length)
    })
})

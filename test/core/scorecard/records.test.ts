import { describe, expect, it } from '@jest/globals'
import { periodByLabel } from '../../../src/server/core/fiscal/calendar.ts'
import type { FiscalPeriod } from '../../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import { METRIC_KEYS, metricDimensions, sourcesFor } from '../../../src/server/core/scorecard/metrics.ts'
import { metricRecords, metricRecordsSource } from '../../../src/server/core/scorecard/records.ts'
import type { SourceContext } from '../../../src/server/core/scorecard/sources.ts'
import { sourceRecords, sourceSpec } from '../../../src/server/core/scorecard/sources.ts'

const config = DEFAULT_FISCAL_CONFIG
const period = (label: string): FiscalPeriod => {
    const p = periodByLabel(label, config)
    if (!p.ok) throw new Error(label)
    return p.value
}
const context: SourceContext = { asOf: '2026-11-15', graceDays: 30, fiscal: config }
const october = period('FY2026-M10')

describe('sourceRecords', () => {
    it('is the source query itself for the all dimension, whatever the key', () => {
        const spec = sourceSpec('incidents_opened_p1_p2', october, 'all', context)
        expect(sourceRecords('incidents_opened_p1_p2', october, 'all', 'ignored', context)).toEqual({
            table: 'incident',
            query: spec?.query,
        })
    })

    it('narrows to the key by the column the roll-up groups by', () => {
        expect(sourceRecords('incidents_opened_tagged', october, 'value_category', 'revenue', context)).toEqual({
            table: 'incident',
            query:
                'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^x_itvc_value_value_categoryISNOTEMPTY' +
                '^state!=8^x_itvc_value_value_category=revenue',
        })
    })

    it('narrows every OR-ed alternative of the query (projects with an open end)', () => {
        const q = sourceRecords('projects_in_flight', october, 'portfolio', 'pf1', context)?.query ?? ''
        const alternatives = q.split('^NQ')
        expect(alternatives).toHaveLength(2)
        for (const alternative of alternatives) expect(alternative.endsWith('^primary_portfolio=pf1')).toBe(true)
    })

    it("keys a benefit period by its project's portfolio, else its demand's, like the roll-up", () => {
        const q = sourceRecords('benefits_ending', october, 'portfolio', 'pf1', context)?.query ?? ''
        const base = sourceSpec('benefits_ending', october, 'portfolio', context)?.query ?? ''
        expect(q).toBe(
            `${base}^benefit.project.primary_portfolio=pf1^NQ${base}` +
                '^benefit.project.primary_portfolioISEMPTY^benefit.demand.portfolio=pf1'
        )
    })

    it('drops the separator from a key, so a key cannot add terms', () => {
        const q = sourceRecords('demands_opened', october, 'portfolio', 'pf1^ORstate=1', context)?.query ?? ''
        expect(q.endsWith('^portfolio=pf1ORstate=1')).toBe(true)
        expect(q.split('^')).toHaveLength(4)
    })

    it('is null where the roll-up reads nothing: n/a dimension, empty key, periods not due yet', () => {
        expect(sourceRecords('demands_opened', october, 'business_service', 'x', context)).toBeNull()
        expect(sourceRecords('demands_opened', october, 'portfolio', ' ', context)).toBeNull()
        expect(sourceRecords('benefits_due', period('FY2026-M12'), 'all', '', context)).toBeNull()
    })
})

describe('metricRecords', () => {
    it.each(METRIC_KEYS.map((k) => [k]))('%s links to one of the sources it is computed from', (key) => {
        const { source } = metricRecordsSource(key)
        for (const dimension of metricDimensions(key)) expect(sourcesFor([key], dimension)).toContain(source)
    })

    it('links counts to the records counted and ratios to their denominator', () => {
        expect(metricRecordsSource('business_impacting_incidents')).toEqual({
            source: 'incidents_opened_tagged',
            basis: 'count',
        })
        expect(metricRecordsSource('revenue_at_risk').basis).toBe('sum')
        expect(metricRecordsSource('value_tagging_coverage_pct')).toEqual({
            source: 'incidents_resolved',
            basis: 'population',
        })
        expect(metricRecordsSource('demands_scored_pct').source).toBe('demands_opened')
    })

    it('carries the basis and is null for unknown keys and dimensions the metric does not apply to', () => {
        expect(metricRecords('p1_p2_incidents', october, 'business_service', 'svc', context)).toEqual({
            table: 'incident',
            basis: 'count',
            query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^priorityIN1,2^state!=8^business_service=svc',
        })
        expect(metricRecords('nps', october, 'all', '', context)).toBeNull()
        expect(metricRecords('value_tagging_coverage_pct', october, 'value_category', 'revenue', context)).toBeNull()
    })
})

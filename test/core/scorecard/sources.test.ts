import { describe, expect, it } from '@jest/globals'
import { periodByLabel } from '../../../src/server/core/fiscal/calendar.ts'
import type { FiscalPeriod } from '../../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import type { SourceContext } from '../../../src/server/core/scorecard/sources.ts'
import { aggregateName, SOURCE_IDS, sourceAppliesTo, sourceSpec } from '../../../src/server/core/scorecard/sources.ts'

const config = DEFAULT_FISCAL_CONFIG
const period = (label: string): FiscalPeriod => {
    const p = periodByLabel(label, config)
    if (!p.ok) throw new Error(label)
    return p.value
}
const context: SourceContext = { asOf: '2026-11-15', graceDays: 30, fiscal: config }

describe('aggregateName', () => {
    it.each([
        [{ fn: 'COUNT' as const }, 'COUNT'],
        [{ fn: 'SUM' as const, field: 'x' }, 'SUM(x)'],
        [{ fn: 'AVG' as const, field: 'y' }, 'AVG(y)'],
    ])('names %j %s', (aggregate, name) => {
        expect(aggregateName(aggregate)).toBe(name)
    })
})

describe('sourceSpec', () => {
    it('selects incidents opened in the period by their UTC date-time, tagged and not canceled', () => {
        expect(sourceSpec('incidents_opened_tagged', period('FY2026-M10'), 'value_category', context)).toEqual({
            source: 'incidents_opened_tagged',
            table: 'incident',
            groupBy: ['x_itvc_value_value_category'],
            query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^x_itvc_value_value_categoryISNOTEMPTY^state!=8',
            aggregates: [
                { fn: 'COUNT' },
                { fn: 'SUM', field: 'x_itvc_value_revenue_at_risk' },
                { fn: 'SUM', field: 'x_itvc_value_users_affected' },
                { fn: 'SUM', field: 'x_itvc_value_impact_cost' },
            ],
        })
    })

    it('does not group the all dimension', () => {
        expect(sourceSpec('incidents_resolved', period('FY2026-Q4'), 'all', context)).toMatchObject({
            groupBy: [],
            query: 'resolved_at>=2026-10-01 00:00:00^resolved_at<=2026-12-31 23:59:59^state!=8',
        })
    })

    it('groups projects by primary portfolio and takes open-ended projects as in flight', () => {
        expect(sourceSpec('projects_in_flight_planned', period('FY2026'), 'portfolio', context)).toMatchObject({
            groupBy: ['primary_portfolio'],
            query:
                'start_date<=2026-12-31 23:59:59^end_date>=2026-01-01 00:00:00^state!=7^x_itvc_value_planned_benefit>0' +
                '^NQstart_date<=2026-12-31 23:59:59^end_dateISEMPTY^state!=7^x_itvc_value_planned_benefit>0',
        })
    })

    it('counts benefit periods as due up to the as-of date', () => {
        expect(sourceSpec('benefits_due', period('FY2026-Q4'), 'all', context)?.query).toBe(
            'period_end>=2026-10-01^period_end<=2026-11-15^benefit.stateNOT INdraft,cancelled^benefit.measure=currency'
        )
        expect(sourceSpec('benefits_due', period('FY2026-M12'), 'all', context)).toBeNull()
    })

    it('judges actuals only once the grace days after the period end have passed', () => {
        expect(sourceSpec('actuals_due', period('FY2026-Q4'), 'all', context)?.query).toBe(
            'period_end>=2026-10-01^period_end<=2026-10-16^benefit.stateNOT INdraft,cancelled'
        )
        expect(sourceSpec('actuals_due', period('FY2026-M11'), 'all', context)).toBeNull()
    })

    it('compares each benefit period measurement with its own period end plus grace (one OR group per month end)', () => {
        expect(sourceSpec('actuals_on_time', period('FY2026-Q3'), 'portfolio', context)).toMatchObject({
            groupBy: ['benefit.project.primary_portfolio', 'benefit.demand.portfolio'],
            query: [
                'period_end=2026-07-31^measured_at<=2026-08-30 23:59:59^benefit.stateNOT INdraft,cancelled',
                'period_end=2026-08-31^measured_at<=2026-09-30 23:59:59^benefit.stateNOT INdraft,cancelled',
                'period_end=2026-09-30^measured_at<=2026-10-30 23:59:59^benefit.stateNOT INdraft,cancelled',
            ].join('^NQ'),
        })
    })

    it('is null for a dimension the source cannot be cut by', () => {
        expect(sourceSpec('incidents_opened_p1_p2', period('FY2026-M10'), 'portfolio', context)).toBeNull()
        expect(sourceSpec('incidents_resolved', period('FY2026-M10'), 'value_category', context)).toBeNull()
        expect(sourceSpec('demands_opened', period('FY2026-M10'), 'business_service', context)).toBeNull()
    })
})

describe('sourceAppliesTo', () => {
    it('lets every source be cut by all', () => {
        for (const s of SOURCE_IDS) expect(sourceAppliesTo(s, 'all')).toBe(true)
    })
})

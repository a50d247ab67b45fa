import { describe, expect, it } from '@jest/globals'
import type { MetricKey } from '../../../src/server/core/scorecard/metrics.ts'
import {
    computeMetric,
    dimensionKeys,
    isMetricKey,
    METRIC_KEYS,
    metricDimensions,
    periodTarget,
    readingsOf,
    sourcesFor,
} from '../../../src/server/core/scorecard/metrics.ts'
import { aRow, rowsOf } from './builders.ts'

const rows = rowsOf({
    incidents_opened_tagged: [
        aRow('', {
            COUNT: '4',
            'SUM(x_itvc_value_revenue_at_risk)': '1000.10',
            'SUM(x_itvc_value_users_affected)': '250',
            'SUM(x_itvc_value_impact_cost)': '0.20',
        }),
    ],
    incidents_opened_p1_p2: [aRow('', { COUNT: '3' })],
    incidents_resolved: [aRow('', { COUNT: '8' })],
    incidents_resolved_tagged: [aRow('', { COUNT: '3', 'AVG(x_itvc_value_outage_minutes)': '95.0000' })],
    demands_approved: [aRow('', { COUNT: '2', 'AVG(x_itvc_value_lead_time_days)': '12.345' })],
    demands_opened: [aRow('', { COUNT: '3' })],
    demands_opened_scored: [aRow('', { COUNT: '2' })],
    projects_in_flight: [aRow('', { COUNT: '8' })],
    projects_in_flight_planned: [aRow('', { COUNT: '1' })],
    benefits_ending: [aRow('', { COUNT: '5', 'SUM(planned_functional)': '300.00', 'SUM(realised_functional)': '' })],
    benefits_due: [aRow('', { COUNT: '3', 'SUM(planned_functional)': '200.00', 'SUM(realised_functional)': '150.00' })],
    benefits_cost_avoided: [aRow('', { COUNT: '0', 'SUM(realised_functional)': '' })],
    actuals_due: [aRow('', { COUNT: '3' })],
    actuals_on_time: [aRow('', { COUNT: '2' })],
})

describe('computeMetric', () => {
    it.each([
        ['realised_benefit', 0],
        ['planned_benefit', 300],
        ['benefit_realisation_pct', 75],
        ['cost_avoided', null],
        ['incident_impact_cost', 0.2],
        ['business_impacting_incidents', 4],
        ['revenue_at_risk', 1000.1],
        ['users_affected', 250],
        ['p1_p2_incidents', 3],
        ['value_tagging_coverage_pct', 37.5],
        ['mttr_hours', 1.58],
        ['demand_lead_time_days', 12.35],
        ['demands_scored_pct', 66.67],
        ['projects_with_benefit_plan_pct', 12.5],
        ['benefit_actuals_on_time_pct', 66.67],
    ])('computes %s as %p', (key, value) => {
        expect(computeMetric(key as MetricKey, readingsOf(rows, ''))).toBe(value)
    })

    it('reads a key without rows as zero counts and empty sums', () => {
        const none = readingsOf(rows, 'no-such-key')
        expect(computeMetric('business_impacting_incidents', none)).toBe(0)
        expect(computeMetric('revenue_at_risk', none)).toBe(0)
        expect(computeMetric('value_tagging_coverage_pct', none)).toBeNull()
        expect(computeMetric('mttr_hours', none)).toBeNull()
        expect(computeMetric('realised_benefit', none)).toBeNull()
        expect(computeMetric('benefit_realisation_pct', none)).toBeNull()
    })

    it('adds up the rows of a key read from alternative columns', () => {
        const twice = rowsOf({
            benefits_ending: [
                aRow('p1', { COUNT: '2', 'SUM(planned_functional)': '0.10', 'SUM(realised_functional)': '' }),
                aRow('p1', { COUNT: '1', 'SUM(planned_functional)': '0.20', 'SUM(realised_functional)': '5.00' }),
            ],
            demands_approved: [
                aRow('p1', { COUNT: '1', 'AVG(x_itvc_value_lead_time_days)': '10' }),
                aRow('p1', { COUNT: '3', 'AVG(x_itvc_value_lead_time_days)': '2' }),
            ],
        })
        const r = readingsOf(twice, 'p1')
        expect(computeMetric('planned_benefit', r)).toBe(0.3)
        expect(computeMetric('realised_benefit', r)).toBe(5)
        expect(r.count('benefits_ending')).toBe(3)
        expect(computeMetric('demand_lead_time_days', r)).toBe(4)
    })

    it('adds money exactly', () => {
        const money = rowsOf({
            incidents_opened_tagged: [aRow('', { COUNT: '2', 'SUM(x_itvc_value_revenue_at_risk)': '0.30' })],
        })
        expect(computeMetric('revenue_at_risk', readingsOf(money, ''))).toBe(0.3)
    })
})

describe('metricDimensions', () => {
    it.each([
        ['realised_benefit', ['all', 'portfolio']],
        ['p1_p2_incidents', ['all', 'business_service', 'value_category']],
        ['value_tagging_coverage_pct', ['all', 'business_service']],
        ['mttr_hours', ['all', 'business_service', 'value_category']],
        ['demand_lead_time_days', ['all', 'portfolio']],
        ['projects_with_benefit_plan_pct', ['all', 'portfolio']],
    ])('lets %s apply to %j', (key, dimensions) => {
        expect(metricDimensions(key as MetricKey)).toEqual(dimensions)
    })

    it('gives every metric the all dimension', () => {
        for (const key of METRIC_KEYS) expect(metricDimensions(key)).toContain('all')
    })
})

describe('sourcesFor', () => {
    it('lists each source once, skipping metrics that do not apply', () => {
        expect(sourcesFor(['revenue_at_risk', 'users_affected', 'planned_benefit'], 'business_service')).toEqual([
            'incidents_opened_tagged',
        ])
    })
})

describe('isMetricKey', () => {
    it('knows the catalog keys only', () => {
        expect(isMetricKey('mttr_hours')).toBe(true)
        expect(isMetricKey('nps')).toBe(false)
    })
})

describe('dimensionKeys', () => {
    it('has one key for all', () => {
        expect(dimensionKeys('all', [rows])).toEqual([{ key: '', label: 'All' }])
    })

    it('unites the keys of every source and period, dropping the empty group, sorted by label', () => {
        const now = rowsOf({
            incidents_opened_p1_p2: [aRow('', { COUNT: '1' }), aRow('s2', { COUNT: '1' }, 'Billing')],
        })
        const before = rowsOf({ incidents_resolved: [aRow('s1', { COUNT: '2' }, 'Anywhere'), aRow('s2', {}, '')] })
        expect(dimensionKeys('business_service', [now, before])).toEqual([
            { key: 's1', label: 'Anywhere' },
            { key: 's2', label: 'Billing' },
        ])
    })

    it('prefers the looked-up labels and sorts by them', () => {
        const now = rowsOf({ incidents_opened_p1_p2: [aRow('s1', { COUNT: '1' }, ''), aRow('s2', { COUNT: '1' }, '')] })
        expect(
            dimensionKeys(
                'business_service',
                [now],
                new Map([
                    ['s2', 'Auth'],
                    ['s1', 'Shop'],
                ])
            )
        ).toEqual([
            { key: 's2', label: 'Auth' },
            { key: 's1', label: 'Shop' },
        ])
    })
})

describe('periodTarget', () => {
    it.each([
        ['p1_p2_incidents', 10, 'month', 10],
        ['p1_p2_incidents', 10, 'quarter', 30],
        ['revenue_at_risk', 1000.01, 'year', 12000.12],
        ['mttr_hours', 4, 'year', 4],
        ['benefit_realisation_pct', 90, 'quarter', 90],
        ['p1_p2_incidents', null, 'year', null],
    ])('judges %s (target %p) for a %s against %p', (key, target, type, expected) => {
        expect(periodTarget(key as MetricKey, target, type as 'month' | 'quarter' | 'year')).toBe(expected)
    })
})

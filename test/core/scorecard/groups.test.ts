import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { FiscalPeriod } from '../../../src/server/core/fiscal/calendar.ts'
import { periodByLabel } from '../../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import type { GroupedSpec } from '../../../src/server/core/scorecard/groups.ts'
import { addDecimals, groupedSpec, rowsOfDimension } from '../../../src/server/core/scorecard/groups.ts'
import type { MetricKey } from '../../../src/server/core/scorecard/metrics.ts'
import { computeMetric, readingsOf } from '../../../src/server/core/scorecard/metrics.ts'
import type { AggregateRow, Dimension, SourceContext, SourceId } from '../../../src/server/core/scorecard/sources.ts'
import { SOURCE_IDS, sourceSpec } from '../../../src/server/core/scorecard/sources.ts'
import { rowsOf } from './builders.ts'

const config = DEFAULT_FISCAL_CONFIG
const period = (label: string): FiscalPeriod => {
    const p = periodByLabel(label, config)
    if (!p.ok) throw new Error(label)
    return p.value
}
const context: SourceContext = { asOf: '2026-11-15', graceDays: 30, fiscal: config }
const SERVICE = 'business_service'
const CATEGORY = 'x_itvc_value_value_category'
const OUTAGE = 'x_itvc_value_outage_minutes'
const REVENUE = 'x_itvc_value_revenue_at_risk'

function spec(source: SourceId, label = 'FY2026-M10'): GroupedSpec {
    const s = groupedSpec(source, period(label), context)
    if (!s) throw new Error(`no grouped spec for ${source}`)
    return s
}

/** A group row as the adapter returns it: every group column's value, the key the first non-empty one. */
function group(groups: Record<string, string>, values: Record<string, string>): AggregateRow {
    const key = Object.values(groups).find((v) => v !== '') ?? ''
    return { key, label: '', groups, values }
}

describe('groupedSpec', () => {
    it('reads a source once per period, grouped by every dimension column, AVG as SUM and COUNT of its column', () => {
        expect(spec('incidents_resolved_tagged')).toEqual({
            source: 'incidents_resolved_tagged',
            table: 'incident',
            query: 'resolved_at>=2026-10-01 00:00:00^resolved_at<=2026-10-31 23:59:59^x_itvc_value_value_categoryISNOTEMPTY^state!=8',
            groupBy: [SERVICE, CATEGORY],
            dimensions: { all: [], business_service: [SERVICE], value_category: [CATEGORY] },
            reads: [{ fn: 'COUNT' }, { fn: 'AVG', field: OUTAGE }],
            aggregates: [{ fn: 'COUNT' }, { fn: 'SUM', field: OUTAGE }, { fn: 'COUNT', field: OUTAGE }],
        })
    })

    it("groups benefit periods by both of a portfolio's alternative columns", () => {
        expect(spec('actuals_on_time', 'FY2026-Q3')).toMatchObject({
            groupBy: ['benefit.project.primary_portfolio', 'benefit.demand.portfolio'],
            dimensions: { all: [], portfolio: ['benefit.project.primary_portfolio', 'benefit.demand.portfolio'] },
        })
    })

    it('has the query of every dimension of the source, and a group-by for each (so COUNT of a column is per group)', () => {
        for (const source of SOURCE_IDS) {
            const s = spec(source, 'FY2026-Q3')
            expect(s.groupBy.length).toBeGreaterThan(0)
            for (const d of ['all', 'portfolio', 'business_service', 'value_category'] as const) {
                const one = sourceSpec(source, period('FY2026-Q3'), d, context)
                expect(s.dimensions[d]).toEqual(one?.groupBy)
                if (one) expect(s.query).toBe(one.query)
            }
        }
    })

    it('is null when nothing can match (benefit periods not due yet)', () => {
        expect(groupedSpec('benefits_due', period('FY2026-M12'), context)).toBeNull()
        expect(groupedSpec('actuals_due', period('FY2026-M11'), context)).toBeNull()
    })
})

describe('rowsOfDimension', () => {
    const opened = spec('incidents_opened_tagged')
    const rows = [
        group({ [SERVICE]: 's1', [CATEGORY]: 'revenue' }, { COUNT: '2', [`SUM(${REVENUE})`]: '0.10' }),
        group({ [SERVICE]: 's1', [CATEGORY]: 'cost' }, { COUNT: '1', [`SUM(${REVENUE})`]: '0.20' }),
        group({ [SERVICE]: 's2', [CATEGORY]: 'revenue' }, { COUNT: '4', [`SUM(${REVENUE})`]: '' }),
        group({ [SERVICE]: '', [CATEGORY]: 'cost' }, { COUNT: '1', [`SUM(${REVENUE})`]: '5' }),
    ]
    const byKey = (d: Dimension): Record<string, Record<string, string>> =>
        Object.fromEntries(rowsOfDimension(opened, rows, d).map((r) => [r.key, r.values]))

    it('adds every group up for all, exactly (decimals, not floats)', () => {
        expect(byKey('all')).toEqual({
            '': {
                COUNT: '8',
                [`SUM(${REVENUE})`]: '5.30',
                'SUM(x_itvc_value_users_affected)': '',
                'SUM(x_itvc_value_impact_cost)': '',
            },
        })
    })

    it("adds the groups of each key up by the dimension's column; groups without one under ''", () => {
        const services = byKey('business_service')
        expect(Object.keys(services).sort()).toEqual(['', 's1', 's2'])
        expect(services['s1']).toMatchObject({ COUNT: '3', [`SUM(${REVENUE})`]: '0.30' })
        expect(services['s2']).toMatchObject({ COUNT: '4', [`SUM(${REVENUE})`]: '' })
        const categories = byKey('value_category')
        expect(categories['revenue']).toMatchObject({ COUNT: '6', [`SUM(${REVENUE})`]: '0.10' })
        expect(categories['cost']).toMatchObject({ COUNT: '2', [`SUM(${REVENUE})`]: '5.20' })
    })

    it('gives no rows for a dimension the source cannot be cut by', () => {
        expect(rowsOfDimension(opened, rows, 'portfolio')).toEqual([])
    })

    it("keys a benefit period by its project's portfolio, else its demand's", () => {
        const ending = spec('benefits_ending')
        const [project, demand] = ['benefit.project.primary_portfolio', 'benefit.demand.portfolio']
        const got = rowsOfDimension(
            ending,
            [
                group({ [project]: 'p1', [demand]: 'p2' }, { COUNT: '1', 'SUM(planned_functional)': '1.00' }),
                group({ [project]: '', [demand]: 'p1' }, { COUNT: '2', 'SUM(planned_functional)': '2.50' }),
                group({ [project]: '', [demand]: '' }, { COUNT: '3', 'SUM(planned_functional)': '9.00' }),
            ],
            'portfolio'
        )
        expect(got.map((r) => [r.key, r.values['COUNT'], r.values['SUM(planned_functional)']])).toEqual([
            ['p1', '3', '3.50'],
            ['', '3', '9.00'],
        ])
    })

    it('averages the records that have a value: SUM / COUNT of the column, not the groups weighted by records', () => {
        const resolved = spec('incidents_resolved_tagged')
        const got = rowsOfDimension(
            resolved,
            [
                // 2 incidents, one with 90 minutes, one without
                group(
                    { [SERVICE]: 's1', [CATEGORY]: 'revenue' },
                    { COUNT: '2', [`SUM(${OUTAGE})`]: '90', [`COUNT(${OUTAGE})`]: '1' }
                ),
                group(
                    { [SERVICE]: 's1', [CATEGORY]: 'cost' },
                    { COUNT: '1', [`SUM(${OUTAGE})`]: '30', [`COUNT(${OUTAGE})`]: '1' }
                ),
                group(
                    { [SERVICE]: 's2', [CATEGORY]: 'cost' },
                    { COUNT: '1', [`SUM(${OUTAGE})`]: '', [`COUNT(${OUTAGE})`]: '0' }
                ),
            ],
            'all'
        )
        expect(got).toEqual([{ key: '', label: '', values: { COUNT: '4', [`AVG(${OUTAGE})`]: '60' } }])
        expect(computeMetric('mttr_hours', readingsOf(rowsOf({ incidents_resolved_tagged: got }), ''))).toBe(1)
        const s2 = rowsOfDimension(
            resolved,
            [
                group(
                    { [SERVICE]: 's2', [CATEGORY]: 'x' },
                    { COUNT: '1', [`SUM(${OUTAGE})`]: '', [`COUNT(${OUTAGE})`]: '0' }
                ),
            ],
            'business_service'
        )
        expect(s2[0]?.values[`AVG(${OUTAGE})`]).toBe('')
    })

    it('takes the key of a row without group values as its first group column', () => {
        const p1p2 = spec('incidents_opened_p1_p2')
        const keyOnly: AggregateRow[] = [{ key: 's1', label: '', values: { COUNT: '7' } }]
        expect(rowsOfDimension(p1p2, keyOnly, 'business_service').map((r) => r.key)).toEqual(['s1'])
        expect(rowsOfDimension(p1p2, keyOnly, 'value_category').map((r) => r.key)).toEqual([''])
    })
})

describe('addDecimals', () => {
    it.each([
        [['0.10', '0.20'], '0.30'],
        [['1', '2.5', ''], '3.5'],
        [['-1.25', '1.25'], '0.00'],
        [['-3', '1.5'], '-1.5'],
        [['0.005', '0.005'], '0.010'],
        [['1651.784280000000', '0.2'], '1651.984280000000'],
        [['', ' '], ''],
        [[], ''],
        [['1.5E3', '1'], '1501'],
    ])('adds %j to %p', (texts, sum) => {
        expect(addDecimals(texts)).toBe(sum)
    })
})

/** One incident as a grouped read sees it. */
interface Incident {
    readonly service: string
    readonly category: string
    readonly revenue: string
    readonly outage: number | null
}

/**
 * The reference: the aggregates of one dimension read directly from the records (what a GlideAggregate grouped by
 * that dimension's column alone returns), one row per key with COUNT, SUM and AVG of the records.
 */
function direct(records: readonly Incident[], dimension: Dimension): AggregateRow[] {
    const keyOf = (r: Incident): string =>
        dimension === 'business_service' ? r.service : dimension === 'value_category' ? r.category : ''
    const keys = [...new Set(records.map(keyOf))]
    return keys.map((key) => {
        const mine = records.filter((r) => keyOf(r) === key)
        const timed = mine.flatMap((r) => (r.outage === null ? [] : [r.outage]))
        const cents = mine.reduce((n, r) => n + Math.round(Number(r.revenue) * 100), 0)
        return {
            key,
            label: '',
            values: {
                COUNT: String(mine.length),
                [`SUM(${REVENUE})`]: (cents / 100).toFixed(2),
                [`AVG(${OUTAGE})`]: timed.length ? String(timed.reduce((a, b) => a + b, 0) / timed.length) : '',
            },
        }
    })
}

/** The same records grouped by service × category (what the grouped read returns). */
function grouped(records: readonly Incident[]): AggregateRow[] {
    const groups = new Map<string, Incident[]>()
    for (const r of records) {
        const k = `${r.service}|${r.category}`
        groups.set(k, [...(groups.get(k) ?? []), r])
    }
    return [...groups.values()].map((mine) => {
        const first = mine[0] as Incident
        const timed = mine.flatMap((r) => (r.outage === null ? [] : [r.outage]))
        const cents = mine.reduce((n, r) => n + Math.round(Number(r.revenue) * 100), 0)
        return group(
            { [SERVICE]: first.service, [CATEGORY]: first.category },
            {
                COUNT: String(mine.length),
                [`SUM(${REVENUE})`]: (cents / 100).toFixed(2),
                [`SUM(${OUTAGE})`]: timed.length ? String(timed.reduce((a, b) => a + b, 0)) : '',
                [`COUNT(${OUTAGE})`]: String(timed.length),
            }
        )
    })
}

describe('grouped reads against direct reads', () => {
    const incident = fc.record({
        service: fc.constantFrom('', 's1', 's2', 's3'),
        category: fc.constantFrom('revenue', 'cost', 'risk'),
        revenue: fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2)),
        outage: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
    })
    const metrics: MetricKey[] = ['business_impacting_incidents', 'revenue_at_risk', 'mttr_hours']

    it('computes every metric of every key of every dimension exactly as a read per dimension would', () => {
        fc.assert(
            fc.property(fc.array(incident, { maxLength: 40 }), (records) => {
                const reads = grouped(records)
                for (const d of ['all', 'business_service', 'value_category'] as const) {
                    const want = direct(records, d)
                    const openedRows = rowsOfDimension(spec('incidents_opened_tagged'), reads, d)
                    const resolvedRows = rowsOfDimension(spec('incidents_resolved_tagged'), reads, d)
                    const got = rowsOf({ incidents_opened_tagged: openedRows, incidents_resolved_tagged: resolvedRows })
                    const expected = rowsOf({ incidents_opened_tagged: want, incidents_resolved_tagged: want })
                    for (const { key } of want) {
                        for (const m of metrics) {
                            expect(computeMetric(m, readingsOf(got, key))).toBe(
                                computeMetric(m, readingsOf(expected, key))
                            )
                        }
                    }
                }
            }),
            { seed: 20261129, numRuns: 300 }
        )
    })
})

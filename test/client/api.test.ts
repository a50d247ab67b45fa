import { afterEach, describe, expect, it, jest } from '@jest/globals'
import {
    fetchScorecard,
    readBenefitProjects,
    readBenefits,
    readRanking,
    readScorecard,
    readTrend,
} from '../../src/client/services/api.ts'

/** A `GET /scorecard` result as src/server/core/scorecard/api.ts builds it. */
const scorecard = {
    period: { label: 'FY2027-Q2', type: 'quarter', start: '2026-07-01', end: '2026-09-30' },
    dimension: 'portfolio',
    key: 'p1',
    label: 'Digital workplace',
    computed_at: '2026-11-15T02:00:05Z',
    run: 'r1',
    keys: [
        { key: 'p1', label: 'Digital workplace' },
        { key: 'p2', label: 'Core banking' },
    ],
    perspectives: [
        {
            perspective: 'financial',
            label: 'Financial',
            metrics: [
                {
                    key: 'realised_benefit',
                    name: 'Realised benefit',
                    unit: 'currency',
                    direction: 'higher_better',
                    description: 'Sum of realised amounts',
                    value: 125000.5,
                    target: 150000,
                    status: 'amber',
                    previous: 100000,
                    delta: 25000.5,
                    trend: 'up',
                    judgement: 'improving',
                },
            ],
        },
        { perspective: 'customer', label: 'Customer', metrics: [] },
    ],
}

describe('readScorecard', () => {
    it('reads the scorecard answer', () => {
        const read = readScorecard(scorecard)
        expect(read).toMatchObject({
            period: 'FY2027-Q2',
            dimension: 'portfolio',
            key: 'p1',
            keyLabel: 'Digital workplace',
            currency: 'USD',
            computedAt: '2026-11-15T02:00:05Z',
            dimensionOptions: {
                portfolio: [
                    { key: 'p1', label: 'Digital workplace' },
                    { key: 'p2', label: 'Core banking' },
                ],
            },
        })
        expect(read.perspectives.map((p) => p.key)).toEqual(['financial', 'customer'])
        expect(read.perspectives[0]?.metrics[0]).toEqual({
            key: 'realised_benefit',
            name: 'Realised benefit',
            unit: 'currency',
            direction: 'higher_better',
            value: 125000.5,
            target: 150000,
            status: 'amber',
            previous: 100000,
            delta: 25000.5,
            judgement: 'improving',
            history: [],
            description: 'Sum of realised amounts',
        })
    })

    it('keeps a null key (a keyed dimension asked for without a key)', () => {
        expect(readScorecard({ ...scorecard, key: null, perspectives: [] }).key).toBeNull()
    })

    it('takes the functional currency when the answer names it', () => {
        expect(readScorecard({ ...scorecard, currency: 'EUR' }).currency).toBe('EUR')
    })

    it('survives a malformed answer', () => {
        const read = readScorecard('nonsense')
        expect(read.perspectives).toEqual([])
        expect(read.dimension).toBe('all')
    })

    it('reads numbers sent as strings and unknown statuses as no data', () => {
        const metric = readScorecard({
            perspectives: [{ perspective: 'financial', metrics: [{ key: 'k', value: '12.5', status: 'purple' }] }],
        }).perspectives[0]?.metrics[0]
        expect(metric?.value).toBe(12.5)
        expect(metric?.status).toBe('no_data')
    })
})

describe('a scorecard answer with history (the sparklines without trend requests)', () => {
    /** Two points as the API builds them (src/server/core/scorecard/api.ts trendPoint), the first never rolled up. */
    const points = [
        {
            period: 'FY2027-Q1',
            start: '2026-04-01',
            end: '2026-06-30',
            value: null,
            target: null,
            status: null,
            previous: null,
            delta: null,
            trend: null,
            judgement: null,
            computed_at: null,
            records: null,
        },
        {
            period: 'FY2027-Q2',
            start: '2026-07-01',
            end: '2026-09-30',
            value: 125000.5,
            target: 150000,
            status: 'amber',
            previous: 100000,
            delta: 25000.5,
            trend: 'up',
            judgement: 'improving',
            computed_at: '2026-11-15T02:00:05Z',
            records: { table: 'x_itvc_value_benefit_period', query: 'period_end>=2026-07-01', basis: 'sum' },
        },
    ]
    const realFetch = globalThis.fetch
    afterEach(() => {
        globalThis.fetch = realFetch
        delete (globalThis as unknown as { window?: unknown }).window
    })

    it("reads each metric's history as the trend reader reads the trend's points", () => {
        const withHistory = {
            ...scorecard,
            perspectives: [
                {
                    ...scorecard.perspectives[0],
                    metrics: [{ ...scorecard.perspectives[0]?.metrics[0], history: points }],
                },
            ],
        }
        const history = readScorecard(withHistory).perspectives[0]?.metrics[0]?.history
        expect(history).toEqual(readTrend({ points }).points)
        expect(history).toEqual([
            { period: 'FY2027-Q1', value: null, target: null, status: 'no_data' },
            {
                period: 'FY2027-Q2',
                value: 125000.5,
                target: 150000,
                status: 'amber',
                records: { table: 'x_itvc_value_benefit_period', query: 'period_end>=2026-07-01' },
            },
        ])
        // an answer without history (history=0): the sparkline falls back to the trend route
        expect(readScorecard(scorecard).perspectives[0]?.metrics[0]?.history).toEqual([])
    })

    it('asks for the number of periods of history the caller wants, and for none with 0', async () => {
        const urls: string[] = []
        ;(globalThis as unknown as { window: { g_ck: string } }).window = { g_ck: 't' }
        globalThis.fetch = jest.fn(async (url: string | URL | Request) => {
            urls.push(String(url))
            return new Response(JSON.stringify({ result: scorecard }), { status: 200 })
        }) as typeof fetch
        await fetchScorecard({ period: 'FY2027-Q2', dimension: 'all', key: 'x', history: 8 })
        await fetchScorecard({ period: 'FY2027-Q2', dimension: 'portfolio', key: 'p1', history: 0 })
        await fetchScorecard({ period: '', dimension: 'portfolio', key: '' })
        expect(urls).toEqual([
            '/api/x_itvc_value/v1/scorecard?period=FY2027-Q2&dimension=all&history=8',
            '/api/x_itvc_value/v1/scorecard?period=FY2027-Q2&dimension=portfolio&key=p1&history=0',
            '/api/x_itvc_value/v1/scorecard?dimension=portfolio',
        ])
    })
})

describe('readTrend', () => {
    it('reads the points, null status as no data', () => {
        const trend = readTrend({
            metric: { key: 'mttr_hours', name: 'MTTR', unit: 'hours', direction: 'lower_better', target: 8 },
            dimension: 'all',
            key: '',
            label: 'All',
            period_type: 'month',
            points: [
                { period: 'FY2027-M01', value: 7.5, target: 8, status: 'green' },
                { period: 'FY2027-M02', value: null, target: null, status: null },
            ],
        })
        expect(trend.metric).toEqual({
            key: 'mttr_hours',
            name: 'MTTR',
            unit: 'hours',
            direction: 'lower_better',
            target: 8,
        })
        expect(trend.points).toEqual([
            { period: 'FY2027-M01', value: 7.5, target: 8, status: 'green' },
            { period: 'FY2027-M02', value: null, target: null, status: 'no_data' },
        ])
    })
})

describe('readRanking', () => {
    it('reads the demands with their stored breakdown', () => {
        const ranking = readRanking({
            model: { sys_id: 'm1', name: 'Value model', method: 'weighted', version: 2 },
            total: 40,
            limit: 20,
            offset: 0,
            demands: [
                {
                    sys_id: 'd1',
                    number: 'DMND0001001',
                    short_description: 'Password reset',
                    rank: 1,
                    score: 81.25,
                    wsjf: 12,
                    rice: null,
                    ranking_value: 81.25,
                    score_status: 'scored',
                    state: '8',
                    state_label: 'Approved',
                    scored_at: '2026-11-14 02:00:00',
                    override: null,
                    breakdown: {
                        modelVersion: 2,
                        method: 'weighted',
                        criteria: [
                            {
                                key: 'fit',
                                name: 'Strategic fit',
                                rating: 4,
                                normalised: 0.75,
                                weight: 3,
                                contribution: 45,
                            },
                        ],
                    },
                },
            ],
        })
        expect(ranking.model).toEqual({ sysId: 'm1', name: 'Value model' })
        expect(ranking.total).toBe(40)
        expect(ranking.demands[0]).toEqual({
            sysId: 'd1',
            number: 'DMND0001001',
            name: 'Password reset',
            rank: 1,
            score: 81.25,
            wsjf: 12,
            status: 'scored',
            state: 'Approved',
            override: null,
            breakdown: [{ key: 'fit', criterion: 'Strategic fit', weight: 3, rating: 4, contribution: 45 }],
        })
    })
})

describe('readBenefits', () => {
    const summary = {
        scope: { type: 'project', sys_id: 'p1', number: 'PRJ0001', name: 'Self-service portal' },
        currency: 'EUR',
        as_of: '2026-11-15',
        totals: {
            planned: 300,
            realised: 170,
            planned_to_date: 200,
            realisation_pct: 85,
            variance: -30,
            measured_periods: 2,
        },
        health: 'at_risk',
        value: { cost: 100, roi_pct: 70, npv: 50.5, payback_months: 7 },
        series: [
            { period: 'FY2027-Q1', planned: 100, realised: 50, measured: true },
            { period: 'FY2027-Q2', planned: 100, realised: 120, measured: true },
            { period: 'FY2027-Q3', planned: 100, realised: null, measured: false },
        ],
        benefits: [
            {
                sys_id: 'b1',
                number: 'BEN0001',
                short_description: 'Fewer calls',
                state: 'at_risk',
                planned_total: 200,
                realised_total: 70,
                realisation_pct: 35,
            },
            {
                sys_id: 'b2',
                number: 'BEN0002',
                short_description: 'Licences',
                state: 'tracking',
                planned_total: 100,
                realised_total: 100,
                realisation_pct: 100,
            },
        ],
    }

    it('reads totals, project value and the benefits at risk', () => {
        const read = readBenefits(summary)
        expect(read.scope).toEqual({ type: 'project', sysId: 'p1', number: 'PRJ0001', name: 'Self-service portal' })
        expect(read.totals).toEqual({ planned: 300, realised: 170, realisationPct: 85, variance: -30 })
        expect(read.value).toEqual({ cost: 100, roiPct: 70, npv: 50.5, paybackMonths: 7 })
        expect(read.atRisk.map((b) => b.number)).toEqual(['BEN0001'])
    })

    it('sums the series, realised only up to the last recorded actual', () => {
        expect(readBenefits(summary).periods.map((p) => [p.cumulativePlanned, p.cumulativeRealised])).toEqual([
            [100, 50],
            [200, 170],
            [300, null],
        ])
    })

    it('has no project value for a portfolio', () => {
        expect(readBenefits({ ...summary, scope: { type: 'portfolio' }, value: null }).value).toBeNull()
    })
})

describe('what the page reads for links, currency, the project picker and demand states', () => {
    const records = { table: 'incident', query: 'opened_at>=2026-10-01 00:00:00^state!=8', basis: 'count' }

    it("reads the functional currency and each metric's records from a scorecard answer", () => {
        const card = readScorecard({
            period: 'FY2026-M10',
            dimension: 'all',
            key: '',
            currency: 'EUR',
            perspectives: [{ perspective: 'customer', metrics: [{ key: 'p1_p2_incidents', value: 2, records }] }],
        })
        expect(card.currency).toBe('EUR')
        expect(card.perspectives[0]?.metrics[0]?.records).toEqual({ table: 'incident', query: records.query })
        const none = readScorecard({ perspectives: [{ metrics: [{ key: 'x', records: null }] }] })
        expect(none.perspectives[0]?.metrics[0]?.records).toBeUndefined()
    })

    it("reads the trend's currency and its points' records", () => {
        const trend = readTrend({
            metric: { key: 'p1_p2_incidents' },
            currency: 'EUR',
            points: [
                { period: 'FY2026-M09', value: null, records: null },
                { period: 'FY2026-M10', value: 2, records },
            ],
        })
        expect(trend.currency).toBe('EUR')
        expect(trend.points.map((p) => p.records?.table ?? null)).toEqual([null, 'incident'])
    })

    it('reads the projects of the picker', () => {
        expect(
            readBenefitProjects({
                portfolio: null,
                projects: [
                    {
                        sys_id: 'p1',
                        number: 'PRJ0010001',
                        short_description: 'Checkout',
                        portfolio: { sys_id: 'pf', name: 'Growth' },
                    },
                    { sys_id: 'p2', number: '', short_description: 'PRJ0010002', portfolio: null },
                ],
                truncated: false,
            })
        ).toEqual([
            { sysId: 'p1', number: 'PRJ0010001', name: 'Checkout', portfolio: 'pf' },
            { sysId: 'p2', number: '', name: 'PRJ0010002', portfolio: '' },
        ])
    })

    it("reads a ranked demand's state apart from its score status", () => {
        const ranking = readRanking({
            demands: [
                { sys_id: 'd1', score_status: 'scored', state: '4', state_label: 'Qualified' },
                { sys_id: 'd2', score_status: null, state: '2' },
            ],
        })
        expect(ranking.demands.map((d) => [d.status, d.state])).toEqual([
            ['scored', 'Qualified'],
            ['', '2'],
        ])
    })
})

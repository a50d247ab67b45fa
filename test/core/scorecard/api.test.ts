import { describe, expect, it } from '@jest/globals'
import { periodByLabel } from '../../../src/server/core/fiscal/calendar.ts'
import type { FiscalPeriod } from '../../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import {
    historyPeriods,
    isoUtc,
    parseRollupRequest,
    parseScorecardRequest,
    parseTrendRequest,
    runView,
    scorecardView,
    trendView,
} from '../../../src/server/core/scorecard/api.ts'
import type { Metric } from '../../../src/server/core/scorecard/catalog.ts'
import type { EntryValues } from '../../../src/server/core/scorecard/entries.ts'
import type { RollupRun } from '../../../src/server/core/scorecard/ports.ts'
import { aMetric } from './builders.ts'

const config = DEFAULT_FISCAL_CONFIG
const today = '2026-11-15'
const settings = { currency: 'EUR', graceDays: 30, fiscal: config }
const period = (label: string): FiscalPeriod => {
    const p = periodByLabel(label, config)
    if (!p.ok) throw new Error(label)
    return p.value
}
const entry = (metric: string, value: number): EntryValues => ({
    metric,
    value,
    target: 5,
    status: 'green',
    previous: 4,
    delta: value - 4,
    trend: 'up',
    judgement: 'worsening',
})

describe('isoUtc', () => {
    it('turns a Glide UTC date-time into ISO 8601', () => {
        expect(isoUtc('2026-11-15 02:00:05')).toBe('2026-11-15T02:00:05Z')
        expect(isoUtc('')).toBeNull()
        expect(isoUtc(null)).toBeNull()
    })
})

describe('parseScorecardRequest', () => {
    it('defaults to the current quarter and the all dimension', () => {
        const r = parseScorecardRequest({}, today, config)
        expect(r.ok && [r.value.period.label, r.value.dimension, r.value.key]).toEqual(['FY2026-Q4', 'all', ''])
    })

    it('keeps the key of a keyed dimension, or null without one', () => {
        const keyed = parseScorecardRequest({ period: 'fy2026-m10', dimension: 'portfolio', key: 'p1' }, today, config)
        expect(keyed.ok && [keyed.value.period.label, keyed.value.key]).toEqual(['FY2026-M10', 'p1'])
        const open = parseScorecardRequest({ dimension: 'business_service' }, today, config)
        expect(open.ok && open.value.key).toBeNull()
    })

    it('asks for 8 periods of history ending with the period by default, as many as `history` says, 0 for none', () => {
        const labels = (q: Record<string, string>): string[] | false => {
            const r = parseScorecardRequest(q, today, config)
            return r.ok && r.value.history.map((p) => p.label)
        }
        expect(labels({ period: 'FY2026-M03' })).toEqual([
            'FY2025-M08',
            'FY2025-M09',
            'FY2025-M10',
            'FY2025-M11',
            'FY2025-M12',
            'FY2026-M01',
            'FY2026-M02',
            'FY2026-M03',
        ])
        expect(labels({ history: '2' })).toEqual(['FY2026-Q3', 'FY2026-Q4'])
        expect(labels({ period: 'FY2026', history: ' 3 ' })).toEqual(['FY2024', 'FY2025', 'FY2026'])
        expect(labels({ history: '24' })).toHaveLength(24)
        expect(labels({ history: '0' })).toEqual([])
        expect(labels({ history: '' })).toHaveLength(8)
    })

    it.each([
        [{ period: 'Q4' }, 'SCORECARD.PERIOD_INVALID'],
        [{ dimension: 'region' }, 'SCORECARD.DIMENSION_INVALID'],
        [{ history: '-1' }, 'SCORECARD.HISTORY_INVALID'],
        [{ history: 'abc' }, 'SCORECARD.HISTORY_INVALID'],
        [{ history: '25' }, 'SCORECARD.HISTORY_INVALID'],
        [{ history: '99' }, 'SCORECARD.HISTORY_INVALID'],
        [{ history: '2.5' }, 'SCORECARD.HISTORY_INVALID'],
        [{ history: '1e1' }, 'SCORECARD.HISTORY_INVALID'],
    ])('fails on %j with %s', (q, code) => {
        expect(parseScorecardRequest(q, today, config)).toMatchObject({ ok: false, error: { code } })
    })
})

describe('historyPeriods', () => {
    it('names the parameter in its failure', () => {
        expect(historyPeriods('x', period('FY2026-Q4'), today, config)).toMatchObject({
            ok: false,
            error: { code: 'SCORECARD.HISTORY_INVALID', field: 'history' },
        })
    })
})

describe('scorecardView', () => {
    it('groups entries by perspective in catalog order and leaves out entries of unknown metrics', () => {
        const metrics = [
            aMetric({ key: 'p1_p2_incidents', order: 40 }),
            aMetric({ key: 'users_affected', name: 'Users affected', order: 30 }),
            aMetric({
                key: 'realised_benefit',
                name: 'Realised benefit',
                perspective: 'financial',
                unit: 'currency',
                direction: 'higher_better',
            }),
        ]
        const request = { period: period('FY2026-Q4'), dimension: 'all' as const, key: '', history: [] }
        const view = scorecardView(
            request,
            {
                sysId: 's',
                key: '',
                label: 'All',
                computedAt: '2026-11-15 02:00:05',
                run: 'r1',
                asOf: '2026-11-15',
                entries: [entry('p1_p2_incidents', 3), entry('users_affected', 12), entry('gone', 1)],
            },
            [{ key: '', label: 'All' }],
            metrics,
            settings
        )
        expect(view).toMatchObject({
            period: { label: 'FY2026-Q4', type: 'quarter', start: '2026-10-01', end: '2026-12-31' },
            dimension: 'all',
            key: '',
            label: 'All',
            computed_at: '2026-11-15T02:00:05Z',
            run: 'r1',
            currency: 'EUR',
        })
        expect(view.perspectives.map((p) => [p.perspective, p.metrics.map((m) => m.key)])).toEqual([
            ['financial', []],
            ['customer', ['users_affected', 'p1_p2_incidents']],
            ['internal_process', []],
            ['learning_growth', []],
        ])
        expect(view.perspectives[1]?.metrics[1]).toEqual({
            key: 'p1_p2_incidents',
            name: 'P1/P2 incidents',
            unit: 'count',
            direction: 'lower_better',
            description: '',
            value: 3,
            target: 5,
            status: 'green',
            previous: 4,
            delta: -1,
            trend: 'up',
            judgement: 'worsening',
            records: {
                table: 'incident',
                basis: 'count',
                query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-12-31 23:59:59^priorityIN1,2^state!=8',
            },
        })
    })

    it('narrows the records to the dimension key and reads due periods by the run date, else the computed date', () => {
        const metrics = [
            aMetric({ key: 'benefit_realisation_pct', perspective: 'financial', unit: 'percent' }),
            aMetric({ key: 'demands_scored_pct', perspective: 'internal_process', unit: 'percent' }),
        ]
        const request = { period: period('FY2026-Q4'), dimension: 'portfolio' as const, key: 'pf1', history: [] }
        const card = {
            sysId: 's',
            key: 'pf1',
            label: 'Growth',
            computedAt: '2026-11-20 02:00:05',
            run: 'r1',
            asOf: '2026-11-15',
            entries: [entry('benefit_realisation_pct', 80), entry('demands_scored_pct', 50)],
        }
        const records = (asOf: string | null) =>
            scorecardView(request, { ...card, asOf }, [], metrics, settings).perspectives.flatMap((p) =>
                p.metrics.map((m) => m.records)
            )
        const [due, demands] = records('2026-11-15')
        expect(due).toEqual({
            table: 'x_itvc_value_benefit_period',
            basis: 'population',
            query:
                'period_end>=2026-10-01^period_end<=2026-11-15^benefit.stateNOT INdraft,cancelled^benefit.measure=currency' +
                '^benefit.project.primary_portfolio=pf1^NQperiod_end>=2026-10-01^period_end<=2026-11-15' +
                '^benefit.stateNOT INdraft,cancelled^benefit.measure=currency' +
                '^benefit.project.primary_portfolioISEMPTY^benefit.demand.portfolio=pf1',
        })
        expect(demands?.query).toBe(
            'opened_at>=2026-10-01 00:00:00^opened_at<=2026-12-31 23:59:59^state!=1^portfolio=pf1'
        )
        expect(records(null)[0]?.query).toContain('period_end<=2026-11-20^')
    })
})

describe('scorecardView history', () => {
    const metrics = [
        aMetric({ key: 'p1_p2_incidents', order: 40 }),
        aMetric({ key: 'users_affected', name: 'Users affected', order: 30 }),
    ]
    const card = {
        sysId: 's',
        key: 'svc1',
        label: 'Billing',
        computedAt: '2026-11-15 02:00:05',
        run: 'r1',
        asOf: '2026-11-15',
        entries: [entry('p1_p2_incidents', 3), entry('users_affected', 12)],
    }
    const hit = (metric: string, value: number, computedAt: string) => ({
        label: 'Billing',
        computedAt,
        asOf: computedAt.slice(0, 10),
        entry: entry(metric, value),
    })
    const parse = (q: Record<string, string>) => {
        const r = parseScorecardRequest(
            { period: 'FY2026-Q4', dimension: 'business_service', key: 'svc1', ...q },
            today,
            config
        )
        if (!r.ok) throw new Error(r.error.message)
        return r.value
    }
    const metricsOf = (view: ReturnType<typeof scorecardView>) => view.perspectives.flatMap((p) => p.metrics)

    it('gives each metric the points the trend route gives for the same periods, dimension and key', () => {
        const request = parse({ history: '3' })
        const p1 = new Map([
            ['FY2026-Q2', hit('p1_p2_incidents', 7, '2026-07-01 01:30:00')],
            ['FY2026-Q4', hit('p1_p2_incidents', 3, '2026-11-15 02:00:05')],
        ])
        const view = scorecardView(request, card, [], metrics, settings, new Map([['p1_p2_incidents', p1]]))
        const trend = parseTrendRequest(
            {
                metric: 'p1_p2_incidents',
                period_type: 'quarter',
                periods: '3',
                to: 'FY2026-Q4',
                dimension: 'business_service',
                key: 'svc1',
            },
            today,
            config
        )
        if (!trend.ok) throw new Error(trend.error.message)
        const [users, incidents] = metricsOf(view)
        expect(incidents?.history).toEqual(trendView(trend.value, metrics[0] as Metric, p1, settings).points)
        expect(incidents?.history?.map((p) => [p.period, p.value, p.computed_at])).toEqual([
            ['FY2026-Q2', 7, '2026-07-01T01:30:00Z'],
            ['FY2026-Q3', null, null],
            ['FY2026-Q4', 3, '2026-11-15T02:00:05Z'],
        ])
        expect(incidents?.history?.[0]?.records?.query).toBe(
            'opened_at>=2026-04-01 00:00:00^opened_at<=2026-06-30 23:59:59^priorityIN1,2^state!=8^business_service=svc1'
        )
        // a metric without stored values in the periods: every point without a value
        expect(users?.history?.map((p) => [p.period, p.value, p.status, p.records])).toEqual([
            ['FY2026-Q2', null, null, null],
            ['FY2026-Q3', null, null, null],
            ['FY2026-Q4', null, null, null],
        ])
    })

    it('leaves history out when none is asked for', () => {
        const view = scorecardView(parse({ history: '0' }), card, [], metrics, settings, new Map())
        expect(metricsOf(view).map((m) => 'history' in m)).toEqual([false, false])
    })
})

describe('parseTrendRequest', () => {
    it('defaults to 12 months of the all dimension ending this month', () => {
        const r = parseTrendRequest({ metric: 'mttr_hours' }, today, config)
        expect(r.ok && [r.value.periodType, r.value.periods.length, r.value.periods[11]?.label, r.value.key]).toEqual([
            'month',
            12,
            'FY2026-M11',
            '',
        ])
    })

    it.each([
        [{}, 'SCORECARD.METRIC_REQUIRED'],
        [{ metric: 'm', period_type: 'week' }, 'SCORECARD.PERIOD_TYPE_INVALID'],
        [{ metric: 'm', period_type: 'month,year' }, 'SCORECARD.PERIOD_TYPE_INVALID'],
        [{ metric: 'm', periods: 'ten' }, 'SCORECARD.PERIODS_INVALID'],
        [{ metric: 'm', periods: '61' }, 'SCORECARD.PERIODS_INVALID'],
        [{ metric: 'm', to: 'FY2026-Q1' }, 'SCORECARD.PERIOD_INVALID'],
        [{ metric: 'm', dimension: 'portfolio' }, 'SCORECARD.KEY_REQUIRED'],
    ])('fails on %j with %s', (q, code) => {
        expect(parseTrendRequest(q, today, config)).toMatchObject({ ok: false, error: { code } })
    })
})

describe('trendView', () => {
    it('has a point per period, empty where nothing was computed', () => {
        const r = parseTrendRequest({ metric: 'p1_p2_incidents', period_type: 'quarter', periods: '2' }, today, config)
        if (!r.ok) throw new Error(r.error.message)
        const view = trendView(
            r.value,
            aMetric(),
            new Map([
                [
                    'FY2026-Q4',
                    {
                        label: 'All',
                        computedAt: '2026-11-15 02:00:00',
                        asOf: '2026-11-15',
                        entry: entry('p1_p2_incidents', 3),
                    },
                ],
            ]),
            settings
        )
        expect(view.points).toEqual([
            {
                period: 'FY2026-Q3',
                start: '2026-07-01',
                end: '2026-09-30',
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
                period: 'FY2026-Q4',
                start: '2026-10-01',
                end: '2026-12-31',
                value: 3,
                target: 5,
                status: 'green',
                previous: 4,
                delta: -1,
                trend: 'up',
                judgement: 'worsening',
                computed_at: '2026-11-15T02:00:00Z',
                records: {
                    table: 'incident',
                    basis: 'count',
                    query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-12-31 23:59:59^priorityIN1,2^state!=8',
                },
            },
        ])
        expect(view).toMatchObject({
            dimension: 'all',
            key: '',
            label: 'All',
            period_type: 'quarter',
            currency: 'EUR',
            metric: { key: 'p1_p2_incidents', target: 5 },
        })
    })
})

describe('parseRollupRequest', () => {
    it('takes from, to, period types and dimensions as lists or comma strings', () => {
        const r = parseRollupRequest(
            { from: 'fy2026-m01', to: 'FY2026-M02', period_types: ['month'], dimensions: 'all,portfolio' },
            config,
            120
        )
        expect(
            r.ok && {
                from: r.value.from,
                to: r.value.to,
                periods: r.value.periods.map((p) => p.label),
                dimensions: r.value.dimensions,
            }
        ).toEqual({
            from: 'FY2026-M01',
            to: 'FY2026-M02',
            periods: ['FY2026-M01', 'FY2026-M02'],
            dimensions: ['all', 'portfolio'],
        })
    })

    it('takes a missing, null or blank "to" as "from"', () => {
        for (const to of [undefined, null, '', '  ']) {
            const r = parseRollupRequest({ from: 'FY2026-M05', to, period_types: 'month' }, config, 120)
            expect(r.ok && r.value.periods.map((p) => p.label)).toEqual(['FY2026-M05'])
        }
    })

    it('defaults to one period of every type and every dimension', () => {
        const r = parseRollupRequest({ from: 'FY2026-M05' }, config, 120)
        expect(r.ok && [r.value.periods.map((p) => p.label), r.value.dimensions.length]).toEqual([
            ['FY2026-M05', 'FY2026-Q2', 'FY2026'],
            4,
        ])
    })

    it.each([
        [null, 'SCORECARD.BODY_INVALID'],
        [[], 'SCORECARD.BODY_INVALID'],
        [{}, 'SCORECARD.PERIOD_INVALID'],
        [{ from: 'FY2026-M05', period_types: [1] }, 'SCORECARD.BODY_INVALID'],
        [{ from: 'FY2026-M05', dimensions: ['region'] }, 'SCORECARD.DIMENSION_INVALID'],
        [{ from: 'FY2026-M05', to: 'FY2026-M01' }, 'SCORECARD.RANGE_INVALID'],
        [{ from: 'FY2001', to: 'FY2026' }, 'SCORECARD.RANGE_TOO_LONG'],
        [{ from: 'FY2026-M05', to: 202606 }, 'SCORECARD.PERIOD_INVALID'],
        [{ from: 'FY2026-M05', to: ['FY2026-M06'] }, 'SCORECARD.PERIOD_INVALID'],
        [{ from: 'FY2026-M05', to: { label: 'FY2026-M06' } }, 'SCORECARD.PERIOD_INVALID'],
        [{ from: 'FY2026-M05', to: true }, 'SCORECARD.PERIOD_INVALID'],
    ])('fails on %j with %s', (body, code) => {
        expect(parseRollupRequest(body, config, 120)).toMatchObject({ ok: false, error: { code } })
    })
})

describe('runView', () => {
    it('shows a run with ISO dates', () => {
        const run: RollupRun = {
            sysId: 'r1',
            kind: 'backfill',
            state: 'complete',
            fromPeriod: 'FY2026-M01',
            toPeriod: 'FY2026-M02',
            periods: ['FY2026-M01', 'FY2026-M02'],
            dimensions: ['all'],
            asOf: '2026-11-15',
            resumePoint: '',
            chunksDone: 2,
            chunksTotal: 2,
            entriesWritten: 30,
            queries: 44,
            errors: [],
            started: '2026-11-15 12:00:00',
            finished: '2026-11-15 12:00:03',
        }
        expect(runView(run, 'u1')).toEqual({
            sys_id: 'r1',
            kind: 'backfill',
            state: 'complete',
            from_period: 'FY2026-M01',
            to_period: 'FY2026-M02',
            periods: ['FY2026-M01', 'FY2026-M02'],
            dimensions: ['all'],
            as_of: '2026-11-15',
            chunks_total: 2,
            chunks_done: 2,
            resume_point: '',
            entries_written: 30,
            queries: 44,
            errors: [],
            requested_by: 'u1',
            started: '2026-11-15T12:00:00Z',
            finished: '2026-11-15T12:00:03Z',
        })
    })
})

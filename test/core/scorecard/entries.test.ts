import { describe, expect, it } from '@jest/globals'
import type { EntryValues, StoredScorecard } from '../../../src/server/core/scorecard/entries.ts'
import { planWrites, scorecardEntry } from '../../../src/server/core/scorecard/entries.ts'
import { aMetric } from './builders.ts'

describe('scorecardEntry', () => {
    it('judges a lower-better metric that rose as red and worsening', () => {
        expect(scorecardEntry(aMetric({ target: 5 }), 7, 4)).toEqual({
            metric: 'p1_p2_incidents',
            value: 7,
            target: 5,
            status: 'red',
            previous: 4,
            delta: 3,
            trend: 'up',
            judgement: 'worsening',
        })
    })

    it('judges a higher-better metric that rose as improving', () => {
        const m = aMetric({ key: 'value_tagging_coverage_pct', direction: 'higher_better', target: 80 })
        expect(scorecardEntry(m, 72.5, 70)).toMatchObject({
            status: 'amber',
            delta: 2.5,
            trend: 'up',
            judgement: 'improving',
        })
    })

    it('uses the metric tolerance for the amber band', () => {
        const m = aMetric({ direction: 'higher_better', target: 100, tolerancePercent: 25 })
        expect(scorecardEntry(m, 75, null).status).toBe('amber')
        expect(scorecardEntry(m, 74.99, null).status).toBe('red')
    })

    it('reports no target and no data, and no trend without a previous value', () => {
        expect(scorecardEntry(aMetric({ target: null }), 3, null)).toMatchObject({
            status: 'no_target',
            delta: null,
            trend: null,
            judgement: null,
        })
        expect(scorecardEntry(aMetric(), null, 3)).toMatchObject({ status: 'no_data', trend: null })
    })

    it('calls an unchanged value flat', () => {
        expect(scorecardEntry(aMetric(), 2, 2)).toMatchObject({ delta: 0, trend: 'flat', judgement: 'flat' })
    })
})

const entry = (metric: string, value: number | null): EntryValues => ({
    metric,
    value,
    target: null,
    status: value === null ? 'no_data' : 'no_target',
    previous: null,
    delta: null,
    trend: null,
    judgement: null,
})
const stored = (sysId: string, key: string, entries: [string, string, number | null][]): StoredScorecard => ({
    sysId,
    key,
    label: key,
    entries: entries.map(([id, metric, value]) => ({ sysId: id, ...entry(metric, value) })),
})

describe('planWrites', () => {
    it('inserts everything into an empty period', () => {
        const plan = planWrites([], [{ key: '', label: 'All', entries: [entry('a', 1), entry('b', 2)] }])
        expect(plan).toEqual({
            scorecards: [
                {
                    sysId: null,
                    draft: { key: '', label: 'All', entries: [entry('a', 1), entry('b', 2)] },
                    insert: [entry('a', 1), entry('b', 2)],
                    update: [],
                    remove: [],
                },
            ],
            removeScorecards: [],
            removeEntries: [],
        })
    })

    it('keeps sys_ids, updates changed entries only and removes entries of metrics no longer computed', () => {
        const plan = planWrites(
            [
                stored('S1', 'k', [
                    ['E1', 'a', 1],
                    ['E2', 'b', 2],
                    ['E3', 'gone', 3],
                ]),
            ],
            [{ key: 'k', label: 'K', entries: [entry('a', 1), entry('b', 5), entry('c', null)] }]
        )
        expect(plan.scorecards).toEqual([
            {
                sysId: 'S1',
                draft: { key: 'k', label: 'K', entries: [entry('a', 1), entry('b', 5), entry('c', null)] },
                insert: [entry('c', null)],
                update: [{ sysId: 'E2', entry: entry('b', 5) }],
                remove: ['E3'],
            },
        ])
        expect(plan.removeScorecards).toEqual([])
    })

    it('removes scorecards of keys without data now, and duplicates an interrupted run left behind', () => {
        const plan = planWrites(
            [
                stored('S1', 'k', [
                    ['E1', 'a', 1],
                    ['E1b', 'a', 1],
                ]),
                stored('S2', 'k', [['E2', 'a', 1]]),
                stored('S3', 'old', [['E3', 'a', 1]]),
            ],
            [{ key: 'k', label: 'K', entries: [entry('a', 1)] }]
        )
        expect(plan.scorecards[0]).toMatchObject({ sysId: 'S1', insert: [], update: [], remove: ['E1b'] })
        expect(plan.removeScorecards).toEqual(['S2', 'S3'])
        expect(plan.removeEntries).toEqual(['E2', 'E3'])
    })

    it('plans nothing when the stored scorecards are already the computed ones', () => {
        const plan = planWrites(
            [stored('S1', '', [['E1', 'a', 1]])],
            [{ key: '', label: 'All', entries: [entry('a', 1)] }]
        )
        expect(plan.scorecards[0]).toMatchObject({ insert: [], update: [], remove: [] })
        expect(plan.removeScorecards).toEqual([])
    })
})

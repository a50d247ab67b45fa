import { describe, expect, it } from '@jest/globals'
import type { MetricRow } from '../../../src/server/core/scorecard/catalog.ts'
import { parseMetric, sortMetrics } from '../../../src/server/core/scorecard/catalog.ts'
import { aMetric } from './builders.ts'

const row: MetricRow = {
    sysId: 'abc',
    key: 'p1_p2_incidents',
    name: 'P1/P2 incidents',
    perspective: 'customer',
    unit: 'count',
    direction: 'lower_better',
    target: '5',
    tolerancePercent: '20',
    active: '1',
    order: '40',
    description: 'Incidents opened in the period with priority 1 or 2.',
}

describe('parseMetric', () => {
    it('parses a catalog row', () => {
        expect(parseMetric(row)).toEqual({
            ok: true,
            value: {
                sysId: 'abc',
                key: 'p1_p2_incidents',
                name: 'P1/P2 incidents',
                perspective: 'customer',
                unit: 'count',
                direction: 'lower_better',
                target: 5,
                tolerancePercent: 20,
                active: true,
                order: 40,
                description: 'Incidents opened in the period with priority 1 or 2.',
            },
        })
    })

    it('reads an empty target as no target and an empty tolerance as the default 10 %', () => {
        const parsed = parseMetric({ ...row, target: null, tolerancePercent: '' })
        expect(parsed).toMatchObject({ ok: true, value: { target: null, tolerancePercent: 10 } })
    })

    it.each([
        ['1', true],
        ['true', true],
        ['0', false],
        ['false', false],
        [null, false],
    ])('reads active %s as %s', (active, expected) => {
        expect(parseMetric({ ...row, active })).toMatchObject({ ok: true, value: { active: expected } })
    })

    it.each([
        ['key', { key: 'P1 incidents' }],
        ['perspective', { perspective: 'people' }],
        ['unit', { unit: 'euro' }],
        ['direction', { direction: 'up' }],
        ['target', { target: 'ten' }],
        ['amber_tolerance', { tolerancePercent: '-5' }],
        ['order', { order: '1.5' }],
    ])('fails with SCORECARD.METRIC_INVALID on a bad %s', (field, change) => {
        expect(parseMetric({ ...row, ...change })).toMatchObject({
            ok: false,
            error: { code: 'SCORECARD.METRIC_INVALID', field },
        })
    })

    it('accepts a negative target and a zero tolerance', () => {
        expect(parseMetric({ ...row, target: '-2.5', tolerancePercent: '0' })).toMatchObject({
            ok: true,
            value: { target: -2.5, tolerancePercent: 0 },
        })
    })
})

describe('sortMetrics', () => {
    it('orders by perspective, then order, then key', () => {
        const sorted = sortMetrics([
            aMetric({ key: 'b', perspective: 'learning_growth', order: 1 }),
            aMetric({ key: 'c', perspective: 'customer', order: 20 }),
            aMetric({ key: 'a', perspective: 'customer', order: 20 }),
            aMetric({ key: 'd', perspective: 'financial', order: 99 }),
        ])
        expect(sorted.map((m) => m.key)).toEqual(['d', 'a', 'c', 'b'])
    })
})

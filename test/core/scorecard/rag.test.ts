import { describe, expect, it } from '@jest/globals'
import type { MetricDirection, RagStatus } from '../../../src/server/core/scorecard/rag.ts'
import { ragStatus, trend } from '../../../src/server/core/scorecard/rag.ts'

function statusOf(
    value: number | null | undefined,
    target: number | null | undefined,
    direction: MetricDirection,
    tolerancePercent?: number | null
): RagStatus {
    const result = ragStatus({ value, target, direction }, { tolerancePercent })
    if (!result.ok) throw new Error(`unexpected ${result.error.code}`)
    return result.value
}

describe('ragStatus', () => {
    it.each([
        [120, 'green'],
        [100, 'green'],
        [99.99, 'amber'],
        [90, 'amber'],
        [89.99, 'red'],
        [0, 'red'],
        [-100, 'red'],
    ])('rates %d against a higher-better target of 100 as %s', (value, status) => {
        expect(statusOf(value, 100, 'higher_better')).toBe(status)
    })

    it.each([
        [80, 'green'],
        [100, 'green'],
        [100.01, 'amber'],
        [110, 'amber'],
        [110.01, 'red'],
        [1000, 'red'],
    ])('rates %d against a lower-better target of 100 as %s', (value, status) => {
        expect(statusOf(value, 100, 'lower_better')).toBe(status)
    })

    it.each([
        // value exactly on the amber boundary; computing target × (1 ∓ tolerance) in binary misses most of these
        [90, 100, 'higher_better', 10],
        [0.09, 0.1, 'higher_better', 10],
        [0.18, 0.2, 'higher_better', 10],
        [0.0925, 0.1, 'higher_better', 7.5],
        [185, 200, 'higher_better', 7.5],
        [900000000, 1000000000, 'higher_better', 10],
        [110, 100, 'lower_better', 10],
        [0.33, 0.3, 'lower_better', 10],
        [1.32, 1.2, 'lower_better', 10],
        [0.0345, 0.03, 'lower_better', 15],
        [3.45, 3, 'lower_better', 15],
    ])('rates %d on the amber boundary of target %d (%s, %d%%) as amber', (value, target, direction, tolerance) => {
        expect(statusOf(value, target, direction as MetricDirection, tolerance)).toBe('amber')
    })

    it.each([
        [0.0899, 0.1, 'higher_better', 10],
        [0.3301, 0.3, 'lower_better', 10],
        [184.99, 200, 'higher_better', 7.5],
    ])(
        'rates %d just past the amber boundary of target %d (%s, %d%%) as red',
        (value, target, direction, tolerance) => {
            expect(statusOf(value, target, direction as MetricDirection, tolerance)).toBe('red')
        }
    )

    it.each([null, undefined])('uses the default tolerance of 10%% when it is %j', (tolerance) => {
        expect(statusOf(90, 100, 'higher_better', tolerance)).toBe('amber')
    })

    it('uses the default tolerance when no options are given', () => {
        expect(ragStatus({ value: 90, target: 100, direction: 'higher_better' })).toEqual({ ok: true, value: 'amber' })
    })

    it.each([
        [95, 5, 'amber'],
        [94.99, 5, 'red'],
        [99.99, 0, 'red'],
        [100, 0, 'green'],
        [-50, 150, 'amber'],
    ])('rates %d against target 100 with a tolerance of %d%% as %s', (value, tolerance, status) => {
        expect(statusOf(value, 100, 'higher_better', tolerance)).toBe(status)
    })

    it.each([
        [0, 'higher_better', 'green'],
        [5, 'higher_better', 'green'],
        [-0.01, 'higher_better', 'red'],
        [0, 'lower_better', 'green'],
        [-5, 'lower_better', 'green'],
        [0.01, 'lower_better', 'red'],
    ])('rates %d against a target of 0 (%s, no amber band) as %s', (value, direction, status) => {
        expect(statusOf(value, 0, direction as MetricDirection)).toBe(status)
    })

    it.each([
        [-9, 'higher_better', 'green'],
        [-10, 'higher_better', 'green'],
        [-11, 'higher_better', 'amber'],
        [-11.01, 'higher_better', 'red'],
        [-12, 'lower_better', 'green'],
        [-10, 'lower_better', 'green'],
        [-9, 'lower_better', 'amber'],
        [-8.99, 'lower_better', 'red'],
    ])(
        'rates %d against a negative target of -10 (%s) as %s, the band on the worse side',
        (value, direction, status) => {
            expect(statusOf(value, -10, direction as MetricDirection)).toBe(status)
        }
    )

    it.each([null, undefined, NaN, Infinity])('returns no_data for a value of %j', (value) => {
        expect(statusOf(value, 100, 'higher_better')).toBe('no_data')
    })

    it.each([null, undefined, NaN, -Infinity])('returns no_target for a target of %j', (target) => {
        expect(statusOf(50, target, 'higher_better')).toBe('no_target')
    })

    it('returns no_target when both the target and the data are missing', () => {
        expect(statusOf(null, null, 'lower_better')).toBe('no_target')
    })

    it.each([-1, NaN, Infinity])('returns SCORECARD.TOLERANCE_INVALID for a tolerance of %d', (tolerancePercent) => {
        expect(ragStatus({ value: 1, target: 1, direction: 'higher_better' }, { tolerancePercent })).toMatchObject({
            ok: false,
            error: { code: 'SCORECARD.TOLERANCE_INVALID', field: 'tolerance' },
        })
    })

    it('returns SCORECARD.DIRECTION_INVALID for an unknown direction', () => {
        const direction = 'up' as MetricDirection
        expect(ragStatus({ value: 1, target: 1, direction })).toMatchObject({
            ok: false,
            error: { code: 'SCORECARD.DIRECTION_INVALID', field: 'direction' },
        })
    })
})

describe('trend', () => {
    it.each([
        [12, 10, 'higher_better', 'up', 'improving', 2],
        [8, 10, 'higher_better', 'down', 'worsening', -2],
        [12, 10, 'lower_better', 'up', 'worsening', 2],
        [8, 10, 'lower_better', 'down', 'improving', -2],
        [10, 10, 'higher_better', 'flat', 'flat', 0],
        [10, 10, 'lower_better', 'flat', 'flat', 0],
        [-5, -3, 'higher_better', 'down', 'worsening', -2],
        [0, -3, 'lower_better', 'up', 'worsening', 3],
    ])('compares %d with %d (%s) as %s, %s, delta %d', (value, previous, direction, movement, judgement, delta) => {
        expect(trend({ value, previous, direction: direction as MetricDirection })).toEqual({
            movement,
            judgement,
            delta,
        })
    })

    it.each([
        [0.3, 0.1, 0.2],
        [0.1, 0.3, -0.2],
        [1000000000.1, 1000000000, 0.1],
        [1.15, 1.1, 0.05],
        [1e-7, 0, 1e-7],
    ])('gives the decimal delta of %d − %d as %d', (value, previous, delta) => {
        expect(trend({ value, previous, direction: 'higher_better' }).delta).toBe(delta)
    })

    it.each([
        [5, null],
        [null, 5],
        [undefined, 5],
        [NaN, 5],
        [5, Infinity],
        [null, null],
    ])('returns no trend for %j against %j', (value, previous) => {
        expect(trend({ value, previous, direction: 'higher_better' })).toEqual({
            movement: null,
            judgement: null,
            delta: null,
        })
    })
})

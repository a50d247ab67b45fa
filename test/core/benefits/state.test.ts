import { describe, expect, it } from '@jest/globals'
import { benefitState } from '../../../src/server/core/benefits/state.ts'

const input = (over: Partial<Parameters<typeof benefitState>[0]> = {}): Parameters<typeof benefitState>[0] => ({
    current: 'planned',
    periodCount: 4,
    lastPeriodEnd: '2026-12-31',
    totals: { atRisk: false, measuredCount: 0 },
    asOf: '2026-05-01',
    ...over,
})

describe('benefitState', () => {
    it.each([
        ['draft without periods', input({ periodCount: 0, lastPeriodEnd: null }), 'draft'],
        ['planned with periods and nothing measured', input(), 'planned'],
        ['realising once a period is measured', input({ totals: { atRisk: false, measuredCount: 1 } }), 'realising'],
        ['at risk below the threshold', input({ totals: { atRisk: true, measuredCount: 1 } }), 'at_risk'],
        [
            'realised when every period is measured and the last has ended',
            input({ totals: { atRisk: false, measuredCount: 4 }, asOf: '2026-12-31' }),
            'realised',
        ],
        [
            'realising when every period is measured but the last has not ended',
            input({ totals: { atRisk: false, measuredCount: 4 }, asOf: '2026-12-30' }),
            'realising',
        ],
        [
            'at risk rather than realised when it ended below the threshold',
            input({ totals: { atRisk: true, measuredCount: 4 }, asOf: '2027-01-15' }),
            'at_risk',
        ],
    ])('is %s', (_what, given, state) => {
        expect(benefitState(given)).toBe(state)
    })

    it('keeps a cancelled benefit cancelled, whatever its periods', () => {
        expect(benefitState(input({ current: 'cancelled', totals: { atRisk: true, measuredCount: 2 } }))).toBe(
            'cancelled'
        )
    })

    it('turns a draft with periods into planned, and back to draft when its periods are gone', () => {
        expect(benefitState(input({ current: 'draft' }))).toBe('planned')
        expect(benefitState(input({ current: 'realising', periodCount: 0, lastPeriodEnd: null }))).toBe('draft')
    })
})

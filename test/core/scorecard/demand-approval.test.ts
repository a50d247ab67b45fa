import { describe, expect, it } from '@jest/globals'
import { demandApproval } from '../../../src/server/core/scorecard/demand-approval.ts'

const now = '2026-01-11 12:00:00'

describe('demandApproval', () => {
    it('stamps the first save in the approved state with now and the lead time from opened', () => {
        expect(demandApproval({ state: '8', openedAt: '2026-01-01 00:00:00', approvedAt: null, now })).toEqual({
            approvedAt: now,
            leadTimeDays: 10.5,
        })
    })

    it('keeps an existing stamp, also for a demand that went back to draft', () => {
        expect(
            demandApproval({ state: '1', openedAt: '2026-01-01 00:00:00', approvedAt: '2026-01-03 00:00:00', now })
        ).toEqual({
            approvedAt: '2026-01-03 00:00:00',
            leadTimeDays: 2,
        })
    })

    it.each(['1', '2', '3', '-4', '7', '10', null])('does not stamp a demand in state %p', (state) => {
        expect(demandApproval({ state, openedAt: '2026-01-01 00:00:00', approvedAt: null, now })).toBeNull()
    })

    it('stamps a completed demand that was never stamped', () => {
        expect(demandApproval({ state: '9', openedAt: null, approvedAt: null, now })).toEqual({
            approvedAt: now,
            leadTimeDays: null,
        })
    })

    it('never reports a negative lead time and rounds to hundredths of a day', () => {
        expect(
            demandApproval({ state: '8', openedAt: '2026-01-12 00:00:00', approvedAt: null, now })?.leadTimeDays
        ).toBe(0)
        expect(
            demandApproval({ state: '8', openedAt: '2026-01-11 11:00:00', approvedAt: null, now })?.leadTimeDays
        ).toBe(0.04)
    })
})

import { describe, expect, it } from '@jest/globals'
import { perspectiveForType } from '../../../src/server/core/benefits/perspective.ts'

describe('perspectiveForType', () => {
    it.each([
        ['revenue_growth', 'financial'],
        ['cost_saving', 'financial'],
        ['cost_avoidance', 'financial'],
        ['productivity', 'internal_process'],
        ['risk_reduction', 'internal_process'],
        ['customer_satisfaction', 'customer'],
    ])('maps %s to %s', (type, perspective) => {
        expect(perspectiveForType(type)).toBe(perspective)
    })

    it.each([
        ['Cost saving', 'financial'],
        [' Risk-Reduction ', 'internal_process'],
        ['CUSTOMER SATISFACTION', 'customer'],
    ])('reads the label %p as a type (%s)', (type, perspective) => {
        expect(perspectiveForType(type)).toBe(perspective)
    })

    it.each(['', null, undefined, 'innovation', 'financial'])('has no default for %p', (type) => {
        expect(perspectiveForType(type)).toBeNull()
    })
})

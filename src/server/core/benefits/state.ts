/**
 * A benefit's life-cycle state, derived from its periods (the nightly refresh and every change of a period set it).
 */
import type { IsoDate } from '../fiscal/dates.ts'
import { toDayNumber } from '../fiscal/dates.ts'
import type { BenefitTotals } from './totals.ts'

/** Benefit states (choice values). */
export type BenefitState = 'draft' | 'planned' | 'realising' | 'realised' | 'at_risk' | 'cancelled'

/** What the state depends on. */
export interface BenefitStateInput {
    /** The stored state ('' for a new benefit). */
    readonly current: string
    /** Number of periods the benefit has. */
    readonly periodCount: number
    /** End of its last period ('yyyy-MM-dd'); `null` without periods. */
    readonly lastPeriodEnd: IsoDate | null
    readonly totals: Pick<BenefitTotals, 'atRisk' | 'measuredCount'>
    readonly asOf: IsoDate
}

/**
 * The state a benefit is in: `cancelled` stays cancelled (only people cancel or revive a benefit); without periods it
 * is a `draft`; `at_risk` when its realisation is below the threshold; `realised` when every period is measured and
 * the last one has ended; `realising` once a period is measured; `planned` otherwise. A malformed date throws a
 * `RangeError`.
 * @example benefitState({ current: 'planned', periodCount: 4, lastPeriodEnd: '2026-12-31', totals: { atRisk: false, measuredCount: 1 }, asOf: '2026-05-01' }) //=> 'realising'
 */
export function benefitState(input: BenefitStateInput): BenefitState {
    const { current, periodCount, lastPeriodEnd, totals, asOf } = input
    if (current === 'cancelled') return 'cancelled'
    if (periodCount === 0 || lastPeriodEnd === null) return 'draft'
    if (totals.atRisk) return 'at_risk'
    const ended = toDayNumber(lastPeriodEnd) <= toDayNumber(asOf)
    if (totals.measuredCount >= periodCount && ended) return 'realised'
    return totals.measuredCount > 0 ? 'realising' : 'planned'
}

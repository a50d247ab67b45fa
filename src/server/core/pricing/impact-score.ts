import type { Cents } from '../money.ts'

/**
 * Scores an impact cost from 0 to 100 on a log scale: `min(100, round(100 × log10(1 + cost) / log10(1 + R)))`,
 * with the cost and the reference cost R in currency units. A cost of 0 (or less) scores 0, the reference cost
 * scores 100 and anything above it is capped at 100; a reference of 0 or less makes every positive cost score 100.
 * @example impactScore(0, 10000000) //=> 0
 * @example impactScore(10000000, 10000000) //=> 100
 * @example impactScore(99900, 10000000) //=> 60
 */
export function impactScore(impactCost: Cents, referenceCost: Cents): number {
    if (!(impactCost > 0)) return 0
    if (!(referenceCost > 0)) return 100
    const ratio = Math.log10(1 + impactCost / 100) / Math.log10(1 + referenceCost / 100)
    return Math.min(100, Math.round(100 * ratio))
}

/** The rank writes a re-rank needs: only demands whose rank actually moves. */
import type { RankInput } from './rank.ts'
import { rankDemands } from './rank.ts'

/**
 * A demand as the re-rank reads it: what ranking needs, its record id and the rank it has now.
 * @example const row: RankedDemand = { sysId: 'd1', model: 'm', number: 'DMND0001001', rankingValue: 70,
 *     score: 70, isOpen: true, currentRank: 3 }
 */
export interface RankedDemand extends RankInput {
    readonly sysId: string
    readonly currentRank: number | null
}

/**
 * Ranks the demands (`rankDemands`) and returns the ones whose rank changes, with their new rank (`null` for a
 * closed demand that still has one), in ranking order.
 * @example rankUpdates([
 *     { sysId: 'a', model: 'm', number: 'DMND0001001', rankingValue: 50, score: 50, isOpen: true, currentRank: 1 },
 *     { sysId: 'b', model: 'm', number: 'DMND0001002', rankingValue: 90, score: 90, isOpen: true, currentRank: 2 },
 * ]) //=> [{ sysId: 'b', rank: 1 }, { sysId: 'a', rank: 2 }]
 */
export function rankUpdates(demands: readonly RankedDemand[]): { sysId: string; rank: number | null }[] {
    return rankDemands(demands)
        .filter((d) => d.rank !== d.currentRank)
        .map((d) => ({ sysId: d.sysId, rank: d.rank }))
}

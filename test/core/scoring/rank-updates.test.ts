import { describe, expect, it } from '@jest/globals'
import type { RankedDemand } from '../../../src/server/core/scoring/rank-updates.ts'
import { rankUpdates } from '../../../src/server/core/scoring/rank-updates.ts'

const demand = (
    sysId: string,
    rankingValue: number | null,
    currentRank: number | null,
    isOpen = true
): RankedDemand => ({
    sysId,
    model: 'm',
    number: `DMND000100${sysId}`,
    rankingValue,
    score: rankingValue,
    isOpen,
    currentRank,
})

describe('rankUpdates', () => {
    it('returns only demands whose rank moves', () => {
        expect(rankUpdates([demand('1', 90, 1), demand('2', 50, 3), demand('3', 70, 2)])).toEqual([])
        expect(rankUpdates([demand('1', 50, 1), demand('2', 90, 2)])).toEqual([
            { sysId: '2', rank: 1 },
            { sysId: '1', rank: 2 },
        ])
    })

    it('clears the rank of a closed demand and ranks unscored demands last', () => {
        expect(rankUpdates([demand('1', null, null), demand('2', 10, null), demand('3', 80, 1, false)])).toEqual([
            { sysId: '2', rank: 1 },
            { sysId: '1', rank: 2 },
            { sysId: '3', rank: null },
        ])
    })

    it('returns nothing for an empty model', () => {
        expect(rankUpdates([])).toEqual([])
    })
})

/** Ranking the demands of each model by their ranking value. */

/**
 * What ranking needs to know about one demand.
 * @example const item: RankInput = { model: 'weighted', number: 'DMND0001042', rankingValue: 71.5, score: 71.5,
 *     isOpen: true }
 */
export interface RankInput {
    /** The scoring model the demand is ranked under (any stable id, e.g. the model's sys_id). */
    readonly model: string
    /** The demand number, e.g. `DMND0001042`; the last tie-breaker. */
    readonly number: string
    readonly rankingValue: number | null
    readonly score: number | null
    /**
     * Whether the demand takes part in the ranking. The adapter sets it false for closed, cancelled, rejected and
     * completed demands (inactive, or state Completed / Rejected); those get rank `null`.
     */
    readonly isOpen: boolean
}

function descendingEmptyLast(a: number | null, b: number | null): number {
    const av = a !== null && Number.isFinite(a) ? a : null
    const bv = b !== null && Number.isFinite(b) ? b : null
    if (av === null) return bv === null ? 0 : 1
    if (bv === null) return -1
    return bv - av
}

const TRAILING_DIGITS = /^(.*?)(\d+)$/

/**
 * Orders demand numbers naturally: with the same prefix, the numeric part compares as a number (DMND999 before
 * DMND1000); otherwise by code units (never by locale).
 * @example compareDemandNumbers('DMND0001002', 'DMND0001010') //=> -1
 * @example compareDemandNumbers('DMND9999999', 'DMND10000000') //=> -1
 */
export function compareDemandNumbers(a: string, b: string): number {
    const ma = TRAILING_DIGITS.exec(a)
    const mb = TRAILING_DIGITS.exec(b)
    if (ma && mb && ma[1] === mb[1]) {
        const da = (ma[2] ?? '').replace(/^0+(?=\d)/, '')
        const db = (mb[2] ?? '').replace(/^0+(?=\d)/, '')
        if (da.length !== db.length) return da.length < db.length ? -1 : 1
        if (da !== db) return da < db ? -1 : 1
    }
    return a < b ? -1 : a > b ? 1 : 0
}

function compareForRank(a: RankInput, b: RankInput): number {
    return (
        descendingEmptyLast(a.rankingValue, b.rankingValue) ||
        descendingEmptyLast(a.score, b.score) ||
        compareDemandNumbers(a.number, b.number)
    )
}

/**
 * Ranks demands 1..n per model: by ranking value descending (empty last), ties by score descending (empty last),
 * then by demand number ascending. Only open demands are ranked; the others get rank `null`. Ranks are distinct.
 * Returns new items (the input is not mutated), grouped by model (ascending), ranked items by rank, then the
 * unranked ones by number.
 * @example rankDemands([
 *     { model: 'm', number: 'DMND0001002', rankingValue: 70, score: 70, isOpen: true },
 *     { model: 'm', number: 'DMND0001001', rankingValue: 70, score: 80, isOpen: true },
 *     { model: 'm', number: 'DMND0001003', rankingValue: 90, score: 50, isOpen: false },
 * ]).map((d) => [d.number, d.rank])
 * //=> [['DMND0001001', 1], ['DMND0001002', 2], ['DMND0001003', null]]
 */
export function rankDemands<T extends RankInput>(items: readonly T[]): Array<T & { readonly rank: number | null }> {
    const models = Array.from(new Set(items.map((item) => item.model))).sort()
    const out: Array<T & { readonly rank: number | null }> = []
    for (const model of models) {
        const ofModel = items.filter((item) => item.model === model)
        const open = ofModel.filter((item) => item.isOpen === true).sort(compareForRank)
        const closed = ofModel
            .filter((item) => item.isOpen !== true)
            .sort((a, b) => compareDemandNumbers(a.number, b.number))
        open.forEach((item, index) => out.push({ ...item, rank: index + 1 }))
        closed.forEach((item) => out.push({ ...item, rank: null }))
    }
    return out
}

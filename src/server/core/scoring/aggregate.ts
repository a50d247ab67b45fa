/** Multi-assessor ratings: several assessors rate the same demand; their ratings average per criterion. */
import type { Ratings } from './types.ts'

/**
 * Averages each criterion's ratings over the assessors who rated it (an assessor who left a criterion empty does
 * not count for it). Values are summed in ascending order, so the result does not depend on the assessors' order.
 * Keys come out sorted; a criterion nobody rated is absent. The average is not rounded: the score rounds at the end.
 * @example aggregateRatings({ alice: { impact: 8, reach: 3 }, bob: { impact: 6, reach: null } })
 * //=> { impact: 7, reach: 3 }
 */
export function aggregateRatings(byAssessor: Readonly<Record<string, Ratings>>): Record<string, number> {
    const values = new Map<string, number[]>()
    for (const assessor of Object.keys(byAssessor)) {
        const ratings = byAssessor[assessor]
        if (!ratings) continue
        for (const key of Object.keys(ratings)) {
            const value = ratings[key]
            // '__proto__' can never be a criterion key, and assigning it would replace the result's prototype.
            if (key === '__proto__' || typeof value !== 'number' || !Number.isFinite(value)) continue
            const list = values.get(key)
            if (list) list.push(value)
            else values.set(key, [value])
        }
    }
    const averages: Record<string, number> = {}
    for (const key of Array.from(values.keys()).sort()) {
        const list = (values.get(key) ?? []).sort((a, b) => a - b)
        averages[key] = list.reduce((sum, v) => sum + v, 0) / list.length
    }
    return averages
}

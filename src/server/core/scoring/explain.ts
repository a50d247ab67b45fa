/** A score explained in plain text, for the demand form ("how was this score calculated?"). */
import { formatNumber } from './rounding.ts'
import type { ScoreResult } from './types.ts'

const METHOD_NAMES = { weighted: 'weighted', wsjf: 'WSJF', rice: 'RICE' } as const

/**
 * The lines a person reads on the demand form: a headline with the score, status, method and model version, one
 * line per criterion (name, rating, weight, contribution in points of the 0–100 score), then WSJF, RICE and the
 * override when there are any. Plain text (no markup), so criterion names need no escaping.
 * @example describeScore(scoreDemand({ method: 'weighted', version: 2 }, [impact, effort], { impact: 10 }))
 * //=> 'Score 50 of 100 (partial: 1 of 2 criteria rated; weighted model, version 2)\n'
 * //   + 'Customer impact: rating 10, weight 1, contribution 50\n'
 * //   + 'Effort: not rated, weight 1, contribution 0'
 */
export function describeScore(
    result: Pick<ScoreResult, 'score' | 'status' | 'wsjf' | 'rice' | 'override' | 'breakdown'>
): string {
    const { breakdown } = result
    const rated = breakdown.criteria.filter((c) => c.rating !== null).length
    const model = `${METHOD_NAMES[breakdown.method] ?? breakdown.method} model, version ${breakdown.modelVersion}`
    const headline =
        result.score === null
            ? `Not scored yet: no criterion rated (${model})`
            : `Score ${formatNumber(result.score)} of 100 (${result.status}: ${rated} of ${breakdown.criteria.length} ` +
              `criteria rated; ${model})`
    const lines = [headline]
    for (const c of breakdown.criteria) {
        const rating = c.rating === null ? 'not rated' : `rating ${formatNumber(c.rating)}`
        lines.push(
            `${c.name}: ${rating}, weight ${formatNumber(c.weight)}, contribution ${formatNumber(c.contribution)}`
        )
    }
    if (result.wsjf !== null) lines.push(`WSJF ${formatNumber(result.wsjf)}`)
    if (result.rice !== null) lines.push(`RICE ${formatNumber(result.rice)}`)
    if (result.override)
        lines.push(`Ranked by override ${formatNumber(result.override.value)}: ${result.override.reason}`)
    return lines.join('\n')
}

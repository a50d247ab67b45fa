/**
 * Scoring one demand against one model: the 0–100 weighted score, WSJF, RICE, the ranking value and the stored
 * breakdown that explains them.
 */
import { roundHalfUp } from './rounding.ts'
import type {
    Criterion,
    CriterionBreakdown,
    FormulaRole,
    Override,
    Ratings,
    ScoreBreakdown,
    ScoreResult,
    ScoreStatus,
    ScoringMethod,
    ScoringModel,
} from './types.ts'
import { sortCriteria } from './validate.ts'

function isUsable(c: Criterion): boolean {
    return (
        Number.isFinite(c.weight) && c.weight > 0 && Number.isFinite(c.min) && Number.isFinite(c.max) && c.min < c.max
    )
}

/** The rating of a criterion clamped to its range, or `null` when absent or not a finite number. */
function ratingOf(ratings: Ratings, c: Criterion): number | null {
    if (!Object.prototype.hasOwnProperty.call(ratings, c.key)) return null
    const value = ratings[c.key]
    if (typeof value !== 'number' || !Number.isFinite(value)) return null
    return Math.min(c.max, Math.max(c.min, value))
}

/**
 * A rating on a 0–1 scale where 1 is best: (rating − min)/(max − min) for a benefit criterion, 1 minus that for a
 * cost criterion. The rating is clamped to [min, max] first.
 * @example normalise({ min: 1, max: 10, direction: 'benefit' }, 7) //=> 0.6666666666666666
 * @example normalise({ min: 1, max: 10, direction: 'cost' }, 10) //=> 0
 */
export function normalise(criterion: Pick<Criterion, 'min' | 'max' | 'direction'>, rating: number): number {
    const clamped = Math.min(criterion.max, Math.max(criterion.min, rating))
    const n = (clamped - criterion.min) / (criterion.max - criterion.min)
    return criterion.direction === 'cost' ? 1 - n : n
}

/**
 * What a demand is ranked by when nobody overrode it: the score for `weighted`, WSJF for `wsjf`, RICE for `rice`.
 * @example computedRankingValue('wsjf', { score: 62.5, wsjf: 4.33, rice: null }) //=> 4.33
 */
export function computedRankingValue(
    method: ScoringMethod,
    values: Pick<ScoreResult, 'score' | 'wsjf' | 'rice'>
): number | null {
    switch (method) {
        case 'weighted':
            return values.score
        case 'wsjf':
            return values.wsjf
        case 'rice':
            return values.rice
        default:
            return null
    }
}

function quotient(numerator: number, denominator: number | null): number | null {
    if (denominator === null || !(denominator > 0)) return null
    return roundHalfUp(numerator / denominator)
}

/**
 * Scores one demand. For each criterion n = (rating − min)/(max − min), or 1 − that for a cost criterion; a
 * missing rating counts n = 0 and makes the status `partial` (`unscored` when nothing is rated, with score
 * `null`). score = 100 × Σ weight·n / Σ weight over all criteria, half-up to 2 dp. WSJF = (business_value +
 * time_criticality + risk_reduction) / job_size and RICE = reach × impact × confidence / effort, on the raw
 * ratings of the criteria with those roles, 2 dp; a missing numerator rating counts 0, and the value is `null`
 * when the model has no job_size (effort) criterion or its rating is missing or not above 0.
 *
 * Ratings outside a criterion's range are clamped to it. A criterion that would fail `validateModel`
 * (weight not above 0, min not below max) is left out, and of two criteria with the same role the first in order
 * counts. Breakdown criteria follow the model's order (then key); their contributions are rounded for display
 * only, so they may differ from the score by a cent.
 * @example const impact = { name: 'Customer impact', key: 'impact', weight: 1, direction: 'benefit',
 *     min: 1, max: 10, order: 1, formulaRole: 'none' }
 * const effort = { ...impact, name: 'Effort', key: 'effort', direction: 'cost', order: 2 }
 * scoreDemand({ method: 'weighted', version: 1 }, [impact, effort], { impact: 10 })
 * //=> { score: 50, status: 'partial', wsjf: null, rice: null, rankingValue: 50, override: null,
 * //     breakdown: { modelVersion: 1, method: 'weighted', criteria: [
 * //         { key: 'impact', name: 'Customer impact', rating: 10, normalised: 1, weight: 1, contribution: 50 },
 * //         { key: 'effort', name: 'Effort', rating: null, normalised: 0, weight: 1, contribution: 0 } ] } }
 */
export function scoreDemand(
    model: Pick<ScoringModel, 'method' | 'version'>,
    criteria: readonly Criterion[],
    ratings: Ratings
): ScoreResult {
    const usable = sortCriteria(criteria).filter(isUsable)
    const totalWeight = usable.reduce((sum, c) => sum + c.weight, 0)
    const rows = usable.map((c) => {
        const rating = ratingOf(ratings, c)
        return { c, rating, n: rating === null ? 0 : normalise(c, rating) }
    })
    const weighted = rows.reduce((sum, r) => sum + r.c.weight * r.n, 0)
    const rated = rows.filter((r) => r.rating !== null).length
    const status: ScoreStatus = rated === 0 ? 'unscored' : rated === rows.length ? 'scored' : 'partial'
    const score = status === 'unscored' ? null : roundHalfUp((100 * weighted) / totalWeight)

    const roleRow = (role: FormulaRole) => rows.find((r) => r.c.formulaRole === role)
    const raw = (role: FormulaRole) => roleRow(role)?.rating ?? 0
    const jobSize = roleRow('job_size')?.rating ?? null
    const effort = roleRow('effort')?.rating ?? null
    const wsjf = quotient(raw('business_value') + raw('time_criticality') + raw('risk_reduction'), jobSize)
    const rice = quotient(raw('reach') * raw('impact') * raw('confidence'), effort)

    const breakdown: ScoreBreakdown = {
        modelVersion: model.version,
        method: model.method,
        criteria: rows.map((r): CriterionBreakdown => ({
            key: r.c.key,
            name: r.c.name,
            rating: r.rating,
            normalised: roundHalfUp(r.n, 4),
            weight: r.c.weight,
            contribution: roundHalfUp((100 * r.c.weight * r.n) / totalWeight),
        })),
    }
    const values = { score, wsjf, rice }
    return {
        score,
        status,
        wsjf,
        rice,
        rankingValue: computedRankingValue(model.method, values),
        override: null,
        breakdown,
    }
}

/**
 * Applies a manual override (from `validateOverride`): its value replaces the ranking value; score, WSJF,
 * RICE and status are kept. `null` removes an earlier override and restores the computed ranking value.
 * @example applyOverride(result, { value: 99, reason: 'Regulatory deadline' }).rankingValue //=> 99
 */
export function applyOverride(result: ScoreResult, override: Override | null): ScoreResult {
    const rankingValue = override ? override.value : computedRankingValue(result.breakdown.method, result)
    return { ...result, rankingValue, override: override ? { value: override.value, reason: override.reason } : null }
}

/**
 * The breakdown as the JSON string stored on the result: keys in a fixed order, whatever order the object was
 * built in, so the same breakdown always gives the same string.
 * @example serializeBreakdown(result.breakdown)
 * //=> '{"modelVersion":1,"method":"weighted","criteria":[{"key":"impact","name":"Customer impact",'
 * //   + '"rating":10,"normalised":1,"weight":1,"contribution":50}]}'
 */
export function serializeBreakdown(breakdown: ScoreBreakdown): string {
    return JSON.stringify({
        modelVersion: breakdown.modelVersion,
        method: breakdown.method,
        criteria: breakdown.criteria.map((c) => ({
            key: c.key,
            name: c.name,
            rating: c.rating,
            normalised: c.normalised,
            weight: c.weight,
            contribution: c.contribution,
        })),
    })
}

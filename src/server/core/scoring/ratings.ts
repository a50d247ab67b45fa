/**
 * Ratings as records hold them (one row per demand × criterion × assessor, the criterion by sys_id) turned into
 * what `scoreDemand` takes, and the checks a rating must pass before it is saved.
 */
import type { Failure, Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { aggregateRatings } from './aggregate.ts'
import type { Criterion } from './types.ts'
import { validateRating } from './validate.ts'

/**
 * One rating record (`x_itvc_value_rating`): references as sys_ids, the value as a number (`null` when empty).
 * @example const row: RatingRow = { demand: 'd1', criterion: 'c1', assessor: 'u1', value: 8 }
 */
export interface RatingRow {
    readonly demand: string
    readonly criterion: string
    readonly assessor: string
    readonly value: number | null
}

/**
 * Groups rating rows by demand and averages each criterion over its assessors (`aggregateRatings`), keyed by
 * criterion key. `keyOf(demand)` maps the criteria of the demand's model (sys_id → key); rows of other criteria
 * (another model's, or deleted ones) are ignored, and a demand without usable rows is absent.
 * @example ratingsByDemand(
 *     [{ demand: 'd1', criterion: 'c1', assessor: 'ann', value: 8 }, { demand: 'd1', criterion: 'c1', assessor: 'bob', value: 6 }],
 *     () => ({ c1: 'impact' })
 * ).get('d1') //=> { impact: 7 }
 */
export function ratingsByDemand(
    rows: readonly RatingRow[],
    keyOf: (demand: string) => Readonly<Record<string, string>> | null | undefined
): Map<string, Record<string, number>> {
    const byDemand = new Map<string, Map<string, Record<string, number>>>()
    for (const row of rows) {
        const keys = keyOf(row.demand)
        const key = keys && Object.prototype.hasOwnProperty.call(keys, row.criterion) ? keys[row.criterion] : undefined
        if (key === undefined || row.value === null || !Number.isFinite(row.value)) continue
        let assessors = byDemand.get(row.demand)
        if (!assessors) {
            assessors = new Map()
            byDemand.set(row.demand, assessors)
        }
        let ratings = assessors.get(row.assessor)
        if (!ratings) {
            ratings = {}
            assessors.set(row.assessor, ratings)
        }
        ratings[key] = row.value
    }
    const out = new Map<string, Record<string, number>>()
    for (const [demand, assessors] of byDemand) out.set(demand, aggregateRatings(Object.fromEntries(assessors)))
    return out
}

/**
 * What a rating refers to, as the rating rule reads it.
 * @example const target: RatingTarget = { demandNumber: 'DMND0001001', demandModel: 'm1', demandModelName: 'RICE',
 *     criterionName: 'Reach', criterionModel: 'm1', criterionModelName: 'RICE' }
 */
export interface RatingTarget {
    readonly demandNumber: string
    /** The demand's scoring model (sys_id), `null` when it has none. */
    readonly demandModel: string | null
    readonly demandModelName: string
    readonly criterionName: string
    /** The criterion's model (sys_id). */
    readonly criterionModel: string
    readonly criterionModelName: string
}

/**
 * Checks that a rating's criterion belongs to the model the demand is scored with.
 * @example validateRatingTarget({ ...target, demandModel: null })
 * //=> { ok: false, error: { code: 'SCORING.DEMAND_NO_MODEL', field: 'demand',
 * //     message: 'DMND0001001 has no scoring model: choose one on the demand before rating it' } }
 * @example validateRatingTarget({ ...target, criterionModel: 'm2', criterionModelName: 'WSJF' })
 * //=> { ok: false, error: { code: 'SCORING.CRITERION_OTHER_MODEL', field: 'criterion',
 * //     message: '"Reach" belongs to the model "WSJF", but DMND0001001 is scored with "RICE"' } }
 */
export function validateRatingTarget(target: RatingTarget): Result<null> {
    if (!target.demandModel) {
        return fail(
            'SCORING.DEMAND_NO_MODEL',
            `${target.demandNumber} has no scoring model: choose one on the demand before rating it`,
            'demand'
        )
    }
    if (target.criterionModel !== target.demandModel) {
        return fail(
            'SCORING.CRITERION_OTHER_MODEL',
            `"${target.criterionName}" belongs to the model "${target.criterionModelName}", but ` +
                `${target.demandNumber} is scored with "${target.demandModelName}"`,
            'criterion'
        )
    }
    return ok(null)
}

/**
 * The refusal of a second rating by the same assessor for the same demand and criterion.
 * @example duplicateRating('Ada Assessor', 'Reach', 'DMND0001001').code //=> 'SCORING.RATING_DUPLICATE'
 */
export function duplicateRating(assessorName: string, criterionName: string, demandNumber: string): Failure {
    return {
        code: 'SCORING.RATING_DUPLICATE',
        message: `${assessorName} has already rated "${criterionName}" on ${demandNumber}: change that rating instead`,
        field: 'criterion',
    }
}

/**
 * The refusal of an assessor entering or changing someone else's rating (demand managers may).
 * @example notOwnRating().message //=> 'You can only enter and change your own ratings'
 */
export function notOwnRating(): Failure {
    return {
        code: 'SCORING.RATING_NOT_OWN',
        message: 'You can only enter and change your own ratings',
        field: 'assessor',
    }
}

/**
 * Everything the rating rule knows about a rating being saved.
 * @example const save: RatingSave = { value: 8, criterion: { name: 'Reach', min: 0, max: 100000 }, target,
 *     ownRating: true, mayRateForOthers: false, duplicateBy: null }
 */
export interface RatingSave {
    readonly value: number | null
    /** The rated criterion, `null` when it does not exist. */
    readonly criterion: Pick<Criterion, 'name' | 'min' | 'max'> | null
    /** What the rating refers to, `null` when the demand does not exist. */
    readonly target: RatingTarget | null
    /** Whether the rating is the session user's own (its assessor is the user). */
    readonly ownRating: boolean
    /** Whether the user may enter ratings for others (demand managers). */
    readonly mayRateForOthers: boolean
    /** The assessor's name when they already rated this criterion on this demand (another rating), else `null`. */
    readonly duplicateBy: string | null
}

/**
 * Checks a rating before it is saved, in this order: the user may enter it (their own, or a demand manager's), the
 * criterion and demand exist, the criterion belongs to the demand's model, the value is within the criterion's
 * range, and the assessor has not rated this criterion on this demand already.
 * @example validateRatingSave({ ...save, value: 12, criterion: { name: 'Customer impact', min: 1, max: 10 } })
 * //=> { ok: false, error: { code: 'SCORING.RATING_OUT_OF_RANGE', field: 'value',
 * //     message: 'Rating 12 for "Customer impact" is outside 1–10' } }
 */
export function validateRatingSave(save: RatingSave): Result<null> {
    if (!save.ownRating && !save.mayRateForOthers) return { ok: false, error: notOwnRating() }
    if (!save.criterion) return fail('SCORING.CRITERION_NOT_FOUND', 'Choose an existing criterion to rate', 'criterion')
    if (!save.target) return fail('SCORING.DEMAND_NOT_FOUND', 'Choose an existing demand to rate', 'demand')
    const target = validateRatingTarget(save.target)
    if (!target.ok) return target
    const value = validateRating(save.criterion, save.value)
    if (!value.ok) return value
    if (save.duplicateBy !== null) {
        return { ok: false, error: duplicateRating(save.duplicateBy, save.criterion.name, save.target.demandNumber) }
    }
    return ok(null)
}

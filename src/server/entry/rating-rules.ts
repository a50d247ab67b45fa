import type { GlideRecord } from '@servicenow/glide'
import { validateRatingSave } from '../core/index.ts'
import { abortSave } from '../adapters/glide-rules.ts'
import { defaultAssessor, ratedDemand, readRatingSave } from '../adapters/glide-scoring-ratings.ts'
import { rescoreDemandsById } from './scoring-service.ts'

/**
 * Before insert/update on x_itvc_value_rating: "Rated by" defaults to the user; the rating is refused (nothing is
 * written) unless it is the user's own or the user is a demand manager, its criterion belongs to the demand's model,
 * its value is within the criterion's range and its assessor has not rated that criterion on that demand already.
 */
export function onRatingSaving(current: GlideRecord, _previous: GlideRecord | null): void {
    defaultAssessor(current)
    const checked = validateRatingSave(readRatingSave(current))
    if (!checked.ok) abortSave(current, checked.error.message)
}

/**
 * After insert/update/delete on x_itvc_value_rating: re-scores the rated demand (and the one it was moved from)
 * in this transaction; its rank is refreshed in the background.
 */
export function onRatingChanged(current: GlideRecord, previous: GlideRecord | null): void {
    const demands = [ratedDemand(current), ratedDemand(previous)].filter(
        (id, i, all) => id !== '' && all.indexOf(id) === i
    )
    rescoreDemandsById(demands, 'rating')
}

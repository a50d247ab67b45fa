/** Checks on saving a model's criteria, and what an edit changes. */
import type { Result } from '../result.ts'
import { ok } from '../result.ts'
import type { Criterion, ScoringModel } from './types.ts'
import { validateModel } from './validate.ts'

/**
 * Checks the criteria of a model after one of them is saved: every criterion valid (weight above 0, min below max,
 * snake_case key, known direction and role), keys and formula roles unique. Unlike `validateModel`, a model that
 * still lacks criteria or a WSJF/RICE formula role passes: models are built one criterion at a time, and their
 * WSJF/RICE value stays empty until the roles exist.
 * @example validateCriteriaEdit(wsjfModel, [{ ...businessValue }]) //=> { ok: true, value: null }
 * @example validateCriteriaEdit(model, [{ ...impact, weight: 0 }])
 * //=> { ok: false, error: { code: 'SCORING.WEIGHT_NOT_POSITIVE', field: 'weight',
 * //     message: 'Weight of "Customer impact" must be above 0 (is 0)' } }
 */
export function validateCriteriaEdit(model: ScoringModel, criteria: readonly Criterion[]): Result<null> {
    if (criteria.length === 0) return ok(null)
    const checked = validateModel(model, criteria)
    if (checked.ok || checked.error.code === 'SCORING.ROLE_MISSING') return ok(null)
    return checked
}

/**
 * Checks a model when it is saved: a name, a known method and version; its criteria (if any) as
 * `validateCriteriaEdit` does. When the method changes, the criteria must also have the formula roles the new method
 * needs (`SCORING.ROLE_MISSING`), so a model is switched to WSJF or RICE only once it can compute them.
 * @example validateModelEdit({ ...model, method: 'rice' }, weightedCriteria, true)
 * //=> { ok: false, error: { code: 'SCORING.ROLE_MISSING', field: 'formula_role',
 * //     message: 'A RICE model needs criteria with the formula roles reach, impact, confidence, effort' } }
 * @example validateModelEdit({ ...model, name: ' ' }, [], false)
 * //=> { ok: false, error: { code: 'SCORING.MODEL_NAME_REQUIRED', field: 'name',
 * //     message: 'The scoring model needs a name' } }
 */
export function validateModelEdit(
    model: ScoringModel,
    criteria: readonly Criterion[],
    methodChanged: boolean
): Result<null> {
    const checked = validateModel(model, criteria)
    if (checked.ok) return ok(null)
    const code = checked.error.code
    if (code === 'SCORING.MODEL_NO_CRITERIA' || (code === 'SCORING.ROLE_MISSING' && !methodChanged)) return ok(null)
    return checked
}

/**
 * The criterion columns whose change alters scores (and so bumps the model's version).
 * @example CRITERION_SCORING_FIELDS.indexOf('weight') >= 0 //=> true
 */
export const CRITERION_SCORING_FIELDS = [
    'model',
    'name',
    'key',
    'weight',
    'direction',
    'min_value',
    'max_value',
    'order',
    'formula_role',
] as const

import type { GlideRecord } from '@servicenow/glide'
import { CRITERION_SCORING_FIELDS, validateCriteriaEdit } from '../core/index.ts'
import { abortSave } from '../adapters/glide-rules.ts'
import { changedColumns } from '../adapters/glide-scoring-demands.ts'
import { bumpModelVersion, criterionOf, readCriteria, readScoringModel } from '../adapters/glide-scoring-models.ts'

/**
 * Before insert/update on x_itvc_value_criterion: refuses a criterion that is invalid on its own (weight not above 0,
 * minimum not below maximum, bad key, unknown direction or role) or clashes with its model's other criteria (same
 * key, same formula role), with a message naming it.
 */
export function onCriterionSaving(current: GlideRecord, _previous: GlideRecord | null): void {
    const criterion = criterionOf(current)
    const model = readScoringModel(criterion.model)
    if (!model) return abortSave(current, 'Choose the scoring model this criterion belongs to')
    const checked = validateCriteriaEdit(model, [criterion])
    const together = checked.ok
        ? validateCriteriaEdit(model, [...readCriteria(criterion.model, criterion.sysId), criterion])
        : checked
    if (!together.ok) abortSave(current, together.error.message)
}

/**
 * After insert/update on x_itvc_value_criterion: an edit that changes scores bumps the model's version (and the
 * version of the model it left) and queues the re-score of its open demands for the job.
 */
export function onCriterionSaved(current: GlideRecord, previous: GlideRecord | null): void {
    if (changedColumns(current, CRITERION_SCORING_FIELDS).length === 0) return
    const models = [criterionOf(current).model, previous ? criterionOf(previous).model : '']
    for (const model of models.filter((m, i) => m !== '' && models.indexOf(m) === i)) bumpModelVersion(model)
}

/** After delete on x_itvc_value_criterion: bumps the model's version and queues the re-score of its demands. */
export function onCriterionDeleted(current: GlideRecord, _previous: GlideRecord | null): void {
    bumpModelVersion(criterionOf(current).model)
}

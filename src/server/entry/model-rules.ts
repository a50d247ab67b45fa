import type { GlideRecord } from '@servicenow/glide'
import { nextModelVersion, validateModelEdit, validateSingleDefault } from '../core/index.ts'
import { abortSave } from '../adapters/glide-rules.ts'
import { readScoringConfig } from '../adapters/glide-scoring-config.ts'
import { changedColumns } from '../adapters/glide-scoring-demands.ts'
import {
    isModelInUse,
    MODEL_EDIT_COLUMNS,
    startModel,
    modelOf,
    otherActiveDefaults,
    queueRescore,
    readCriteria,
} from '../adapters/glide-scoring-models.ts'
import { rerankModel } from './scoring-service.ts'

/**
 * Before insert/update on x_itvc_value_scoring_model: refuses a model without a name or with an unknown method, a
 * second active default, and a switch to WSJF or RICE before the criteria have the formula roles. A method change
 * bumps the version and queues the re-score of the model's open demands (the job does it). A new model starts at
 * version 1 with an empty queue, whatever was sent.
 */
export function onModelSaving(current: GlideRecord, _previous: GlideRecord | null): void {
    const isNew = current.isNewRecord()
    if (isNew) startModel(current)
    else if (changedColumns(current, MODEL_EDIT_COLUMNS).length === 0) return // the app's own queue writes
    const model = modelOf(current)
    const methodChanged = !isNew && changedColumns(current, ['method']).length > 0
    const id = current.getUniqueValue()
    const checked = validateModelEdit(model, readCriteria(id), methodChanged)
    const single =
        checked.ok && model.active && model.isDefault
            ? validateSingleDefault([...otherActiveDefaults(id), model])
            : checked
    if (!single.ok) return abortSave(current, single.error.message)
    if (!methodChanged) return
    current.setValue('version', nextModelVersion(model.version))
    queueRescore(current, 'model_change')
}

/** Before delete on x_itvc_value_scoring_model: refuses to delete a model that scores demands. */
export function onModelDeleting(current: GlideRecord, _previous: GlideRecord | null): void {
    if (isModelInUse(current.getUniqueValue())) {
        abortSave(current, `The model "${modelOf(current).name}" scores demands: deactivate it instead of deleting it`)
    }
}

/** Async after a rating moved a ranking value (the model's re-rank flag): refreshes the model's ranks. */
export function onModelRerankRequested(current: GlideRecord | null, _previous: GlideRecord | null): void {
    if (current) rerankModel(current.getUniqueValue(), readScoringConfig())
}

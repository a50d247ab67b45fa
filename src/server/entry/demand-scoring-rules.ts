import type { GlideRecord } from '@servicenow/glide'
import { ratingsByDemand, scoreOf, scoreOrRankingChanged, storedScoreChanged, validateOverride } from '../core/index.ts'
import { abortSave } from '../adapters/glide-rules.ts'
import {
    changedColumns,
    clearRank,
    demandRowOf,
    nowUtc,
    readRatingRows,
    recordScoreChanges,
    setScoreFields,
    startDemand,
} from '../adapters/glide-scoring-demands.ts'
import { defaultModelId, readModel, readScoringModel, requestRerank } from '../adapters/glide-scoring-models.ts'
import { DEMAND_COLUMNS, DEMAND_EDIT_COLUMNS } from '../adapters/glide-scoring-schema.ts'

/**
 * Before insert on dmn_demand without a scoring model or score status (the rule's filter): the status starts as
 * unscored and the demand gets the active default model.
 */
export function onDemandCreating(current: GlideRecord, _previous: GlideRecord | null): void {
    startDemand(current, current.getValue(DEMAND_COLUMNS.model) ? null : defaultModelId())
}

/**
 * Before update on dmn_demand, when a demand manager changes the scoring model or the override: refuses an override
 * value without a reason (or a reason without a value), and re-scores the demand in this save (against the new
 * model, ranked by the override). A new model also clears the rank until the model's re-rank gives a new one.
 */
export function onDemandScoringEdit(current: GlideRecord, _previous: GlideRecord | null): void {
    const edited = changedColumns(current, DEMAND_EDIT_COLUMNS)
    if (edited.length === 0) return
    const demand = demandRowOf(current)
    const override = validateOverride(demand.overrideValue, demand.overrideReason)
    if (!override.ok) return abortSave(current, override.error.message)
    const model = readModel(demand.model ?? '')
    const ratings = model ? ratingsByDemand(readRatingRows([demand.sysId]), () => model.keyOf).get(demand.sysId) : {}
    setScoreFields(current, scoreOf(model, ratings ?? {}, demand.overrideValue, demand.overrideReason), nowUtc())
    if (edited.indexOf(DEMAND_COLUMNS.model) >= 0) clearRank(current)
}

/**
 * After update on dmn_demand: when a demand manager changed the model or the override, writes the history row and
 * the project's copy; when the model, override, active flag or state changed, asks the models for a re-rank.
 */
export function onDemandScoringEdited(current: GlideRecord, previous: GlideRecord | null): void {
    const edited = changedColumns(current, [...DEMAND_EDIT_COLUMNS, 'active', 'state'])
    if (edited.length === 0 || !previous) return
    const before = demandRowOf(previous).stored
    const after = demandRowOf(current)
    if (
        edited.some((c) => (DEMAND_EDIT_COLUMNS as readonly string[]).indexOf(c) >= 0) &&
        storedScoreChanged(before, after.stored)
    ) {
        const modelVersion = readScoringModel(after.model ?? '')?.version ?? null
        const change = {
            sysId: after.sysId,
            model: after.model,
            modelVersion,
            before,
            after: after.stored,
            historic: scoreOrRankingChanged(before, after.stored),
        }
        recordScoreChanges([change], edited.indexOf(DEMAND_COLUMNS.model) >= 0 ? 'model_change' : 'override', nowUtc())
    }
    for (const model of [after.model, demandRowOf(previous).model]) if (model) requestRerank(model)
}

import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onCriterionDeleted, onCriterionSaved, onCriterionSaving } from '../../server/entry/criterion-rules.ts'
import {
    onDemandCreating,
    onDemandScoringEdit,
    onDemandScoringEdited,
} from '../../server/entry/demand-scoring-rules.ts'
import { onModelDeleting, onModelRerankRequested, onModelSaving } from '../../server/entry/model-rules.ts'
import { onProjectDemandLinked } from '../../server/entry/project-score-rules.ts'
import { onRatingChanged, onRatingSaving } from '../../server/entry/rating-rules.ts'

/**
 * Demand value scoring rules (README "Demand value scoring"). A rating re-scores its demand in its own transaction;
 * a model edit only bumps the version and queues the work for the re-score job; ranks refresh in the background.
 */

// ---- ratings ----------------------------------------------------------------------------------------------------

export const ratingValidation = BusinessRule({
    $id: Now.ID['br.rating_validate'],
    name: 'IT Value: validate rating',
    description:
        "Refuses a rating outside its criterion range, of a criterion of another model, a second one by the same assessor, or someone else's (unless a demand manager).",
    table: 'x_itvc_value_rating',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: onRatingSaving,
    active: true,
})

export const ratingRescore = BusinessRule({
    $id: Now.ID['br.rating_rescore_demand'],
    name: 'IT Value: re-score rated demand',
    description: 'Re-scores the demand of a saved, changed or deleted rating and asks for a re-rank.',
    table: 'x_itvc_value_rating',
    when: 'after',
    action: ['insert', 'update', 'delete'],
    order: 100,
    filterCondition: 'demandISNOTEMPTY',
    script: onRatingChanged,
    active: true,
})

// ---- criteria ---------------------------------------------------------------------------------------------------

export const criterionValidation = BusinessRule({
    $id: Now.ID['br.criterion_validate'],
    name: 'IT Value: validate scoring criterion',
    description: 'Refuses a weight of 0 or less, a minimum not below the maximum, a bad key, duplicate keys or roles.',
    table: 'x_itvc_value_criterion',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: onCriterionSaving,
    active: true,
})

export const criterionSaved = BusinessRule({
    $id: Now.ID['br.criterion_bump_model'],
    name: 'IT Value: bump model version on criterion change',
    description: 'A criterion change that alters scores bumps the model version and queues the re-score job.',
    table: 'x_itvc_value_criterion',
    when: 'after',
    action: ['insert', 'update'],
    order: 100,
    filterCondition: 'modelISNOTEMPTY',
    script: onCriterionSaved,
    active: true,
})

export const criterionDeleted = BusinessRule({
    $id: Now.ID['br.criterion_deleted_bump_model'],
    name: 'IT Value: bump model version on criterion delete',
    description: 'Deleting a criterion bumps the model version and queues the re-score job.',
    table: 'x_itvc_value_criterion',
    when: 'after',
    action: ['delete'],
    order: 100,
    filterCondition: 'modelISNOTEMPTY',
    script: onCriterionDeleted,
    active: true,
})

// ---- models -----------------------------------------------------------------------------------------------------

export const modelValidation = BusinessRule({
    $id: Now.ID['br.scoring_model_validate'],
    name: 'IT Value: validate scoring model',
    description:
        'Refuses a second active default model and a method its criteria cannot compute; a method change bumps the version and queues the re-score job.',
    table: 'x_itvc_value_scoring_model',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: onModelSaving,
    active: true,
})

export const modelDeleteGuard = BusinessRule({
    $id: Now.ID['br.scoring_model_delete_guard'],
    name: 'IT Value: keep scoring models in use',
    description: 'Refuses to delete a model that scores demands.',
    table: 'x_itvc_value_scoring_model',
    when: 'before',
    action: ['delete'],
    order: 100,
    script: onModelDeleting,
    active: true,
})

export const modelRerank = BusinessRule({
    $id: Now.ID['br.scoring_model_rerank'],
    name: 'IT Value: re-rank demands of model',
    description: 'In the background: refreshes the ranks of a model whose ranking values changed.',
    table: 'x_itvc_value_scoring_model',
    when: 'async',
    action: ['insert', 'update'],
    order: 100,
    filterCondition: 'rerank_pending=true',
    script: onModelRerankRequested,
    active: true,
})

// ---- demands and projects ---------------------------------------------------------------------------------------

export const demandDefaultModel = BusinessRule({
    $id: Now.ID['br.demand_default_model'],
    name: 'IT Value: default scoring model',
    description: 'A new demand starts unscored and, without a scoring model, gets the active default model.',
    table: 'dmn_demand',
    when: 'before',
    action: ['insert'],
    order: 100,
    filterCondition: 'x_itvc_value_modelISEMPTY^ORx_itvc_value_score_statusISEMPTY',
    script: onDemandCreating,
    active: true,
})

/** Filter = SCORED_DEMAND_QUERY (src/server/adapters/glide-scoring-schema.ts; test/structure checks it). */
export const demandScoringEdit = BusinessRule({
    $id: Now.ID['br.demand_scoring_edit'],
    name: 'IT Value: re-score demand on model or override change',
    description:
        'Refuses an override without a reason (or a reason without a value); a new model or override re-scores the demand in the same save.',
    table: 'dmn_demand',
    when: 'before',
    action: ['update'],
    order: 900,
    filterCondition:
        'x_itvc_value_modelISNOTEMPTY^ORx_itvc_value_overrideISNOTEMPTY^ORx_itvc_value_override_reasonISNOTEMPTY^ORx_itvc_value_breakdownISNOTEMPTY',
    script: onDemandScoringEdit,
    active: true,
})

export const demandScoringEdited = BusinessRule({
    $id: Now.ID['br.demand_scoring_edited'],
    name: 'IT Value: record demand score change',
    description:
        'After a model or override change: history row and project copy; after a model, override or state change: re-rank.',
    table: 'dmn_demand',
    when: 'after',
    action: ['update'],
    order: 900,
    filterCondition:
        'x_itvc_value_modelISNOTEMPTY^ORx_itvc_value_overrideISNOTEMPTY^ORx_itvc_value_override_reasonISNOTEMPTY^ORx_itvc_value_breakdownISNOTEMPTY',
    script: onDemandScoringEdited,
    active: true,
})

export const projectScoreCopy = BusinessRule({
    $id: Now.ID['br.project_copy_demand_score'],
    name: 'IT Value: copy demand score to project',
    description: 'When a project gets its demand (conversion), it copies the demand value score and breakdown.',
    table: 'pm_project',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    filterCondition: 'demandISNOTEMPTY',
    script: onProjectDemandLinked,
    active: true,
})

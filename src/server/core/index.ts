export { aggregateRatings } from './scoring/aggregate.ts'
export { rankDemands } from './scoring/rank.ts'
export type { RankInput } from './scoring/rank.ts'
export { applyOverride, scoreDemand, serializeBreakdown } from './scoring/score.ts'
export { defaultModelTemplates } from './scoring/templates.ts'
export { CRITERION_DIRECTIONS, FORMULA_ROLES, REQUIRED_ROLES, SCORING_METHODS } from './scoring/types.ts'
export type {
    Criterion,
    CriterionBreakdown,
    CriterionDirection,
    FormulaRole,
    ModelTemplate,
    Override,
    Ratings,
    ScoreBreakdown,
    ScoreResult,
    ScoreStatus,
    ScoringMethod,
    ScoringModel,
} from './scoring/types.ts'
export { validateModel, validateOverride, validateRating, validateSingleDefault } from './scoring/validate.ts'
export type { ValidModel } from './scoring/validate.ts'
export { nextModelVersion } from './scoring/version.ts'

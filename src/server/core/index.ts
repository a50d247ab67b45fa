export { parsePricingConfig, PRICING_CONFIG_DEFAULTS, PRICING_PROPERTIES } from './pricing/config.ts'
export type { PricingConfig } from './pricing/config.ts'
export type { FieldValue, PricingField } from './pricing/fields.ts'
export { impactScore } from './pricing/impact-score.ts'
export { priceIncident, RESOLVED_STATES } from './pricing/price-incident.ts'
export type {
    Pricing,
    PricingBranch,
    PricingFigure,
    PricingInput,
    PricingStep,
    ServiceProfile,
} from './pricing/price-incident.ts'
export { resolveGuard } from './pricing/resolve-guard.ts'
export { DEFAULT_TOLERANCE_PERCENT, METRIC_DIRECTIONS, ragStatus, trend } from './scorecard/rag.ts'
export type {
    MetricDirection,
    RagOptions,
    RagReading,
    RagStatus,
    Trend,
    TrendJudgement,
    TrendMovement,
    TrendReading,
} from './scorecard/rag.ts'
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

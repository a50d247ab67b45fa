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
export { periodByLabel, periodContaining, periodsBetween, previousPeriod } from './fiscal/calendar.ts'
export type { FiscalPeriod, PeriodType } from './fiscal/calendar.ts'
export { DEFAULT_FISCAL_CONFIG, FISCAL_PROPERTIES, fiscalConfig } from './fiscal/config.ts'
export type { CalendarType, FiscalConfig, FiscalProps, Weekday } from './fiscal/config.ts'
export { parseDate } from './fiscal/dates.ts'
export type { IsoDate } from './fiscal/dates.ts'
export { convert, DEFAULT_FUNCTIONAL_CURRENCY } from './benefits/currency.ts'
export type { Conversion, ExchangeRate } from './benefits/currency.ts'
export { percentOf } from './benefits/percent.ts'
export { perspectiveForType } from './benefits/perspective.ts'
export type { BenefitType, Perspective } from './benefits/perspective.ts'
export { generatePlan, MAX_PLAN_PERIODS } from './benefits/plan.ts'
export type { ExistingPeriod, PlanChanges, PlannedPeriod, PlanRequest } from './benefits/plan.ts'
export { BENEFIT_PROPERTIES, benefitSettings, DEFAULT_BENEFIT_SETTINGS } from './benefits/settings.ts'
export type { BenefitProps, BenefitSettings } from './benefits/settings.ts'
export {
    benefitTotals,
    DEFAULT_AT_RISK_THRESHOLD_PCT,
    DEFAULT_MEASUREMENT_GRACE_DAYS,
    overduePeriods,
    validatePeriodAmounts,
} from './benefits/totals.ts'
export type { BenefitTotals } from './benefits/totals.ts'
export type { PeriodAmounts } from './benefits/types.ts'
export { DEFAULT_DISCOUNT_RATE, projectValue, valueHealth } from './benefits/value.ts'
export type { ProjectValue, ProjectValueInput, ValueHealth } from './benefits/value.ts'
export { profileServiceChange, validateServiceProfile } from './pricing/profile.ts'
export { formatCents } from './money.ts'
// ---- value scorecard ------------------------------------------------------------------------------------------
export type { Failure } from './result.ts'
export { METRIC_UNITS, parseMetric, PERSPECTIVE_LABELS, PERSPECTIVES, sortMetrics } from './scorecard/catalog.ts'
export type { Metric, MetricRow, MetricUnit } from './scorecard/catalog.ts'
export {
    aggregateName,
    DIMENSION_LABEL_SOURCES,
    DIMENSION_LABELS,
    DIMENSIONS,
    SCORECARD_FIELDS,
    sourceSpec,
} from './scorecard/sources.ts'
export type { AggregateField, AggregateRow, AggregateSpec, Dimension, SourceId } from './scorecard/sources.ts'
export { isAdditive, isMetricKey, METRIC_KEYS, metricDimensions, periodTarget } from './scorecard/metrics.ts'
export type { MetricKey } from './scorecard/metrics.ts'
export { planWrites, scorecardEntry } from './scorecard/entries.ts'
export type { EntryValues, ScorecardDraft, StoredEntry, StoredScorecard, WritePlan } from './scorecard/entries.ts'
export {
    backfillPeriods,
    chunkPlan,
    chunkPoint,
    fiscalYearAfterQuarter,
    nightlyPeriods,
    parseDimensions,
    PERIOD_TYPES,
} from './scorecard/plan.ts'
export type { Chunk } from './scorecard/plan.ts'
export type {
    ChunkScorecards,
    QueryMeter,
    RollupClock,
    RollupLogger,
    RollupPorts,
    RollupRun,
    RunKind,
    RunState,
    ScorecardSource,
    ScorecardStore,
} from './scorecard/ports.ts'
export { runRollup } from './scorecard/runner.ts'
export type { RollupBudget, RollupContext } from './scorecard/runner.ts'
export { DEFAULT_SCORECARD_SETTINGS, SCORECARD_PROPERTIES, scorecardSettings } from './scorecard/settings.ts'
export type { ScorecardProps, ScorecardSettings } from './scorecard/settings.ts'
export {
    isoUtc,
    parseRollupRequest,
    parseScorecardRequest,
    parseTrendRequest,
    runView,
    scorecardView,
    trendView,
} from './scorecard/api.ts'
export type {
    QueryParams,
    RollupRequest,
    RunView,
    ScorecardRecord,
    ScorecardRequest,
    ScorecardView,
    TrendHit,
    TrendRequest,
    TrendView,
    ViewSettings,
} from './scorecard/api.ts'
export { metricRecords, metricRecordsSource } from './scorecard/records.ts'
export type { MetricRecords, RecordsBasis, RecordsContext } from './scorecard/records.ts'
export { sourceRecords } from './scorecard/sources.ts'
export type { RecordsQuery } from './scorecard/sources.ts'
export { buildDigest, digestHtml, formatValue } from './scorecard/digest.ts'
export type { Digest, DigestEntry } from './scorecard/digest.ts'
export { APPROVED_DEMAND_STATES, demandApproval } from './scorecard/demand-approval.ts'
export type { DemandApproval, DemandApprovalInput } from './scorecard/demand-approval.ts'
export { DEFAULT_SCORING_CONFIG, SCORING_PROPERTIES, scoringConfig } from './scoring/config.ts'
export type { ScoringConfig, ScoringProps } from './scoring/config.ts'
export { CLOSED_DEMAND_STATES, isOpenDemand, OPEN_DEMANDS_QUERY } from './scoring/demand.ts'
export { CRITERION_SCORING_FIELDS, validateCriteriaEdit, validateModelEdit } from './scoring/edit.ts'
export { describeScore } from './scoring/explain.ts'
export { parsePage, RANKING_PAGE } from './scoring/page.ts'
export type { Page } from './scoring/page.ts'
export { rankUpdates } from './scoring/rank-updates.ts'
export type { RankedDemand } from './scoring/rank-updates.ts'
export {
    duplicateRating,
    notOwnRating,
    ratingsByDemand,
    validateRatingSave,
    validateRatingTarget,
} from './scoring/ratings.ts'
export type { RatingRow, RatingSave, RatingTarget } from './scoring/ratings.ts'
export {
    changeHistoryKey,
    demandsPerRatingRead,
    historyKey,
    MAX_ROWS_PER_READ,
    planRescore,
    scoreOf,
} from './scoring/rescore.ts'
export type { DemandScoreState, HistoryIdentity, ModelForScoring, ScoreChange } from './scoring/rescore.ts'
export {
    parseStoredNumber,
    parseStoredStatus,
    SCORE_REASONS,
    scoreOrRankingChanged,
    storedScoreChanged,
    toStoredScore,
    UNSCORED,
} from './scoring/stored.ts'
export type { ScoreReason, StoredScore } from './scoring/stored.ts'
// ---- benefit tracking: requests, period and benefit checks, state, series -----------------------------------------
export {
    checkPeriodInRange,
    MAX_ACTUALS_PER_REQUEST,
    MAX_EVIDENCE_LENGTH,
    parseActuals,
    parsePlanFields,
} from './benefits/actuals.ts'
export type { Actual, PlanFields } from './benefits/actuals.ts'
export { checkBenefit, checkExchangeRate } from './benefits/benefit.ts'
export type { BenefitDefaults, BenefitFields, RateFields } from './benefits/benefit.ts'
export { lastOverdueEnd } from './benefits/overdue.ts'
export { checkPeriod } from './benefits/period.ts'
export type { CheckedPeriod, PeriodInput } from './benefits/period.ts'
export { benefitState } from './benefits/state.ts'
export type { BenefitState, BenefitStateInput } from './benefits/state.ts'
export { benefitProjectsView, MAX_BENEFIT_PROJECTS, parseBenefitProjectsRequest } from './benefits/projects.ts'
export type {
    BenefitProjectRow,
    BenefitProjectsRequest,
    BenefitProjectsView,
    BenefitProjectView,
} from './benefits/projects.ts'
export { periodSeries } from './benefits/summary.ts'
export type { LabelledPeriod, SeriesPoint } from './benefits/summary.ts'
export { parseCents } from './money.ts'
export type { Cents } from './money.ts'
export type { Result } from './result.ts'

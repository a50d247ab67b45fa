/**
 * Data shapes of demand value scoring: models, criteria, ratings and results. Plain data only; the adapters map
 * records (`x_itvc_value_scoring_model`, `…_criterion`, `…_rating`) to and from these shapes.
 */

/**
 * The ranking methods a model can use.
 * @example SCORING_METHODS.indexOf('wsjf') >= 0 //=> true
 */
export const SCORING_METHODS = ['weighted', 'wsjf', 'rice'] as const

/**
 * How a model ranks demands: by weighted score, by WSJF or by RICE.
 * @example const method: ScoringMethod = 'rice'
 */
export type ScoringMethod = (typeof SCORING_METHODS)[number]

/**
 * Whether a higher rating is better (`benefit`) or worse (`cost`).
 * @example CRITERION_DIRECTIONS //=> ['benefit', 'cost']
 */
export const CRITERION_DIRECTIONS = ['benefit', 'cost'] as const

/**
 * Whether a higher rating is better (`benefit`) or worse (`cost`).
 * @example const direction: CriterionDirection = 'cost' // effort: more is worse
 */
export type CriterionDirection = (typeof CRITERION_DIRECTIONS)[number]

/**
 * The part a criterion's raw rating plays in the WSJF and RICE formulas (`none`: weighted score only).
 * @example FORMULA_ROLES.indexOf('job_size') >= 0 //=> true
 */
export const FORMULA_ROLES = [
    'business_value',
    'time_criticality',
    'risk_reduction',
    'job_size',
    'reach',
    'impact',
    'confidence',
    'effort',
    'none',
] as const

/**
 * The part a criterion's raw rating plays in the WSJF and RICE formulas (`none`: weighted score only).
 * @example const role: FormulaRole = 'effort' // the RICE denominator
 */
export type FormulaRole = (typeof FORMULA_ROLES)[number]

/**
 * The formula roles a model of each method must have, in formula order.
 * @example REQUIRED_ROLES.rice //=> ['reach', 'impact', 'confidence', 'effort']
 */
export const REQUIRED_ROLES: { readonly [M in ScoringMethod]: readonly FormulaRole[] } = {
    weighted: [],
    wsjf: ['business_value', 'time_criticality', 'risk_reduction', 'job_size'],
    rice: ['reach', 'impact', 'confidence', 'effort'],
}

/**
 * A scoring model (record `x_itvc_value_scoring_model`; the column `default` maps to `isDefault`).
 * @example const model: ScoringModel = { name: 'RICE', active: true, isDefault: false, method: 'rice', version: 1,
 *     description: '' }
 */
export interface ScoringModel {
    readonly name: string
    readonly active: boolean
    readonly isDefault: boolean
    readonly method: ScoringMethod
    /** A positive integer, raised with `nextModelVersion` when the criteria change. */
    readonly version: number
    readonly description: string
}

/**
 * A criterion of a scoring model (record `x_itvc_value_scoring_criterion`).
 * @example const effort: Criterion = { name: 'Effort', key: 'effort', weight: 10, direction: 'cost', min: 1,
 *     max: 10, order: 600, formulaRole: 'none' }
 */
export interface Criterion {
    readonly name: string
    /** Stable snake_case identifier, unique within the model; ratings refer to it. */
    readonly key: string
    /** Relative weight, above 0. Weights need not add up to 100. */
    readonly weight: number
    readonly direction: CriterionDirection
    /** Lowest allowed rating; below `max`. */
    readonly min: number
    /** Highest allowed rating; above `min`. */
    readonly max: number
    /** Display and evaluation order, ascending (ties by key). */
    readonly order: number
    readonly formulaRole: FormulaRole
}

/**
 * A model together with its criteria (what the templates ship).
 * @example const template: ModelTemplate = { model, criteria: [effort] }
 */
export interface ModelTemplate {
    readonly model: ScoringModel
    readonly criteria: readonly Criterion[]
}

/**
 * One demand's ratings, keyed by criterion key. A missing, `null` or non-finite entry means "not rated".
 * Keys that are not criteria of the model are ignored.
 * @example const ratings: Ratings = { customer_impact: 8, effort: 3, compliance: null }
 */
export type Ratings = Readonly<Record<string, number | null | undefined>>

/**
 * A manual ranking value with the reason it was set; both are required together.
 * @example const override: Override = { value: 95, reason: 'Regulatory deadline in Q3' }
 */
export interface Override {
    readonly value: number
    readonly reason: string
}

/**
 * `unscored`: no criterion rated; `partial`: some rated; `scored`: every criterion rated.
 * @example const status: ScoreStatus = 'partial'
 */
export type ScoreStatus = 'unscored' | 'partial' | 'scored'

/**
 * How one criterion contributed to the score (key order is fixed: it is serialised as is).
 * @example const row: CriterionBreakdown = { key: 'effort', name: 'Effort', rating: 4, normalised: 0.6667,
 *     weight: 1, contribution: 11.11 }
 */
export interface CriterionBreakdown {
    readonly key: string
    readonly name: string
    /** The rating used (clamped to the criterion's range), or `null` when not rated. */
    readonly rating: number | null
    /** The rating on a 0–1 scale after direction (1 is best), rounded to 4 dp; 0 when not rated. */
    readonly normalised: number
    readonly weight: number
    /** 100 × weight × normalised / Σ weights, rounded half-up to 2 dp (display only). */
    readonly contribution: number
}

/**
 * The explanation stored with a score (field `breakdown`, JSON; see `serializeBreakdown`).
 * @example const breakdown: ScoreBreakdown = { modelVersion: 2, method: 'weighted', criteria: [row] }
 */
export interface ScoreBreakdown {
    readonly modelVersion: number
    readonly method: ScoringMethod
    readonly criteria: readonly CriterionBreakdown[]
}

/**
 * The outcome of scoring one demand against one model (see `scoreDemand`).
 * @example const result: ScoreResult = { score: 50, status: 'partial', wsjf: null, rice: null, rankingValue: 50,
 *     override: null, breakdown }
 */
export interface ScoreResult {
    /** 0–100, half-up to 2 dp; `null` when unscored. */
    readonly score: number | null
    readonly status: ScoreStatus
    /** (business value + time criticality + risk reduction) / job size, 2 dp; `null` without a job size above 0. */
    readonly wsjf: number | null
    /** reach × impact × confidence / effort, 2 dp; `null` without an effort above 0. */
    readonly rice: number | null
    /** What the demand is ranked by: the override value if any, else score, WSJF or RICE per the model's method. */
    readonly rankingValue: number | null
    readonly override: Override | null
    readonly breakdown: ScoreBreakdown
}

/**
 * A demand's score as the demand record stores it (numbers at 2 dp, the breakdown as JSON, the explanation as
 * text), and the comparisons that decide whether a re-score writes anything and whether it leaves a history row.
 */
import { describeScore } from './explain.ts'
import { roundHalfUp } from './rounding.ts'
import { serializeBreakdown } from './score.ts'
import type { ScoreResult, ScoreStatus } from './types.ts'

/**
 * Why a demand's score or ranking value changed (the history row's `reason`).
 * @example SCORE_REASONS.indexOf('override') >= 0 //=> true
 */
export const SCORE_REASONS = ['rating', 'model_change', 'override', 'recalculation'] as const

/**
 * Why a demand's score or ranking value changed (the history row's `reason`).
 * @example const reason: ScoreReason = 'model_change'
 */
export type ScoreReason = (typeof SCORE_REASONS)[number]

/**
 * The scoring results stored on a demand (columns `x_itvc_value_score`, `_wsjf`, `_rice`, `_ranking_value`,
 * `_score_status`, `_breakdown`, `_breakdown_text`).
 * @example const unscored: StoredScore = { score: null, wsjf: null, rice: null, rankingValue: null,
 *     status: 'unscored', breakdown: '', explanation: '' }
 */
export interface StoredScore {
    readonly score: number | null
    readonly wsjf: number | null
    readonly rice: number | null
    readonly rankingValue: number | null
    readonly status: ScoreStatus
    /** `serializeBreakdown` JSON; '' before the first score. */
    readonly breakdown: string
    /** `describeScore` text; '' before the first score. */
    readonly explanation: string
}

/**
 * A demand that was never scored.
 * @example UNSCORED.status //=> 'unscored'
 */
export const UNSCORED: StoredScore = {
    score: null,
    wsjf: null,
    rice: null,
    rankingValue: null,
    status: 'unscored',
    breakdown: '',
    explanation: '',
}

function twoDp(value: number | null): number | null {
    return value === null || !Number.isFinite(value) ? null : roundHalfUp(value)
}

/**
 * What a score result stores: numbers half-up at 2 dp (the columns' scale), the breakdown serialised and explained.
 * @example toStoredScore(applyOverride(result, { value: 99.999, reason: 'Regulator' })).rankingValue //=> 100
 */
export function toStoredScore(result: ScoreResult): StoredScore {
    return {
        score: twoDp(result.score),
        wsjf: twoDp(result.wsjf),
        rice: twoDp(result.rice),
        rankingValue: twoDp(result.rankingValue),
        status: result.status,
        breakdown: serializeBreakdown(result.breakdown),
        explanation: describeScore(result),
    }
}

/**
 * A stored decimal's string (as Glide returns it) as a number; `null` for empty or not a number.
 * @example parseStoredNumber('72.50') //=> 72.5
 * @example parseStoredNumber(null) //=> null
 */
export function parseStoredNumber(text: string | null | undefined): number | null {
    if (typeof text !== 'string' || text.trim() === '') return null
    const value = Number(text)
    return Number.isFinite(value) ? value : null
}

/**
 * A stored status string as a status (anything unknown is `unscored`).
 * @example parseStoredStatus('partial') //=> 'partial'
 */
export function parseStoredStatus(text: string | null | undefined): ScoreStatus {
    return text === 'partial' || text === 'scored' ? text : 'unscored'
}

function sameNumber(a: number | null, b: number | null): boolean {
    if (a === null || b === null) return a === b
    return Math.abs(a - b) < 0.005
}

/**
 * Whether the score or the ranking value differs (compared at 2 dp): such a change writes a history row.
 * @example scoreOrRankingChanged({ score: 50, rankingValue: 50 }, { score: 50, rankingValue: 99 }) //=> true
 */
export function scoreOrRankingChanged(
    before: Pick<StoredScore, 'score' | 'rankingValue'>,
    after: Pick<StoredScore, 'score' | 'rankingValue'>
): boolean {
    return !sameNumber(before.score, after.score) || !sameNumber(before.rankingValue, after.rankingValue)
}

/**
 * Whether anything stored differs, so a re-score has to write the demand (re-scoring is idempotent: an unchanged
 * result writes nothing).
 * @example storedScoreChanged(UNSCORED, UNSCORED) //=> false
 */
export function storedScoreChanged(before: StoredScore, after: StoredScore): boolean {
    return (
        scoreOrRankingChanged(before, after) ||
        !sameNumber(before.wsjf, after.wsjf) ||
        !sameNumber(before.rice, after.rice) ||
        before.status !== after.status ||
        before.breakdown !== after.breakdown ||
        before.explanation !== after.explanation
    )
}

/**
 * Re-scoring demands: what each demand's stored score becomes, and which demands actually change (only those are
 * written, and only a changed score or ranking value leaves a history row). Pure: the adapters read the demands,
 * models and ratings, and write the changes.
 */
import { applyOverride, scoreDemand } from './score.ts'
import type { ScoreReason, StoredScore } from './stored.ts'
import { scoreOrRankingChanged, storedScoreChanged, toStoredScore, UNSCORED } from './stored.ts'
import type { Criterion, Ratings, ScoringModel } from './types.ts'
import { validateOverride } from './validate.ts'

/**
 * A demand as re-scoring reads it.
 * @example const demand: DemandScoreState = { sysId: 'd1', model: 'm1', overrideValue: null, overrideReason: '',
 *     stored: UNSCORED }
 */
export interface DemandScoreState {
    readonly sysId: string
    /** The scoring model's sys_id, `null` when the demand has none. */
    readonly model: string | null
    readonly overrideValue: number | null
    readonly overrideReason: string
    readonly stored: StoredScore
}

/**
 * A model as re-scoring needs it.
 * @example const m: ModelForScoring = { model: aModel(), criteria: [aCriterion()] }
 */
export interface ModelForScoring {
    readonly model: Pick<ScoringModel, 'method' | 'version'>
    readonly criteria: readonly Criterion[]
}

/**
 * One demand whose stored score changes.
 * @example const change: ScoreChange = { sysId: 'd1', model: 'm1', modelVersion: 2, before: UNSCORED, after,
 *     historic: true }
 */
export interface ScoreChange {
    readonly sysId: string
    readonly model: string | null
    /** The version the new score was computed with (`null` without a model). */
    readonly modelVersion: number | null
    readonly before: StoredScore
    readonly after: StoredScore
    /** Whether the score or the ranking value changed (a history row is due). */
    readonly historic: boolean
}

/**
 * The stored score of a demand: scored against its model (ratings keyed by criterion key), ranked by its override
 * when it has a valid one (value and reason; half an override is ignored). Without a model, or with nothing rated and
 * no override: `UNSCORED` (nothing stored, so never-rated demands cost no writes).
 * @example scoreOf(null, {}, null, '').status //=> 'unscored'
 * @example scoreOf(rice, { reach: 1000, impact: 2, confidence: 80, effort: 4 }, 5, 'CEO request').rankingValue //=> 5
 */
export function scoreOf(
    model: ModelForScoring | null,
    ratings: Ratings,
    overrideValue: number | null,
    overrideReason: string
): StoredScore {
    if (!model) return UNSCORED
    const override = validateOverride(overrideValue, overrideReason)
    const result = applyOverride(scoreDemand(model.model, model.criteria, ratings), override.ok ? override.value : null)
    return result.status === 'unscored' && !result.override ? UNSCORED : toStoredScore(result)
}

/**
 * Re-scores demands and returns those whose stored score changes, in input order. A demand whose model cannot be
 * loaded is left alone (it keeps what it has).
 * @example planRescore([demand], () => weighted, () => ({ impact: 10 })).map((c) => c.after.score) //=> [100]
 */
export function planRescore(
    demands: readonly DemandScoreState[],
    modelOf: (sysId: string) => ModelForScoring | null,
    ratingsOf: (demand: string) => Ratings
): ScoreChange[] {
    const changes: ScoreChange[] = []
    for (const d of demands) {
        const model = d.model ? modelOf(d.model) : null
        if (d.model && !model) continue
        const after = scoreOf(model, ratingsOf(d.sysId), d.overrideValue, d.overrideReason)
        if (!storedScoreChanged(d.stored, after)) continue
        changes.push({
            sysId: d.sysId,
            model: d.model,
            modelVersion: model ? model.model.version : null,
            before: d.stored,
            after,
            historic: scoreOrRankingChanged(d.stored, after),
        })
    }
    return changes
}

/**
 * A score-history row as far as its identity goes: the demand, the model version, the reason and the transition.
 * @example const row: HistoryIdentity = { demand: 'd1', modelVersion: 2, reason: 'model_change', oldScore: 50,
 *     newScore: 62.5, oldRankingValue: 50, newRankingValue: 62.5 }
 */
export interface HistoryIdentity {
    readonly demand: string
    readonly modelVersion: number | null
    readonly reason: string
    readonly oldScore: number | null
    readonly newScore: number | null
    readonly oldRankingValue: number | null
    readonly newRankingValue: number | null
}

const keyNumber = (value: number | null): string => (value === null ? '' : value.toFixed(2))

/**
 * The identity of a history row as a string (numbers at 2 dp, as stored). A re-score batch writes its history rows
 * before the demands' new scores, so a batch killed in between is redone whole by the re-run (the demands still hold
 * their old scores); the re-run finds the rows it wrote already by this key and writes no second one.
 * @example historyKey({ demand: 'd1', modelVersion: 2, reason: 'model_change', oldScore: 50, newScore: 62.5,
 *     oldRankingValue: 50, newRankingValue: 62.5 }) //=> 'd1|2|model_change|50.00>62.50|50.00>62.50'
 */
export function historyKey(row: HistoryIdentity): string {
    return [
        row.demand,
        row.modelVersion === null ? '' : String(row.modelVersion),
        row.reason,
        `${keyNumber(row.oldScore)}>${keyNumber(row.newScore)}`,
        `${keyNumber(row.oldRankingValue)}>${keyNumber(row.newRankingValue)}`,
    ].join('|')
}

/**
 * The history key of the row a change leaves for a reason (see `historyKey`).
 * @example changeHistoryKey({ ...change, sysId: 'd1', modelVersion: 2 }, 'rating').startsWith('d1|2|rating|') //=> true
 */
export function changeHistoryKey(change: ScoreChange, reason: ScoreReason): string {
    return historyKey({
        demand: change.sysId,
        modelVersion: change.modelVersion,
        reason,
        oldScore: change.before.score,
        newScore: change.after.score,
        oldRankingValue: change.before.rankingValue,
        newRankingValue: change.after.rankingValue,
    })
}

/**
 * Most rows one read of re-scoring or re-ranking returns: every read stays under 1,000 rows (a batch's ratings are
 * read in pieces this size, a model's ranking in pages this size).
 * @example MAX_ROWS_PER_READ //=> 999
 */
export const MAX_ROWS_PER_READ = 999

/**
 * How many demands' ratings one read takes: as many as fit in {@link MAX_ROWS_PER_READ} rows at one rating per
 * criterion of the largest model among them (at least 1). More assessors per criterion make a read's rows page on.
 * @throws RangeError when `criteria` is not a whole number ≥ 0
 * @example demandsPerRatingRead(6) //=> 166
 * @example demandsPerRatingRead(0) //=> 999
 */
export function demandsPerRatingRead(criteria: number): number {
    if (!Number.isInteger(criteria) || criteria < 0)
        throw new RangeError(`criteria must be a whole number of at least 0, not ${criteria}`)
    return Math.max(1, Math.floor(MAX_ROWS_PER_READ / Math.max(1, criteria)))
}

/**
 * The scoring use cases the rules, jobs and routes share (not bound by metadata itself): re-score demands, re-rank a
 * model, work through the re-score queue. Each reads through the adapters, computes with the core and writes
 * through the adapters; a batch reads its ratings, demands and projects with one query each.
 */
import type { ScoreChange, ScoreReason, ScoringConfig } from '../core/index.ts'
import { demandsPerRatingRead, planRescore, rankUpdates, ratingsByDemand } from '../core/index.ts'
import type { DemandScoreRow } from '../adapters/glide-scoring-demands.ts'
import {
    nowUtc,
    readDemandRow,
    readOpenDemandBatch,
    readRankRows,
    readRatingRows,
    recordedHistoryKeys,
    recordScoreChanges,
    writeDemandScores,
    writeRanks,
} from '../adapters/glide-scoring-demands.ts'
import type { LoadedModel } from '../adapters/glide-scoring-models.ts'
import {
    clearRerank,
    modelLoader,
    pendingRescores,
    readModel,
    requestRerank,
    saveRescoreProgress,
} from '../adapters/glide-scoring-models.ts'
import { gs } from '@servicenow/glide'

/** Most models one job run looks at (a handful exist). */
export const MAX_MODELS = 100

/**
 * Re-scores demands against their models and writes what changed: a history row per changed score or ranking value
 * and the projects' copies first, the demands last, so a run killed part-way leaves every unfinished demand as it
 * was and the re-run redoes it whole. `resumable` (the re-score job's batches, which a kill may cut): the re-run
 * looks up the history rows the killed run wrote and does not write them twice (one query per batch). Returns the
 * changes.
 */
export function rescoreDemands(
    rows: readonly DemandScoreRow[],
    reason: ScoreReason,
    load: (sysId: string | null) => LoadedModel | null = modelLoader(),
    resumable = false
): ScoreChange[] {
    const modelOfDemand = new Map(rows.map((r) => [r.sysId, r.model]))
    const criteria = Math.max(0, ...[...new Set(modelOfDemand.values())].map((m) => load(m)?.criteria.length ?? 0))
    const ratings = ratingsByDemand(
        readRatingRows([...modelOfDemand.keys()], demandsPerRatingRead(criteria)),
        (d) => load(modelOfDemand.get(d) ?? null)?.keyOf
    )
    const changes = planRescore(rows, load, (d) => ratings.get(d) ?? {})
    const now = nowUtc()
    recordScoreChanges(changes, reason, now, resumable ? recordedHistoryKeys(changes, reason) : new Set())
    writeDemandScores(changes, now)
    return changes
}

/** Re-scores the given demands (a rating changed) and asks for a re-rank where a ranking value moved. */
export function rescoreDemandsById(ids: readonly string[], reason: ScoreReason): void {
    const rows = ids.map(readDemandRow).filter((r): r is DemandScoreRow => r !== null)
    for (const c of rescoreDemands(rows, reason)) {
        if (c.model && c.before.rankingValue !== c.after.rankingValue) requestRerank(c.model)
    }
}

/** Ranks a model's open demands 1..n and clears the rank of its closed ones; writes only ranks that move. */
export function rerankModel(modelId: string, config: ScoringConfig): void {
    const { rows, overflow } = readRankRows(modelId, config.maxRankedDemands)
    if (overflow)
        gs.warn(`Model ${modelId} has more than ${config.maxRankedDemands} open demands: the rest keep their rank`)
    writeRanks(rankUpdates(rows))
    clearRerank(modelId)
}

/**
 * Works through the models waiting for a re-score (after a model edit or the nightly recalculation): their open
 * demands in batches of `batchSize`, resuming where the last run stopped, at most `maxBatchesPerRun` batches; a
 * model whose last batch is done is re-ranked and leaves the queue. Re-running is harmless: unchanged scores write
 * nothing, and a batch killed part-way is completed without duplicates (see `rescoreDemands`). Returns the number of
 * batches run.
 */
export function processRescoreQueue(config: ScoringConfig): number {
    let batches = 0
    for (const pending of pendingRescores(MAX_MODELS)) {
        const model = readModel(pending.sysId)
        if (!model) continue
        const load = (id: string | null): LoadedModel | null => (id === model.sysId ? model : null)
        let cursor = pending.cursor
        for (;;) {
            if (batches >= config.maxBatchesPerRun) return batches
            const rows = readOpenDemandBatch(model.sysId, cursor, config.batchSize)
            batches++
            if (rows.length > 0) rescoreDemands(rows, pending.reason, load, true)
            const done = rows.length < config.batchSize
            if (done) rerankModel(model.sysId, config)
            saveRescoreProgress(
                model.sysId,
                model.model.version,
                done ? null : (rows[rows.length - 1]?.sysId ?? cursor)
            )
            if (done) break
            cursor = rows[rows.length - 1]?.sysId ?? cursor
        }
    }
    return batches
}

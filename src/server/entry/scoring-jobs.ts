import { readScoringConfig } from '../adapters/glide-scoring-config.ts'
import { queueRecalculation } from '../adapters/glide-scoring-models.ts'
import { MAX_MODELS, processRescoreQueue } from './scoring-service.ts'

/**
 * Scheduled every few minutes (and on demand): re-scores the open demands of edited models in batches, resuming
 * where the last run stopped, and re-ranks each model it finishes.
 */
export function runRescoreQueue(): void {
    processRescoreQueue(readScoringConfig())
}

/**
 * Nightly: queues a recalculation of every model (models already queued keep their reason and resume point), then
 * re-scores and re-ranks as far as one run's budget goes; the queue job finishes the rest.
 */
export function runNightlyScoring(): void {
    queueRecalculation(MAX_MODELS)
    processRescoreQueue(readScoringConfig())
}

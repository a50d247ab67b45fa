import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runNightlyScoring, runRescoreQueue } from '../../server/entry/scoring-jobs.ts'

/**
 * Re-scores the open demands of edited models in bounded batches (x_itvc_value.scoring.* properties), resuming where
 * the last run stopped. Every 5 minutes; "Execute Now" runs it on demand.
 */
export const rescoreQueueJob = ScheduledScript({
    $id: Now.ID['job.scoring_rescore_queue'],
    name: 'IT Value: re-score demands',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runRescoreQueue,
})

/** Nightly: re-scores and re-ranks every open demand of every model. */
export const nightlyScoringJob = ScheduledScript({
    $id: Now.ID['job.scoring_nightly'],
    name: 'IT Value: nightly demand scoring',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 2, minutes: 30, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runNightlyScoring,
})

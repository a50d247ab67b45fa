import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import {
    continueRollups,
    runFiscalYearRollup,
    runNightlyRollup,
    sendScorecardDigest,
} from '../../server/entry/scorecard-jobs.ts'

/** Nightly: rolls up the previous and current fiscal month and quarter (late entries change last period). */
export const scorecardNightlyJob = ScheduledScript({
    $id: Now.ID['job.scorecard_nightly'],
    name: 'IT Value: nightly scorecard roll-up',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 1, minutes: 30, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runNightlyRollup,
})

/** Daily: after each fiscal quarter, rolls up its fiscal year once. */
export const scorecardFiscalYearJob = ScheduledScript({
    $id: Now.ID['job.scorecard_fiscal_year'],
    name: 'IT Value: fiscal-year scorecard roll-up',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 3, minutes: 0, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runFiscalYearRollup,
})

/** Every 5 minutes: continues the oldest queued roll-up (a back-fill, or a run that ran out of budget or was killed). */
export const scorecardWorkerJob = ScheduledScript({
    $id: Now.ID['job.scorecard_worker'],
    name: 'IT Value: scorecard roll-up worker',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: continueRollups,
})

/** Monthly, on the 2nd: the previous fiscal month's reds and top movers, to the portfolio owners. */
export const scorecardDigestJob = ScheduledScript({
    $id: Now.ID['job.scorecard_digest'],
    name: 'IT Value: monthly scorecard digest',
    active: true,
    frequency: 'monthly',
    dayOfMonth: 2,
    executionTime: { hours: 6, minutes: 0, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: sendScorecardDigest,
})

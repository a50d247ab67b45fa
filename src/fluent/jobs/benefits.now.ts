import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runBenefitRefresh } from '../../server/entry/benefit-jobs.ts'

/**
 * Nightly: benefit totals, states and health as of today (planned to date moves with the calendar), the value of
 * every project and demand with benefits, and the "period overdue for measurement" notices.
 */
export const benefitRefreshJob = ScheduledScript({
    $id: Now.ID['job.benefit_refresh'],
    name: 'IT Value: nightly benefit refresh',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 1, minutes: 30, seconds: 0 },
    executionStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: runBenefitRefresh,
})

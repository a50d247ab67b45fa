import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { admin, viewer } from '../security/roles.now.ts'

/**
 * Value scorecard settings (src/server/core/scorecard/settings.ts parses them; README "The value scorecard"). An
 * unusable value is logged and the defaults apply until it is fixed. The fiscal calendar and the grace days for
 * benefit actuals are the benefit-tracking properties (x_itvc_value.fiscal.*, x_itvc_value.measurement_grace_days).
 */
export const scorecardMaxChunks = Property({
    $id: Now.ID['prop.scorecard.max_chunks_per_run'],
    name: 'x_itvc_value.scorecard.max_chunks_per_run',
    type: 'integer',
    value: 0,
    description:
        'Chunks (one period × one dimension) a roll-up job computes before it yields to the worker job; 0 = no limit.',
    roles: { read: [viewer], write: [admin] },
})

export const scorecardTimeBudget = Property({
    $id: Now.ID['prop.scorecard.time_budget_seconds'],
    name: 'x_itvc_value.scorecard.time_budget_seconds',
    type: 'integer',
    value: 240,
    description:
        'Seconds a roll-up job may spend before it yields (checked between chunks); the worker job continues the run.',
    roles: { read: [viewer], write: [admin] },
})

export const scorecardStaleMinutes = Property({
    $id: Now.ID['prop.scorecard.stale_run_minutes'],
    name: 'x_itvc_value.scorecard.stale_run_minutes',
    type: 'integer',
    value: 30,
    description: 'A running roll-up without progress for this many minutes was killed; the worker job resumes it.',
    roles: { read: [viewer], write: [admin] },
})

export const scorecardMaxBackfill = Property({
    $id: Now.ID['prop.scorecard.max_backfill_periods'],
    name: 'x_itvc_value.scorecard.max_backfill_periods',
    type: 'integer',
    value: 120,
    description: 'Most periods (months, quarters and years together) one back-fill may cover.',
    roles: { read: [viewer], write: [admin] },
})

export const scorecardDigestMovers = Property({
    $id: Now.ID['prop.scorecard.digest_top_movers'],
    name: 'x_itvc_value.scorecard.digest_top_movers',
    type: 'integer',
    value: 5,
    description: 'Improving and worsening metrics (each) listed in the monthly scorecard digest.',
    roles: { read: [viewer], write: [admin] },
})

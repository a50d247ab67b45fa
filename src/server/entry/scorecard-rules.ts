/** Business rules of the value scorecard: continue a queued roll-up run, stamp a demand's approval. */
import type { GlideRecord } from '@servicenow/glide'
import { demandApproval } from '../core/index.ts'
import { glideClock } from '../adapters/glide-scorecard-config.ts'
import { demandApprovalInput, writeDemandApproval } from '../adapters/glide-scorecard-demands.ts'
import { continueRun } from './scorecard-jobs.ts'

/** async insert on x_itvc_value_rollup_run (state=queued): starts the run right away, within the budget. */
export function onRollupQueued(current: GlideRecord | null, _previous: GlideRecord | null): void {
    if (current) continueRun(current.getUniqueValue())
}

/**
 * before insert/update on dmn_demand (approved or completed, or already stamped): the first save in an approved
 * state stamps x_itvc_value_approved_at; the lead time in days from opened is kept up to date.
 */
export function onDemandApprovalSaved(current: GlideRecord, _previous: GlideRecord | null): void {
    const approval = demandApproval(demandApprovalInput(current, glideClock.now()))
    if (approval) writeDemandApproval(current, approval)
}

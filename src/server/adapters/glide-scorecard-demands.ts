/** The demand approval stamp (README "The value scorecard", demand lead time): read from and set on `current`. */
import type { GlideRecord } from '@servicenow/glide'
import type { DemandApproval, DemandApprovalInput } from '../core/index.ts'

/** What the stamp needs from a demand being saved. */
export function demandApprovalInput(current: GlideRecord, now: string): DemandApprovalInput {
    return {
        state: current.getValue('state'),
        openedAt: current.getValue('opened_at') ?? current.getValue('sys_created_on'),
        approvedAt: current.getValue('x_itvc_value_approved_at'),
        now,
    }
}

/** Sets the stamp on `current` (a before rule: the platform saves it; never update()). */
export function writeDemandApproval(current: GlideRecord, approval: DemandApproval): void {
    current.setValue('x_itvc_value_approved_at', approval.approvedAt)
    current.setValue(
        'x_itvc_value_lead_time_days',
        approval.leadTimeDays === null ? '' : approval.leadTimeDays.toFixed(2)
    )
}

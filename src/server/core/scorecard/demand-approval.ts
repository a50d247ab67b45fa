/**
 * When a demand was approved and how long it took from creation: the stamp the "demand lead time" metric
 * averages (GlideAggregate can average a column, not the difference of two dates).
 */

/** Demand states (dmn_demand.state) that mean the demand was approved: Approved (8) and Completed (9). */
export const APPROVED_DEMAND_STATES: readonly string[] = ['8', '9']

/** What the approval stamp reads from a demand. Date-times are Glide UTC 'yyyy-MM-dd HH:mm:ss'. */
export interface DemandApprovalInput {
    readonly state: string | null
    readonly openedAt: string | null
    readonly approvedAt: string | null
    readonly now: string
}

/** The approval stamp to store; `leadTimeDays` is `null` without an opened date. */
export interface DemandApproval {
    readonly approvedAt: string
    readonly leadTimeDays: number | null
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/

function millis(text: string | null): number | null {
    const m = DATE_TIME.exec((text ?? '').trim())
    if (!m) return null
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = m
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
}

/**
 * The approval stamp of a demand, or `null` when it is not (yet) approved. The first save in an approved state
 * stamps `now`; an existing stamp is kept (a demand sent back to draft and approved again keeps its first
 * approval). Lead time = approved − opened in days, 2 decimals, half away from zero, never below 0.
 * @example demandApproval({ state: '8', openedAt: '2026-01-01 00:00:00', approvedAt: null, now: '2026-01-11 12:00:00' })
 * //=> { approvedAt: '2026-01-11 12:00:00', leadTimeDays: 10.5 }
 */
export function demandApproval(input: DemandApprovalInput): DemandApproval | null {
    const stamped = (input.approvedAt ?? '').trim()
    if (stamped === '' && !APPROVED_DEMAND_STATES.includes((input.state ?? '').trim())) return null
    const approvedAt = stamped === '' ? input.now : stamped
    const from = millis(input.openedAt)
    const to = millis(approvedAt)
    if (from === null || to === null) return { approvedAt, leadTimeDays: null }
    const hundredths = Math.round((Math.max(0, to - from) / 86_400_000) * 100)
    return { approvedAt, leadTimeDays: hundredths / 100 }
}

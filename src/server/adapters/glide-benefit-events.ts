/**
 * The benefit events (registered in src/fluent/notifications/benefits.now.ts; email notifications listen to them)
 * and the periods overdue for measurement.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import type { IsoDate } from '../core/index.ts'
import { BENEFIT_TABLE, PERIOD_TABLE } from './glide-benefits.ts'

export const BENEFIT_EVENTS = {
    /** On x_itvc_value_benefit_period; parm1 = the benefit owner (recipient), parm2 = the period label. */
    periodOverdue: 'x_itvc_value.benefit.period_overdue',
    /** On x_itvc_value_benefit; parm1 = realisation %, parm2 = the project manager (recipient; '' before conversion). */
    atRisk: 'x_itvc_value.benefit.at_risk',
} as const

/** Most overdue notices one run sends (the rest follow the next night). */
export const MAX_OVERDUE_NOTICES = 500

/** Most at-risk notices one run sends (the rest follow the next night). */
export const MAX_AT_RISK_NOTICES = 500

/**
 * Queues "benefit at risk" once per at-risk episode: benefits at risk that were not noticed yet are stamped with
 * `asOf` (the refresh clears the stamp when a benefit leaves the state). The project manager is the second
 * recipient. Returns how many were queued.
 */
export function queueAtRiskBenefits(asOf: IsoDate): number {
    const gr = new GlideRecord(BENEFIT_TABLE)
    gr.addEncodedQuery('state=at_risk^at_risk_notified_onISEMPTY')
    gr.orderBy('number')
    gr.setLimit(MAX_AT_RISK_NOTICES)
    gr.query()
    let queued = 0
    while (gr.next()) {
        gs.eventQueue(
            BENEFIT_EVENTS.atRisk,
            gr,
            gr.getValue('realisation_pct') ?? '',
            gr.getValue('project.project_manager') ?? ''
        )
        gr.setValue('at_risk_notified_on', asOf)
        gr.update()
        queued++
    }
    return queued
}

/**
 * Queues "period overdue for measurement" once per period: unmeasured periods of live benefits that ended on or
 * before `lastEnd` and were not noticed yet are stamped with `asOf`. Returns how many were queued.
 */
export function queueOverduePeriods(lastEnd: IsoDate, asOf: IsoDate): number {
    const gr = new GlideRecord(PERIOD_TABLE)
    gr.addEncodedQuery(
        `realised_amountISEMPTY^overdue_notified_onISEMPTY^period_end<=${lastEnd}^benefit.stateNOT INcancelled,draft`
    )
    gr.orderBy('period_end')
    gr.setLimit(MAX_OVERDUE_NOTICES)
    gr.query()
    let queued = 0
    while (gr.next()) {
        gs.eventQueue(
            BENEFIT_EVENTS.periodOverdue,
            gr,
            gr.getValue('benefit.owner') ?? '',
            gr.getValue('period_label') ?? ''
        )
        gr.setValue('overdue_notified_on', asOf)
        gr.update()
        queued++
    }
    return queued
}

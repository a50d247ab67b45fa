import '@servicenow/sdk/global'
import { EmailNotification, Record } from '@servicenow/sdk/core'

/**
 * The benefit events (queued by src/server/adapters/glide-benefit-events.ts) and their email notifications: the
 * owner of a benefit hears about a period overdue for measurement; the owner and the project manager hear about a
 * benefit turning at risk.
 */

export const periodOverdueEvent = Record({
    $id: Now.ID['event.x_itvc_value.benefit.period_overdue'],
    table: 'sysevent_register',
    data: {
        suffix: 'benefit.period_overdue',
        event_name: 'x_itvc_value.benefit.period_overdue',
        description: 'A benefit period ended more than the grace days ago without a realised amount',
        table: 'x_itvc_value_benefit_period',
        fired_by: 'Scheduled job: IT Value: nightly benefit refresh',
        priority: 100,
    },
})

export const atRiskEvent = Record({
    $id: Now.ID['event.x_itvc_value.benefit.at_risk'],
    table: 'sysevent_register',
    data: {
        suffix: 'benefit.at_risk',
        event_name: 'x_itvc_value.benefit.at_risk',
        description: 'A benefit is at risk (realisation below x_itvc_value.at_risk_threshold_pct); once per episode',
        table: 'x_itvc_value_benefit',
        fired_by: 'Scheduled job: IT Value: nightly benefit refresh',
        priority: 100,
    },
})

export const periodOverdueNotification = EmailNotification({
    $id: Now.ID['notification.benefit.period_overdue'],
    table: 'x_itvc_value_benefit_period',
    name: 'IT Value: benefit measurement overdue',
    description: 'To the benefit owner (event parm1) when a period is overdue for measurement',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_itvc_value.benefit.period_overdue',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        subject: 'Benefit ${benefit.number}: the realised amount for ${period_label} is overdue',
        messageHtml:
            '<p>The realised amount of benefit ${benefit.number} (${benefit.short_description}) for ${period_label}, ${period_start} to ${period_end}, has not been recorded yet.</p><p>Planned: ${planned_amount} ${benefit.currency}.</p><p>Please record it on the benefit form or through the benefits API.</p>',
    },
})

export const atRiskNotification = EmailNotification({
    $id: Now.ID['notification.benefit.at_risk'],
    table: 'x_itvc_value_benefit',
    name: 'IT Value: benefit at risk',
    description: 'To the benefit owner and the project manager (event parm2) when a benefit turns at risk',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_itvc_value.benefit.at_risk',
    },
    recipientDetails: {
        recipientFields: ['owner'],
        eventParm2WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        subject: 'Benefit ${number} is at risk: ${realisation_pct}% realised',
        messageHtml:
            '<p>Benefit ${number} (${short_description}) of project ${project} has realised ${realised_total} ${currency} of the ${planned_to_date} ${currency} planned to date (${realisation_pct}%).</p><p>Please review the benefit and its actuals.</p>',
    },
})

import '@servicenow/sdk/global'
import { EmailNotification, Record } from '@servicenow/sdk/core'

/**
 * The monthly scorecard digest (README "The value scorecard"): the digest job stores the month's reds and top
 * movers on the month's `all` scorecard and queues this event with the portfolio owners as recipients (parm1) and
 * the period label (parm2).
 */
export const scorecardDigestEvent = Record({
    $id: Now.ID['event.scorecard_digest'],
    table: 'sysevent_register',
    data: {
        suffix: 'scorecard.digest',
        event_name: 'x_itvc_value.scorecard.digest',
        description: 'The monthly value scorecard digest is ready for the portfolio owners',
        table: 'x_itvc_value_snapshot',
        fired_by: 'Scheduled job: IT Value: monthly scorecard digest',
        priority: 100,
    },
})

export const scorecardDigestNotification = EmailNotification({
    $id: Now.ID['notification.scorecard_digest'],
    table: 'x_itvc_value_snapshot',
    name: 'IT Value: monthly scorecard digest',
    description: 'Reds and top movers of last month, to the portfolio owners',
    active: true,
    triggerConditions: {
        generationType: 'event',
        eventName: 'x_itvc_value.scorecard.digest',
    },
    recipientDetails: {
        eventParm1WithRecipient: true,
        sendToCreator: true,
    },
    emailContent: {
        contentType: 'text/html',
        subject: 'Value scorecard ${event.parm2}: reds and top movers',
        messageHtml: '${digest}',
    },
})

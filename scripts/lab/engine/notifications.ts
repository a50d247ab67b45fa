/**
 * The lab's event processor for email notifications: the `sysevent` rows the app queued (`gs.eventQueue`, state
 * `ready`) are matched with the built app's event-triggered notifications (`sysevent_email_action`, generation type
 * `event`: same event name and table, active, condition met) and each match becomes one outgoing `sys_email` row
 * (`type` send-ready, `state` ready), as an instance's event processor and notification engine do; the event is then
 * marked `processed`.
 *
 * Rendering: `${field}` and dot-walked `${ref.field}` are replaced by display values of the event's record;
 * `${event.parm1}` / `${event.parm2}` by the event's parameters. Recipients: users and groups in the notification's
 * recipient fields, its listed users and groups (group members), and the event parameters marked as recipients
 * (comma lists of user sys_ids or email addresses); users need an email address and must be active; the user who
 * queued the event is left out unless "send to event creator" is set.
 *
 * Not emulated (throws "not supported in the lab"): notifications generated on insert/update (`engine`) or by
 * scripts (`triggered`), digests, calendar invites, advanced (script) conditions, mail scripts and the other
 * `${...}` tokens (`${URI}`, `${URI_REF}`, `${mail_script:...}`, ...). Nothing is sent anywhere.
 */
import type { AppRecord } from '../../metadata/app-records.ts'
import { GlideRecord } from '../glide/record.ts'
import type { LabInstance } from '../instance.ts'
import { recordMatches } from './query-bridge.ts'

/** An email notification as the lab evaluates it. */
export interface NotificationDef {
    readonly sysId: string
    readonly name: string
    readonly table: string
    readonly eventName: string
    readonly condition: string
    readonly subject: string
    readonly html: string
    readonly text: string
    readonly contentType: string
    readonly importance: string
    readonly weight: number
    readonly recipientFields: readonly string[]
    readonly recipientUsers: readonly string[]
    readonly recipientGroups: readonly string[]
    readonly parm1IsRecipient: boolean
    readonly parm2IsRecipient: boolean
    readonly sendToCreator: boolean
}

/** What one processing run did. */
export interface EventRun {
    /** Events moved from ready to processed. */
    readonly events: number
    /** sys_email rows written. */
    readonly emails: number
}

const bool = (v: string | undefined): boolean => v === 'true' || v === '1'
const list = (v: string | undefined): string[] =>
    (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)

function unsupported(what: string, notification: string): Error {
    return new Error(`notification "${notification}": ${what} is not supported in the lab`)
}

/** Reads the active notifications of a built app; refuses the kinds the lab does not emulate. */
export function readNotifications(records: readonly AppRecord[]): NotificationDef[] {
    const out: NotificationDef[] = []
    for (const r of records) {
        const f = r.fields
        if (r.table !== 'sysevent_email_action' || r.action !== 'INSERT_OR_UPDATE' || f['active'] === 'false') continue
        const name = f['name'] || r.sysId
        const generation = f['generation_type'] || 'engine'
        if (generation !== 'event') throw unsupported(`generation type "${generation}" (only event)`, name)
        if ((f['type'] || 'email') !== 'email') throw unsupported(`notification type "${f['type']}"`, name)
        if (bool(f['digestable']) || bool(f['default_digest'])) throw unsupported('a digest', name)
        if ((f['advanced_condition'] ?? '').trim() !== '') throw unsupported('an advanced (script) condition', name)
        if ((f['template'] ?? '') !== '' || (f['style'] ?? '') !== '') throw unsupported('a template or style', name)
        out.push({
            sysId: r.sysId,
            name,
            table: f['collection'] ?? '',
            eventName: f['event_name'] ?? '',
            condition: f['condition'] ?? '',
            subject: f['subject'] ?? '',
            html: f['message_html'] || f['message'] || '',
            text: f['message_text'] ?? '',
            contentType: f['content_type'] || 'text/html',
            importance: f['importance'] ?? '',
            weight: Number(f['weight'] || 0),
            recipientFields: list(f['recipient_fields']),
            recipientUsers: list(f['recipient_users']),
            recipientGroups: list(f['recipient_groups']),
            parm1IsRecipient: bool(f['event_parm_1']),
            parm2IsRecipient: bool(f['event_parm_2']),
            sendToCreator: bool(f['send_self']),
        })
    }
    return out
}

interface QueuedEvent {
    readonly sysId: string
    readonly name: string
    readonly table: string
    readonly instance: string
    readonly parm1: string
    readonly parm2: string
    readonly createdBy: string
}

/** The display value of a (dot-walked) field of a record; throws for a field the table does not have. */
function displayOf(record: GlideRecord, path: string, notification: string): string {
    const [head, ...rest] = path.split('.')
    const name = head as string
    if (!record.isValidField(name)) {
        throw new Error(`notification "${notification}": \${${path}}: ${record.getTableName()} has no field ${name}`)
    }
    if (rest.length === 0) return record.getDisplayValue(name)
    const column = record.columnOf(name)
    const id = record.getValue(name)
    if (!column?.reference) {
        throw new Error(`notification "${notification}": \${${path}}: ${name} is not a reference`)
    }
    const target = new GlideRecord(column.reference)
    if (!id || !target.get(id)) return ''
    return displayOf(target, rest.join('.'), notification)
}

/** Replaces the `${...}` tokens of a subject or body. */
export function renderTemplate(
    text: string,
    record: GlideRecord,
    event: { readonly parm1: string; readonly parm2: string },
    notification: string
): string {
    return text.replace(/\$\{([^}]*)\}/g, (_token, inner: string) => {
        const key = inner.trim()
        if (key === 'event.parm1') return event.parm1
        if (key === 'event.parm2') return event.parm2
        if (!/^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/.test(key)) throw unsupported(`the token \${${inner}}`, notification)
        return displayOf(record, key, notification)
    })
}

interface Person {
    readonly sysId: string
    readonly email: string
}

function userById(sysId: string): Person | undefined {
    const gr = new GlideRecord('sys_user')
    if (!gr.get(sysId) || gr.getValue('active') === '0' || !gr.getValue('email')) return undefined
    return { sysId, email: gr.getValue('email') as string }
}

function groupMembers(groupId: string): Person[] {
    const gr = new GlideRecord('sys_user_grmember')
    gr.addQuery('group', groupId)
    gr.query()
    const out: Person[] = []
    while (gr.next()) {
        const user = userById(gr.getValue('user') ?? '')
        if (user) out.push(user)
    }
    return out
}

/** Users (or addresses) named by a recipient value: a user or group sys_id, or an email address. */
function peopleOf(value: string): Person[] {
    if (value.includes('@')) return [{ sysId: '', email: value }]
    const user = userById(value)
    if (user) return [user]
    return groupMembers(value)
}

function recipientsOf(def: NotificationDef, record: GlideRecord, event: QueuedEvent): string[] {
    const people: Person[] = []
    for (const field of def.recipientFields) {
        for (const id of list(dotWalkValue(record, field, def.name))) people.push(...peopleOf(id))
    }
    for (const id of def.recipientUsers) people.push(...peopleOf(id))
    for (const id of def.recipientGroups) people.push(...groupMembers(id))
    if (def.parm1IsRecipient) for (const v of list(event.parm1)) people.push(...peopleOf(v))
    if (def.parm2IsRecipient) for (const v of list(event.parm2)) people.push(...peopleOf(v))
    let creator = ''
    if (!def.sendToCreator && event.createdBy) {
        const gr = new GlideRecord('sys_user')
        creator = gr.get('user_name', event.createdBy) ? gr.getUniqueValue() : ''
    }
    const emails: string[] = []
    for (const p of people) {
        if (creator && p.sysId === creator) continue
        if (!emails.includes(p.email)) emails.push(p.email)
    }
    return emails
}

/** The raw value of a (dot-walked) field; throws for a field the table does not have. */
function dotWalkValue(record: GlideRecord, path: string, notification: string): string {
    const [head] = path.split('.')
    if (!record.isValidField(head as string)) {
        throw new Error(`notification "${notification}": recipient field ${path}: no such field`)
    }
    return record.getValue(path) ?? ''
}

/** Writes the email of one notification for one event; false when its condition fails or nobody receives it. */
function sendEmail(def: NotificationDef, record: GlideRecord, event: QueuedEvent): boolean {
    if (def.condition && !recordMatches(def.condition, event.table, record.snapshot())) return false
    const to = recipientsOf(def, record, event)
    if (to.length === 0) return false
    const mail = new GlideRecord('sys_email')
    mail.initialize()
    mail.setValue('subject', renderTemplate(def.subject, record, event, def.name))
    mail.setValue('body', renderTemplate(def.html, record, event, def.name))
    mail.setValue('body_text', renderTemplate(def.text, record, event, def.name))
    mail.setValue('recipients', to.join(','))
    mail.setValue('direct', to.join(','))
    mail.setValue('type', 'send-ready')
    mail.setValue('state', 'ready')
    mail.setValue('instance', event.instance)
    mail.setValue('target_table', event.table)
    mail.setValue('content_type', def.contentType)
    mail.setValue('importance', def.importance)
    mail.setValue('weight', String(def.weight))
    return mail.insert() !== null
}

function readyEvents(lab: LabInstance): QueuedEvent[] {
    return lab.db
        .internal(
            'SELECT sys_id, name, "table", instance, parm1, parm2, sys_created_by FROM "sysevent" WHERE state = ? ORDER BY rowid',
            ['ready']
        )
        .map((r) => ({
            sysId: String(r['sys_id']),
            name: String(r['name'] ?? ''),
            table: String(r['table'] ?? ''),
            instance: String(r['instance'] ?? ''),
            parm1: r['parm1'] === null ? '' : String(r['parm1']),
            parm2: r['parm2'] === null ? '' : String(r['parm2']),
            createdBy: r['sys_created_by'] === null ? '' : String(r['sys_created_by']),
        }))
}

/**
 * Processes every ready event of the lab (as the system): writes the emails of the matching notifications and marks
 * the events processed. Events without a matching notification are marked processed too.
 */
export function processEvents(lab: LabInstance): EventRun {
    const notifications = readNotifications(lab.installed()?.records.all ?? [])
    let events = 0
    let emails = 0
    for (const event of readyEvents(lab)) {
        lab.runAsSystem(() => {
            const matching = notifications
                .filter((n) => n.eventName === event.name && n.table === event.table && lab.schema.hasTable(n.table))
                .sort((a, b) => a.weight - b.weight || a.name.localeCompare(b.name))
            const record = matching.length > 0 ? new GlideRecord(event.table) : undefined
            if (record && record.get(event.instance)) {
                for (const def of matching) if (sendEmail(def, record, event)) emails++
            }
            const done = new GlideRecord('sysevent')
            done.setWorkflow(false)
            if (done.get(event.sysId)) {
                done.setValue('state', 'processed')
                done.setValue('processed', lab.now())
                done.setValue('claimed_by', 'lab')
                done.update()
            }
        })
        events++
    }
    return { events, emails }
}

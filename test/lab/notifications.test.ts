/**
 * The lab's event processor: queued events + the app's event-triggered email notifications → outgoing sys_email rows.
 * Runs on the probe app with notification records added (as the build emits them).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { processEvents, readNotifications } from '../../scripts/lab/engine/notifications.ts'
import { GlideRecord, gs } from '../../scripts/lab/glide/index.ts'
import type { LabUser } from '../../scripts/lab/http/contract.ts'
import { LabInstance } from '../../scripts/lab/instance.ts'
import { AppRecords, loadAppRecords, type AppRecord } from '../../scripts/metadata/app-records.ts'
import { PROBE_APP, PROBE_ROOT } from './lab-fixture.ts'

const EVENT = 'x_itvc_value.probe.flagged'

function notification(sysId: string, fields: Record<string, string>): AppRecord {
    return {
        table: 'sysevent_email_action',
        action: 'INSERT_OR_UPDATE',
        sysId,
        fields: {
            sys_id: sysId,
            name: `Probe notification ${sysId}`,
            collection: 'x_itvc_value_probe',
            generation_type: 'event',
            event_name: EVENT,
            active: 'true',
            type: 'email',
            content_type: 'text/html',
            subject: 'Probe ${number}: ${name} is ${category}',
            message_html: '<p>${event.parm2}</p><p>Amount ${amount}</p>',
            event_parm_1: 'true',
            event_parm_2: 'false',
            send_self: 'false',
            ...fields,
        },
        display: {},
        attributes: {},
        file: `update/sysevent_email_action_${sysId}.xml`,
    }
}

let lab: LabInstance
let alice: LabUser
let bob: LabUser

function boot(extra: AppRecord[]): void {
    lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00' })
    lab.install(new AppRecords([...loadAppRecords(PROBE_APP).all, ...extra]))
    lab.createUser('alice', 'pw-alice', ['x_itvc_value.probe_user'], { email: 'alice@example.com' })
    lab.createUser('bob', 'pw-bob', ['x_itvc_value.probe_user'], { email: 'bob@example.com' })
    lab.createUser('nomail', 'pw-nomail', ['x_itvc_value.probe_user'])
    alice = lab.userByName('alice') as LabUser
    bob = lab.userByName('bob') as LabUser
}

function probe(values: Record<string, string>): string {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_probe')
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert() as string
    }).value
}

function queue(as: LabUser, id: string, parm1: string, parm2 = ''): void {
    lab.runAs(as, () => {
        const gr = new GlideRecord('x_itvc_value_probe')
        gr.get(id)
        gs.eventQueue(EVENT, gr, parm1, parm2)
    })
}

function emails(): Record<string, unknown>[] {
    return lab.db.internal(
        'SELECT subject, body, recipients, type, state, instance, target_table FROM "sys_email" ORDER BY rowid'
    )
}

afterEach(() => lab.close())

describe('processEvents', () => {
    beforeEach(() => boot([notification('n1', { condition: 'category=a' })]))

    it('writes one outgoing email per matching notification, rendered for the event record', () => {
        const id = probe({ name: 'Pump', category: 'a', amount: '12.5' })
        queue(bob, id, alice.sysId, 'overdue since March')
        expect(processEvents(lab)).toEqual({ events: 1, emails: 1 })
        expect(emails()).toEqual([
            {
                subject: 'Probe PRB0001001: Pump is Alpha',
                body: '<p>overdue since March</p><p>Amount 12.50</p>',
                recipients: 'alice@example.com',
                type: 'send-ready',
                state: 'ready',
                instance: id,
                target_table: 'x_itvc_value_probe',
            },
        ])
        expect(lab.db.internal('SELECT state, processed FROM "sysevent"')).toEqual([
            { state: 'processed', processed: '2026-11-01 10:00:00' },
        ])
    })

    it('skips a notification whose condition the record does not meet, and still processes the event', () => {
        const id = probe({ name: 'Valve', category: 'b' })
        queue(bob, id, alice.sysId)
        expect(processEvents(lab)).toEqual({ events: 1, emails: 0 })
        expect(processEvents(lab)).toEqual({ events: 0, emails: 0 })
    })

    it('leaves out the event creator, users without an address, and takes addresses as they are', () => {
        const id = probe({ name: 'Pump', category: 'a' })
        const nomail = lab.userByName('nomail') as LabUser
        queue(alice, id, `${alice.sysId},${bob.sysId},${nomail.sysId},ops@example.com`)
        processEvents(lab)
        expect(emails().map((e) => e.recipients)).toEqual(['bob@example.com,ops@example.com'])
    })

    it('marks an event without a notification processed and sends nothing', () => {
        lab.runAsSystem(() => gs.eventQueue('x_itvc_value.other', null, '', ''))
        expect(processEvents(lab)).toEqual({ events: 1, emails: 0 })
    })
})

describe('listed recipients', () => {
    it('mails the listed users and the members of the listed groups', () => {
        boot([notification('n2', { event_parm_1: 'false', recipient_users: 'carol0001', recipient_groups: 'g1' })])
        lab.createUser('carol', 'pw-carol', [], { email: 'carol@example.com' }, 'carol0001')
        lab.runAsSystem(() => {
            lab.upsert('sys_user_group', 'g1', { name: 'Probe team' })
            lab.upsert('sys_user_grmember', 'm1', { group: 'g1', user: bob.sysId })
        })
        const id = probe({ name: 'Pump', category: 'a' })
        queue(lab.userByName('nomail') as LabUser, id, '')
        processEvents(lab)
        expect(emails().map((e) => e.recipients)).toEqual(['carol@example.com,bob@example.com'])
    })
})

describe('what the lab does not emulate', () => {
    it.each([
        ['an engine (insert/update) notification', { generation_type: 'engine' }, 'generation type "engine"'],
        ['a digest', { digestable: 'true' }, 'a digest'],
        ['an advanced condition', { advanced_condition: 'answer = true' }, 'advanced (script) condition'],
    ])('refuses %s', (_what, fields, message) => {
        expect(() => readNotifications([notification('n3', fields)])).toThrow(message)
    })

    it('refuses a mail script token when it renders', () => {
        boot([notification('n4', { subject: 'See ${mail_script:link}' })])
        const id = probe({ name: 'Pump', category: 'a' })
        queue(bob, id, alice.sysId)
        expect(() => processEvents(lab)).toThrow('not supported in the lab')
    })

    it('refuses a field the table does not have', () => {
        boot([notification('n5', { subject: '${no_such_field}' })])
        const id = probe({ name: 'Pump', category: 'a' })
        queue(bob, id, alice.sysId)
        expect(() => processEvents(lab)).toThrow('x_itvc_value_probe has no field no_such_field')
    })
})

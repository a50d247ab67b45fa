import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { GlideAggregate, GlideRecord, GlideRecordSecure, gs } from '../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../scripts/lab/instance.ts'
import { probeLab } from './lab-fixture.ts'

let lab: LabInstance
let user: ReturnType<LabInstance['userByName']>
let admin: ReturnType<LabInstance['userByName']>

beforeEach(() => {
    lab = probeLab()
    lab.createUser('probe.user', 'pw-user', ['x_itvc_value.probe_user'])
    lab.createUser('probe.admin', 'pw-admin', ['x_itvc_value.probe_admin'])
    lab.createUser('nobody', 'pw-nobody', [])
    user = lab.userByName('probe.user')
    admin = lab.userByName('probe.admin')
})
afterEach(() => lab.close())

function insertProbe(values: Record<string, string>): string | null {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_probe')
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert()
    }).value
}

describe('GlideRecord', () => {
    it('inserts with an auto-number and system fields, values read back as strings', () => {
        const id = insertProbe({ name: 'one', amount: '12.5', category: 'a' })
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            expect(gr.get(id as string)).toBe(true)
            expect(gr.getValue('number')).toBe('PRB0001001')
            expect(gr.getValue('amount')).toBe('12.50')
            expect(gr.getValue('sys_mod_count')).toBe('0')
            expect(gr.getValue('sys_created_on')).toBe('2026-11-01 10:00:00')
            expect(gr.getValue('sys_created_by')).toBe('system')
            expect(gr.getValue('async_done')).toBe('0')
            expect(gr.getDisplayValue('category')).toBe('Alpha')
            expect(gr.getValue('secret')).toBeNull()
        })
    })

    it('queries with encoded queries, addQuery, order and limit', () => {
        for (const [name, amount, category] of [
            ['b1', '5', 'b'],
            ['a1', '10', 'a'],
            ['a2', '20', 'a'],
        ] as const)
            insertProbe({ name, amount, category })
        const names = lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.addQuery('category', 'a')
            gr.addQuery('amount', '>=', 10)
            gr.orderByDesc('amount')
            gr.setLimit(5)
            gr.query()
            const out: string[] = []
            while (gr.next()) out.push(gr.getValue('name') as string)
            return out
        }).value
        expect(names).toEqual(['a2', 'a1'])
    })

    it('runs before rules in order and honours an abort: nothing is written', () => {
        const id = insertProbe({ name: 'ok', amount: '1' })
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.get(id as string)
            expect(gr.getValue('trace')).toBe('AB')
        })
        const tx = lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.initialize()
            gr.setValue('name', 'bad')
            gr.setValue('amount', '-1')
            return gr.insert()
        })
        expect(tx.value).toBeNull()
        expect(tx.messages).toContainEqual({ level: 'error', text: 'Amount must not be negative' })
        expect(lab.count('x_itvc_value_probe')).toBe(1)
    })

    it('runs after rules only when their filter condition matches, async rules only when settled', () => {
        insertProbe({ name: 'alpha', category: 'a' })
        insertProbe({ name: 'beta', category: 'b' })
        const logs = lab.db.internal('SELECT message FROM "syslog" ORDER BY sys_created_on').map((r) => r['message'])
        expect(logs).toEqual(['probe inserted alpha'])
        expect(lab.count('x_itvc_value_probe', 'async_done = 1')).toBe(0)
        expect(lab.settle()).toBe(2)
        expect(lab.count('x_itvc_value_probe', 'async_done = 1')).toBe(2)
    })

    it('update() increments sys_mod_count and a rollback leaves the row unchanged', () => {
        const id = insertProbe({ name: 'x', amount: '1' }) as string
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.get(id)
            gr.setValue('amount', '2')
            gr.update()
        })
        expect(() =>
            lab.runAsSystem(() => {
                const gr = new GlideRecord('x_itvc_value_probe')
                gr.get(id)
                gr.setValue('amount', '3')
                gr.update()
                throw new Error('boom')
            })
        ).toThrow('boom')
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.get(id)
            expect(gr.getValue('amount')).toBe('2.00')
            expect(gr.getValue('sys_mod_count')).toBe('1')
        })
    })

    it('refuses a value its column cannot hold, with a clear message', () => {
        const tx = lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.initialize()
            gr.setValue('amount', 'lots')
            return gr.insert()
        })
        expect(tx.value).toBeNull()
        expect(tx.messages[0]?.text).toMatch(/Amount: "lots" is not a number/)
    })
})

describe('GlideAggregate', () => {
    it('groups, sums and counts in one query, returning strings', () => {
        insertProbe({ name: 'a1', amount: '0.1', category: 'a' })
        insertProbe({ name: 'a2', amount: '0.2', category: 'a' })
        insertProbe({ name: 'b1', amount: '5', category: 'b' })
        const tx = lab.runAsSystem(() => {
            const agg = new GlideAggregate('x_itvc_value_probe')
            agg.addAggregate('SUM', 'amount')
            agg.addAggregate('COUNT', 'sys_id')
            agg.groupBy('category')
            agg.query()
            const out: string[] = []
            while (agg.next())
                out.push(
                    `${agg.getValue('category')}:${agg.getAggregate('SUM', 'amount')}:${agg.getAggregate('COUNT', 'sys_id')}`
                )
            return out
        })
        expect(tx.value).toEqual(['a:0.30:2', 'b:5.00:1'])
        expect(tx.stats.queries).toBe(1)
    })

    it('the scheduled job aggregates through the built sysauto_script', () => {
        insertProbe({ name: 'a1', amount: '1', category: 'a' })
        lab.runJob('Probe totals')
        const logs = lab.db
            .internal('SELECT message FROM "syslog" WHERE message LIKE \'total%\'')
            .map((r) => r['message'])
        expect(logs).toEqual(['total a=1.00 n=1'])
    })
})

describe('ACLs through GlideRecordSecure', () => {
    it('lets a role read the table but hides a field it may not read', () => {
        const id = insertProbe({ name: 'x', amount: '1', secret: '42', category: 'a' }) as string
        lab.runAs(user!, () => {
            const gr = new GlideRecordSecure('x_itvc_value_probe')
            expect(gr.get(id)).toBe(true)
            expect(gr.getValue('name')).toBe('x')
            expect(gr.getValue('secret')).toBeNull()
        })
        lab.runAs(admin!, () => {
            const gr = new GlideRecordSecure('x_itvc_value_probe')
            gr.get(id)
            expect(gr.getValue('secret')).toBe('42.00')
        })
    })

    it('denies a user without the role: rows are skipped, writes fail', () => {
        insertProbe({ name: 'x', category: 'a' })
        const nobody = lab.userByName('nobody')!
        lab.runAs(nobody, () => {
            const gr = new GlideRecordSecure('x_itvc_value_probe')
            gr.query()
            expect(gr.next()).toBe(false)
            const ins = new GlideRecordSecure('x_itvc_value_probe')
            ins.initialize()
            ins.setValue('name', 'y')
            expect(ins.insert()).toBeNull()
        })
        expect(lab.count('x_itvc_value_probe')).toBe(1)
    })

    it('applies an ACL condition (write denied on category b) and field write ACLs', () => {
        const a = insertProbe({ name: 'a', category: 'a' }) as string
        const b = insertProbe({ name: 'b', category: 'b' }) as string
        lab.runAs(user!, () => {
            const ga = new GlideRecordSecure('x_itvc_value_probe')
            ga.get(a)
            ga.setValue('name', 'a2')
            expect(ga.update()).toBe(a)
            const gb = new GlideRecordSecure('x_itvc_value_probe')
            gb.get(b)
            gb.setValue('name', 'b2')
            expect(gb.update()).toBeNull()
            const gs2 = new GlideRecordSecure('x_itvc_value_probe')
            gs2.get(a)
            gs2.setValue('secret', '1')
            expect(gs2.update()).toBeNull()
        })
    })

    it('decides delete by role containment (probe_admin contains probe_user, not the reverse)', () => {
        const id = insertProbe({ name: 'x', category: 'a' }) as string
        expect(lab.runAs(user!, () => new GlideRecordSecure('x_itvc_value_probe').get(id) && false).value).toBe(false)
        const denied = lab.runAs(user!, () => {
            const gr = new GlideRecordSecure('x_itvc_value_probe')
            gr.get(id)
            return gr.deleteRecord()
        })
        expect(denied.value).toBe(false)
        const allowed = lab.runAs(admin!, () => {
            const gr = new GlideRecordSecure('x_itvc_value_probe')
            gr.get(id)
            return gr.deleteRecord()
        })
        expect(allowed.value).toBe(true)
        expect(admin!.roles).toContain('x_itvc_value.probe_user')
    })
})

describe('gs', () => {
    it('reads properties as strings and knows the session user', () => {
        lab.runAs(user!, () => {
            expect(gs.getProperty('x_itvc_value.probe_limit')).toBe('7')
            expect(gs.getProperty('x_itvc_value.missing', 'fallback')).toBe('fallback')
            expect(gs.getUserName()).toBe('probe.user')
            expect(gs.hasRole('x_itvc_value.probe_user')).toBe(true)
            expect(gs.hasRole('x_itvc_value.probe_admin')).toBe(false)
        })
    })
})

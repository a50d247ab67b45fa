/**
 * Incident value attribution (README "Incident value attribution") through the lab as a client sees it: the Table
 * API as the demo users, the built app's rules and ACLs, the lab's instrumentation for the query budget.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { GlideRecord, GlideRecordSecure } from '../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../scripts/lab/instance.ts'
import { call, servedAppLab } from './app-lab.ts'

const PROFILE = 'x_itvc_value_service_profile'
const P1_MESSAGE = 'A P1 incident cannot be resolved without a value category: set Business value > Value category.'

let served: RunningLab
let lab: LabInstance
let serviceId: string
let profileId: string
let otherServiceId: string

/** Inserts a record as the system (fixtures), with the app's rules running as on an instance. */
function insert(table: string, values: Record<string, string>): string {
    const id = lab.runAsSystem(() => {
        const gr = new GlideRecord(table)
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        return gr.insert()
    }).value
    if (id === null) throw new Error(`fixture ${table} not inserted`)
    return id
}

/** The stored values of a record (as the system, no ACLs). */
function stored(table: string, sysId: string): Record<string, string | null> {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord(table)
        if (!gr.get(sysId)) throw new Error(`no ${table} ${sysId}`)
        return gr.snapshot()
    }).value
}

function userId(userName: string): string {
    const user = lab.userByName(userName)
    if (!user) throw new Error(`no user ${userName}`)
    return user.sysId
}

/** A new incident, created through the Table API by an ITIL agent. */
async function newIncident(values: Record<string, string> = {}): Promise<string> {
    const res = await call(served, 'itil.agent', 'POST', '/api/now/table/incident', {
        short_description: 'Checkout page times out',
        business_service: serviceId,
        ...values,
    })
    expect(res.status).toBe(201)
    return res.body.result.sys_id as string
}

beforeAll(async () => {
    served = await servedAppLab()
    lab = served.lab
    serviceId = insert('cmdb_ci_service', { name: 'Online Store' })
    otherServiceId = insert('cmdb_ci_service', { name: 'Payments' })
    profileId = insert(PROFILE, {
        service: serviceId,
        hourly_revenue: '600.00',
        hourly_labour_cost: '40.00',
        typical_users: '2500',
        criticality: '1',
    })
    lab.settle()
}, 30_000)
afterAll(async () => {
    await served.close()
    lab.close()
})

describe('tagging an incident through the Table API', () => {
    it('gives a tagger the impact cost and score computed from the entries and the service profile', async () => {
        const res = await call(served, 'itvc.tagger', 'POST', '/api/now/table/incident', {
            short_description: 'Checkout page times out',
            business_service: serviceId,
            x_itvc_value_value_category: 'revenue',
            x_itvc_value_revenue_at_risk: '1000',
            x_itvc_value_direct_cost: '250.50',
            x_itvc_value_productivity_hours: '10',
        })
        expect(res.status).toBe(201)
        // 1000.00 revenue at risk + 250.50 direct + 10 h × 40.00 profile labour rate
        expect(res.body.result).toMatchObject({
            x_itvc_value_impact_cost: '1650.50',
            x_itvc_value_impact_score: '64',
            x_itvc_value_tagged_by: { value: userId('itvc.tagger') },
            x_itvc_value_tagged_at: '2026-11-15 12:00:00',
        })
    })

    it('re-prices on update: outage × profile hourly revenue, users × outage hours × labour rate', async () => {
        const id = await newIncident()
        const res = await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_value_category: 'productivity',
            x_itvc_value_direct_cost: '250.50',
            x_itvc_value_users_affected: '30',
            x_itvc_value_outage_minutes: '90',
        })
        expect(res.status).toBe(200)
        // 90 min × 600.00/h = 900.00; 30 users × 1.5 h × 40.00/h = 1800.00; + 250.50
        expect(res.body.result.x_itvc_value_impact_cost).toBe('2950.50')
        expect(res.body.result.x_itvc_value_impact_score).toBe('69')
    })

    it('stamps tagged by/at on the first tagging only', async () => {
        const id = await newIncident()
        await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_value_category: 'cost',
        })
        lab.setClock(() => '2026-11-16 08:00:00')
        try {
            const res = await call(served, 'admin', 'PATCH', `/api/now/table/incident/${id}`, {
                x_itvc_value_value_category: 'risk',
            })
            expect(res.status).toBe(200)
            expect(res.body.result.x_itvc_value_tagged_by.value).toBe(userId('itvc.tagger'))
            expect(res.body.result.x_itvc_value_tagged_at).toBe('2026-11-15 12:00:00')
        } finally {
            lab.setClock(() => '2026-11-15 12:00:00')
        }
    })

    it('leaves an incident nobody tagged unpriced, and clears the figures when the entries are removed', async () => {
        const id = await newIncident()
        expect(stored('incident', id)['x_itvc_value_impact_cost']).toBeNull()
        await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_direct_cost: '10',
        })
        expect(stored('incident', id)['x_itvc_value_impact_cost']).toBe('10.00')
        const res = await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_direct_cost: '',
        })
        expect(res.status).toBe(200)
        expect(res.body.result.x_itvc_value_impact_cost).toBe('')
        expect(res.body.result.x_itvc_value_impact_score).toBe('')
    })
})

describe('value field security', () => {
    it('refuses (403) value fields to an ITIL agent without the tagger role, and leaves the record unchanged', async () => {
        const id = await newIncident({ short_description: 'VPN drops' })
        const denied = await call(served, 'itil.agent', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_value_category: 'risk',
            x_itvc_value_direct_cost: '99',
        })
        expect(denied.status).toBe(403)
        expect(stored('incident', id)).toMatchObject({
            x_itvc_value_value_category: null,
            x_itvc_value_direct_cost: null,
        })
        // the same agent may still change the incident's own fields
        const allowed = await call(served, 'itil.agent', 'PATCH', `/api/now/table/incident/${id}`, {
            short_description: 'VPN drops every hour',
        })
        expect(allowed.status).toBe(200)
    })

    it('refuses (403) creating an incident with value fields without the tagger role', async () => {
        const denied = await call(served, 'itil.agent', 'POST', '/api/now/table/incident', {
            short_description: 'Mail queue stuck',
            x_itvc_value_value_category: 'productivity',
        })
        expect(denied.status).toBe(403)
    })

    it('hides the value fields from readers without an app role', async () => {
        const id = await newIncident()
        await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, { x_itvc_value_direct_cost: '5' })
        const agent = await call(served, 'itil.agent', 'GET', `/api/now/table/incident/${id}`)
        expect(agent.status).toBe(200)
        expect(agent.body.result).not.toHaveProperty('x_itvc_value_impact_cost')
        const tagger = await call(served, 'itvc.tagger', 'GET', `/api/now/table/incident/${id}`)
        expect(tagger.body.result.x_itvc_value_impact_cost).toBe('5.00')
    })

    it('refuses (403) a tagger writing the computed figures, and recomputes what an admin writes', async () => {
        const id = await newIncident()
        await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, { x_itvc_value_direct_cost: '7' })
        const tagger = await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_impact_cost: '1000000',
        })
        expect(tagger.status).toBe(403)
        const admin = await call(served, 'admin', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_impact_cost: '1000000',
            x_itvc_value_impact_score: '100',
        })
        expect(admin.status).toBe(200)
        expect(admin.body.result.x_itvc_value_impact_cost).toBe('7.00')
        expect(admin.body.result.x_itvc_value_impact_score).toBe('18')
    })
})

describe('rejected amounts', () => {
    it('refuses a negative amount with a clear message and keeps the stored record', async () => {
        const id = await newIncident()
        await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_value_category: 'cost',
            x_itvc_value_direct_cost: '120',
        })
        const before = stored('incident', id)
        const res = await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_direct_cost: '-5',
            short_description: 'changed in the same request',
        })
        expect(res.status).toBe(403)
        expect(res.body.error.message).toBe('Direct cost must be a positive amount or 0, not "-5".')
        expect(stored('incident', id)).toEqual(before)
    })

    it('refuses a non-numeric amount, naming the field', async () => {
        const res = await call(served, 'itvc.tagger', 'POST', '/api/now/table/incident', {
            short_description: 'Printer jam',
            x_itvc_value_revenue_at_risk: 'lots',
        })
        expect(res.status).toBe(403)
        expect(res.body.error.message).toBe('Revenue at risk must be an amount such as 1250.50, not "lots".')
    })
})

describe('resolving without a value category', () => {
    it('refuses resolving a P1 without a category, with the message; resolves once tagged', async () => {
        const id = await newIncident({ priority: '1', impact: '1', urgency: '1' })
        const refused = await call(served, 'itil.agent', 'PATCH', `/api/now/table/incident/${id}`, { state: '6' })
        expect(refused.status).toBe(403)
        expect(refused.body.error.message).toBe(P1_MESSAGE)
        expect(stored('incident', id)['state']).toBe('1')
        const tagged = await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
            x_itvc_value_value_category: 'customer',
            state: '6',
        })
        expect(tagged.status).toBe(200)
        expect(tagged.body.result.state).toBe('6')
    })

    it('refuses closing a P2 straight from an open state, lets a P3 resolve untagged', async () => {
        const p2 = await newIncident({ priority: '2' })
        const closing = await call(served, 'itil.agent', 'PATCH', `/api/now/table/incident/${p2}`, { state: '7' })
        expect(closing.status).toBe(403)
        expect(closing.body.error.message).toContain('A P2 incident cannot be closed without a value category')
        const p3 = await newIncident({ priority: '3' })
        const resolved = await call(served, 'itil.agent', 'PATCH', `/api/now/table/incident/${p3}`, { state: '6' })
        expect(resolved.status).toBe(200)
    })

    it('never blocks closing an incident that was already resolved (e.g. before the app was installed)', async () => {
        const id = insert('incident', { short_description: 'old', priority: '1', state: '6' })
        const closed = await call(served, 'itil.agent', 'PATCH', `/api/now/table/incident/${id}`, { state: '7' })
        expect(closed.status).toBe(200)
    })
})

describe('service value profiles', () => {
    it('re-prices the open incidents of the service in the background, not in the saving transaction', async () => {
        const open = await newIncident()
        const closed = await newIncident()
        for (const id of [open, closed]) {
            await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/incident/${id}`, {
                x_itvc_value_value_category: 'productivity',
                x_itvc_value_direct_cost: '250.50',
                x_itvc_value_users_affected: '30',
                x_itvc_value_outage_minutes: '90',
            })
        }
        lab.runAsSystem(() => {
            const gr = new GlideRecord('incident')
            gr.get(closed)
            gr.setValue('active', 'false')
            gr.update()
        })
        expect(stored('incident', open)['x_itvc_value_impact_cost']).toBe('2950.50')

        // the app admin's save writes the profile row only; the re-pricing waits in the async queue
        const appAdmin = lab.userByName('itvc.admin')
        if (!appAdmin) throw new Error('no itvc.admin')
        const save = lab.runAs(appAdmin, () => {
            const gr = new GlideRecordSecure(PROFILE)
            gr.get(profileId)
            gr.setValue('hourly_labour_cost', '60.00')
            return gr.update()
        })
        expect(save.value).toBe(profileId)
        expect(save.stats.rowsWritten).toBe(1)
        expect(lab.pendingAsync()).toBe(1)
        expect(stored('incident', open)['x_itvc_value_impact_cost']).toBe('2950.50')

        lab.settle()
        // labour 45 h × 60.00 = 2700.00 (was 1800.00)
        expect(stored('incident', open)).toMatchObject({
            x_itvc_value_impact_cost: '3850.50',
            x_itvc_value_impact_score: '72',
        })
        expect(stored('incident', closed)['x_itvc_value_impact_cost']).toBe('2950.50')

        // deactivating the profile re-prices with none: no revenue loss, default labour rate 50.00
        await call(served, 'itvc.admin', 'PATCH', `/api/now/table/${PROFILE}/${profileId}`, { active: 'false' })
        lab.settle()
        expect(stored('incident', open)['x_itvc_value_impact_cost']).toBe('2500.50')
        await call(served, 'itvc.admin', 'PATCH', `/api/now/table/${PROFILE}/${profileId}`, {
            active: 'true',
            hourly_labour_cost: '40.00',
        })
        lab.settle()
        expect(stored('incident', open)['x_itvc_value_impact_cost']).toBe('2950.50')
    })

    it('refuses negative hourly amounts and moving a profile to another service', async () => {
        const negative = await call(served, 'itvc.admin', 'PATCH', `/api/now/table/${PROFILE}/${profileId}`, {
            hourly_revenue: '-1',
        })
        expect(negative.status).toBe(403)
        expect(negative.body.error.message).toBe(
            'Service profile hourly revenue must be a positive amount or 0, not "-1".'
        )
        const moved = await call(served, 'itvc.admin', 'PATCH', `/api/now/table/${PROFILE}/${profileId}`, {
            service: otherServiceId,
        })
        expect(moved.status).toBe(403)
        expect(stored(PROFILE, profileId)).toMatchObject({ service: serviceId, hourly_revenue: '600.00' })
    })

    it('lets every app role read profiles and only the app admin change them', async () => {
        expect((await call(served, 'itvc.viewer', 'GET', `/api/now/table/${PROFILE}`)).body.result).toHaveLength(1)
        const tagger = await call(served, 'itvc.tagger', 'PATCH', `/api/now/table/${PROFILE}/${profileId}`, {
            typical_users: '1',
        })
        expect(tagger.status).toBe(403)
        expect((await call(served, 'itil.agent', 'GET', `/api/now/table/${PROFILE}`)).status).toBe(403)
    })
})

describe('the incident pricing rule under instrumentation', () => {
    /** Queries of one save as the tagger: insert, or get + update of an existing incident. */
    function queriesOfSave(values: Record<string, string>, existing?: string): number {
        const tagger = lab.userByName('itvc.tagger')
        if (!tagger) throw new Error('no tagger')
        return lab.runAs(tagger, () => {
            const gr = new GlideRecord('incident')
            if (existing) gr.get(existing)
            else gr.initialize()
            for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
            if ((existing ? gr.update() : gr.insert()) === null) throw new Error('save failed')
        }).stats.queries
    }

    it('costs at most 2 queries per save (the profile lookup; properties are cached)', () => {
        const untagged = queriesOfSave({ short_description: 'x', business_service: serviceId })
        const tagged = queriesOfSave({
            short_description: 'x',
            business_service: serviceId,
            x_itvc_value_value_category: 'revenue',
            x_itvc_value_revenue_at_risk: '10',
        })
        const id = insert('incident', { short_description: 'y', business_service: serviceId })
        const untaggedUpdate = queriesOfSave({ short_description: 'y2' }, id)
        const taggedUpdate = queriesOfSave({ x_itvc_value_direct_cost: '3', x_itvc_value_users_affected: '4' }, id)
        expect(tagged - untagged).toBe(1)
        expect(taggedUpdate - untaggedUpdate).toBe(1)
        expect(Math.max(tagged - untagged, taggedUpdate - untaggedUpdate)).toBeLessThanOrEqual(2)
    })
})

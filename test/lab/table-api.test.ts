/**
 * The lab as a client sees it: the built app installed, the demo data seeded, the REST Table API on a free port.
 * This is the "curl -u <demo user> 127.0.0.1:<port>/api/now/table/incident?sysparm_limit=2" of the README.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { call, servedAppLab } from './app-lab.ts'

let lab: RunningLab

beforeAll(async () => {
    lab = await servedAppLab({ seed: true })
}, 60_000)
afterAll(async () => {
    await lab.close()
    lab.lab.close()
})

describe('the Table API over the seeded lab', () => {
    it('returns two seeded incidents with X-Total-Count and a Link header', async () => {
        const res = await call(
            lab,
            'itil.agent',
            'GET',
            '/api/now/table/incident?sysparm_limit=2&sysparm_query=ORDERBYnumber'
        )
        expect(res.status).toBe(200)
        expect(res.body.result).toHaveLength(2)
        expect(res.body.result[0].number).toBe('INC0000045')
        expect(typeof res.body.result[0].priority).toBe('string')
        expect(res.headers.get('x-total-count')).toBe('890')
        const link = res.headers.get('link') ?? ''
        expect(link).toContain('rel="next"')
        expect(link).toContain('sysparm_offset=-2>;rel="prev"')
        expect(link).not.toMatch(/; |, /)
    })

    it('walks every page by rel="next" and sees each incident once', async () => {
        const seen = new Set<string>()
        let path: string | undefined =
            '/api/now/v2/table/incident?sysparm_limit=200&sysparm_fields=number&sysparm_query=ORDERBYnumber'
        let pages = 0
        while (path && pages < 20) {
            const res = await call(lab, 'itil.agent', 'GET', path)
            expect(res.status).toBe(200)
            for (const r of res.body.result) seen.add(r.number)
            const next = /<([^>]+)>;rel="next"/.exec(res.headers.get('link') ?? '')
            path = next ? new URL(next[1] as string).pathname + new URL(next[1] as string).search : undefined
            pages++
        }
        expect(pages).toBe(5)
        expect(seen.size).toBe(890)
    })

    it('filters with an encoded query, case-insensitively, and shows display values', async () => {
        const res = await call(
            lab,
            'itil.agent',
            'GET',
            '/api/now/table/incident?sysparm_query=priority=1^short_descriptionLIKEcategory&sysparm_display_value=all&sysparm_limit=1'
        )
        expect(res.status).toBe(200)
        expect(res.headers.get('x-total-count')).toBe('15')
        expect(res.body.result[0].priority).toEqual({ value: '1', display_value: '1 - Critical' })
    })

    it('creates, updates and deletes a record as an ITIL agent', async () => {
        const created = await call(lab, 'itil.agent', 'POST', '/api/now/table/incident', {
            short_description: 'Printer on fire',
            impact: 1,
            urgency: '1',
        })
        expect(created.status).toBe(201)
        const id = created.body.result.sys_id
        expect(created.body.result.number).toMatch(/^INC\d{7}$/)
        const patched = await call(lab, 'itil.agent', 'PATCH', `/api/now/table/incident/${id}`, {
            short_description: 'Printer no longer on fire',
        })
        expect(patched.status).toBe(200)
        expect(patched.body.result.sys_mod_count).toBe('1')
        const deleted = await call(lab, 'admin', 'DELETE', `/api/now/table/incident/${id}`)
        expect(deleted.status).toBe(204)
        const gone = await call(lab, 'itil.agent', 'GET', `/api/now/table/incident/${id}`)
        expect(gone.status).toBe(404)
        expect(gone.body).toEqual({
            error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" },
            status: 'failure',
        })
    })

    it('refuses a user without a role on the table (403) and unknown credentials (401)', async () => {
        const denied = await call(lab, 'no.roles', 'GET', '/api/now/table/incident?sysparm_limit=1')
        expect(denied.status).toBe(403)
        const res = await fetch(`${lab.url}/api/now/table/incident`, {
            headers: { Authorization: `Basic ${Buffer.from('no.roles:wrong').toString('base64')}` },
        })
        expect(res.status).toBe(401)
        expect(res.headers.get('www-authenticate')).toBe('BASIC realm="Service-now"')
    })

    it('answers 400 for an unknown table and for an invalid query', async () => {
        expect((await call(lab, 'admin', 'GET', '/api/now/table/no_such_table')).status).toBe(400)
        const bad = await call(lab, 'admin', 'GET', '/api/now/table/incident?sysparm_query=no_such_field=1')
        expect(bad.status).toBe(400)
        expect(JSON.stringify(bad.body)).toContain('no_such_field')
    })
})

describe('POST with a sys_id', () => {
    it('keeps the sys_id the client chose, as an instance does, and refuses a second insert with it', async () => {
        const id = 'abcdefabcdefabcdefabcdefabcdef12'
        const created = await call(lab, 'itil.agent', 'POST', '/api/now/table/incident', {
            sys_id: id,
            short_description: 'Chosen id',
        })
        expect(created.status).toBe(201)
        expect(created.body.result.sys_id).toBe(id)
        const again = await call(lab, 'itil.agent', 'POST', '/api/now/table/incident', {
            sys_id: id,
            short_description: 'Again',
        })
        expect(again.status).toBeGreaterThanOrEqual(400)
        const got = await call(lab, 'itil.agent', 'GET', `/api/now/table/incident/${id}`)
        expect(got.body.result.short_description).toBe('Chosen id')
    })
})

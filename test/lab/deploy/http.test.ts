/**
 * The deploy endpoints and the session flow over HTTP, driven as a browser (UI page: window.g_ck) and as the SDK
 * CLI drive them, against a lab with the probe app: no CLI process here (cli.test.ts runs the real one).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { serveLab, type RunningLab } from '../../../scripts/lab/boot.ts'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import { LabInstance } from '../../../scripts/lab/instance.ts'
import { PROBE_ROOT } from '../lab-fixture.ts'
import { packFiles, probeFiles, withVersion } from './packages.ts'

let running: RunningLab
let itemId: string

beforeAll(async () => {
    const lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00' })
    running = await serveLab(lab, 0)
    await running.installer.install(packFiles(probeFiles()))
    lab.createUser('admin', 'Admin#2026', ['admin'])
    lab.createUser('probe.user', 'Probe#2026', ['x_itvc_value.probe_user'])
    itemId = lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_probe')
        gr.initialize()
        gr.setValue('name', 'seen from the page')
        gr.setValue('amount', '42')
        return gr.insert() as string
    }).value
})
afterAll(async () => {
    await running.close()
    running.lab.close()
})

interface Session {
    readonly cookie: string
    readonly token: string
}

/** The UI login: the form POST, then get_user's 401 hands out the token (what a page keeps as window.g_ck). */
async function login(userName: string, password: string): Promise<Session> {
    const res = await fetch(`${running.url}/angular.do?sysparm_type=view_form.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sysparm_type: 'login', user_name: userName, user_password: password }).toString(),
    })
    expect(await res.json()).toMatchObject({ status: 'success' })
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const user = await fetch(`${running.url}/angular.do?sysparm_type=get_user`, {
        method: 'POST',
        headers: { Cookie: cookie },
    })
    expect(user.status).toBe(401)
    return { cookie, token: user.headers.get('x-usertoken-response') ?? '' }
}

const itemPath = (): string => `/api/x_itvc_value/v1/probe/items/${itemId}`

describe('a page with a session calls the app routes', () => {
    it('with the cookie and X-UserToken (window.g_ck)', async () => {
        const s = await login('probe.user', 'Probe#2026')
        const res = await fetch(`${running.url}${itemPath()}`, {
            headers: { Cookie: s.cookie, 'X-UserToken': s.token, Accept: 'application/json' },
        })
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ result: { name: 'seen from the page', amount: 42 } })
    })

    it('with the token as sysparm_ck', async () => {
        const s = await login('probe.user', 'Probe#2026')
        const res = await fetch(`${running.url}${itemPath()}?sysparm_ck=${s.token}`, { headers: { Cookie: s.cookie } })
        expect(res.status).toBe(200)
    })

    it('refuses a wrong token, a missing token and another session’s token', async () => {
        const s = await login('probe.user', 'Probe#2026')
        const other = await login('probe.user', 'Probe#2026')
        for (const headers of <Record<string, string>[]>[
            { Cookie: s.cookie, 'X-UserToken': `${s.token.slice(0, -1)}${s.token.endsWith('0') ? '1' : '0'}` },
            { Cookie: s.cookie },
            { Cookie: s.cookie, 'X-UserToken': other.token },
        ]) {
            const res = await fetch(`${running.url}${itemPath()}`, { headers })
            expect(res.status).toBe(401)
            expect(await res.json()).toEqual({
                error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' },
                status: 'failure',
            })
        }
    })
})

/** The upload as `now-sdk install` sends it (connector.js uploadScopedAppPackage). */
async function uploadAs(s: Session | undefined, pkg: Buffer, ck = s?.token ?? ''): Promise<Response> {
    const form = new FormData()
    form.append('upload_type', 'file')
    form.append('load_demo', 'true')
    form.append('sysparm_ck', ck)
    form.append('attachFile', new Blob([new Uint8Array(pkg)]))
    const query = new URLSearchParams({
        sysparm_track_fluent_install: 'true',
        sysparm_async_fluent_install: 'false',
        sysparm_fluent_scope_id: '0f0e0d0c0b0a49588776655443322110',
        sysparm_fluent_scope_name: 'x_itvc_value',
        sysparm_fluent_app_version: '1.1.0',
        sysparm_request_type: 'custom_app',
    })
    return fetch(`${running.url}/sn_appclient_upload_processor.do?${query.toString()}`, {
        method: 'POST',
        body: form,
        headers: s === undefined ? {} : { Cookie: s.cookie, 'X-UserToken': s.token },
    })
}

async function progress(s: Session, tracker: string): Promise<{ status: number; body: any }> {
    const res = await fetch(`${running.url}/api/sn_cicd/progress/${tracker}`, {
        headers: { Cookie: s.cookie, 'X-UserToken': s.token, 'Content-Type': 'application/json' },
    })
    return { status: res.status, body: await res.json() }
}

async function finalProgress(s: Session, tracker: string): Promise<any> {
    for (let i = 0; i < 200; i++) {
        const { body } = await progress(s, tracker)
        if (body.result.status === '2' || body.result.status === '3') return body.result
        await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error('the install did not end')
}

describe('upload processor and progress API', () => {
    it('installs an upload: tracker at once, progress to 2, the upgraded app answering', async () => {
        const s = await login('admin', 'Admin#2026')
        const res = await uploadAs(s, packFiles(withVersion(probeFiles(), '1.1.0')))
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toMatch(/^application\/json/)
        const body = (await res.json()) as { executionTracker: string; rollbackContext: string }
        expect(Object.keys(body).sort()).toEqual(['executionTracker', 'rollbackContext'])
        const end = await finalProgress(s, body.executionTracker)
        expect(end).toEqual({
            links: {
                progress: {
                    id: body.executionTracker,
                    url: `${running.url}/api/sn_cicd/progress/${body.executionTracker}`,
                },
            },
            status: '2',
            status_label: 'Successful',
            status_message: 'Installed Lab Probe 1.1.0 (upgraded from 1.0.0)',
            status_detail: expect.stringMatching(/ 1 routes, /),
            error: '',
            percent_complete: 100,
        })
        const user = await login('probe.user', 'Probe#2026')
        const item = await fetch(`${running.url}${itemPath()}`, {
            headers: { Cookie: user.cookie, 'X-UserToken': user.token },
        })
        expect(await item.json()).toEqual({ result: { name: 'seen from the page', amount: 42 } })
    })

    it('ends a corrupt zip in status 3 and the installed version keeps answering', async () => {
        const s = await login('admin', 'Admin#2026')
        const before = running.lab.installed()?.version
        const zip = packFiles(probeFiles())
        const corrupt = Buffer.concat([zip.subarray(0, 200), Buffer.from('garbage'), zip.subarray(207)])
        const res = await uploadAs(s, corrupt)
        const end = await finalProgress(s, ((await res.json()) as { executionTracker: string }).executionTracker)
        expect(end).toMatchObject({ status: '3', status_label: 'Failed', percent_complete: 100 })
        expect(end.status_message).toMatch(/^Install failed: the package is not a readable zip: /)
        expect(running.lab.installed()?.version).toBe(before)
        const user = await login('probe.user', 'Probe#2026')
        const item = await fetch(`${running.url}${itemPath()}`, {
            headers: { Cookie: user.cookie, 'X-UserToken': user.token },
        })
        expect(item.status).toBe(200)
    })

    it('refuses uploads without a session, with a wrong sysparm_ck or from a non-admin', async () => {
        const pkg = packFiles(probeFiles())
        const anonymous = await uploadAs(undefined, pkg)
        expect(anonymous.status).toBe(401)
        expect(((await anonymous.json()) as any).error.message).toBe('User Not Authenticated')
        const admin = await login('admin', 'Admin#2026')
        const form = new FormData()
        form.append('sysparm_ck', 'not-the-token')
        form.append('attachFile', new Blob([new Uint8Array(pkg)]))
        const wrongCk = await fetch(`${running.url}/sn_appclient_upload_processor.do`, {
            method: 'POST',
            body: form,
            headers: { Cookie: admin.cookie },
        })
        expect(wrongCk.status).toBe(401)
        const user = await login('probe.user', 'Probe#2026')
        const notAdmin = await uploadAs(user, pkg)
        expect(notAdmin.status).toBe(401)
        expect(await notAdmin.json()).toEqual({
            error: { message: 'Insufficient privileges', detail: 'Installing applications requires the admin role' },
            status: 'failure',
        })
    })

    it('answers other methods, other bodies and unknown trackers with the platform errors', async () => {
        const s = await login('admin', 'Admin#2026')
        const get = await fetch(`${running.url}/sn_appclient_upload_processor.do`, { headers: { Cookie: s.cookie } })
        expect(get.status).toBe(405)
        const json = await fetch(`${running.url}/sn_appclient_upload_processor.do`, {
            method: 'POST',
            headers: { Cookie: s.cookie, 'X-UserToken': s.token, 'Content-Type': 'application/json' },
            body: '{}',
        })
        expect(json.status).toBe(400)
        const noFile = new FormData()
        noFile.append('sysparm_ck', s.token)
        const missing = await fetch(`${running.url}/sn_appclient_upload_processor.do`, {
            method: 'POST',
            body: noFile,
            headers: { Cookie: s.cookie },
        })
        expect(((await missing.json()) as any).error.detail).toMatch(/no attachFile/)
        expect((await progress(s, 'f'.repeat(32))).status).toBe(404)
        const user = await login('probe.user', 'Probe#2026')
        expect((await progress(user, 'f'.repeat(32))).status).toBe(403)
    })
})

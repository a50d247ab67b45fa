import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { UISession } from '@servicenow/sdk-cli/dist/auth/basic-auth/UISession.js'
import { USERS } from './fakes.ts'
import type { TestLab } from './harness.ts'
import { basic, startLab } from './harness.ts'

const unauthenticated =
    '{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}'

let t: TestLab
let clock = 0

beforeEach(async () => {
    clock = 1_000_000
    t = await startLab({ now: () => clock, sessionTtlMs: 60_000 })
})

afterEach(async () => {
    jest.restoreAllMocks()
    await t.lab.close()
})

async function expect401(res: Response): Promise<void> {
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('BASIC realm="Service-now"')
    expect(res.headers.get('content-type')).toBe('application/json;charset=UTF-8')
    expect(await res.text()).toBe(unauthenticated)
}

/** Logs in the way the SDK CLI does (form POST), returning the session cookie. */
async function login(userName: string, password: string): Promise<{ res: Response; cookie: string | undefined }> {
    const res = await fetch(`${t.url}/angular.do?sysparm_type=view_form.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
            sysparm_type: 'login',
            'ni.nolog.user_password': 'true',
            user_name: userName,
            user_password: password,
        }).toString(),
    })
    return { res, cookie: res.headers.get('set-cookie')?.split(';')[0] }
}

async function token(cookie: string): Promise<string> {
    const res = await fetch(`${t.url}/angular.do?sysparm_type=get_user`, {
        method: 'POST',
        headers: { Cookie: cookie },
    })
    expect(res.status).toBe(401)
    return res.headers.get('x-usertoken-response') ?? ''
}

describe('basic auth on /api', () => {
    it('answers 401 with the exact body and WWW-Authenticate without credentials', async () => {
        await expect401(await t.fetchAs('anonymous', '/api/now/table/incident'))
    })

    it('answers 401 for a wrong password', async () => {
        await expect401(
            await fetch(`${t.url}/api/now/table/incident`, { headers: { Authorization: basic('admin', 'wrong') } })
        )
    })

    it.each(['Bearer abc', 'Basic', 'Basic !!!'])('answers 401 for Authorization: %s', async (authorization) => {
        await expect401(await fetch(`${t.url}/api/now/table/incident`, { headers: { Authorization: authorization } }))
    })

    it('answers 401 on Scripted REST routes too', async () => {
        await expect401(await t.fetchAs('anonymous', '/api/x_itvc_value/v1/scorecard/latest'))
    })

    it('serves /lab/health without auth', async () => {
        const res = await fetch(`${t.url}/lab/health`)
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ status: 'ok' })
    })
})

describe('session login (SDK CLI flow)', () => {
    it('answers a good login with status success and an HttpOnly JSESSIONID cookie on /', async () => {
        const { res } = await login('admin', 'admin-pw')
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ status: 'success', message: '', setup_multifactor_authn: false })
        expect(res.headers.get('set-cookie')).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/)
    })

    it('answers a wrong password with 200, status error and no cookie', async () => {
        const { res, cookie } = await login('admin', 'nope')
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({
            status: 'error',
            message: 'User name or password invalid',
            setup_multifactor_authn: false,
        })
        expect(cookie).toBeUndefined()
    })

    it('hands out the token in X-UserToken-Response of a 401 from get_user', async () => {
        const { cookie } = await login('admin', 'admin-pw')
        const res = await fetch(`${t.url}/angular.do?sysparm_type=get_user`, {
            method: 'POST',
            headers: { Cookie: cookie ?? '' },
        })
        expect(res.status).toBe(401)
        expect(res.headers.get('x-usertoken-response')).toMatch(/^[0-9a-f]{64}$/)
    })

    it('answers get_user with the user once the token is presented', async () => {
        const { cookie = '' } = await login('val.viewer', 'viewer-pw')
        const res = await fetch(`${t.url}/angular.do?sysparm_type=get_user`, {
            method: 'POST',
            headers: { Cookie: cookie, 'X-UserToken': await token(cookie) },
        })
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({
            result: { user_name: 'val.viewer', user_sys_id: USERS.viewer.sysId, roles: ['x_itvc_value.viewer'] },
        })
    })

    it('answers get_user without a session with a plain 401 and no token', async () => {
        const res = await fetch(`${t.url}/angular.do?sysparm_type=get_user`, { method: 'POST' })
        expect(res.headers.get('x-usertoken-response')).toBeNull()
        await expect401(res)
    })

    it('refuses GET on angular.do with 405', async () => {
        const res = await fetch(`${t.url}/angular.do?sysparm_type=get_user`)
        expect(res.status).toBe(405)
    })

    it('accepts the session cookie with X-UserToken on /api', async () => {
        const { cookie = '' } = await login('admin', 'admin-pw')
        const res = await fetch(`${t.url}/api/now/table/incident?sysparm_limit=1`, {
            headers: { Cookie: cookie, 'X-UserToken': await token(cookie) },
        })
        expect(res.status).toBe(200)
        expect(t.requests.at(-1)).toMatchObject({ user: 'admin', status: 200 })
    })

    it('accepts the token as sysparm_ck in the query', async () => {
        const { cookie = '' } = await login('admin', 'admin-pw')
        const res = await fetch(`${t.url}/api/now/table/incident?sysparm_limit=1&sysparm_ck=${await token(cookie)}`, {
            headers: { Cookie: cookie },
        })
        expect(res.status).toBe(200)
    })

    it('refuses the session cookie without a token (401)', async () => {
        const { cookie = '' } = await login('admin', 'admin-pw')
        await expect401(await fetch(`${t.url}/api/now/table/incident`, { headers: { Cookie: cookie } }))
    })

    it('refuses the session cookie with a wrong token (401)', async () => {
        const { cookie = '' } = await login('admin', 'admin-pw')
        const real = await token(cookie)
        await expect401(
            await fetch(`${t.url}/api/now/table/incident`, {
                headers: { Cookie: cookie, 'X-UserToken': real.replace(/.$/, real.endsWith('0') ? '1' : '0') },
            })
        )
    })

    it("refuses another session's token (401)", async () => {
        const first = await login('admin', 'admin-pw')
        const second = await login('admin', 'admin-pw')
        const secondToken = await token(second.cookie ?? '')
        await expect401(
            await fetch(`${t.url}/api/now/table/incident`, {
                headers: { Cookie: first.cookie ?? '', 'X-UserToken': secondToken },
            })
        )
    })

    it('checks a Basic header on its own, even next to a valid session', async () => {
        const { cookie = '' } = await login('admin', 'admin-pw')
        await expect401(
            await fetch(`${t.url}/api/now/table/incident`, {
                headers: { Cookie: cookie, 'X-UserToken': await token(cookie), Authorization: basic('admin', 'bad') },
            })
        )
    })

    it('expires an idle session after its TTL, and slides the expiry on use', async () => {
        const { cookie = '' } = await login('admin', 'admin-pw')
        const headers = { Cookie: cookie, 'X-UserToken': await token(cookie) }
        clock += 50_000
        expect((await fetch(`${t.url}/api/now/table/incident`, { headers })).status).toBe(200)
        clock += 50_000
        expect((await fetch(`${t.url}/api/now/table/incident`, { headers })).status).toBe(200)
        clock += 60_001
        await expect401(await fetch(`${t.url}/api/now/table/incident`, { headers }))
    })

    it("works with the SDK CLI's own UISession and the headers LazyCredential sends", async () => {
        jest.spyOn(console, 'log').mockImplementation(() => undefined) // the SDK logger prints the login attempt
        const session = await new UISession(t.url).login('val.manager', 'manager-pw')
        expect(session.userToken).toMatch(/^[0-9a-f]{64}$/)
        // @servicenow/sdk-api dist/credentials.js getHeaders(): X-UserToken + Cookie
        const res = await fetch(`${t.url}/api/now/table/x_itvc_value_benefit?sysparm_fields=name`, {
            headers: {
                'Content-Type': 'application/json',
                'X-UserToken': session.userToken ?? '',
                Cookie: session.cookie?.getCookieStringSync(t.url) ?? '',
            },
        })
        expect(res.status).toBe(200)
        expect(await res.json()).toEqual({ result: [{ name: 'Fewer outages' }] })
    })

    it("makes the SDK CLI's UISession fail with the instance message on a wrong password", async () => {
        jest.spyOn(console, 'log').mockImplementation(() => undefined)
        await expect(new UISession(t.url).login('val.manager', 'wrong')).rejects.toThrow(
            'User name or password invalid'
        )
    })
})

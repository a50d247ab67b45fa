import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { UiAsset, UiPage, UiSource } from '../../../scripts/lab/http/ui-pages.ts'
import { renderUiPage, safeGoto } from '../../../scripts/lab/http/ui-pages.ts'
import { USERS } from './fakes.ts'
import type { TestLab } from './harness.ts'
import { startLab } from './harness.ts'

/** The page shell SDK 4.9.0 writes into sys_ui_page.html (abridged), with the expressions the lab evaluates. */
const PAGE_HTML = `<html class="-polaris"><head>
<script>window.NOW = {};
window.g_ck = "$[gs.getSession().getSessionToken() || gs.getSessionToken()]";</script>
<g:requires name="scripts/lib/prototype.js"></g:requires>
<g2:client_script type="user"></g2:client_script>
<link rel="preload" href="/uxasset/set-cache-buster/$[UxFrameworkScriptables.getFlushTimestamp()].js" as="script"></link>
<link rel="stylesheet" href="/$uxappimmutables.do?sysparm_request_type=ux_theme$[AMP]uxpcb=$[sn_ui.PolarisUI.getThemeVariableCssCacheKey()]"></link>
<script type="module" src="/uxasset/externals/@devsnc/library-uxf/index.jsdbx"></script>
<script src="/uxasset/externals/x_itvc_value/main.jsdbx?uxpcb=$[UxFrameworkScriptables.getFlushTimestamp()]" type="module"></script>
</head><body><div id="root"></div></body></html>`

class FakeUi implements UiSource {
    constructor(
        private readonly list: readonly UiPage[],
        private readonly assets: readonly UiAsset[]
    ) {}
    pages(): readonly UiPage[] {
        return this.list
    }
    asset(name: string): UiAsset | undefined {
        return this.assets.find((a) => a.name === name)
    }
}

let t: TestLab

beforeEach(async () => {
    t = await startLab({
        ui: new FakeUi(
            [{ endpoint: 'x_itvc_value_scorecard.do', html: PAGE_HTML }],
            [{ name: 'x_itvc_value/main', content: 'console.log("main")' }]
        ),
    })
})

afterEach(async () => {
    await t.lab.close()
})

async function logIn(userName: string, password: string, gotoUrl = '/x_itvc_value_scorecard.do'): Promise<Response> {
    return fetch(`${t.url}/login.do`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ user_name: userName, user_password: password, sysparm_goto_url: gotoUrl }),
    })
}

function cookieOf(res: Response): string {
    return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

describe('UI pages', () => {
    it('redirects a page request without a session to the login page, keeping the page and its query', async () => {
        const res = await fetch(`${t.url}/x_itvc_value_scorecard.do?view=trend&metric=roi`, { redirect: 'manual' })
        expect(res.status).toBe(302)
        expect(res.headers.get('location')).toBe(
            '/login.do?sysparm_goto_url=%2Fx_itvc_value_scorecard.do%3Fview%3Dtrend%26metric%3Droi'
        )
    })

    it('serves a login form that posts back the target page', async () => {
        const res = await fetch(`${t.url}/login.do?sysparm_goto_url=%2Fx_itvc_value_scorecard.do`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('text/html;charset=UTF-8')
        const html = await res.text()
        expect(html).toContain('<form method="post" action="/login.do">')
        expect(html).toContain('name="sysparm_goto_url" value="/x_itvc_value_scorecard.do"')
    })

    it('logs in with a form post: an HttpOnly session cookie and a redirect to the page', async () => {
        const res = await logIn(USERS.viewer.userName, USERS.viewer.password)
        expect(res.status).toBe(302)
        expect(res.headers.get('location')).toBe('/x_itvc_value_scorecard.do')
        expect(res.headers.get('set-cookie')).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly; SameSite=Lax$/)
    })

    it('answers a wrong password with the login form and an error, without a cookie', async () => {
        const res = await logIn(USERS.viewer.userName, 'wrong')
        expect(res.status).toBe(200)
        expect(res.headers.get('set-cookie')).toBeNull()
        expect(await res.text()).toContain('User name or password invalid')
    })

    it('never redirects off the lab after login', async () => {
        const res = await logIn(USERS.viewer.userName, USERS.viewer.password, 'https://evil.example/')
        expect(res.headers.get('location')).toBe('/')
    })

    it('renders the page for the session: g_ck is its token, platform includes are dropped', async () => {
        const cookie = cookieOf(await logIn(USERS.viewer.userName, USERS.viewer.password))
        const res = await fetch(`${t.url}/x_itvc_value_scorecard.do`, { headers: { Cookie: cookie } })
        expect(res.status).toBe(200)
        expect(res.headers.get('cache-control')).toBe('no-store')
        const html = await res.text()
        const token = /window\.g_ck = "([0-9a-f]{64})"/.exec(html)?.[1]
        expect(token).toBeDefined()
        expect(html).not.toContain('$[')
        expect(html).not.toContain('<g:requires')
        expect(html).not.toContain('<g2:client_script')
        expect(html).toContain('ux_theme&uxpcb=')

        // the token is the session's: the REST API accepts it with the cookie
        const api = await fetch(`${t.url}/api/now/table/incident?sysparm_limit=1`, {
            headers: { Cookie: cookie, 'X-UserToken': token ?? '' },
        })
        expect(api.status).toBe(200)
    })

    it('serves the UX library assets as JavaScript, without a session', async () => {
        const res = await fetch(`${t.url}/uxasset/externals/x_itvc_value/main.jsdbx?uxpcb=1`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('application/javascript;charset=UTF-8')
        expect(await res.text()).toBe('console.log("main")')
        expect((await fetch(`${t.url}/uxasset/externals/x_itvc_value/nope.jsdbx`)).status).toBe(404)
    })

    it('answers the platform assets of the page shell with stand-ins', async () => {
        for (const path of [
            '/uxasset/externals/@devsnc/library-uxf/index.jsdbx',
            '/uxasset/set-cache-buster/123.js',
            '/$uxappimmutables.do?sysparm_request_type=ux_theme',
        ]) {
            expect((await fetch(`${t.url}${path}`)).status).toBe(200)
        }
        expect((await fetch(`${t.url}/favicon.ico`)).status).toBe(204)
    })

    it('redirects / to the first UI page', async () => {
        const res = await fetch(`${t.url}/`, { redirect: 'manual' })
        expect(res.status).toBe(302)
        expect(res.headers.get('location')).toBe('/x_itvc_value_scorecard.do')
    })

    it('still answers unknown paths with 404', async () => {
        expect((await fetch(`${t.url}/x_itvc_value_nothing.do`)).status).toBe(404)
    })
})

describe('renderUiPage', () => {
    const context = { token: 'tok', flushTimestamp: '42' }

    it('expands an unexpanded <sdk:now-ux-globals> tag to the globals with the token', () => {
        const html = renderUiPage('<head><sdk:now-ux-globals></sdk:now-ux-globals></head>', context)
        expect(html).toContain('window.NOW = {};')
        expect(html).toContain('window.g_ck = "tok";')
    })

    it('throws on a Jelly expression the lab does not emulate', () => {
        expect(() => renderUiPage('<p>$[gs.getUserName()]</p>', context)).toThrow(
            'Jelly expression $[gs.getUserName()] is not supported in the lab'
        )
    })
})

describe('safeGoto', () => {
    it.each([
        ['/x_itvc_value_scorecard.do?view=trend', '/x_itvc_value_scorecard.do?view=trend'],
        ['//evil.example/', '/'],
        ['/\\evil.example/', '/'],
        ['https://evil.example/', '/'],
        ['javascript:alert(1)', '/'],
        [null, '/'],
    ])('%s → %s', (value, expected) => {
        expect(safeGoto(value)).toBe(expected)
    })
})

/**
 * The platform UI the lab serves: the app's direct UI pages (`sys_ui_page`, e.g. `/x_itvc_value_scorecard.do`)
 * rendered for the signed-in session, their UX library assets (`sys_ux_lib_asset`) at
 * `/uxasset/externals/<name>.jsdbx`, stubs for the platform assets the SDK's page shell links, and a minimal login
 * page. A page request without a session is redirected to `/login.do`, as an instance does.
 *
 * Rendering is a small, strict subset of Jelly: the `$[...]` expressions the SDK emits are evaluated (the session's
 * CSRF token for `window.g_ck`, the flush timestamp, `$[AMP]`), `<g:requires>` / `<g2:client_script>` platform
 * includes are dropped (the lab has no platform scripts), and an unexpanded `<sdk:now-ux-globals>` tag becomes the
 * same globals script the SDK writes at build time. Any other expression throws "not supported in the lab".
 */
import { createHash } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { AuthService, LabUser } from './contract.ts'
import type { SessionStore } from './sessions.ts'
import { SESSION_COOKIE } from './sessions.ts'
import type { LabResponse } from './wire.ts'

/** A direct UI page of the installed app. */
export interface UiPage {
    /** `x_itvc_value_scorecard.do` */
    readonly endpoint: string
    /** The page's HTML as stored in `sys_ui_page.html`. */
    readonly html: string
}

/** A UX library asset of the installed app. */
export interface UiAsset {
    /** `x_itvc_value/main`, served at `/uxasset/externals/x_itvc_value/main.jsdbx`. */
    readonly name: string
    readonly content: string
}

/** Where the HTTP layer finds the installed app's pages and assets (implemented by the engine). */
export interface UiSource {
    /** Direct UI pages, in install order; the first is the lab's home page (`GET /` redirects to it). */
    pages(): readonly UiPage[]
    /** A UX library asset by name, or undefined. */
    asset(name: string): UiAsset | undefined
}

const HTML = 'text/html;charset=UTF-8'
const JS = 'application/javascript;charset=UTF-8'
const CSS = 'text/css;charset=UTF-8'
const NO_STORE = { 'Cache-Control': 'no-store' }

/** Platform URLs the SDK's page shell links; the lab answers them with harmless stand-ins. */
const PLATFORM_ASSETS: readonly { readonly test: RegExp; readonly contentType: string; readonly text: string }[] = [
    {
        test: /^\/uxasset\/externals\/@devsnc\/library-uxf\/index\.jsdbx$/,
        contentType: JS,
        text: '/* lab: the UX framework library is not emulated */\nexport {}\n',
    },
    { test: /^\/uxasset\/set-cache-buster\/[^/]+\.js$/, contentType: JS, text: '/* lab: cache buster */\n' },
    {
        test: /^\/\$uxappimmutables\.do$/,
        contentType: CSS,
        text: ':root { /* lab: the instance theme is not emulated; pages fall back to their own Horizon values */ }\n',
    },
]

/** What `$[...]` expressions evaluate to for one request. */
export interface JellyContext {
    /** The session's CSRF token (`window.g_ck`). */
    readonly token: string
    /** `UxFrameworkScriptables.getFlushTimestamp()` and the theme cache key. */
    readonly flushTimestamp: string
}

/** The globals script `<sdk:now-ux-globals>` stands for (as SDK 4.9.0 writes it at build time). */
const NOW_UX_GLOBALS = [
    '<script>window.NOW = {};',
    'window.NOW.user = {};',
    'window.NOW.batch_glide_ajax_requests = false;',
    'window.NOW.isUsingPolaris = true;',
    'window.NOW.exclude_dark_theme = "false";',
    'window.g_ck = "$[gs.getSession().getSessionToken() || gs.getSessionToken()]";</script>',
].join('\n')

function jsString(value: string): string {
    return JSON.stringify(value).slice(1, -1).replace(/</g, '\\u003c')
}

/**
 * Renders a UI page's HTML for one request (the Jelly subset described above).
 * @example renderUiPage('<script>window.g_ck = "$[gs.getSessionToken()]"</script>', { token: 'ab', flushTimestamp: '1' })
 * //=> '<script>window.g_ck = "ab"</script>'
 */
export function renderUiPage(html: string, context: JellyContext): string {
    const expressions: Readonly<Record<string, string>> = {
        AMP: '&',
        'gs.getSession().getSessionToken() || gs.getSessionToken()': jsString(context.token),
        'gs.getSessionToken()': jsString(context.token),
        'UxFrameworkScriptables.getFlushTimestamp()': context.flushTimestamp,
        'sn_ui.PolarisUI.getThemeVariableCssCacheKey()': context.flushTimestamp,
    }
    return html
        .replace(/<sdk:now-ux-globals\s*(?:\/>|>\s*<\/sdk:now-ux-globals>)/g, NOW_UX_GLOBALS)
        .replace(
            /<g:requires\s+name="([^"]*)"\s*(?:\/>|>\s*<\/g:requires>)/g,
            (_m, name: string) => `<!-- lab: platform script ${name} is not served -->`
        )
        .replace(/<g2?:client_script\b[^>]*(?:\/>|>\s*<\/g2?:client_script>)/g, '<!-- lab: no client scripts -->')
        .replace(/\$\[([^\]]*)\]/g, (_m, expression: string) => {
            const value = expressions[expression.trim()]
            if (value === undefined) throw new Error(`Jelly expression $[${expression}] is not supported in the lab`)
            return value
        })
}

/**
 * A redirect target from a `sysparm_goto_url` parameter: same-origin paths only, anything else is the home page.
 * @example safeGoto('/x_itvc_value_scorecard.do?view=trend') //=> '/x_itvc_value_scorecard.do?view=trend'
 * @example safeGoto('//evil.example/') //=> '/'
 */
export function safeGoto(value: string | null | undefined): string {
    if (value === null || value === undefined) return '/'
    return /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/'
}

function escapeHtml(value: string): string {
    return value.replace(
        /[&<>"']/g,
        (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
    )
}

/** The lab's login page (a stand-in for the instance's `login.do`). */
export function loginPage(gotoUrl: string, message?: string): string {
    const error = message === undefined ? '' : `<p class="error" role="alert">${escapeHtml(message)}</p>`
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Log in | IT Value Center lab</title>
<style>
body { margin: 0; font-family: 'Lato', 'Helvetica Neue', Arial, sans-serif; background: #f4f5f7; color: #1d1d1d; }
main { max-width: 22rem; margin: 10vh auto; background: #fff; border-radius: 8px; padding: 2rem;
  box-shadow: 0 1px 3px rgba(0,0,0,.12); }
h1 { font-size: 1.25rem; margin: 0 0 .25rem; } p.hint { color: #5c6670; margin: 0 0 1.5rem; font-size: .875rem; }
label { display: block; font-size: .875rem; margin: 1rem 0 .25rem; }
input { width: 100%; box-sizing: border-box; padding: .5rem .75rem; border: 1px solid #8a939c; border-radius: 4px; font: inherit; }
button { margin-top: 1.5rem; width: 100%; padding: .6rem; border: 0; border-radius: 4px; background: #032d42;
  color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 2px solid #0f62fe; outline-offset: 2px; }
.error { color: #c8102e; font-size: .875rem; }
</style>
</head>
<body>
<main>
<h1>IT Value Center</h1>
<p class="hint">Lab instance: log in with a demo user (see <code>npm start</code>).</p>
${error}
<form method="post" action="/login.do">
<input type="hidden" name="sysparm_goto_url" value="${escapeHtml(gotoUrl)}">
<label for="user_name">User name</label>
<input id="user_name" name="user_name" autocomplete="username" required autofocus>
<label for="user_password">Password</label>
<input id="user_password" name="user_password" type="password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form>
</main>
</body>
</html>
`
}

function html(status: number, text: string, headers: Readonly<Record<string, string>> = {}): LabResponse {
    return { status, headers: { ...NO_STORE, ...headers }, body: { kind: 'text', text, contentType: HTML } }
}

function redirect(location: string, headers: Readonly<Record<string, string>> = {}): LabResponse {
    return { status: 302, headers: { ...NO_STORE, ...headers, Location: location }, body: { kind: 'empty' } }
}

function notFound(): LabResponse {
    return { status: 404, headers: {}, body: { kind: 'text', text: 'Not Found', contentType: 'text/plain' } }
}

/** A stable stamp of the installed assets, so a reinstall busts browser caches. */
function flushTimestampOf(source: UiSource): string {
    const hash = createHash('sha256')
    for (const page of source.pages()) hash.update(page.endpoint).update(page.html)
    return String(parseInt(hash.digest('hex').slice(0, 12), 16))
}

/** One request to a UI path. */
export interface UiRequest {
    readonly method: string
    readonly url: URL
    readonly headers: IncomingHttpHeaders
    readonly body: Buffer
}

/**
 * Serves the UI paths (`/`, `/login.do`, `/<page>.do`, `/uxasset/...`, `/$uxappimmutables.do`); undefined for any
 * other path. Pages need a session (cookie); assets do not, as they hold code, not data.
 */
export function handleUi(
    source: UiSource,
    auth: AuthService,
    sessions: SessionStore,
    request: UiRequest,
    signedIn: (user: LabUser) => void = () => undefined
): LabResponse | undefined {
    const { method, url } = request
    const path = url.pathname
    const pages = source.pages()

    if (path === '/favicon.ico') return { status: 204, headers: {}, body: { kind: 'empty' } }
    if (path === '/') {
        const home = pages[0]
        return home === undefined ? undefined : redirect(`/${home.endpoint}`)
    }
    if (path === '/login.do') {
        if (method === 'GET') return html(200, loginPage(safeGoto(url.searchParams.get('sysparm_goto_url'))))
        if (method !== 'POST') return { status: 405, headers: { Allow: 'GET, POST' }, body: { kind: 'empty' } }
        const form = new URLSearchParams(request.body.toString('utf8'))
        const gotoUrl = safeGoto(form.get('sysparm_goto_url'))
        const user = auth.authenticate(form.get('user_name') ?? '', form.get('user_password') ?? '')
        if (user === undefined) return html(200, loginPage(gotoUrl, 'User name or password invalid'))
        signedIn(user)
        const session = sessions.open(user)
        return redirect(gotoUrl, { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax` })
    }
    if (path.startsWith('/uxasset/externals/') && path.endsWith('.jsdbx')) {
        const name = decodeURIComponent(path.slice('/uxasset/externals/'.length, -'.jsdbx'.length))
        const asset = source.asset(name)
        if (asset !== undefined) {
            if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: {}, body: { kind: 'empty' } }
            return {
                status: 200,
                headers: { 'Cache-Control': 'no-cache' },
                body: { kind: 'text', text: asset.content, contentType: JS },
            }
        }
    }
    const stub = PLATFORM_ASSETS.find((a) => a.test.test(path))
    if (stub !== undefined)
        return { status: 200, headers: {}, body: { kind: 'text', text: stub.text, contentType: stub.contentType } }
    if (path.startsWith('/uxasset/')) return notFound()

    const page = pages.find((p) => `/${p.endpoint}` === path)
    if (page === undefined) return undefined
    if (method !== 'GET' && method !== 'HEAD')
        return { status: 405, headers: { Allow: 'GET' }, body: { kind: 'empty' } }
    const session = sessions.find(request.headers)
    if (session === undefined || auth.userById(session.userSysId) === undefined) {
        return redirect(`/login.do?sysparm_goto_url=${encodeURIComponent(`${path}${url.search}`)}`)
    }
    const rendered = renderUiPage(page.html, { token: session.token, flushTimestamp: flushTimestampOf(source) })
    return html(200, rendered, { 'X-Frame-Options': 'SAMEORIGIN' })
}

/**
 * Authentication of the lab: basic auth, and UI sessions as the ServiceNow SDK CLI negotiates them
 * (`node_modules/@servicenow/sdk-cli/src/auth/basic-auth/UISession.ts`):
 * 1. `POST /angular.do?sysparm_type=view_form.login`, form body `sysparm_type=login&user_name&user_password` →
 *    200 JSON `{status:'success'|'error', message, setup_multifactor_authn}` plus a `JSESSIONID` cookie on success.
 * 2. `POST /angular.do?sysparm_type=get_user` with the cookie → **401** whose `X-UserToken-Response` header carries
 *    the session's CSRF token (the SDK reads it from the 401, see UISession.refreshUserToken/parseUserToken).
 * 3. Later requests send `Cookie` plus `X-UserToken: <token>` (`@servicenow/sdk-api/dist/credentials.js`
 *    getHeaders) or `sysparm_ck=<token>` (form or query, `@servicenow/sdk-api/dist/connector.js`).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { AuthService, LabUser } from './contract.ts'
import type { LabResponse } from './wire.ts'
import { errorResponse, jsonResponse, methodNotSupported, notAuthenticated } from './wire.ts'

/** Name of the session cookie. */
export const SESSION_COOKIE = 'JSESSIONID'

/** One UI session. */
interface Session {
    readonly id: string
    readonly userSysId: string
    readonly token: string
    expiresAt: number
}

/** In-memory sessions with a sliding expiry. */
export class SessionStore {
    private readonly sessions = new Map<string, Session>()

    constructor(
        private readonly ttlMs: number,
        private readonly now: () => number
    ) {}

    /** Opens a session for a user (and drops the expired ones). */
    open(user: LabUser): { readonly id: string; readonly token: string } {
        const now = this.now()
        for (const [id, session] of this.sessions) if (session.expiresAt <= now) this.sessions.delete(id)
        const session: Session = {
            id: randomBytes(16).toString('hex').toUpperCase(),
            userSysId: user.sysId,
            token: randomBytes(32).toString('hex'),
            expiresAt: now + this.ttlMs,
        }
        this.sessions.set(session.id, session)
        return { id: session.id, token: session.token }
    }

    /** The live session named by the request's cookie, its expiry pushed back; undefined when absent or expired. */
    find(headers: IncomingHttpHeaders): Session | undefined {
        const id = readCookie(headers.cookie, SESSION_COOKIE)
        if (id === undefined) return undefined
        const session = this.sessions.get(id)
        if (session === undefined) return undefined
        const now = this.now()
        if (session.expiresAt <= now) {
            this.sessions.delete(id)
            return undefined
        }
        session.expiresAt = now + this.ttlMs
        return session
    }

    /** Number of live and not yet swept sessions (for tests). */
    get size(): number {
        return this.sessions.size
    }
}

/**
 * Reads one cookie from a `Cookie` header.
 * @example readCookie('a=1; JSESSIONID=AB', 'JSESSIONID') //=> 'AB'
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
    if (header === undefined) return undefined
    for (const part of header.split(';')) {
        const eq = part.indexOf('=')
        if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
    }
    return undefined
}

function sameSecret(a: string, b: string): boolean {
    const left = Buffer.from(a)
    const right = Buffer.from(b)
    return left.length === right.length && timingSafeEqual(left, right)
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
    const value = headers[name]
    return Array.isArray(value) ? value[0] : value
}

/** What a request presented as credentials. */
export interface Presented {
    readonly headers: IncomingHttpHeaders
    readonly query: URLSearchParams
    /** Form fields of an `application/x-www-form-urlencoded` body (for `sysparm_ck`), if any. */
    readonly form?: URLSearchParams
}

/**
 * Resolves the caller:
 * - an `Authorization: Basic` header is checked on its own (a wrong password is a 401 even with a valid cookie);
 *   any other `Authorization` scheme is a 401;
 * - otherwise a live `JSESSIONID` session whose token is presented as `X-UserToken` header or `sysparm_ck`
 *   (query or form); a session cookie with a missing or wrong token is a 401, like an expired or unknown one.
 */
export function resolveUser(auth: AuthService, sessions: SessionStore, presented: Presented): LabUser | undefined {
    const authorization = header(presented.headers, 'authorization')
    if (authorization !== undefined) {
        const match = /^basic\s+(\S+)$/i.exec(authorization.trim())
        if (match === null) return undefined
        const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon < 0) return undefined
        return auth.authenticate(decoded.slice(0, colon), decoded.slice(colon + 1))
    }
    const session = sessions.find(presented.headers)
    if (session === undefined) return undefined
    const token =
        header(presented.headers, 'x-usertoken') ??
        presented.query.get('sysparm_ck') ??
        presented.form?.get('sysparm_ck') ??
        undefined
    if (token === undefined || !sameSecret(token, session.token)) return undefined
    return auth.userById(session.userSysId)
}

/** The `angular.do` endpoints the SDK CLI and the UI page use to open a session. */
export function handleAngular(
    auth: AuthService,
    sessions: SessionStore,
    method: string,
    query: URLSearchParams,
    headers: IncomingHttpHeaders,
    body: Buffer
): LabResponse {
    if (method !== 'POST') return methodNotSupported(method, ['POST'])
    const type = query.get('sysparm_type')
    if (type === 'view_form.login') {
        const form = new URLSearchParams(body.toString('utf8'))
        const user = auth.authenticate(form.get('user_name') ?? '', form.get('user_password') ?? '')
        if (user === undefined) {
            return jsonResponse(200, {
                status: 'error',
                message: 'User name or password invalid',
                setup_multifactor_authn: false,
            })
        }
        const session = sessions.open(user)
        return jsonResponse(
            200,
            { status: 'success', message: '', setup_multifactor_authn: false },
            { 'Set-Cookie': `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly` }
        )
    }
    if (type === 'get_user') {
        const session = sessions.find(headers)
        if (session === undefined) return notAuthenticated()
        const user = auth.userById(session.userSysId)
        if (user === undefined) return notAuthenticated()
        const presented = header(headers, 'x-usertoken')
        if (presented !== undefined && sameSecret(presented, session.token)) {
            return jsonResponse(200, {
                result: { user_name: user.userName, user_sys_id: user.sysId, roles: [...user.roles] },
            })
        }
        // Real instances answer the token-less call with a 401 that hands out the token; the SDK relies on it.
        return {
            ...notAuthenticated(),
            headers: { ...notAuthenticated().headers, 'X-UserToken-Response': session.token },
        }
    }
    return errorResponse(400, 'Invalid sysparm_type', `Unsupported sysparm_type ${JSON.stringify(type ?? '')}`)
}

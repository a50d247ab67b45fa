/**
 * The lab's HTTP server (node:http only, bound to 127.0.0.1): Table API, Scripted REST, session login, the app's UI
 * pages, read-only platform lists and forms, fault injection and the `/lab/*` control routes, in front of the
 * engine's services (contract.ts).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AuthService, InstallService, LabUser, ScriptedRestService, TableService } from './contract.ts'
import type { FaultKind, FaultPlan, FaultRuleState, ReplacingFault } from './faults.ts'
import { FaultInjector, parseFaultPlan, runsEngineFirst } from './faults.ts'
import { UPLOAD_PROCESSOR_PATH, handleProgress, prepareUpload } from './install-api.ts'
import type { ListViewService } from './list-views.ts'
import { handleListView } from './list-views.ts'
import { SCRIPTED_REST_PREFIX, handleScriptedRest } from './scripted-rest.ts'
import { SessionStore, handleAngular, resolveUser } from './sessions.ts'
import type { UiSource } from './ui-pages.ts'
import { handleUi } from './ui-pages.ts'
import type { PageFaults } from './table-api.ts'
import { aggregateNotSupported, batchNotSupported, handleTableRequest, matchTableRoute } from './table-api.ts'
import type { LabResponse } from './wire.ts'
import {
    JSON_CONTENT_TYPE,
    errorEnvelope,
    errorResponse,
    jsonResponse,
    methodNotSupported,
    notAcceptable,
    notAuthenticated,
    noResource,
    unreadableRequest,
} from './wire.ts'

/** What the request hook receives once per request. */
export interface RequestInfo {
    readonly method: string
    /** Path without the query string (which may carry `sysparm_ck`). */
    readonly path: string
    /** HTTP status; 0 when the socket was reset. */
    readonly status: number
    readonly ms: number
    /** Fault kinds that fired for this request. */
    readonly faults: readonly FaultKind[]
    /** User name of the authenticated caller, if any. */
    readonly user?: string
}

/** Log sink; messages never contain credentials, tokens or query strings. */
export type LabLog = (level: 'info' | 'warn' | 'error', message: string) => void

/** Collaborators and options of the HTTP layer. */
export interface LabHttpDeps {
    readonly tables: TableService
    readonly rest: ScriptedRestService
    readonly auth: AuthService
    /**
     * App installs (`now-sdk install`): `POST /sn_appclient_upload_processor.do` and
     * `GET /api/sn_cicd/progress/{id}`. Without it both paths answer as unknown.
     */
    readonly install?: InstallService
    /** Base URL used in `Link` headers and reference links; the listening URL (or the Host header) by default. */
    readonly instanceUrl?: string
    /** Initial fault plan (none by default); change it with `setFaults` or `POST /lab/faults`. */
    readonly faults?: FaultPlan
    readonly log?: LabLog
    readonly onRequest?: (info: RequestInfo) => void
    /** Idle lifetime of a UI session; 30 minutes by default. */
    readonly sessionTtlMs?: number
    /** Clock of the session store (ms since the epoch); Date.now by default. */
    readonly now?: () => number
    /** Largest accepted request body; 10 MiB by default (413 beyond). */
    readonly maxBodyBytes?: number
    /** The installed app's UI pages and assets (ui-pages.ts); no UI is served without it. */
    readonly ui?: UiSource
    /** Read-only platform list views and forms (`/<table>_list.do`, `/<table>.do`, list-views.ts); none without it. */
    readonly views?: ListViewService
}

/** A running (or ready to run) lab HTTP server. */
export interface LabHttpServer {
    readonly server: Server
    /** Binds 127.0.0.1; port 0 (the default) picks a free port. */
    listen(port?: number): Promise<{ readonly port: number; readonly url: string }>
    /** Stops listening, drops open connections and cancels pending delays. */
    close(): Promise<void>
    /** Replaces the fault plan (counters and PRNG restart); undefined clears it. */
    setFaults(plan: FaultPlan | undefined): void
    /** The active fault plan with remaining counts. */
    faultState(): { readonly seed: number; readonly rules: readonly FaultRuleState[] }
}

const BAD_GATEWAY_HTML =
    '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>'

type Outcome = LabResponse | 'reset'

/** Reads the whole body; undefined when it exceeds `max` bytes (the rest is drained, not kept). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        let tooLarge = false
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > max) tooLarge = true
            else chunks.push(chunk)
        })
        req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)))
        req.on('error', reject)
    })
}

/**
 * Whether an `Accept` header allows JSON.
 * @example acceptsJson('application/xml') //=> false
 */
export function acceptsJson(accept: string | undefined): boolean {
    if (accept === undefined || accept.trim() === '') return true
    return accept.split(',').some((range) => {
        const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase())
        if (params.some((p) => /^q=0(\.0*)?$/.test(p))) return false
        return type === '*/*' || type === 'application/*' || type === 'application/json' || type.endsWith('+json')
    })
}

/**
 * Creates the lab's HTTP server.
 * @example
 * const lab = createLabHttpServer({ tables, rest, auth })
 * const { url } = await lab.listen(0) //=> { port: 53121, url: 'http://127.0.0.1:53121' }
 */
export function createLabHttpServer(deps: LabHttpDeps): LabHttpServer {
    const log: LabLog = deps.log ?? (() => undefined)
    const sessions = new SessionStore(deps.sessionTtlMs ?? 30 * 60 * 1000, deps.now ?? Date.now)
    const injector = new FaultInjector()
    injector.set(deps.faults)
    const maxBody = deps.maxBodyBytes ?? 10 * 1024 * 1024
    const closing = new AbortController()
    let listeningUrl: string | undefined

    const instanceUrlOf = (req: IncomingMessage): string =>
        (deps.instanceUrl ?? listeningUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`).replace(/\/+$/, '')

    function faultResponse(fault: ReplacingFault, path: string, engine: LabResponse | undefined): Outcome {
        switch (fault.kind) {
            case 'rate_limit': {
                const limit = fault.limit ?? 100
                const reset = fault.resetEpochSeconds ?? Math.floor(Date.now() / 1000) + fault.retryAfterSeconds
                const api = matchTableRoute(path) === undefined ? 'REST API' : 'Table API'
                return errorResponse(
                    429,
                    'Rate limit exceeded',
                    `Rate limit of ${limit} requests per hour for ${api} exceeded`,
                    {
                        'Retry-After': String(fault.retryAfterSeconds),
                        'X-RateLimit-Limit': String(limit),
                        'X-RateLimit-Reset': String(reset),
                        'X-RateLimit-Rule': fault.rule ?? 'lab-fault',
                    }
                )
            }
            case 'transaction_cancelled':
                return errorResponse(
                    500,
                    'Transaction cancelled: maximum execution time exceeded',
                    'Transaction cancelled: maximum execution time exceeded Check logs for error trace.'
                )
            case 'error_with_result': {
                const error = errorEnvelope(
                    fault.message ?? 'Transaction cancelled: maximum execution time exceeded',
                    fault.detail ?? 'Partial result: the transaction was cancelled before all rows were read'
                ).error
                const value = engine?.body.kind === 'json' ? engine.body.value : undefined
                const ok = engine !== undefined && engine.status < 300
                if (
                    fault.withResult === false ||
                    !ok ||
                    typeof value !== 'object' ||
                    value === null ||
                    !('result' in value)
                ) {
                    return jsonResponse(200, { error, status: 'failure' })
                }
                const result = value.result
                const partial = Array.isArray(result)
                    ? result.slice(0, fault.keepRows ?? Math.floor(result.length / 2))
                    : result
                return jsonResponse(200, { result: partial, error }, engine.headers)
            }
            case 'bad_gateway':
                return {
                    status: 502,
                    headers: {},
                    body: { kind: 'text', text: BAD_GATEWAY_HTML, contentType: 'text/html' },
                }
            case 'unavailable':
                return { status: 503, headers: {}, body: { kind: 'empty' } }
            case 'socket_reset':
                return 'reset'
        }
    }

    async function faulted(
        method: string,
        path: string,
        fired: FaultKind[],
        run: (page: PageFaults) => LabResponse
    ): Promise<Outcome> {
        const decision = injector.decide(method, path)
        fired.push(...decision.fired)
        if (decision.fired.length > 0) log('info', `fault ${decision.fired.join('+')} on ${method} ${path}`)
        if (decision.delayMs > 0) await sleep(decision.delayMs, undefined, { signal: closing.signal })
        const page: PageFaults = {
            ...(decision.rowCap === undefined ? {} : { rowCap: decision.rowCap }),
            suppressLink: decision.suppressLink,
        }
        const fault = decision.replace
        if (fault !== undefined && !runsEngineFirst(fault)) return faultResponse(fault, path, undefined)
        const response = run(page)
        return fault === undefined ? response : faultResponse(fault, path, response)
    }

    function labFaults(method: string, user: LabUser | undefined, body: Buffer): LabResponse {
        if (user === undefined) return notAuthenticated()
        if (!user.roles.includes('admin')) {
            return errorResponse(403, 'Operation Failed', 'Only an admin may read or change the lab fault plan')
        }
        if (method === 'GET') return jsonResponse(200, { result: injector.state() })
        if (method === 'DELETE') {
            injector.set(undefined)
            return { status: 204, headers: {}, body: { kind: 'empty' } }
        }
        if (method !== 'POST') return methodNotSupported(method, ['GET', 'POST', 'DELETE'])
        let value: unknown
        try {
            value = JSON.parse(body.toString('utf8'))
        } catch {
            return unreadableRequest('The payload is not valid JSON.')
        }
        const plan = parseFaultPlan(value)
        if (!plan.ok) return errorResponse(400, 'Invalid fault plan', plan.message)
        injector.set(plan.plan)
        log('info', `fault plan set: ${plan.plan.rules.length} rule(s)`)
        return jsonResponse(200, { result: injector.state() })
    }

    function api(
        method: string,
        url: URL,
        req: IncomingMessage,
        body: Buffer,
        user: LabUser,
        page: PageFaults
    ): LabResponse {
        const path = url.pathname
        const route = matchTableRoute(path)
        if (route === 'no_resource') return noResource()
        if (route !== undefined) {
            return handleTableRequest(deps.tables, {
                method,
                route,
                url,
                headers: req.headers,
                body,
                user,
                instanceUrl: instanceUrlOf(req),
                page,
            })
        }
        const progress = deps.install && handleProgress(deps.install, method, path, user, instanceUrlOf(req))
        if (progress) return progress
        if (/^\/api\/now\/(?:v\d+\/)?stats(?:\/|$)/.test(path)) return aggregateNotSupported()
        if (/^\/api\/now\/(?:v\d+\/)?batch\/?$/.test(path)) return batchNotSupported()
        if (path.startsWith(SCRIPTED_REST_PREFIX)) {
            return handleScriptedRest(deps.rest, { method, url, headers: req.headers, body, user })
        }
        return noResource()
    }

    async function dispatch(req: IncomingMessage, fired: FaultKind[], who: { user?: LabUser }): Promise<Outcome> {
        const method = (req.method ?? 'GET').toUpperCase()
        const url = new URL(req.url ?? '/', 'http://127.0.0.1')
        const path = url.pathname
        const body = await readBody(req, maxBody)
        if (body === undefined)
            return errorResponse(413, 'Request Entity Too Large', `The body exceeds ${maxBody} bytes`)
        const contentType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
        const form =
            contentType === 'application/x-www-form-urlencoded' ? new URLSearchParams(body.toString('utf8')) : undefined
        const identify = (fields = form): LabUser | undefined => {
            const user = resolveUser(deps.auth, sessions, {
                headers: req.headers,
                query: url.searchParams,
                ...(fields === undefined ? {} : { form: fields }),
            })
            if (user !== undefined) who.user = user
            return user
        }

        if (path === '/lab/health') {
            return method === 'GET' ? jsonResponse(200, { status: 'ok' }) : methodNotSupported(method, ['GET'])
        }
        if (path === '/lab/faults') return labFaults(method, identify(), body)
        if (path === '/angular.do') {
            return faulted(method, path, fired, () =>
                handleAngular(deps.auth, sessions, method, url.searchParams, req.headers, body)
            )
        }
        if (path === UPLOAD_PROCESSOR_PATH && deps.install !== undefined) {
            const upload = prepareUpload(deps.install, { method, url, headers: req.headers, body }, identify)
            if ('status' in upload) return upload
            log('info', `app package upload by ${upload.user.userName} (${body.length} bytes)`)
            return faulted(method, path, fired, () => upload.run())
        }
        if (path === '/api' || path.startsWith('/api/')) {
            const user = identify()
            if (user === undefined) return notAuthenticated()
            const accept = req.headers.accept
            if (!acceptsJson(accept)) return notAcceptable(accept ?? '')
            return faulted(method, path, fired, (page) => api(method, url, req, body, user, page))
        }
        if (deps.ui !== undefined) {
            const request = { method, url, headers: req.headers, body }
            const ui = handleUi(deps.ui, deps.auth, sessions, request, (user) => (who.user = user))
            if (ui !== undefined) return ui
        }
        if (deps.views !== undefined) {
            const request = { method, url, headers: req.headers }
            const view = handleListView(deps.views, deps.auth, sessions, request, (user) => (who.user = user))
            if (view !== undefined) return view
        }
        return { status: 404, headers: {}, body: { kind: 'text', text: 'Not Found', contentType: 'text/plain' } }
    }

    function write(res: ServerResponse, response: LabResponse): void {
        res.statusCode = response.status
        let payload = ''
        if (response.body.kind === 'json') {
            res.setHeader('Content-Type', JSON_CONTENT_TYPE)
            payload = JSON.stringify(response.body.value)
        } else if (response.body.kind === 'text') {
            res.setHeader('Content-Type', response.body.contentType)
            payload = response.body.text
        }
        for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value)
        res.end(payload)
    }

    async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
        const started = performance.now()
        const fired: FaultKind[] = []
        const who: { user?: LabUser } = {}
        let status = 0
        try {
            const outcome = await dispatch(req, fired, who)
            if (outcome === 'reset') {
                req.socket.resetAndDestroy()
            } else {
                status = outcome.status
                write(res, outcome)
            }
        } catch (error) {
            if (closing.signal.aborted) {
                req.socket.destroy()
            } else {
                const response = errorResponse(
                    500,
                    'Internal Server Error',
                    error instanceof Error ? error.message : String(error)
                )
                log('error', `${req.method ?? '?'} ${req.url?.split('?')[0] ?? ''}: ${String(error)}`)
                status = response.status
                if (!res.headersSent) write(res, response)
                else res.destroy()
            }
        }
        try {
            deps.onRequest?.({
                method: req.method ?? '',
                path: (req.url ?? '').split('?')[0] ?? '',
                status,
                ms: performance.now() - started,
                faults: fired,
                ...(who.user === undefined ? {} : { user: who.user.userName }),
            })
        } catch (error) {
            log('warn', `onRequest hook failed: ${String(error)}`)
        }
    }

    const server = createServer((req, res) => {
        void onRequest(req, res)
    })

    return {
        server,
        listen(port = 0) {
            return new Promise((resolve, reject) => {
                server.once('error', reject)
                server.listen(port, '127.0.0.1', () => {
                    server.off('error', reject)
                    const bound = (server.address() as AddressInfo).port
                    listeningUrl = `http://127.0.0.1:${bound}`
                    resolve({ port: bound, url: listeningUrl })
                })
            })
        },
        close() {
            closing.abort()
            return new Promise((resolve, reject) => {
                if (!server.listening) {
                    resolve()
                    return
                }
                server.close((error) => (error === undefined ? resolve() : reject(error)))
                server.closeAllConnections()
            })
        },
        setFaults(plan) {
            injector.set(plan)
        },
        faultState() {
            return injector.state()
        },
    }
}

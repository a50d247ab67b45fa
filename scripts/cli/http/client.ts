/**
 * The HTTP core of itvc: one axios instance per session, basic or bearer auth, the retry matrix of rest-contract.md §8
 * (429 waits for `Retry-After`; 5xx, timeouts and resets are retried with backoff for GET/PUT/PATCH/DELETE only; a POST
 * is never retried blindly), envelope errors turned into `ItvcError`s with clear messages, and redacted verbose logs.
 * Sleep, clock and randomness are injected so tests run without real waits.
 */
import type { AxiosInstance, AxiosResponse } from 'axios'
import axios from 'axios'
import { setTimeout as delay } from 'node:timers/promises'
import type { ParsedBody } from './errors.ts'
import { ItvcError, describeBody, envelopeError, parseBody } from './errors.ts'
import type { Redactor } from './redact.ts'
import { createRedactor, redactFields } from './redact.ts'
import type { RetryPolicy } from './retry.ts'
import { DEFAULT_RETRY, backoffDelay, isIdempotent, rateLimitWait } from './retry.ts'

/** How the client authenticates: basic (`ITVC_USER`/`ITVC_PASSWORD`) or an OAuth bearer token (`ITVC_TOKEN`). */
export type Credentials =
    | { readonly kind: 'basic'; readonly user: string; readonly password: string }
    | { readonly kind: 'bearer'; readonly token: string }

/** HTTP methods the client sends. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Query parameter values (undefined ones are left out). */
export type Params = Readonly<Record<string, string | number | boolean | undefined>>

/** One request. */
export interface HttpRequest {
    readonly method: Method
    /** A path (`/api/now/v2/table/x`) or an absolute URL on the instance's origin (a `Link` target). */
    readonly url: string
    readonly params?: Params
    /** JSON body. */
    readonly body?: unknown
    /** What the request is about, for messages: `table x_itvc_value_benefit`, `the scorecard API`. */
    readonly what?: string
    /** Extra request headers. */
    readonly headers?: Readonly<Record<string, string>>
}

/** A successful (2xx) response, its body parsed. */
export interface HttpResponse {
    readonly status: number
    /** Header names in lower case. */
    readonly headers: Readonly<Record<string, string>>
    readonly body: ParsedBody
    /** The JSON value of the body; undefined for 202/204 and empty bodies. */
    readonly json: unknown
    /** The URL that answered (with the query string actually sent). */
    readonly url: string
    /** `sysparm_limit` actually sent, when the client shrank it after a cancelled transaction. */
    readonly limit?: number
}

/** A message about a wait (rate limit, backoff), shown to the user even without `--verbose`. */
export type Notify = (message: string) => void

/** Collaborators and settings of the client. */
export interface ClientOptions {
    /** Instance base URL, e.g. `https://acme.service-now.com` or `http://127.0.0.1:8080`. */
    readonly instance: string
    readonly credentials: Credentials
    /** Per-request timeout; 60 s (the Table API's quota) by default. */
    readonly timeoutMs?: number
    readonly retry?: Partial<RetryPolicy>
    /** Injected for tests. */
    readonly sleep?: (ms: number) => Promise<void>
    /** Injected for tests (ms since the epoch). */
    readonly now?: () => number
    /** Injected for tests (jitter). */
    readonly random?: () => number
    /** Verbose log sink (redacted before it is called); silent by default. */
    readonly log?: (line: string) => void
    /** Waits and retries are announced here (redacted); silent by default. */
    readonly notify?: Notify
    /** Called once per HTTP exchange (tests count requests with it). */
    readonly onExchange?: (exchange: { method: Method; url: string; status: number; attempt: number }) => void
}

const OPERATION: Readonly<Record<Method, string>> = {
    GET: 'read',
    POST: 'create',
    PUT: 'write',
    PATCH: 'write',
    DELETE: 'delete',
}

function isTransactionCancelled(body: ParsedBody): boolean {
    if (body.kind !== 'json') return false
    const error = envelopeError(body.value)
    return error !== undefined && /transaction cancelled/i.test(`${error.message} ${error.detail ?? ''}`)
}

function lowerHeaders(headers: AxiosResponse['headers']): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
        if (value === undefined || value === null) continue
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
    }
    return out
}

function seconds(ms: number): string {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`
}

/** The client: `request` sends one logical request (with its retries) and returns a 2xx response or throws. */
export interface ItvcClient {
    /** The instance origin (scheme, host and port), without a trailing slash. */
    readonly instance: string
    /** The user name (basic auth) or 'token', for messages. */
    readonly who: string
    /** The session's redactor (secrets masked). */
    readonly redact: Redactor
    /** The session's sleep (injected in tests). */
    readonly sleep: (ms: number) => Promise<void>
    /** The retry policy in force. */
    readonly policy: RetryPolicy
    request(req: HttpRequest): Promise<HttpResponse>
}

/**
 * Normalises an instance URL to its origin; refuses credentials in the URL and non-HTTP schemes.
 * @example instanceOrigin('https://acme.service-now.com/') //=> 'https://acme.service-now.com'
 */
export function instanceOrigin(instance: string): string {
    let url: URL
    try {
        url = new URL(instance)
    } catch {
        throw new ItvcError(
            'CONFIG',
            'the instance URL is not a valid URL (use --instance https://<name>.service-now.com)'
        )
    }
    if (url.username !== '' || url.password !== '')
        throw new ItvcError(
            'CONFIG',
            'the instance URL carries credentials: set ITVC_USER/ITVC_PASSWORD or ITVC_TOKEN instead'
        )
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new ItvcError('CONFIG', `the instance URL must be http(s), not ${url.protocol}`)
    return url.origin
}

/**
 * Creates a client for one instance and set of credentials.
 * @example const client = createClient({ instance: 'http://127.0.0.1:8080', credentials: { kind: 'basic', user: 'admin', password: '…' } })
 */
export function createClient(options: ClientOptions): ItvcClient {
    const origin = instanceOrigin(options.instance)
    const { credentials } = options
    const redact = createRedactor(
        credentials.kind === 'basic'
            ? { secrets: [credentials.password], user: credentials.user }
            : { secrets: [credentials.token] }
    )
    const authorization =
        credentials.kind === 'basic'
            ? `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`, 'utf8').toString('base64')}`
            : `Bearer ${credentials.token}`
    const who = credentials.kind === 'basic' ? credentials.user : 'the token holder'
    const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry }
    const sleep = options.sleep ?? ((ms: number) => delay(ms))
    const now = options.now ?? Date.now
    const random = options.random ?? Math.random
    const log = (line: string): void => options.log?.(redact(line))
    const notify = (line: string): void => options.notify?.(redact(line))

    const http: AxiosInstance = axios.create({
        baseURL: origin,
        timeout: options.timeoutMs ?? 60_000,
        // every status is handled here; bodies are parsed here (HTML and empty bodies included)
        validateStatus: () => true,
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        // a redirect could carry the Authorization header elsewhere
        maxRedirects: 0,
        headers: { Accept: 'application/json' },
    })

    function resolveUrl(req: HttpRequest): URL {
        const url = new URL(req.url, `${origin}/`)
        if (url.origin !== origin)
            throw new ItvcError('CONTRACT.PAGING', `refusing to send credentials to another origin (${url.origin})`, {
                request: `${req.method} ${url.pathname}`,
            })
        for (const [name, value] of Object.entries(req.params ?? {}))
            if (value !== undefined) url.searchParams.set(name, String(value))
        return url
    }

    function failure(
        req: HttpRequest,
        url: URL,
        status: number,
        statusText: string,
        body: ParsedBody,
        headers: Readonly<Record<string, string>>
    ): ItvcError {
        const request = `${req.method} ${url.pathname}`
        const what = req.what ?? url.pathname
        const text = describeBody(body, status, statusText)
        const detail = body.kind === 'json' ? envelopeError(body.value)?.detail : undefined
        const info = { status, request, ...(detail === undefined ? {} : { detail }) }
        switch (status) {
            case 401:
                return new ItvcError(
                    'AUTH.NOT_AUTHENTICATED',
                    `not authenticated at ${origin} as ${who} (401 ${text}). Check ITVC_USER/ITVC_PASSWORD or ITVC_TOKEN.`,
                    info
                )
            case 403:
                return new ItvcError(
                    'AUTH.FORBIDDEN',
                    `permission denied: ${who} may not ${OPERATION[req.method]} ${what} (403 ${text})`,
                    info
                )
            case 404:
                return new ItvcError('HTTP.NOT_FOUND', `${what}: missing or not readable by ${who} (404 ${text})`, info)
            case 400:
                return new ItvcError('HTTP.BAD_REQUEST', `bad request on ${what} (400 ${text})`, info)
            case 429: {
                const wait = rateLimitWait(headers, now())
                return new ItvcError(
                    'HTTP.RATE_LIMITED',
                    `rate limited on ${what} (429 ${text})${wait === undefined ? '' : `; the instance asks to wait ${seconds(wait.ms)}`}`,
                    info
                )
            }
            default:
                if (status >= 500 && isTransactionCancelled(body))
                    return new ItvcError(
                        'HTTP.TRANSACTION_CANCELLED',
                        `the instance cancelled the transaction on ${what} (${status} ${text})`,
                        info
                    )
                if (status >= 500)
                    return new ItvcError('HTTP.SERVER_ERROR', `server error on ${what} (${status} ${text})`, info)
                return new ItvcError('HTTP.CLIENT_ERROR', `request refused on ${what} (${status} ${text})`, info)
        }
    }

    function uncertain(req: HttpRequest, url: URL, cause: string): ItvcError {
        return new ItvcError(
            'HTTP.UNCERTAIN_WRITE',
            `${req.method} on ${req.what ?? url.pathname} failed (${cause}) and may have been applied: not retried blindly`,
            { request: `${req.method} ${url.pathname}` }
        )
    }

    async function request(req: HttpRequest): Promise<HttpResponse> {
        let url = resolveUrl(req)
        let shrunk: number | undefined
        for (let attempt = 1; ; attempt++) {
            const last = attempt >= policy.maxAttempts
            const started = now()
            log(`→ ${req.method} ${url.pathname}${url.search}${attempt > 1 ? ` (try ${attempt})` : ''}`)
            if (req.body !== undefined) log(`  body ${JSON.stringify(redactFields(req.body)).slice(0, 500)}`)
            let response: AxiosResponse<string>
            try {
                response = await http.request<string>({
                    method: req.method,
                    url: url.toString(),
                    headers: {
                        ...req.headers,
                        Authorization: authorization,
                        ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
                    },
                    ...(req.body === undefined ? {} : { data: JSON.stringify(req.body) }),
                })
            } catch (error) {
                const code = axios.isAxiosError(error) ? (error.code ?? 'ERR_NETWORK') : 'ERR_UNKNOWN'
                const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT'
                const cause = timedOut
                    ? `timed out after ${seconds(options.timeoutMs ?? 60_000)}`
                    : `network error ${code}`
                log(`← ${cause}`)
                options.onExchange?.({ method: req.method, url: url.toString(), status: 0, attempt })
                // a refused connection never reached the server: safe to retry whatever the method
                if (!isIdempotent(req.method) && code !== 'ECONNREFUSED') throw uncertain(req, url, cause)
                if (last)
                    throw new ItvcError(
                        timedOut ? 'HTTP.TIMEOUT' : 'HTTP.NETWORK',
                        `${req.method} on ${req.what ?? url.pathname} failed after ${attempt} tries: ${cause} (${origin})`,
                        { status: 0, request: `${req.method} ${url.pathname}` }
                    )
                const wait = backoffDelay(attempt, policy, random)
                notify(
                    `${cause} on ${req.what ?? url.pathname}; retrying in ${seconds(wait)} (try ${attempt + 1}/${policy.maxAttempts})`
                )
                await sleep(wait)
                continue
            }
            const headers = lowerHeaders(response.headers)
            const body = parseBody(response.data)
            log(
                `← ${response.status} ${response.statusText} (${now() - started} ms, ${response.data?.length ?? 0} bytes)`
            )
            options.onExchange?.({ method: req.method, url: url.toString(), status: response.status, attempt })

            if (response.status >= 200 && response.status < 300) {
                if (body.kind === 'json') {
                    const error = envelopeError(body.value)
                    if (error !== undefined) {
                        const partial =
                            typeof body.value === 'object' && body.value !== null && 'result' in body.value
                                ? ' (with a partial result, discarded)'
                                : ''
                        throw new ItvcError(
                            'CONTRACT.ERROR_IN_BODY',
                            `${req.what ?? url.pathname}: the instance answered ${response.status} but reported an error${partial}: ${error.message}${error.detail === undefined ? '' : `: ${error.detail}`}`,
                            {
                                status: response.status,
                                request: `${req.method} ${url.pathname}`,
                                ...(error.detail === undefined ? {} : { detail: error.detail }),
                            }
                        )
                    }
                } else if (body.kind !== 'empty') {
                    throw new ItvcError(
                        'CONTRACT.INVALID_RESPONSE',
                        `${req.what ?? url.pathname}: expected JSON, got ${describeBody(body, response.status, response.statusText)}`,
                        { status: response.status, request: `${req.method} ${url.pathname}` }
                    )
                }
                return {
                    status: response.status,
                    headers,
                    body,
                    json: body.kind === 'json' ? body.value : undefined,
                    url: url.toString(),
                    ...(shrunk === undefined ? {} : { limit: shrunk }),
                }
            }

            const error = failure(req, url, response.status, response.statusText, body, headers)
            if (response.status === 429) {
                const wait = rateLimitWait(headers, now())
                const ms = wait?.ms ?? backoffDelay(attempt, policy, random)
                if (ms > policy.maxWaitMs)
                    throw new ItvcError(
                        'HTTP.RATE_LIMITED',
                        `${error.message}, more than the ${seconds(policy.maxWaitMs)} allowed by --max-wait: giving up`,
                        error.info
                    )
                if (last)
                    throw new ItvcError(
                        'HTTP.RATE_LIMITED',
                        `${error.message}: gave up after ${attempt} tries`,
                        error.info
                    )
                notify(
                    `rate limited (429) on ${req.what ?? url.pathname}: waiting ${seconds(ms)} (${wait?.source ?? 'backoff'}) before try ${attempt + 1}/${policy.maxAttempts}`
                )
                await sleep(ms)
                continue
            }
            if (response.status < 500) throw error
            if (!isIdempotent(req.method)) throw uncertain(req, url, `${response.status} ${error.message}`)
            if (last) throw new ItvcError(error.code, `${error.message}: gave up after ${attempt} tries`, error.info)
            if (error.code === 'HTTP.TRANSACTION_CANCELLED' && req.method === 'GET') {
                const limit = Number(url.searchParams.get('sysparm_limit') ?? '')
                if (Number.isInteger(limit) && limit > 1) {
                    shrunk = Math.max(1, Math.floor(limit / 2))
                    url = new URL(url.toString())
                    url.searchParams.set('sysparm_limit', String(shrunk))
                    notify(
                        `transaction cancelled on ${req.what ?? url.pathname}: retrying with sysparm_limit=${shrunk}`
                    )
                    continue
                }
            }
            const wait = backoffDelay(attempt, policy, random)
            notify(`${error.message}; retrying in ${seconds(wait)} (try ${attempt + 1}/${policy.maxAttempts})`)
            await sleep(wait)
        }
    }

    return { instance: origin, who, redact, sleep, policy, request }
}

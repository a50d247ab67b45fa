/**
 * The page's only way to the instance: GET requests to the app's Scripted REST API (`/api/x_itvc_value/v1/...`)
 * with the session's CSRF token (`X-UserToken: window.g_ck`) and the session cookie. Answers are unwrapped from
 * `{ "result": … }`; failures become data (`ApiError`), never exceptions, so every view can show them.
 */

/** Why a call failed, in the terms the page shows. */
export type ApiErrorKind =
    | 'unauthenticated' // 401: the session expired
    | 'forbidden' // 403: the user lacks the role
    | 'not_found' // 404
    | 'bad_request' // 400: e.g. an unknown period
    | 'server' // 5xx, or a 200 carrying an error
    | 'network' // no answer at all
    | 'invalid_response' // an answer the page cannot read

export interface ApiError {
    readonly kind: ApiErrorKind
    /** HTTP status; 0 when there was no answer. */
    readonly status: number
    readonly message: string
    readonly detail: string
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError }

/** Base path of the app's REST API (version pinned). */
export const API_BASE = '/api/x_itvc_value/v1'

function kindOf(status: number): ApiErrorKind {
    if (status === 401) return 'unauthenticated'
    if (status === 403) return 'forbidden'
    if (status === 404) return 'not_found'
    if (status >= 400 && status < 500) return 'bad_request'
    return 'server'
}

function envelope(body: unknown): { message: string; detail: string } | undefined {
    if (typeof body !== 'object' || body === null || !('error' in body)) return undefined
    const error = (body as { error: unknown }).error
    if (typeof error !== 'object' || error === null) return { message: String(error), detail: '' }
    const { message, detail } = error as { message?: unknown; detail?: unknown }
    return { message: typeof message === 'string' ? message : '', detail: typeof detail === 'string' ? detail : '' }
}

function failure(kind: ApiErrorKind, status: number, message: string, detail = ''): ApiResult<never> {
    return { ok: false, error: { kind, status, message, detail } }
}

/** Query parameters; empty and undefined values are left out. */
export type Params = Readonly<Record<string, string | number | undefined>>

/**
 * The URL of an API path with its parameters.
 * @example apiUrl('/scorecard', { period: 'FY2027-Q1', key: '' }) //=> '/api/x_itvc_value/v1/scorecard?period=FY2027-Q1'
 */
export function apiUrl(path: string, params: Params = {}): string {
    const query = new URLSearchParams()
    for (const [name, value] of Object.entries(params)) {
        if (value !== undefined && value !== '') query.set(name, String(value))
    }
    const search = query.toString()
    return `${API_BASE}${path}${search === '' ? '' : `?${search}`}`
}

/** GETs an API path and returns its unwrapped `result`. */
export async function getResult(path: string, params: Params = {}, signal?: AbortSignal): Promise<ApiResult<unknown>> {
    let response: Response
    try {
        response = await fetch(apiUrl(path, params), {
            method: 'GET',
            credentials: 'same-origin',
            headers: { Accept: 'application/json', 'X-UserToken': (window as { g_ck?: string }).g_ck ?? '' },
            ...(signal === undefined ? {} : { signal }),
        })
    } catch (error) {
        if (signal?.aborted) throw error
        return failure('network', 0, 'The instance did not answer', error instanceof Error ? error.message : '')
    }
    const text = await response.text().catch(() => '')
    let body: unknown = undefined
    try {
        body = text === '' ? undefined : JSON.parse(text)
    } catch {
        body = undefined
    }
    const error = envelope(body)
    if (!response.ok) {
        const message = error?.message || response.statusText || `HTTP ${response.status}`
        return failure(kindOf(response.status), response.status, message, error?.detail ?? '')
    }
    if (error !== undefined)
        return failure('server', response.status, error.message || 'The request failed', error.detail)
    if (typeof body !== 'object' || body === null || !('result' in body)) {
        return failure('invalid_response', response.status, 'The answer holds no result')
    }
    return { ok: true, value: (body as { result: unknown }).result }
}

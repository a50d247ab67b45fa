/**
 * Errors of the itvc client: one error type with a stable code and an exit code, and the parser of the platform's
 * error envelope (`{"error":{"message","detail"},"status":"failure"}`, rest-contract.md §6) that also copes with HTML
 * and empty bodies from load balancers.
 */

/** Process exit codes of `itvc` (README "The itvc command-line client"). */
export const EXIT = {
    ok: 0,
    /** Bad arguments or options, unknown field in a query, missing configuration. */
    usage: 1,
    /** 401 (not authenticated) or 403 (not permitted). */
    auth: 2,
    /** 404: missing or hidden by an ACL. */
    notFound: 3,
    /** 5xx after the retries, rate limit given up, network failure, 200 carrying an error, a response breaking the contract. */
    server: 4,
    /** An import applied some rows and rejected others (`--partial`). */
    partial: 5,
    /** An input file was rejected before anything was sent (bad CSV rows). */
    invalidInput: 6,
    /** Interrupted (Ctrl-C). */
    interrupted: 130,
} as const

/** One of the exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** Stable error codes. */
export type ItvcErrorCode =
    | 'USAGE'
    | 'CONFIG'
    | 'QUERY.UNKNOWN_FIELD'
    | 'AUTH.NOT_AUTHENTICATED'
    | 'AUTH.FORBIDDEN'
    | 'HTTP.NOT_FOUND'
    | 'HTTP.BAD_REQUEST'
    | 'HTTP.CLIENT_ERROR'
    | 'HTTP.RATE_LIMITED'
    | 'HTTP.TRANSACTION_CANCELLED'
    | 'HTTP.SERVER_ERROR'
    | 'HTTP.NETWORK'
    | 'HTTP.TIMEOUT'
    | 'HTTP.UNCERTAIN_WRITE'
    | 'CONTRACT.ERROR_IN_BODY'
    | 'CONTRACT.INVALID_RESPONSE'
    | 'CONTRACT.PAGING'
    | 'IMPORT.INVALID_ROWS'
    | 'IMPORT.PARTIAL'
    | 'INTERRUPTED'

const exitOf: Readonly<Record<ItvcErrorCode, ExitCode>> = {
    USAGE: EXIT.usage,
    CONFIG: EXIT.usage,
    'QUERY.UNKNOWN_FIELD': EXIT.usage,
    'AUTH.NOT_AUTHENTICATED': EXIT.auth,
    'AUTH.FORBIDDEN': EXIT.auth,
    'HTTP.NOT_FOUND': EXIT.notFound,
    'HTTP.BAD_REQUEST': EXIT.server,
    'HTTP.CLIENT_ERROR': EXIT.server,
    'HTTP.RATE_LIMITED': EXIT.server,
    'HTTP.TRANSACTION_CANCELLED': EXIT.server,
    'HTTP.SERVER_ERROR': EXIT.server,
    'HTTP.NETWORK': EXIT.server,
    'HTTP.TIMEOUT': EXIT.server,
    'HTTP.UNCERTAIN_WRITE': EXIT.server,
    'CONTRACT.ERROR_IN_BODY': EXIT.server,
    'CONTRACT.INVALID_RESPONSE': EXIT.server,
    'CONTRACT.PAGING': EXIT.server,
    'IMPORT.INVALID_ROWS': EXIT.invalidInput,
    'IMPORT.PARTIAL': EXIT.partial,
    INTERRUPTED: EXIT.interrupted,
}

/** What an `ItvcError` carries besides its message. */
export interface ItvcErrorInfo {
    /** HTTP status, when the error came from a response (0 for a network failure). */
    readonly status?: number
    /** `error.detail` of the envelope, if any. */
    readonly detail?: string
    /** `METHOD path` of the request (no query string, never credentials). */
    readonly request?: string
    /** Extra lines shown under the message (row errors of an import, ...). */
    readonly lines?: readonly string[]
}

/**
 * The error every itvc module throws for an expected failure: a stable `code`, the process `exitCode`, and a message
 * a person can act on. Its message never contains credentials (the client builds it from status, path and envelope).
 */
export class ItvcError extends Error {
    readonly code: ItvcErrorCode
    readonly exitCode: ExitCode
    readonly info: ItvcErrorInfo

    constructor(code: ItvcErrorCode, message: string, info: ItvcErrorInfo = {}) {
        super(message)
        this.name = 'ItvcError'
        this.code = code
        this.exitCode = exitOf[code]
        this.info = info
    }
}

/**
 * Whether a value is an `ItvcError` (optionally of one code).
 * @example isItvcError(new ItvcError('USAGE', 'x'), 'USAGE') //=> true
 */
export function isItvcError(value: unknown, code?: ItvcErrorCode): value is ItvcError {
    return value instanceof ItvcError && (code === undefined || value.code === code)
}

/** The parsed body of a response: JSON, or the reason it is not. */
export type ParsedBody =
    | { readonly kind: 'json'; readonly value: unknown }
    | { readonly kind: 'empty' }
    | { readonly kind: 'html'; readonly title: string | undefined }
    | { readonly kind: 'text'; readonly text: string }

/**
 * Parses a response body as text: JSON when it parses, else empty, HTML (with its `<title>`) or plain text.
 * @example parseBody('<html><title>502 Bad Gateway</title></html>') //=> { kind: 'html', title: '502 Bad Gateway' }
 */
export function parseBody(text: string | undefined): ParsedBody {
    const trimmed = (text ?? '').trim()
    if (trimmed === '') return { kind: 'empty' }
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        try {
            return { kind: 'json', value: JSON.parse(trimmed) as unknown }
        } catch {
            return { kind: 'text', text: trimmed.slice(0, 200) }
        }
    }
    if (/^<(!doctype|html|\?xml|head|body)/i.test(trimmed)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim()
        return { kind: 'html', title: title === '' ? undefined : title }
    }
    return { kind: 'text', text: trimmed.slice(0, 200) }
}

/** The `error` object of the platform envelope. */
export interface EnvelopeError {
    readonly message: string
    readonly detail: string | undefined
}

/**
 * The `error` object of a JSON body, if it has one (`detail` null or '' becomes undefined; a string error counts).
 * @example envelopeError({ error: { message: 'No Record found', detail: null }, status: 'failure' }) //=> { message: 'No Record found', detail: undefined }
 */
export function envelopeError(value: unknown): EnvelopeError | undefined {
    if (typeof value !== 'object' || value === null || !('error' in value)) return undefined
    const error: unknown = (value as { error: unknown }).error
    if (error === null || error === undefined) return undefined
    if (typeof error === 'string') return { message: error, detail: undefined }
    if (typeof error !== 'object') return { message: String(error), detail: undefined }
    const message: unknown = (error as Record<string, unknown>)['message']
    const detail: unknown = (error as Record<string, unknown>)['detail']
    return {
        message: typeof message === 'string' && message !== '' ? message : 'Unknown error',
        detail: typeof detail === 'string' && detail !== '' ? detail : undefined,
    }
}

/**
 * A one-line description of an error body for messages: the envelope's message and detail, the HTML title, or the
 * status text when the body is empty or not JSON.
 * @example describeBody({ kind: 'empty' }, 503, 'Service Unavailable') //=> 'Service Unavailable (empty body)'
 */
export function describeBody(body: ParsedBody, status: number, statusText: string): string {
    const fallback = statusText !== '' ? statusText : `HTTP ${status}`
    switch (body.kind) {
        case 'json': {
            const error = envelopeError(body.value)
            if (error === undefined) return fallback
            return error.detail === undefined ? error.message : `${error.message}: ${error.detail}`
        }
        case 'empty':
            return `${fallback} (empty body)`
        case 'html':
            return `${body.title ?? fallback} (HTML body)`
        case 'text':
            return `${fallback} (non-JSON body)`
    }
}

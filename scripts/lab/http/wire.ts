/**
 * Wire helpers of the lab's HTTP layer: the response value the handlers build, the platform's error envelope and the
 * exact error bodies of shared/platform/rest-contract.md §6.
 */
import type { EngineFailure } from './contract.ts'

/** Content type of every JSON answer, as real instances send it. */
export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8'

/** A response body: JSON, raw text with its content type, or nothing. */
export type LabBody =
    | { readonly kind: 'json'; readonly value: unknown }
    | { readonly kind: 'text'; readonly text: string; readonly contentType: string }
    | { readonly kind: 'empty' }

/** A response as the handlers build it; the server writes it (faults may reshape it first). */
export interface LabResponse {
    readonly status: number
    readonly headers: Readonly<Record<string, string>>
    readonly body: LabBody
}

/** The platform's error envelope `{"error":{"message","detail"},"status":"failure"}`. */
export interface ErrorEnvelope {
    readonly error: { readonly message: string; readonly detail: string | null }
    readonly status: 'failure'
}

/**
 * Builds the error envelope; key order matches real instances.
 * @example errorEnvelope('No Record found', null) //=> { error: { message: 'No Record found', detail: null }, status: 'failure' }
 */
export function errorEnvelope(message: string, detail: string | null): ErrorEnvelope {
    return { error: { message, detail }, status: 'failure' }
}

/** A JSON response. */
export function jsonResponse(
    status: number,
    value: unknown,
    headers: Readonly<Record<string, string>> = {}
): LabResponse {
    return { status, headers, body: { kind: 'json', value } }
}

/** An error response with the platform envelope. */
export function errorResponse(
    status: number,
    message: string,
    detail: string | null,
    headers: Readonly<Record<string, string>> = {}
): LabResponse {
    return jsonResponse(status, errorEnvelope(message, detail), headers)
}

/** 401 with the exact body and `WWW-Authenticate` header of a real instance (§6). */
export function notAuthenticated(): LabResponse {
    return errorResponse(401, 'User Not Authenticated', 'Required to provide Auth information', {
        'WWW-Authenticate': 'BASIC realm="Service-now"',
    })
}

/** 404 "No Record found" (missing, or hidden by ACL: the two are indistinguishable on purpose). */
export function noRecordFound(): LabResponse {
    return errorResponse(404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
}

/** 400 for a path that no REST resource serves. */
export function noResource(): LabResponse {
    return errorResponse(400, 'Requested URI does not represent any resource', null)
}

/** 405 with an `Allow` header. */
export function methodNotSupported(method: string, allowed: readonly string[]): LabResponse {
    return errorResponse(405, 'Method not Supported', `${method} is not supported by this resource`, {
        Allow: allowed.join(', '),
    })
}

/** 400 for a body that is not valid JSON. */
export function unreadableRequest(detail: string): LabResponse {
    return errorResponse(400, 'Exception while reading request', detail)
}

/** 415 for a body that is not JSON. */
export function unsupportedMediaType(contentType: string | undefined): LabResponse {
    return errorResponse(
        415,
        'Unsupported Media Type',
        `Content-Type ${contentType === undefined || contentType === '' ? '(none)' : contentType} is not supported: send application/json`
    )
}

/** 406 when `Accept` rules out JSON (the lab speaks JSON only; the error itself still comes back as JSON). */
export function notAcceptable(accept: string): LabResponse {
    return errorResponse(406, 'Not Acceptable', `Accept ${accept} is not supported: the lab produces application/json`)
}

const aclVerb: Readonly<Record<'read' | 'write' | 'create' | 'delete', string>> = {
    read: 'Read',
    write: 'Update',
    create: 'Insert',
    delete: 'Delete',
}

/**
 * Maps an engine failure to its status and envelope (§6).
 * @example failureResponse({ kind: 'acl', operation: 'write' }, 'incident').status //=> 403
 */
export function failureResponse(failure: EngineFailure, table: string): LabResponse {
    switch (failure.kind) {
        case 'not_found':
            return noRecordFound()
        case 'acl':
            return errorResponse(
                403,
                'Operation Failed',
                `ACL Exception ${aclVerb[failure.operation]} Failed due to security constraints`
            )
        case 'invalid_table':
            return errorResponse(400, `Invalid table ${failure.table}`, null)
        case 'invalid_query':
            return errorResponse(400, 'Invalid query', failure.detail)
        case 'aborted':
            return errorResponse(
                403,
                failure.message,
                failure.rule === undefined
                    ? `Operation against file '${table}' was aborted by a Business Rule`
                    : `Operation against file '${table}' was aborted by Business Rule '${failure.rule}'`
            )
        case 'invalid_value':
            return errorResponse(400, failure.message, `Invalid value for field '${failure.field}'`)
    }
}

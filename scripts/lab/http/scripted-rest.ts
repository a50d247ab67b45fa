/**
 * Scripted REST (`/api/x_itvc_value/...`, rest-contract.md §11): the HTTP layer parses the request and hands it to
 * the engine, which resolves the route, runs its ACLs and handler, and returns an already wrapped body.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { LabUser, ScriptedRestService } from './contract.ts'
import { isJsonMediaType } from './table-api.ts'
import type { LabResponse } from './wire.ts'
import { noResource, unreadableRequest, unsupportedMediaType } from './wire.ts'

/** Path prefix of the app's Scripted REST APIs. */
export const SCRIPTED_REST_PREFIX = '/api/x_itvc_value/'

/** Headers that carry credentials: never handed to route scripts. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'x-usertoken'])

/** One Scripted REST call. */
export interface ScriptedCall {
    readonly method: string
    readonly url: URL
    readonly headers: IncomingHttpHeaders
    readonly body: Buffer
    readonly user: LabUser
}

function queryRecord(params: URLSearchParams): Record<string, string | readonly string[]> {
    const out: Record<string, string | readonly string[]> = {}
    for (const key of new Set(params.keys())) {
        if (key === 'sysparm_ck') continue
        const values = params.getAll(key)
        out[key] = values.length === 1 ? (values[0] ?? '') : values
    }
    return out
}

function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || CREDENTIAL_HEADERS.has(name)) continue
        out[name] = Array.isArray(value) ? value.join(', ') : value
    }
    return out
}

/**
 * Runs a Scripted REST call: a JSON body is parsed (malformed → 400, non-JSON → 415); an unmatched path is 400
 * "Requested URI does not represent any resource". Credential headers and `sysparm_ck` are not passed on.
 */
export function handleScriptedRest(rest: ScriptedRestService, call: ScriptedCall): LabResponse {
    let body: unknown
    if (call.body.length > 0) {
        const type = call.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
        if (!isJsonMediaType(type)) return unsupportedMediaType(call.headers['content-type'])
        try {
            body = JSON.parse(call.body.toString('utf8'))
        } catch {
            return unreadableRequest('The payload is not valid JSON.')
        }
    }
    const answer = rest.handle(call.user, {
        method: call.method,
        path: call.url.pathname,
        query: queryRecord(call.url.searchParams),
        headers: headerRecord(call.headers),
        body,
    })
    if (answer === undefined) return noResource()
    const headers = { ...answer.headers }
    if (answer.status === 204 || answer.body === undefined)
        return { status: answer.status, headers, body: { kind: 'empty' } }
    const contentType = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1]
    if (typeof answer.body === 'string' && contentType !== undefined && !contentType.toLowerCase().includes('json')) {
        return { status: answer.status, headers, body: { kind: 'text', text: answer.body, contentType } }
    }
    return { status: answer.status, headers, body: { kind: 'json', value: answer.body } }
}

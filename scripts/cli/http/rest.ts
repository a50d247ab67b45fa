/** Scripted REST calls: the version is pinned in the URL, `{"result": …}` is unwrapped and validated. */
import type { z } from 'zod'
import type { ItvcClient, Method, Params } from './client.ts'
import { ItvcError } from './errors.ts'
import { parseResponse } from '../schemas/parse.ts'
import { APP_API } from '../schemas/rest.ts'

/**
 * Calls a route of the app's REST API (`path` below `/api/x_itvc_value/v1`) and returns its unwrapped, validated
 * `result`, plus the raw `result` (for `--format json`, which prints the API's own answer).
 */
export async function callApi<T extends z.ZodTypeAny>(
    client: ItvcClient,
    request: { method: Method; path: string; params?: Params; body?: unknown; what: string },
    schema: T
): Promise<{ value: z.output<T>; raw: unknown; status: number }> {
    const response = await client.request({
        method: request.method,
        url: `${APP_API}${request.path}`,
        ...(request.params === undefined ? {} : { params: request.params }),
        ...(request.body === undefined ? {} : { body: request.body }),
        what: request.what,
    })
    const json = response.json
    if (typeof json !== 'object' || json === null || !('result' in json))
        throw new ItvcError('CONTRACT.INVALID_RESPONSE', `${request.what}: the answer has no "result"`, {
            status: response.status,
        })
    const raw = (json as { result: unknown }).result
    return { value: parseResponse(schema, raw, request.what), raw, status: response.status }
}

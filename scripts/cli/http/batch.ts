/**
 * Batch API client (rest-contract.md §10): several REST calls in one `POST /api/now/v1/batch`, bodies base64, each
 * item with its own status; items the instance left in `unserviced_requests` (a limit was hit) are resubmitted.
 * Only idempotent items (GET/PUT/PATCH/DELETE) are accepted, so a batch whose outcome is uncertain can be resent.
 */
import { z } from 'zod'
import type { ItvcClient, Method } from './client.ts'
import { ItvcError, parseBody } from './errors.ts'
import { isIdempotent } from './retry.ts'
import { parseResponse } from '../schemas/parse.ts'

/** The Batch API path. */
export const BATCH_API = '/api/now/v1/batch'

/** One call of a batch. */
export interface BatchItem {
    /** Unique within the batch. */
    readonly id: string
    readonly method: Method
    /** Path on the instance, e.g. `/api/now/v2/table/x_itvc_value_benefit/<sys_id>`. */
    readonly url: string
    readonly body?: unknown
}

/** The outcome of one item. */
export interface BatchOutcome {
    readonly id: string
    readonly status: number
    /** The decoded body: JSON, or undefined when empty. */
    readonly body: unknown
    readonly error: string | undefined
}

const BatchResponse = z.object({
    batch_request_id: z.string(),
    serviced_requests: z.array(
        z
            .object({
                id: z.string(),
                status_code: z.number(),
                status_text: z.string().optional(),
                body: z.string().optional(),
                error_message: z.string().optional(),
            })
            .passthrough()
    ),
    unserviced_requests: z.array(z.string()).default([]),
})

/**
 * Sends items in batches; resubmits unserviced items up to `maxRounds` times. Returns one outcome per item, in the
 * items' order; an item still unserviced after the last round is a `CONTRACT.INVALID_RESPONSE`.
 */
export async function sendBatch(
    client: ItvcClient,
    items: readonly BatchItem[],
    options: { readonly maxRounds?: number; readonly batchId?: (round: number) => string } = {}
): Promise<BatchOutcome[]> {
    for (const item of items)
        if (!isIdempotent(item.method))
            throw new ItvcError('USAGE', `batch item ${item.id}: ${item.method} is not idempotent; send it on its own`)
    if (new Set(items.map((i) => i.id)).size !== items.length)
        throw new ItvcError('USAGE', 'batch item ids must be unique')
    const maxRounds = options.maxRounds ?? 5
    const outcomes = new Map<string, BatchOutcome>()
    let pending = [...items]
    for (let round = 1; pending.length > 0; round++) {
        if (round > maxRounds)
            throw new ItvcError(
                'CONTRACT.INVALID_RESPONSE',
                `the Batch API left ${pending.length} item(s) unserviced after ${maxRounds} rounds: ${pending.map((i) => i.id).join(', ')}`
            )
        const batchId = options.batchId?.(round) ?? `itvc-${Date.now()}-${round}`
        const body = {
            batch_request_id: batchId,
            rest_requests: pending.map((item) => ({
                id: item.id,
                method: item.method,
                url: item.url,
                headers: [
                    { name: 'Content-Type', value: 'application/json' },
                    { name: 'Accept', value: 'application/json' },
                ],
                ...(item.body === undefined
                    ? {}
                    : { body: Buffer.from(JSON.stringify(item.body), 'utf8').toString('base64') }),
                exclude_response_headers: true,
            })),
        }
        let response
        try {
            response = await client.request({ method: 'POST', url: BATCH_API, body, what: 'the Batch API' })
        } catch (error) {
            // every item is idempotent: a batch whose outcome is unknown may be sent again
            if (error instanceof ItvcError && error.code === 'HTTP.UNCERTAIN_WRITE' && round < maxRounds) continue
            throw error
        }
        const parsed = parseResponse(BatchResponse, response.json, 'the Batch API')
        const known = new Set(pending.map((i) => i.id))
        for (const served of parsed.serviced_requests) {
            if (!known.has(served.id)) continue
            const decoded = parseBody(
                served.body === undefined ? '' : Buffer.from(served.body, 'base64').toString('utf8')
            )
            outcomes.set(served.id, {
                id: served.id,
                status: served.status_code,
                body: decoded.kind === 'json' ? decoded.value : undefined,
                error:
                    served.error_message === undefined || served.error_message === ''
                        ? undefined
                        : served.error_message,
            })
        }
        const unserviced = new Set(parsed.unserviced_requests)
        pending = pending.filter((item) => unserviced.has(item.id) || !outcomes.has(item.id))
    }
    return items.map((item) => outcomes.get(item.id) as BatchOutcome)
}

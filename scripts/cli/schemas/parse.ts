/** Validation at the edge: every response body goes through a zod schema with `safeParse`. */
import type { z } from 'zod'
import { ItvcError } from '../http/errors.ts'

/**
 * Parses a response body with a schema; a mismatch is a `CONTRACT.INVALID_RESPONSE` naming the first issues (path and
 * message), never the whole body.
 * @example parseResponse(z.object({ result: z.array(z.unknown()) }), { result: [] }, 'table incident') //=> { result: [] }
 */
export function parseResponse<T extends z.ZodTypeAny>(schema: T, value: unknown, what: string): z.output<T> {
    const parsed = schema.safeParse(value)
    if (parsed.success) return parsed.data as z.output<T>
    const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.length === 0 ? '(body)' : i.path.join('.')}: ${i.message}`)
        .join('; ')
    const more = parsed.error.issues.length > 3 ? ` (+${parsed.error.issues.length - 3} more)` : ''
    throw new ItvcError('CONTRACT.INVALID_RESPONSE', `${what}: unexpected response: ${issues}${more}`)
}

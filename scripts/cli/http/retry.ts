/**
 * Retry arithmetic (rest-contract.md §7, §8): exponential backoff with jitter and the wait a 429 asks for
 * (`Retry-After` in seconds or as an HTTP date, else `X-RateLimit-Reset` − now).
 */

/** Tunables of the retry loop. */
export interface RetryPolicy {
    /** Tries in total, the first included (≥ 1). */
    readonly maxAttempts: number
    /** First backoff delay. */
    readonly baseDelayMs: number
    /** Largest backoff delay. */
    readonly maxDelayMs: number
    /** Longest wait a 429 may ask for; a longer one gives up at once (`--max-wait`). */
    readonly maxWaitMs: number
}

/** The default policy: 5 tries, backoff 0.5 s → 8 s, waits for a rate limit up to 60 s. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 8000, maxWaitMs: 60_000 }

/**
 * Backoff before try `attempt + 1` (attempt ≥ 1): base·2^(attempt−1), capped, with "equal jitter" (half fixed,
 * half random), so it is never below half the nominal delay.
 * @example backoffDelay(3, DEFAULT_RETRY, () => 0.5) //=> 1500
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
    const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1))
    return Math.round(nominal / 2 + (nominal / 2) * random())
}

/** How long a 429 asks the client to wait, and which header said so. */
export interface RateLimitWait {
    readonly ms: number
    readonly source: 'Retry-After' | 'X-RateLimit-Reset'
}

/**
 * The wait of a 429: `Retry-After` (integer seconds, or an HTTP date), else `X-RateLimit-Reset` (UNIX seconds) − now;
 * undefined when neither header is usable. Negative waits become 0.
 * @example rateLimitWait({ 'retry-after': '2' }, 0) //=> { ms: 2000, source: 'Retry-After' }
 */
export function rateLimitWait(headers: Readonly<Record<string, string>>, nowMs: number): RateLimitWait | undefined {
    const retryAfter = headers['retry-after']?.trim()
    if (retryAfter !== undefined && retryAfter !== '') {
        if (/^\d+$/.test(retryAfter)) return { ms: Number(retryAfter) * 1000, source: 'Retry-After' }
        const date = Date.parse(retryAfter)
        if (!Number.isNaN(date)) return { ms: Math.max(0, date - nowMs), source: 'Retry-After' }
    }
    const reset = headers['x-ratelimit-reset']?.trim()
    if (reset !== undefined && /^\d+$/.test(reset)) {
        return { ms: Math.max(0, Number(reset) * 1000 - nowMs), source: 'X-RateLimit-Reset' }
    }
    return undefined
}

/**
 * Whether a method may be repeated blindly: GET/HEAD read, PUT/PATCH with the same body and DELETE end in the same
 * state. POST never: it may have committed (rest-contract.md §8, trap 1).
 * @example isIdempotent('POST') //=> false
 */
export function isIdempotent(method: string): boolean {
    return ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE'].includes(method.toUpperCase())
}

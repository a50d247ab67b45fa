/**
 * Fault injection for client contract tests (shared/platform/rest-contract.md §12.5): a plan of rules matched by
 * path prefix and method, firing for the next N matching requests and/or with a probability drawn from a seeded PRNG,
 * so that a run is reproducible.
 */

/** One injected behaviour. */
export type Fault =
    /** 429 + `Retry-After` (seconds) + `X-RateLimit-*`, refused before the engine runs. */
    | {
          readonly kind: 'rate_limit'
          readonly retryAfterSeconds: number
          /** `X-RateLimit-Limit` (requests per hour); 100 by default. */
          readonly limit?: number
          /** `X-RateLimit-Reset` as a UNIX timestamp; now + retryAfterSeconds by default. */
          readonly resetEpochSeconds?: number
          /** `X-RateLimit-Rule`; 'lab-fault' by default. */
          readonly rule?: string
      }
    /** 500 "Transaction cancelled: maximum execution time exceeded", sent after the engine ran (a POST has committed). */
    | { readonly kind: 'transaction_cancelled' }
    /** 200 with an `error` object and (by default) the first `keepRows` rows of the real result. */
    | {
          readonly kind: 'error_with_result'
          /** Rows of a list result to keep; half of them (rounded down) by default. */
          readonly keepRows?: number
          /** false: no `result` at all, `"status":"failure"` instead. true by default. */
          readonly withResult?: boolean
          readonly message?: string
          readonly detail?: string
      }
    /** 502 with an HTML body (load balancer). */
    | { readonly kind: 'bad_gateway'; readonly afterEngine?: boolean }
    /** 503 with an empty body. */
    | { readonly kind: 'unavailable'; readonly afterEngine?: boolean }
    /** The TCP connection is reset (RST) without any response. */
    | { readonly kind: 'socket_reset'; readonly afterEngine?: boolean }
    /** Waits before handling the request (combines with the other faults). */
    | { readonly kind: 'delay'; readonly ms: number }
    /** A list page holds at most `rows` rows; `Link` (and its rel="next") and `X-Total-Count` are unchanged. */
    | { readonly kind: 'short_page'; readonly rows: number }
    /** A list page holds no rows; `Link` and `X-Total-Count` are unchanged. */
    | { readonly kind: 'empty_page' }
    /** No `Link` header on list answers (`X-Total-Count` stays). */
    | { readonly kind: 'no_link_header' }

/** The kinds of fault. */
export type FaultKind = Fault['kind']

/** When and where a fault fires. */
export interface FaultRule {
    /** Path prefix the request path must start with, e.g. '/api/now/v2/table/incident' or '/api/'. */
    readonly path: string
    /** Upper-case HTTP methods; every method when absent. */
    readonly methods?: readonly string[]
    readonly fault: Fault
    /** Fire for the next N matching requests only; unlimited when absent. */
    readonly times?: number
    /** Fire with this probability (0..1), drawn from the plan's seeded PRNG; always when absent. */
    readonly probability?: number
}

/** A set of rules evaluated in order for every request (the `/lab/*` routes are never faulted). */
export interface FaultPlan {
    /** Seed of the PRNG behind `probability` (0 by default). */
    readonly seed?: number
    readonly rules: readonly FaultRule[]
}

/** A fault that replaces the answer (as opposed to delays and page modifiers). */
export type ReplacingFault = Extract<
    Fault,
    {
        kind:
            | 'rate_limit'
            | 'transaction_cancelled'
            | 'error_with_result'
            | 'bad_gateway'
            | 'unavailable'
            | 'socket_reset'
    }
>

/** What the plan decided for one request. */
export interface FaultDecision {
    /** Total delay in ms before handling. */
    readonly delayMs: number
    /** The first replacing fault that fired, if any (later replacing rules are not evaluated, nor consumed). */
    readonly replace?: ReplacingFault
    /** Row cap of a list page (smallest of the short/empty page faults that fired). */
    readonly rowCap?: number
    /** Whether the `Link` header is dropped. */
    readonly suppressLink: boolean
    /** Kinds that fired, for logs and the request hook. */
    readonly fired: readonly FaultKind[]
}

/** A rule of the active plan with its remaining count (`null` = unlimited). */
export interface FaultRuleState extends FaultRule {
    readonly remaining: number | null
}

/**
 * mulberry32: a small, fast, seedable PRNG; returns floats in [0, 1).
 * @example const next = seededRandom(1); next() //=> 0.6270739405881613
 */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0
    return () => {
        state = (state + 0x6d2b79f5) >>> 0
        let t = state
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

/** Whether a fault replaces the answer. */
export function isReplacingFault(fault: Fault): fault is ReplacingFault {
    return (
        fault.kind === 'rate_limit' ||
        fault.kind === 'transaction_cancelled' ||
        fault.kind === 'error_with_result' ||
        fault.kind === 'bad_gateway' ||
        fault.kind === 'unavailable' ||
        fault.kind === 'socket_reset'
    )
}

/** Whether a replacing fault lets the request reach the engine first (committed-then-failed). */
export function runsEngineFirst(fault: ReplacingFault): boolean {
    switch (fault.kind) {
        case 'transaction_cancelled':
        case 'error_with_result':
            return true
        case 'rate_limit':
            return false
        case 'bad_gateway':
        case 'unavailable':
        case 'socket_reset':
            return fault.afterEngine === true
    }
}

/** The active plan with its counters and PRNG; `decide` is called once per (faultable) request. */
export class FaultInjector {
    private rules: { rule: FaultRule; remaining: number | null }[] = []
    private seed = 0
    private random: () => number = seededRandom(0)

    /** Replaces the plan (counters and PRNG restart); undefined clears it. */
    set(plan: FaultPlan | undefined): void {
        this.seed = plan?.seed ?? 0
        this.random = seededRandom(this.seed)
        this.rules = (plan?.rules ?? []).map((rule) => ({ rule, remaining: rule.times ?? null }))
    }

    /** The active plan with the remaining count of each rule. */
    state(): { readonly seed: number; readonly rules: readonly FaultRuleState[] } {
        return { seed: this.seed, rules: this.rules.map(({ rule, remaining }) => ({ ...rule, remaining })) }
    }

    /** Evaluates the rules in order for one request and consumes the ones that fire. */
    decide(method: string, path: string): FaultDecision {
        let delayMs = 0
        let replace: ReplacingFault | undefined
        let rowCap: number | undefined
        let suppressLink = false
        const fired: FaultKind[] = []
        for (const entry of this.rules) {
            const { rule } = entry
            if (!path.startsWith(rule.path)) continue
            if (rule.methods !== undefined && !rule.methods.includes(method)) continue
            if (entry.remaining !== null && entry.remaining <= 0) continue
            const { fault } = rule
            if (isReplacingFault(fault) && replace !== undefined) continue
            if (rule.probability !== undefined && !(this.random() < rule.probability)) continue
            if (entry.remaining !== null) entry.remaining -= 1
            fired.push(fault.kind)
            if (isReplacingFault(fault)) replace = fault
            else if (fault.kind === 'delay') delayMs += fault.ms
            else if (fault.kind === 'short_page') rowCap = Math.min(rowCap ?? fault.rows, fault.rows)
            else if (fault.kind === 'empty_page') rowCap = 0
            else suppressLink = true
        }
        return {
            delayMs,
            ...(replace === undefined ? {} : { replace }),
            ...(rowCap === undefined ? {} : { rowCap }),
            suppressLink,
            fired,
        }
    }
}

type Check = { ok: true; plan: FaultPlan } | { ok: false; message: string }

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function nonNegative(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
}

function nonNegativeInteger(value: unknown): value is number {
    return nonNegative(value) && Number.isInteger(value)
}

function optional(value: unknown, check: (v: unknown) => boolean): boolean {
    return value === undefined || check(value)
}

function checkFault(value: unknown): string | undefined {
    if (!isRecord(value)) return 'fault must be an object'
    switch (value['kind']) {
        case 'rate_limit':
            if (!nonNegativeInteger(value['retryAfterSeconds']))
                return 'rate_limit.retryAfterSeconds must be an integer ≥ 0'
            if (!optional(value['limit'], nonNegativeInteger)) return 'rate_limit.limit must be an integer ≥ 0'
            if (!optional(value['resetEpochSeconds'], nonNegativeInteger))
                return 'rate_limit.resetEpochSeconds must be an integer ≥ 0'
            if (!optional(value['rule'], (v) => typeof v === 'string')) return 'rate_limit.rule must be a string'
            return undefined
        case 'transaction_cancelled':
        case 'empty_page':
        case 'no_link_header':
            return undefined
        case 'error_with_result':
            if (!optional(value['keepRows'], nonNegativeInteger))
                return 'error_with_result.keepRows must be an integer ≥ 0'
            if (!optional(value['withResult'], (v) => typeof v === 'boolean'))
                return 'error_with_result.withResult must be a boolean'
            if (!optional(value['message'], (v) => typeof v === 'string'))
                return 'error_with_result.message must be a string'
            if (!optional(value['detail'], (v) => typeof v === 'string'))
                return 'error_with_result.detail must be a string'
            return undefined
        case 'bad_gateway':
        case 'unavailable':
        case 'socket_reset':
            if (!optional(value['afterEngine'], (v) => typeof v === 'boolean')) return 'afterEngine must be a boolean'
            return undefined
        case 'delay':
            return nonNegative(value['ms']) ? undefined : 'delay.ms must be a number ≥ 0'
        case 'short_page':
            return nonNegativeInteger(value['rows']) ? undefined : 'short_page.rows must be an integer ≥ 0'
        default:
            return `unknown fault kind ${JSON.stringify(value['kind'])}`
    }
}

/**
 * Validates an untrusted fault plan (the body of `POST /lab/faults`).
 * @example parseFaultPlan({ rules: [{ path: '/api/', fault: { kind: 'unavailable' }, times: 1 }] }).ok //=> true
 */
export function parseFaultPlan(value: unknown): Check {
    if (!isRecord(value)) return { ok: false, message: 'the plan must be an object { seed?, rules }' }
    if (!optional(value['seed'], (v) => typeof v === 'number' && Number.isInteger(v)))
        return { ok: false, message: 'seed must be an integer' }
    const rules = value['rules']
    if (!Array.isArray(rules)) return { ok: false, message: 'rules must be an array' }
    for (const [index, rule] of rules.entries()) {
        const at = `rules[${index}]`
        if (!isRecord(rule)) return { ok: false, message: `${at} must be an object` }
        if (typeof rule['path'] !== 'string' || !rule['path'].startsWith('/'))
            return { ok: false, message: `${at}.path must be a path prefix starting with /` }
        const methods = rule['methods']
        if (
            methods !== undefined &&
            !(Array.isArray(methods) && methods.every((m) => typeof m === 'string' && m === m.toUpperCase()))
        )
            return { ok: false, message: `${at}.methods must be an array of upper-case methods` }
        if (!optional(rule['times'], nonNegativeInteger))
            return { ok: false, message: `${at}.times must be an integer ≥ 0` }
        if (!optional(rule['probability'], (v) => nonNegative(v) && (v as number) <= 1))
            return { ok: false, message: `${at}.probability must be between 0 and 1` }
        const problem = checkFault(rule['fault'])
        if (problem !== undefined) return { ok: false, message: `${at}.${problem}` }
    }
    return { ok: true, plan: value as unknown as FaultPlan }
}

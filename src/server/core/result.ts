/** An expected failure: a stable code and a message a user can act on. */
export interface Failure {
    readonly code: string
    readonly message: string
    /** The field the failure is about, when there is one. */
    readonly field?: string
}

/** Expected failures are returned, never thrown (the engine forbids Error subclasses). */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure }

/** @example ok(3) //=> { ok: true, value: 3 } */
export function ok<T>(value: T): Result<T> {
    return { ok: true, value }
}

/** @example fail('MONEY.NEGATIVE', 'Amount must not be negative') //=> { ok: false, error: { code, message } } */
export function fail<T = never>(code: string, message: string, field?: string): Result<T> {
    return { ok: false, error: field === undefined ? { code, message } : { code, message, field } }
}

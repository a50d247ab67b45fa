/**
 * Tolerant readers for JSON answers: the views get typed values (numbers as numbers, missing as null) whatever
 * small liberties an answer takes (a number sent as a string, a field left out).
 */

export type Json = Readonly<Record<string, unknown>>

/** The value as an object ({} otherwise). */
export function obj(value: unknown): Json {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {}
}

/** The value as an array ([] otherwise). */
export function arr(value: unknown): readonly unknown[] {
    return Array.isArray(value) ? value : []
}

/** The first of the named fields that is present (not undefined or null). */
export function pick(o: Json, ...names: readonly string[]): unknown {
    for (const name of names) {
        const v = o[name]
        if (v !== undefined && v !== null) return v
    }
    return undefined
}

/**
 * A string ('' or the fallback when absent).
 * @example str(12) //=> '12'
 */
export function str(value: unknown, fallback = ''): string {
    if (typeof value === 'string') return value
    if (typeof value === 'number' && Number.isFinite(value)) return String(value)
    const display = obj(value)['display_value'] ?? obj(value)['value']
    return typeof display === 'string' ? display : fallback
}

/**
 * A finite number, or null (numeric strings are read too).
 * @example num('12.5') //=> 12.5
 * @example num('') //=> null
 */
export function num(value: unknown): number | null {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null
    if (typeof value === 'string' && value.trim() !== '') {
        const n = Number(value)
        return Number.isFinite(n) ? n : null
    }
    return null
}

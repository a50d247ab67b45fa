/**
 * Deterministic identity and randomness for the demo data set: sys_ids derived from natural keys, and a small
 * seeded PRNG (mulberry32) so generated fixtures are the same on every run and every machine.
 */
import { createHash } from 'node:crypto'

/** Mixed into every hash so demo ids never equal ids another tool derives from the same natural key. */
const NAMESPACE = 'x_itvc_value.demo'

function sha256(text: string): Buffer {
    return createHash('sha256').update(text, 'utf8').digest()
}

/**
 * The sys_id of a demo record: 32 lowercase hex chars from sha256 over the table and the natural key. The key is used
 * verbatim (the CSV's double spaces included), so `'Opened by  8'` and `'Opened by 8'` are different records.
 * @param table - table name, e.g. `'sys_user'`
 * @param key - natural key, e.g. `'Caller 2403'`, `'INC0000045'` or a demo user's user_name
 * @returns the sys_id
 * @example demoSysId('sys_user', 'Caller 2403') //=> a 32-char hex string, the same on every run
 */
export function demoSysId(table: string, key: string): string {
    return sha256(`${NAMESPACE}\u0000${table}\u0000${key}`).toString('hex').slice(0, 32)
}

/**
 * A 32-bit seed from a text key (first 4 bytes of sha256), so each generated record gets its own stream and adding a
 * record never changes the values of the others.
 * @example seedOf('dmn_demand:DMND0001001') //=> an unsigned 32-bit integer
 */
export function seedOf(key: string): number {
    return sha256(`${NAMESPACE}\u0000seed\u0000${key}`).readUInt32BE(0)
}

/**
 * mulberry32: a tiny, fast 32-bit PRNG. Returns a function yielding floats in [0, 1).
 * @example const next = mulberry32(42); next() //=> 0.6011037519201636 (always)
 */
export function mulberry32(seed: number): () => number {
    let state = seed >>> 0
    return () => {
        state = (state + 0x6d2b79f5) >>> 0
        let t = state
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

/** Convenience draws over one mulberry32 stream. */
export interface Prng {
    /** A float in [0, 1). */
    next(): number
    /** A float in [min, max). */
    range(min: number, max: number): number
    /** An integer in [min, max] (both inclusive). */
    int(min: number, max: number): number
    /** True with probability p. */
    chance(p: number): boolean
    /** One element of a non-empty list. */
    pick<T>(items: readonly T[]): T
    /** One key of a weight table (weights > 0), chosen proportionally; keys are visited in insertion order. */
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K
}

/**
 * A PRNG seeded from a text key.
 * @example prng('demo').int(1, 6) //=> the same die roll on every run
 */
export function prng(key: string): Prng {
    const next = mulberry32(seedOf(key))
    const range = (min: number, max: number): number => min + (max - min) * next()
    return {
        next,
        range,
        int: (min, max) => Math.min(max, Math.floor(range(min, max + 1))),
        chance: (p) => next() < p,
        pick: <T>(items: readonly T[]): T => {
            if (items.length === 0) throw new Error('prng.pick: empty list')
            return items[Math.min(items.length - 1, Math.floor(next() * items.length))] as T
        },
        weighted: <K extends string>(weights: Readonly<Record<K, number>>): K => {
            const entries = Object.entries(weights) as [K, number][]
            const total = entries.reduce((sum, [, w]) => sum + w, 0)
            let roll = next() * total
            for (const [key, w] of entries) {
                roll -= w
                if (roll < 0) return key
            }
            const last = entries[entries.length - 1]
            if (!last) throw new Error('prng.weighted: empty weight table')
            return last[0]
        },
    }
}

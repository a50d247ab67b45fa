/** The shape of an itvc command and small helpers for reading its options. */
import type { CommandContext } from './context.ts'
import { ItvcError } from './http/errors.ts'

/** An option as `node:util` parseArgs declares it. */
export interface OptionSpec {
    readonly type: 'string' | 'boolean'
    readonly short?: string
    /** One line of help: `--period LABEL  fiscal period (default: the latest)`. */
    readonly help: string
}

/** Parsed option values. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>

/** One command (`itvc benefits export …`). */
export interface Command {
    /** Words that select it: `['benefits', 'export']`. */
    readonly path: readonly string[]
    /** `benefits export [--project NUMBER|--portfolio NAME] --out FILE` */
    readonly synopsis: string
    readonly summary: string
    readonly options: Readonly<Record<string, OptionSpec>>
    /** Positional arguments allowed: [min, max]. */
    readonly positionals?: readonly [number, number]
    /** Returns the exit code. */
    run(ctx: CommandContext, values: OptionValues, positionals: readonly string[]): Promise<number>
}

/**
 * A string option's value (undefined when absent).
 * @example stringOption({ out: 'a.csv' }, 'out') //=> 'a.csv'
 */
export function stringOption(values: OptionValues, name: string): string | undefined {
    const v = values[name]
    return typeof v === 'string' ? v : undefined
}

/**
 * A required string option.
 * @example requiredOption({ out: 'a.csv' }, 'out') //=> 'a.csv'
 */
export function requiredOption(values: OptionValues, name: string): string {
    const v = stringOption(values, name)
    if (v === undefined || v === '') throw new ItvcError('USAGE', `--${name} is required`)
    return v
}

/**
 * An integer option within bounds (its default when absent).
 * @example intOption({ top: '5' }, 'top', 20, 1, 500) //=> 5
 */
export function intOption(values: OptionValues, name: string, fallback: number, min: number, max: number): number {
    const raw = stringOption(values, name)
    if (raw === undefined) return fallback
    const n = /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN
    if (!Number.isSafeInteger(n) || n < min || n > max)
        throw new ItvcError('USAGE', `--${name} must be an integer from ${min} to ${max}, not '${raw}'`)
    return n
}

/**
 * A choice option (its default when absent).
 * @example choiceOption({ dimension: 'portfolio' }, 'dimension', ['all', 'portfolio'], 'all') //=> 'portfolio'
 */
export function choiceOption<T extends string>(
    values: OptionValues,
    name: string,
    choices: readonly T[],
    fallback: T
): T {
    const raw = stringOption(values, name)
    if (raw === undefined) return fallback
    if ((choices as readonly string[]).includes(raw)) return raw as T
    throw new ItvcError('USAGE', `--${name} must be one of ${choices.join(', ')}, not '${raw}'`)
}

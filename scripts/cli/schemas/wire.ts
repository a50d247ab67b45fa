/**
 * zod building blocks for values as the Table API sends them (rest-contract.md §3, §4): every value is a string,
 * `""` is empty, references arrive as `{link, value}`, and with `sysparm_display_value=all` every field is a
 * `{display_value, value}` pair. The CLI coerces at the edge and never compares numbers as strings.
 */
import { z } from 'zod'

/**
 * The raw value of a field in any display mode: a plain string, `{value, link}`, `{display_value, value, link}`, or
 * `{display_value, link}` (display mode `true`, which has no raw value: the label is used).
 * @example rawValue({ display_value: '2 - High', value: '2' }) //=> '2'
 */
export function rawValue(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
    if ('value' in value) return (value as { value: unknown }).value
    if ('display_value' in value) return (value as { display_value: unknown }).display_value
    return value
}

/**
 * The label of a field: `display_value` of a pair or reference, else the value itself.
 * @example displayValue({ display_value: 'Caller 2403', link: 'https://…' }) //=> 'Caller 2403'
 */
export function displayValue(value: unknown): unknown {
    if (typeof value === 'object' && value !== null && 'display_value' in value)
        return (value as { display_value: unknown }).display_value
    return value
}

/** A text field (any display mode). */
export const snString = z.preprocess(rawValue, z.string())

/** A text field where `""` means null. */
export const snOptionalString = z.preprocess(
    rawValue,
    z.string().transform((s) => (s === '' ? null : s))
)

/** A number sent as a string (`"1234.50"`); `""` is null, anything else that is not a finite number is an issue. */
export const snNumber = z.preprocess(
    rawValue,
    z.union([z.string(), z.number()]).transform((s, ctx): number | null => {
        if (typeof s === 'number') return s
        if (s.trim() === '') return null
        const n = Number(s)
        if (!Number.isFinite(n)) {
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a number: ${JSON.stringify(s)}` })
            return z.NEVER
        }
        return n
    })
)

/** An integer sent as a string; `""` is null. */
export const snInteger = snNumber.refine((n) => n === null || Number.isInteger(n), { message: 'not an integer' })

/** A boolean sent as `"true"`/`"false"` (`Boolean("false")` is true, so never coerce with Boolean); `""` is null. */
export const snBoolean = z.preprocess(
    rawValue,
    z.union([z.boolean(), z.enum(['true', 'false', ''])]).transform((s): boolean | null => {
        if (typeof s === 'boolean') return s
        return s === '' ? null : s === 'true'
    })
)

const GLIDE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/
const GLIDE_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A UTC date-time `yyyy-MM-dd HH:mm:ss`, returned as an ISO string (`2026-01-31T10:00:00.000Z`); `""` is null. */
export const snDateTime = z.preprocess(
    rawValue,
    z.string().transform((s, ctx): string | null => {
        if (s === '') return null
        const m = GLIDE_DATE_TIME.exec(s)
        const ms = m === null ? Number.NaN : Date.parse(`${s.replace(' ', 'T')}Z`)
        if (Number.isNaN(ms)) {
            ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a UTC date-time yyyy-MM-dd HH:mm:ss: ${s}` })
            return z.NEVER
        }
        return new Date(ms).toISOString()
    })
)

/** A date `yyyy-MM-dd`; `""` is null. */
export const snDate = z.preprocess(
    rawValue,
    z
        .string()
        .refine((s) => s === '' || (GLIDE_DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))), {
            message: 'not a date yyyy-MM-dd',
        })
        .transform((s) => (s === '' ? null : s))
)

/** A reference: the sys_id from a plain string or a `{link, value}` object; `""` is null. */
export const snReference = z.preprocess(
    rawValue,
    z.string().transform((s) => (s === '' ? null : s))
)

/** A sys_id. */
export const sysId = z.string().regex(/^[0-9a-f]{32}$/, 'not a sys_id (32 hex characters)')

/**
 * A field read with `sysparm_display_value=all`: the coerced raw value plus its label.
 * @example pair(snNumber).parse({ display_value: '2 - High', value: '2' }) //=> { value: 2, display: '2 - High' }
 */
export function pair<T extends z.ZodTypeAny>(
    inner: T
): z.ZodEffects<z.ZodUnknown, { value: z.output<T>; display: string }> {
    return z.unknown().transform((v, ctx) => {
        const value = inner.safeParse(v)
        if (!value.success) {
            for (const issue of value.error.issues) ctx.addIssue(issue)
            return z.NEVER
        }
        const label = displayValue(v)
        return { value: value.data as z.output<T>, display: typeof label === 'string' ? label : String(label ?? '') }
    })
}

/** A Table API list answer `{"result":[…]}`. */
export const TableList = z.object({ result: z.array(z.record(z.unknown())) })

/** A Table API single-record answer `{"result":{…}}`. */
export const TableRecord = z.object({ result: z.record(z.unknown()) })

/** A Scripted REST answer: the handler's value wrapped in `{"result": …}` (rest-contract.md §11). */
export function wrapped<T extends z.ZodTypeAny>(inner: T): z.ZodObject<{ result: T }> {
    return z.object({ result: inner })
}

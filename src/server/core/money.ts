/**
 * Exact money: amounts are integer minor units (cents). Parsing and formatting go through decimal strings, so
 * 0.1 + 0.2 is 30 cents, never 0.30000000000000004. Values beyond Number.MAX_SAFE_INTEGER cents (about 90 trillion
 * in a 2-decimal currency) are refused rather than silently rounded.
 */
import type { Result } from './result.ts'
import { fail, ok } from './result.ts'

/** An amount in cents (integer). */
export type Cents = number

const DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/

/**
 * Parses a decimal string (as Glide stores a decimal or currency field) into cents, rounding half away from zero
 * beyond the second decimal. Empty input is `null` (no value entered).
 * @example parseCents('12.345') //=> { ok: true, value: 1235 }
 * @example parseCents('') //=> { ok: true, value: null }
 */
export function parseCents(input: string | null | undefined, field?: string): Result<Cents | null> {
    const text = (input ?? '').trim().replace(/,/g, '')
    if (text === '') return ok(null)
    const m = DECIMAL.exec(text)
    if (!m) return fail('MONEY.NOT_A_NUMBER', `"${input}" is not an amount`, field)
    const sign = m[1] === '-' ? -1 : 1
    const whole = m[2] ?? '0'
    const frac = (m[3] ?? '').padEnd(3, '0')
    let cents = Number(whole) * 100 + Number(frac.slice(0, 2))
    if (Number(frac[2]) >= 5) cents += 1
    if (!Number.isSafeInteger(cents)) return fail('MONEY.TOO_LARGE', `"${input}" is too large an amount`, field)
    return ok(sign * cents === 0 ? 0 : sign * cents)
}

/**
 * Formats cents as a plain decimal string with two decimals (the stored form).
 * @example formatCents(30) //=> '0.30'
 * @example formatCents(-1205) //=> '-12.05'
 */
export function formatCents(cents: Cents): string {
    const sign = cents < 0 ? '-' : ''
    const abs = Math.abs(Math.round(cents))
    const whole = Math.floor(abs / 100)
    const frac = String(abs % 100).padStart(2, '0')
    return `${sign}${whole}.${frac}`
}

/**
 * Converts a float (a computed amount such as hours × rate) to cents, rounding half away from zero. The
 * float is first rounded to 6 decimals to absorb binary representation error (2.675 stays 268 cents).
 * @example toCents(0.1 + 0.2) //=> 30
 */
export function toCents(amount: number): Cents {
    const micro = Math.round(amount * 1e6)
    const sign = micro < 0 ? -1 : 1
    const cents = Math.floor((Math.abs(micro) + 5000) / 10000)
    return sign * cents === 0 ? 0 : sign * cents
}

/**
 * Multiplies an amount in cents by a factor (hours, a rate, a share) and rounds half away from zero.
 * @example multiplyCents(5000, 1.5) //=> 7500
 */
export function multiplyCents(cents: Cents, factor: number): Cents {
    return toCents((cents * factor) / 100)
}

/**
 * Splits a total into n parts that add up exactly; each part is the even share rounded down, the remainder
 * goes to the last part.
 * @example splitCents(10000, 3) //=> [3333, 3333, 3334]
 */
export function splitCents(total: Cents, parts: number): Cents[] {
    if (!Number.isInteger(parts) || parts <= 0) return []
    const share = total >= 0 ? Math.floor(total / parts) : Math.ceil(total / parts)
    const out: Cents[] = new Array<Cents>(parts).fill(share)
    out[parts - 1] = total - share * (parts - 1)
    return out
}

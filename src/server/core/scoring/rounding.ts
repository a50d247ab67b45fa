/**
 * Decimal-safe rounding for scores. `Math.round(x * 100) / 100` turns 1.005 into 1 because 1.005 × 100 is
 * 100.49999999999999 in binary; here the value is shifted by its decimal string instead, so 1.005 rounds to 1.01.
 */

/**
 * Rounds half away from zero ("half-up") to `decimals` places, treating the value as the decimal it prints as.
 * Binary noise from arithmetic is absorbed first by keeping 12 significant digits (more for large values), so a
 * computed 1.0049999999999999 is 1.005 and rounds to 1.01. Non-finite values are returned unchanged; -0 becomes 0.
 * @example roundHalfUp(1.005) //=> 1.01
 * @example roundHalfUp(2.675) //=> 2.68
 * @example roundHalfUp(-0.125) //=> -0.13
 * @example roundHalfUp(7.25, 1) //=> 7.3
 */
export function roundHalfUp(value: number, decimals = 2): number {
    if (!Number.isFinite(value) || value === 0) return Number.isFinite(value) ? 0 : value
    const magnitude = Math.abs(value)
    if (magnitude >= 1e15) return value
    const integerDigits = magnitude >= 1 ? Math.floor(Math.log10(magnitude)) + 1 : 0
    const precision = Math.min(15, Math.max(12, integerDigits + decimals + 1))
    const [mantissa, exponent] = Number(magnitude.toPrecision(precision)).toExponential().split('e')
    const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`))
    const rounded = Number(`${scaled}e-${decimals}`)
    if (rounded === 0) return 0
    return value < 0 ? -rounded : rounded
}

/**
 * Prints a number for a user message without binary noise.
 * @example formatNumber(0.1 + 0.2) //=> '0.3'
 */
export function formatNumber(value: number): string {
    return Number.isFinite(value) ? String(Number(value.toPrecision(12))) : String(value)
}

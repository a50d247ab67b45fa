/**
 * Exact percentages of integer amounts (cents), to 2 decimals, rounded half away from zero ("half up" on the
 * magnitude: 12.345 % → 12.35 %, −12.345 % → −12.35 %). Computed by long division on integers, so no binary
 * representation error can tip a half (1/8 is exactly 12.5 %, 1/3 is 33.33 %, 2/3 is 66.67 %).
 */

/**
 * `part / whole × 100`, to 2 decimals, rounded half away from zero; `null` when `whole` is 0. Both arguments are
 * integers (cents); exact for magnitudes up to about 9 × 10^14.
 * @example percentOf(1, 3) //=> 33.33
 * @example percentOf(1, 8) //=> 12.5
 * @example percentOf(5, 0) //=> null
 */
export function percentOf(part: number, whole: number): number | null {
    if (whole === 0 || !Number.isFinite(part) || !Number.isFinite(whole)) return null
    const negative = part < 0 !== whole < 0
    const a = Math.abs(part)
    const b = Math.abs(whole)
    let units = Math.floor(a / b)
    let rest = a - units * b
    // Float division can land one off near the integer boundary; the remainder tells.
    if (rest < 0) {
        units -= 1
        rest += b
    } else if (rest >= b) {
        units += 1
        rest -= b
    }
    // Four decimal digits of the ratio are two decimals of the percentage.
    let scaled = units
    for (let i = 0; i < 4; i++) {
        rest *= 10
        const digit = Math.floor(rest / b)
        rest -= digit * b
        scaled = scaled * 10 + digit
    }
    if (rest * 2 >= b) scaled += 1
    if (scaled === 0) return 0
    return (negative ? -scaled : scaled) / 100
}

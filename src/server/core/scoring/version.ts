/** Model versions: a result's breakdown records the version it was scored against. */

/**
 * The version after `version`: versions are whole numbers from 1. Raise it whenever a model's criteria change
 * (weights, ranges, directions, roles, added or removed criteria), so stored breakdowns stay explainable. A
 * missing or invalid version (empty, not a number, below 1) starts at 1; a fraction is rounded down first.
 * Accepts the string Glide returns for an integer column.
 * @example nextModelVersion(3) //=> 4
 * @example nextModelVersion('7') //=> 8
 * @example nextModelVersion(null) //=> 1
 */
export function nextModelVersion(version: number | string | null | undefined): number {
    const current = typeof version === 'string' ? (version.trim() === '' ? NaN : Number(version)) : version
    if (typeof current !== 'number' || !Number.isFinite(current) || current < 1) return 1
    return Math.floor(current) + 1
}

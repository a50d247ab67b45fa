/**
 * UTC date helpers for the demo data set. Glide stores date-times as UTC `yyyy-MM-dd HH:mm:ss` and dates as
 * `yyyy-MM-dd`; everything here works on epoch milliseconds and never reads the clock or the machine's zone.
 */

/** One minute, hour and day in milliseconds. */
export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

const CSV_DATE_TIME = /^(\d{2})-(\d{2})-(\d{4}) (\d{2}):(\d{2})$/
const GLIDE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
    const ms = Date.UTC(year, month - 1, day, hour, minute, second)
    const d = new Date(ms)
    const valid =
        d.getUTCFullYear() === year &&
        d.getUTCMonth() === month - 1 &&
        d.getUTCDate() === day &&
        d.getUTCHours() === hour &&
        d.getUTCMinutes() === minute &&
        d.getUTCSeconds() === second
    return valid ? ms : null
}

/**
 * Parses the event log's `dd-mm-yyyy HH:MM` (no zone: read as UTC) into epoch ms; `null` when malformed or impossible.
 * @example parseCsvDateTime('29-02-2016 01:16') //=> 1456708560000
 * @example parseCsvDateTime('30-02-2016 01:16') //=> null
 */
export function parseCsvDateTime(text: string): number | null {
    const m = CSV_DATE_TIME.exec(text)
    if (!m) return null
    return utc(Number(m[3]), Number(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), 0)
}

/**
 * Parses a Glide date-time (`yyyy-MM-dd HH:mm:ss`, UTC) into epoch ms; `null` when malformed.
 * @example parseGlideDateTime('2016-02-29 01:16:00') //=> 1456708560000
 */
export function parseGlideDateTime(text: string): number | null {
    const m = GLIDE_DATE_TIME.exec(text)
    if (!m) return null
    return utc(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}

/**
 * Formats epoch ms as a Glide date-time, UTC.
 * @example formatGlideDateTime(1456708560000) //=> '2016-02-29 01:16:00'
 */
export function formatGlideDateTime(ms: number): string {
    return new Date(ms).toISOString().slice(0, 19).replace('T', ' ')
}

/**
 * Formats epoch ms as a Glide date (the UTC calendar day).
 * @example formatGlideDate(1456708560000) //=> '2016-02-29'
 */
export function formatGlideDate(ms: number): string {
    return new Date(ms).toISOString().slice(0, 10)
}

/**
 * Rounds epoch ms down to the whole minute, so shifted CSV times keep `:00` seconds.
 * @example floorToMinute(Date.UTC(2026, 0, 1, 10, 30, 59, 999)) //=> Date.UTC(2026, 0, 1, 10, 30)
 */
export function floorToMinute(ms: number): number {
    return Math.floor(ms / MINUTE_MS) * MINUTE_MS
}

/** Paging of the ranking endpoint (`?limit=&offset=`), parsed from query-string text. */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/**
 * One page of a ranking: at most `limit` demands starting after `offset` ranked ones.
 * @example const page: Page = { limit: 20, offset: 40 }
 */
export interface Page {
    readonly limit: number
    readonly offset: number
}

/**
 * 20 demands per page unless asked otherwise; never more than 100.
 * @example RANKING_PAGE.maxLimit //=> 100
 */
export const RANKING_PAGE = { defaultLimit: 20, maxLimit: 100 } as const

function wholeNumber(text: string | null | undefined): number | null | undefined {
    const t = typeof text === 'string' ? text.trim() : ''
    if (t === '') return undefined
    return /^\d{1,9}$/.test(t) ? Number(t) : null
}

/**
 * Parses `limit` (1–100, default 20) and `offset` (0 or more, default 0). Anything else fails with
 * `SCORING.PAGE_INVALID` naming the parameter.
 * @example parsePage('10', '30') //=> { ok: true, value: { limit: 10, offset: 30 } }
 * @example parsePage(undefined, undefined) //=> { ok: true, value: { limit: 20, offset: 0 } }
 * @example parsePage('500', '0')
 * //=> { ok: false, error: { code: 'SCORING.PAGE_INVALID', field: 'limit',
 * //     message: 'limit must be a whole number from 1 to 100, not "500"' } }
 */
export function parsePage(limit: string | null | undefined, offset: string | null | undefined): Result<Page> {
    const l = wholeNumber(limit)
    if (l === null || (l !== undefined && (l < 1 || l > RANKING_PAGE.maxLimit))) {
        return fail(
            'SCORING.PAGE_INVALID',
            `limit must be a whole number from 1 to ${RANKING_PAGE.maxLimit}, not "${String(limit).trim()}"`,
            'limit'
        )
    }
    const o = wholeNumber(offset)
    if (o === null) {
        return fail(
            'SCORING.PAGE_INVALID',
            `offset must be a whole number from 0, not "${String(offset).trim()}"`,
            'offset'
        )
    }
    return ok({ limit: l ?? RANKING_PAGE.defaultLimit, offset: o ?? 0 })
}

/**
 * The one `javascript:` value the lab evaluates: `javascript:gs.getUserID()`, the platform's "is (dynamic) Me"
 * idiom (`owner=javascript:gs.getUserID()`), as the whole value of an `=` or `!=` term. The lab's engine resolves it
 * to the session user's sys_id before it parses a query (GlideRecord queries, rule filters, ACL conditions); the
 * parser itself still refuses every `javascript:` value, so anything else (`gs.daysAgoStart(7)`, an IN list holding
 * the call, `gs.getUser().getID()`, ...) stays "not supported in the lab".
 */

/** The dynamic value, spelled exactly as the platform's condition builder writes it. */
export const DYNAMIC_ME = 'javascript:gs.getUserID()'

/** What a dynamic value resolves against. */
export interface DynamicContext {
    /** sys_id of the session user. */
    readonly userId: string
}

const FIELD = '[a-z0-9_]+(?:\\.[a-z0-9_]+)*'
const ME_TERM = new RegExp(`^(${FIELD})(!?=)${DYNAMIC_ME.replace(/[.()]/g, '\\$&')}$`)

/**
 * Replaces `javascript:gs.getUserID()` by the session user's sys_id where it is the whole value of an `=` or `!=`
 * term; every other segment is returned untouched (so the parser still refuses other `javascript:` values).
 * Segment prefixes are read as the parser reads them: `NQ` first, then `OR`.
 * @example resolveDynamicValues('active=true^owner=javascript:gs.getUserID()', { userId: 'u1' }) //=> 'active=true^owner=u1'
 * @example resolveDynamicValues('stateINjavascript:gs.getUserID()', { userId: 'u1' }) //=> 'stateINjavascript:gs.getUserID()'
 */
export function resolveDynamicValues(encoded: string, context: DynamicContext): string {
    if (!encoded.includes(DYNAMIC_ME)) return encoded
    return encoded
        .split('^')
        .map((raw) => {
            let segment = raw
            let prefix = ''
            if (segment.startsWith('NQ')) {
                prefix += 'NQ'
                segment = segment.slice(2)
            }
            if (segment.startsWith('OR') && !segment.startsWith('ORDERBY')) {
                prefix += 'OR'
                segment = segment.slice(2)
            }
            const m = ME_TERM.exec(segment)
            return m ? `${prefix}${m[1]}${m[2]}${context.userId}` : raw
        })
        .join('^')
}

/**
 * The value of a programmatic term (`addQuery(field, op, value)`): the session user's sys_id for
 * `javascript:gs.getUserID()` with `=` or `!=`, the value itself otherwise.
 * @example resolveDynamicValue('=', 'javascript:gs.getUserID()', { userId: 'u1' }) //=> 'u1'
 */
export function resolveDynamicValue(op: string, value: string, context: DynamicContext): string {
    return value === DYNAMIC_ME && (op === '=' || op === '!=') ? context.userId : value
}

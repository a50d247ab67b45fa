/**
 * Encoded-query parser (shared/platform/glide-and-queries.md §1) and programmatic term builders.
 *
 * Lexing rules:
 * - the query is split on `^`; a segment is `NQ…` (new query), `OR…` (OR with the previous term), `EQ` (end marker,
 *   ignored), `ORDERBY<field>` / `ORDERBYDESC<field>`, or a term; empty segments are ignored;
 * - a term is `<field><OPERATOR><value>`; field names are lowercase dictionary names (`[a-z0-9_]`, `.` for
 *   dot-walks), which is what lets an uppercase operator follow them with no separator;
 * - operators are matched longest first; tokens the platform has but the lab does not evaluate always throw
 *   `QUERY.UNSUPPORTED` ("not supported in the lab: ..."), in both modes: the lab never guesses.
 *
 * Modes: `strict` throws `QUERY.INVALID_TERM` on a term it cannot read; `instance` drops it, as an instance does. A term
 * dropped from an OR group disappears; a query whose terms were all dropped matches everything (and so does the whole
 * query then). `NOTLIKE` (the SDK guide's spelling) is refused in strict mode and read as `NOT LIKE` in instance mode.
 */
import { NO_VALUE_OPERATORS, OPERATORS, QueryError } from './ast.ts'
import type { AndQuery, Operator, OrderKey, QueryAst, QueryErrorCode, Term } from './ast.ts'
import type { QueryMode } from './types.ts'

const FIELD_PREFIX = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*/
const FIELD_PATH = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/

/** Platform tokens the lab refuses, checked right after the field name (before the supported operators). */
const UNSUPPORTED_OPERATOR =
    /^(?:INSTANCEOF|IN_HIERARCHY(?:_DYNAMIC)?|(?:GT_OR_EQUALS|LT_OR_EQUALS|GT|LT)_FIELD|RELATIVE[A-Z]*|NOTON|ON|DATEPART|MORETHAN|LESSTHAN|DYNAMIC|VALCHANGES|CHANGESFROM|CHANGESTO)/

/** One-character aliases: `*` (LIKE), `!*` (NOT LIKE), `%` (ENDSWITH). */
const ALIAS_OPERATOR = /^(?:!\*|\*|%)/

const JAVASCRIPT_VALUE = /(?:^|[@,])\s*javascript:/i

/** Supported operators, longest first so `ISNOTEMPTY` wins over `IN` and `<=` over `<`. */
const LEXED_OPERATORS: readonly Operator[] = [...OPERATORS].sort((a, b) => b.length - a.length)

function unsupported(what: string, source: string): QueryError {
    return new QueryError('QUERY.UNSUPPORTED', `not supported in the lab: ${what} (in '${source}')`)
}

/** Throws in strict mode, returns null (drop the term) in instance mode. */
function dropOrThrow(mode: QueryMode, code: QueryErrorCode, message: string): null {
    if (mode === 'strict') throw new QueryError(code, message)
    return null
}

/**
 * Checks the value rules of one term (shared by the parser and the builders); throws QUERY.UNSUPPORTED for
 * `javascript:` values and returns an error message for a malformed term, or undefined when it is fine.
 */
function termProblem(field: string, op: Operator, value: string, source: string): string | undefined {
    if (!FIELD_PATH.test(field)) return `invalid field name '${field}' in '${source}'`
    if (JAVASCRIPT_VALUE.test(value)) throw unsupported('javascript: values', source)
    if (NO_VALUE_OPERATORS.includes(op) && value !== '') return `${op} takes no value in '${source}'`
    if (op === 'BETWEEN' && value.split('@').length !== 2) return `BETWEEN needs one 'low@high' range in '${source}'`
    if ((op === 'SAMEAS' || op === 'NSAMEAS') && !FIELD_PATH.test(value)) {
        return `${op} needs a field name as its value in '${source}'`
    }
    return undefined
}

/** Parses one term segment (without its `^`, `OR` or `NQ` prefix); null when it is dropped in instance mode. */
function parseTerm(segment: string, mode: QueryMode): Term | null {
    const field = FIELD_PREFIX.exec(segment)?.[0]
    if (field === undefined) return dropOrThrow(mode, 'QUERY.INVALID_TERM', `invalid term '${segment}': no field name`)
    const rest = segment.slice(field.length)
    const refused = UNSUPPORTED_OPERATOR.exec(rest)?.[0]
    if (refused !== undefined) throw unsupported(`operator ${refused}`, segment)
    const alias = ALIAS_OPERATOR.exec(rest)?.[0]
    if (alias !== undefined) {
        throw unsupported(`one-character operator alias '${alias}' (write LIKE, NOT LIKE or ENDSWITH)`, segment)
    }
    let op: Operator | undefined
    let value: string
    if (rest.startsWith('NOTLIKE')) {
        if (mode === 'strict') throw unsupported("operator NOTLIKE (write 'NOT LIKE', with a space)", segment)
        op = 'NOT LIKE'
        value = rest.slice('NOTLIKE'.length)
    } else {
        op = LEXED_OPERATORS.find((candidate) => rest.startsWith(candidate))
        if (op === undefined) {
            return dropOrThrow(mode, 'QUERY.INVALID_TERM', `invalid term '${segment}': unknown or missing operator`)
        }
        value = rest.slice(op.length)
    }
    const problem = termProblem(field, op, value, segment)
    if (problem !== undefined) return dropOrThrow(mode, 'QUERY.INVALID_TERM', problem)
    return { field, op, value }
}

/**
 * Parses one encoded-query term on its own (no `^`); used by the printer to prove a term prints unambiguously.
 * @internal
 */
export function parseSingleTerm(segment: string): Term | null {
    return parseTerm(segment, 'strict')
}

/**
 * Parses an encoded query into an AST.
 *
 * @param q - the encoded query ('' matches everything)
 * @param mode - `strict` (default) throws on a malformed term; `instance` drops it silently
 * @returns the queries (`^NQ`), each an AND-list of OR-groups, and the ORDERBY keys
 * @throws QueryError `QUERY.UNSUPPORTED` for tokens the lab does not evaluate (both modes), `QUERY.INVALID_TERM` (strict)
 *
 * @example
 * parseEncodedQuery('active=true^priority=1^ORpriority=2^ORDERBYDESCnumber')
 * //=> { groups: [[[{ field: 'active', op: '=', value: 'true' }],
 * //               [{ field: 'priority', op: '=', value: '1' }, { field: 'priority', op: '=', value: '2' }]]],
 * //     orderBy: [{ field: 'number', desc: true }] }
 */
export function parseEncodedQuery(q: string, mode: QueryMode = 'strict'): QueryAst {
    const queries: AndQuery[] = []
    const orderBy: OrderKey[] = []
    let current: Term[][] = []
    let hasTerms = false
    let matchesAll = false

    const closeQuery = (): void => {
        if (hasTerms) {
            const groups = current.filter((group) => group.length > 0)
            if (groups.length === 0) matchesAll = true
            else queries.push(groups)
        }
        current = []
        hasTerms = false
    }

    for (const raw of q.split('^')) {
        let segment = raw
        if (segment.startsWith('NQ')) {
            closeQuery()
            segment = segment.slice(2)
        }
        if (segment === '' || segment === 'EQ') continue
        const order = /^ORDERBY(DESC)?/.exec(segment)
        if (order !== null) {
            const field = segment.slice(order[0].length)
            if (FIELD_PATH.test(field)) orderBy.push({ field, desc: order[1] !== undefined })
            else dropOrThrow(mode, 'QUERY.INVALID_TERM', `invalid sort key '${segment}'`)
            continue
        }
        if (/^(?:END)?RLQUERY/.test(segment)) throw unsupported('related-list queries (RLQUERY)', segment)
        if (/^\d*TEXTQUERY/.test(segment) || /^IR_(?:AND_)?OR_QUERY/.test(segment)) {
            throw unsupported('text search (TEXTQUERY)', segment)
        }
        const isOr = segment.startsWith('OR')
        const term = parseTerm(isOr ? segment.slice(2) : segment, mode)
        hasTerms = true
        if (!isOr || current.length === 0) current.push([])
        if (term !== null) current[current.length - 1].push(term)
    }
    closeQuery()
    return { groups: matchesAll ? [] : queries, orderBy }
}

/** A parse result as data: `{ ok: true, value }` or `{ ok: false, error: { code, message } }`. */
export type ParseResult =
    | { readonly ok: true; readonly value: QueryAst }
    | { readonly ok: false; readonly error: { readonly code: QueryErrorCode; readonly message: string } }

/**
 * {@link parseEncodedQuery} that returns its failure instead of throwing it.
 * @example safeParseEncodedQuery('opened_atONToday') //=> { ok: false, error: { code: 'QUERY.UNSUPPORTED', message: "not supported in the lab: operator ON (in 'opened_atONToday')" } }
 */
export function safeParseEncodedQuery(q: string, mode: QueryMode = 'strict'): ParseResult {
    try {
        return { ok: true, value: parseEncodedQuery(q, mode) }
    } catch (e) {
        if (e instanceof QueryError) return { ok: false, error: { code: e.code, message: e.message } }
        throw e
    }
}

/** GlideRecord.addQuery operator names that differ from the encoded-query tokens. */
const ADD_QUERY_ALIASES: Readonly<Record<string, Operator>> = { CONTAINS: 'LIKE', 'DOES NOT CONTAIN': 'NOT LIKE' }

function addQueryValue(value: unknown): string {
    if (value === null || value === undefined) return ''
    if (Array.isArray(value)) return value.map(addQueryValue).join(',')
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    return String(value)
}

/**
 * Builds the term of `GlideRecord.addQuery(field, op, value)`.
 *
 * Accepts the addQuery names (`= != > >= < <= IN NOT IN STARTSWITH ENDSWITH CONTAINS DOES NOT CONTAIN`) and the
 * other encoded-query operators (LIKE, BETWEEN, ISEMPTY, SAMEAS, ...), in any case. Values are stringified as the
 * platform does: arrays join with commas, booleans are 'true'/'false', null/undefined are ''.
 *
 * @throws QueryError `QUERY.UNSUPPORTED` (INSTANCEOF, ON, ..., `javascript:` values), `QUERY.INVALID_OPERATOR`,
 * `QUERY.INVALID_TERM` (bad field name, BETWEEN without @, ...)
 *
 * @example termFromAddQuery('short_description', 'CONTAINS', 'outage') //=> { field: 'short_description', op: 'LIKE', value: 'outage' }
 * @example termFromAddQuery('state', 'IN', [1, 2]) //=> { field: 'state', op: 'IN', value: '1,2' }
 */
export function termFromAddQuery(field: string, op: string, value: unknown): Term {
    const name = op.trim().replace(/\s+/g, ' ').toUpperCase()
    const source = `addQuery('${field}', '${op}', ...)`
    const operator = ADD_QUERY_ALIASES[name] ?? OPERATORS.find((candidate) => candidate === name)
    if (operator === undefined) {
        if (UNSUPPORTED_OPERATOR.test(name) || ALIAS_OPERATOR.test(name) || name === 'NOTLIKE') {
            throw unsupported(`operator ${name}`, source)
        }
        throw new QueryError('QUERY.INVALID_OPERATOR', `unknown operator '${op}' in ${source}`)
    }
    const text = NO_VALUE_OPERATORS.includes(operator) ? '' : addQueryValue(value)
    const problem = termProblem(field, operator, text, source)
    if (problem !== undefined) throw new QueryError('QUERY.INVALID_TERM', problem)
    return { field, op: operator, value: text }
}

/**
 * ANDs terms into every query of an AST (GlideRecord.addQuery after addEncodedQuery). A term alone is its own group;
 * an array of terms is an OR-group. Returns a new AST.
 *
 * @example andTerms(parseEncodedQuery('a=1^NQb=2'), [{ field: 'c', op: '=', value: '3' }])
 * //=> the AST of 'a=1^c=3^NQb=2^c=3'
 */
export function andTerms(ast: QueryAst, terms: readonly (Term | readonly Term[])[]): QueryAst {
    const groups: AndQuery = terms
        .map((t): readonly Term[] => (Array.isArray(t) ? (t as readonly Term[]) : [t as Term]))
        .filter((group) => group.length > 0)
    if (groups.length === 0) return ast
    if (ast.groups.length === 0) return { groups: [groups], orderBy: ast.orderBy }
    return { groups: ast.groups.map((query) => [...query, ...groups]), orderBy: ast.orderBy }
}

/**
 * ANDs two ASTs: `(A1 OR A2) AND (B1 OR B2)` becomes `A1B1 OR A1B2 OR A2B1 OR A2B2`; sort keys are concatenated.
 * @example toEncodedQuery(andQueries(parseEncodedQuery('a=1^NQb=2'), parseEncodedQuery('c=3'))) //=> 'a=1^c=3^NQb=2^c=3'
 */
export function andQueries(a: QueryAst, b: QueryAst): QueryAst {
    const orderBy = [...a.orderBy, ...b.orderBy]
    if (a.groups.length === 0) return { groups: b.groups, orderBy }
    if (b.groups.length === 0) return { groups: a.groups, orderBy }
    return { groups: a.groups.flatMap((qa) => b.groups.map((qb) => [...qa, ...qb])), orderBy }
}

/**
 * Adds a sort key after the existing ones (GlideRecord.orderBy / orderByDesc).
 * @example withOrderBy(parseEncodedQuery('active=true'), 'number', true).orderBy //=> [{ field: 'number', desc: true }]
 */
export function withOrderBy(ast: QueryAst, field: string, desc = false): QueryAst {
    if (!FIELD_PATH.test(field)) throw new QueryError('QUERY.INVALID_TERM', `invalid sort field '${field}'`)
    return { groups: ast.groups, orderBy: [...ast.orderBy, { field, desc }] }
}

/**
 * Encoded-query printer: the inverse of {@link parseEncodedQuery} for every AST it produces
 * (`parseEncodedQuery(toEncodedQuery(ast))` equals `ast`). Used for the Table API's Link headers.
 */
import { QueryError } from './ast.ts'
import type { OrderKey, QueryAst, Term } from './ast.ts'
import { parseSingleTerm } from './parse.ts'

const FIELD_PATH = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*$/

function notPrintable(why: string): QueryError {
    return new QueryError('QUERY.NOT_PRINTABLE', `no encoded-query spelling for ${why}`)
}

function sameTerm(a: Term | null, b: Term): boolean {
    return a !== null && a.field === b.field && a.op === b.op && a.value === b.value
}

function printTerm(term: Term): string {
    if (term.value.includes('^')) throw notPrintable(`a value holding '^' (${term.field} ${term.op} ...)`)
    const text = `${term.field}${term.op}${term.value}`
    let reparsed: Term | null
    try {
        reparsed = parseSingleTerm(text)
    } catch {
        reparsed = null
    }
    // e.g. `<` with the value '=1' would read back as `<=` '1', IN with 'STANCEOFtask' as INSTANCEOF.
    if (!sameTerm(reparsed, term)) throw notPrintable(`the term '${text}' (it would not read back as written)`)
    return text
}

function printOrderKey(key: OrderKey): string {
    if (!FIELD_PATH.test(key.field)) throw notPrintable(`the sort field '${key.field}'`)
    return `${key.desc ? 'ORDERBYDESC' : 'ORDERBY'}${key.field}`
}

/**
 * Prints an AST as an encoded query: `^NQ` between queries, `^` between groups, `^OR` inside a group, sort keys last.
 * Empty OR-groups are skipped; an empty query (which matches everything) makes the whole filter print as ''.
 *
 * @throws QueryError `QUERY.NOT_PRINTABLE` when a term cannot be written so that it reads back the same
 * (a value holding `^`, `<` followed by a value starting with `=`, ...)
 *
 * @example toEncodedQuery(parseEncodedQuery('active=true^priority=1^ORpriority=2^ORDERBYnumber'))
 * //=> 'active=true^priority=1^ORpriority=2^ORDERBYnumber'
 */
export function toEncodedQuery(ast: QueryAst): string {
    const queries = ast.groups.map((query) => query.filter((group) => group.length > 0))
    const filter = queries.some((query) => query.length === 0)
        ? ''
        : queries.map((query) => query.map((group) => group.map(printTerm).join('^OR')).join('^')).join('^NQ')
    return [filter, ...ast.orderBy.map(printOrderKey)].filter((part) => part !== '').join('^')
}

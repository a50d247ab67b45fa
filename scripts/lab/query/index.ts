/**
 * The lab's encoded-query module: parse (and print) ServiceNow encoded queries, compile them to SQLite, and evaluate
 * them over plain rows with the same semantics. See shared/platform/glide-and-queries.md §1.
 */
export { NO_VALUE_OPERATORS, OPERATORS, QueryError, isQueryError } from './ast.ts'
export type { AndQuery, Operator, OrGroup, OrderKey, QueryAst, QueryErrorCode, Term } from './ast.ts'
export {
    andQueries,
    andTerms,
    parseEncodedQuery,
    safeParseEncodedQuery,
    termFromAddQuery,
    withOrderBy,
} from './parse.ts'
export type { ParseResult } from './parse.ts'
export { toEncodedQuery } from './print.ts'
export { compileFieldValue, compileOrderBy, compileWhere, escapeLike, quoteIdent } from './sql.ts'
export type { CompileOptions, SqlFragment } from './sql.ts'
export { bindMatcher, createMatcher, matches } from './evaluate.ts'
export type { BoundMatcher, ResolveRecord, StoredRow, StoredValue } from './evaluate.ts'
export type { FieldInfo, QueryMode, QuerySchema } from './types.ts'

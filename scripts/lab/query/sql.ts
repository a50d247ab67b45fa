/**
 * Compiles encoded queries to SQLite for the lab's storage: one SQLite table per platform table, same table and column
 * names, empty values stored as NULL, booleans as INTEGER 0/1, integers as INTEGER, reals as REAL, date-times as TEXT
 * 'yyyy-MM-dd HH:mm:ss' (UTC), dates as TEXT 'yyyy-MM-dd', text and reference sys_ids as TEXT. Columns must be
 * declared with those types (their affinity makes numbers compare as numbers).
 *
 * Matching rules are those of bind.ts (NULL rule included); every predicate compiles to a two-valued expression (never
 * NULL), so NOT is a true complement. Dot-walks compile to `ref IN (SELECT sys_id FROM target WHERE ...)` (or its
 * complement when the predicate matches empty values), to any depth; sorting and SAMEAS on a dot-walk read the value
 * through correlated scalar subqueries.
 */
import { bindOrderBy, bindQuery, domainOf, resolveField } from './bind.ts'
import type { BoundField, BoundPred, BoundTerm } from './bind.ts'
import type { OrderKey, QueryAst } from './ast.ts'
import type { QueryMode, QuerySchema } from './types.ts'

/** A compiled SQL fragment with its positional (`?`) parameters. */
export interface SqlFragment {
    readonly sql: string
    readonly params: unknown[]
}

/** Options of the compiler. */
export interface CompileOptions {
    /** Name or alias the outer query gives the table (`FROM "incident" AS i` → 'i'); defaults to the table name. */
    readonly alias?: string
}

/**
 * Quotes an SQLite identifier.
 * @example quoteIdent('sys_user') //=> '"sys_user"'
 */
export function quoteIdent(name: string): string {
    return `"${name.replace(/"/g, '""')}"`
}

/**
 * Escapes LIKE wildcards (and the escape character) for `LIKE ? ESCAPE '\'`.
 * @example escapeLike('100%_done') //=> '100\\%\\_done'
 */
export function escapeLike(text: string): string {
    return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** ASCII-only lower case, the folding of SQLite's lower() and NOCASE. */
function asciiLower(text: string): string {
    return text.replace(/[A-Z]+/g, (s) => s.toLowerCase())
}

/** Per-compilation state: parameters in textual order and fresh subquery aliases. */
class Compiler {
    readonly params: unknown[] = []
    private aliases = 0

    constructor(private readonly outer: string) {}

    param(value: unknown): string {
        this.params.push(value)
        return '?'
    }

    alias(): string {
        this.aliases += 1
        return quoteIdent(`_q${this.aliases}`)
    }

    /** Scalar value of a field, dot-walks through correlated subqueries (NULL when a reference is empty/dangling). */
    value(field: BoundField): string {
        if (field.hops.length === 0) return `${this.outer}.${quoteIdent(field.column)}`
        let ref = `${this.outer}.${quoteIdent(field.hops[0].column)}`
        field.hops.forEach((hop, i) => {
            const a = this.alias()
            const column = i + 1 < field.hops.length ? field.hops[i + 1].column : field.column
            ref = `(SELECT ${a}.${quoteIdent(column)} FROM ${quoteIdent(hop.target)} AS ${a} WHERE ${a}."sys_id" = ${ref})`
        })
        return ref
    }

    /** Positive predicate over a column expression; two-valued. */
    predicate(c: string, field: BoundField, pred: BoundPred): string {
        const collate = domainOf(field.storage) === 'text' ? ' COLLATE NOCASE' : ''
        switch (pred.kind) {
            case 'true':
                return '1=1'
            case 'empty':
                return `(${c} IS NULL OR ${c} = '')`
            case 'emptystring':
                return `(${c} IS NOT NULL AND ${c} = '')`
            case 'eq':
                return `(${c} IS NOT NULL AND ${c} = ${this.param(pred.value)}${collate})`
            case 'cmp':
                return `(${c} IS NOT NULL AND ${c} ${pred.op} ${this.param(pred.value)}${collate})`
            case 'between':
                return (
                    `(${c} IS NOT NULL AND ${c} >= ${this.param(pred.low)}${collate}` +
                    ` AND ${c} <= ${this.param(pred.high)}${collate})`
                )
            case 'in': {
                const parts: string[] = []
                if (pred.values.length > 0) {
                    const list = pred.values.map((v) => this.param(v)).join(', ')
                    parts.push(`(${c} IS NOT NULL AND ${c}${collate} IN (${list}))`)
                }
                if (pred.empty) parts.push(`(${c} IS NULL OR ${c} = '')`)
                return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`
            }
            case 'like': {
                const text = field.storage === 'integer' ? `CAST(${c} AS TEXT)` : c
                const body = escapeLike(asciiLower(pred.value))
                const pattern = pred.where === 'starts' ? `${body}%` : pred.where === 'ends' ? `%${body}` : `%${body}%`
                return `(${c} IS NOT NULL AND lower(${text}) LIKE ${this.param(pattern)} ESCAPE '\\')`
            }
            case 'sameas':
                // c is the field's own value; the other field is read from the outer row.
                return this.sameAs(c, this.value(pred.other), collate)
        }
    }

    private sameAs(left: string, right: string, collate: string): string {
        return `(${left} IS NOT NULL AND ${right} IS NOT NULL AND ${left} = ${right}${collate})`
    }

    /** Whether the positive predicate holds for an empty value (decides how a dot-walk lifts it). */
    private static matchesEmpty(pred: BoundPred): boolean {
        return pred.kind === 'true' || pred.kind === 'empty' || (pred.kind === 'in' && pred.empty)
    }

    term(term: BoundTerm): string {
        const { field, pred } = term
        let sql: string
        if (pred.kind === 'sameas' || field.hops.length === 0) {
            // SAMEAS compares two values of the outer row, so both sides are read as scalars (no lifting).
            sql = this.predicate(this.value(field), field, pred)
        } else {
            // Aliases from the outside in: level 0 is the outer table, level i the table reached after i hops.
            const levels = [this.outer, ...field.hops.map(() => this.alias())]
            sql = this.predicate(`${levels[levels.length - 1]}.${quoteIdent(field.column)}`, field, pred)
            const emptyMatches = Compiler.matchesEmpty(pred)
            for (let i = field.hops.length - 1; i >= 0; i--) {
                const hop = field.hops[i]
                const ref = `${levels[i]}.${quoteIdent(hop.column)}`
                const a = levels[i + 1]
                const from = `SELECT ${a}."sys_id" FROM ${quoteIdent(hop.target)} AS ${a}`
                sql = emptyMatches
                    ? `(${ref} IS NULL OR ${ref} NOT IN (${from} WHERE NOT ${sql}))`
                    : `(${ref} IS NOT NULL AND ${ref} IN (${from} WHERE ${sql}))`
            }
        }
        return term.negate ? `NOT ${sql}` : sql
    }
}

/**
 * Compiles the filter of an AST to an SQLite boolean expression over `table` (for `WHERE`), with `?` parameters.
 *
 * @param ast - a parsed or built query
 * @param table - the platform table (and SQLite table) queried
 * @param schema - field lookup (types, references, display fields)
 * @param mode - `strict` (default) throws on unknown fields and bad values; `instance` drops those terms
 * @param options - `alias` when the outer query renames the table
 * @returns a parenthesised expression (`1=1` when everything matches) and its parameters
 * @throws QueryError QUERY.UNKNOWN_FIELD / INVALID_VALUE / INVALID_OPERATOR (strict), QUERY.UNSUPPORTED (both modes)
 *
 * @example
 * compileWhere(parseEncodedQuery('caller_id.name=Abel'), 'incident', schema)
 * //=> { sql: '(("incident"."caller_id" IS NOT NULL AND "incident"."caller_id" IN (SELECT "_q1"."sys_id" FROM "sys_user" AS "_q1" WHERE ("_q1"."name" IS NOT NULL AND "_q1"."name" = ? COLLATE NOCASE))))', params: ['Abel'] }
 */
export function compileWhere(
    ast: QueryAst,
    table: string,
    schema: QuerySchema,
    mode: QueryMode = 'strict',
    options: CompileOptions = {}
): SqlFragment {
    const bound = bindQuery(ast, table, schema, mode)
    if (bound.length === 0) return { sql: '1=1', params: [] }
    const compiler = new Compiler(quoteIdent(options.alias ?? table))
    const queries = bound.map((query) =>
        query
            .map((group) => {
                const terms = group.map((term) => compiler.term(term))
                return terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`
            })
            .join(' AND ')
    )
    const sql = queries.length === 1 ? `(${queries[0]})` : `(${queries.map((q) => `(${q})`).join(' OR ')})`
    return { sql, params: compiler.params }
}

/**
 * Compiles sort keys to an ORDER BY list (without the keyword; '' when there is none), so callers can append their
 * own tie-breakers. Text sorts case-insensitively, empty values first in ascending order (as on the platform);
 * a reference sorts by its display value; dot-walks read through correlated subqueries.
 *
 * @throws QueryError QUERY.UNKNOWN_FIELD (strict; instance mode drops the key)
 *
 * @example compileOrderBy(parseEncodedQuery('ORDERBYDESCpriority^ORDERBYnumber').orderBy, 'incident', schema)
 * //=> '"incident"."priority" DESC, "incident"."number" COLLATE NOCASE ASC'
 */
export function compileOrderBy(
    orderBy: readonly OrderKey[],
    table: string,
    schema: QuerySchema,
    mode: QueryMode = 'strict',
    options: CompileOptions = {}
): string {
    const compiler = new Compiler(quoteIdent(options.alias ?? table))
    return bindOrderBy(orderBy, table, schema, mode)
        .map((key) => {
            const collate = domainOf(key.field.storage) === 'text' ? ' COLLATE NOCASE' : ''
            return `${compiler.value(key.field)}${collate} ${key.desc ? 'DESC' : 'ASC'}`
        })
        .join(', ')
}

/**
 * The SQL value of a (dot-walked) field, e.g. for GlideAggregate's GROUP BY or a SELECT list. References give the
 * sys_id (no display lookup); an empty or dangling reference on the way gives NULL.
 *
 * @throws QueryError QUERY.UNKNOWN_FIELD
 * @example compileFieldValue('caller_id.name', 'incident', schema)
 * //=> '(SELECT "_q1"."name" FROM "sys_user" AS "_q1" WHERE "_q1"."sys_id" = "incident"."caller_id")'
 */
export function compileFieldValue(
    field: string,
    table: string,
    schema: QuerySchema,
    options: CompileOptions = {}
): string {
    return new Compiler(quoteIdent(options.alias ?? table)).value(resolveField(field, table, schema))
}

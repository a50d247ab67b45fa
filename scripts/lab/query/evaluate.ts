/**
 * Reference evaluator: decides whether one plain row matches a query, with exactly the semantics of the SQL compiler
 * (bind.ts). It is the oracle of the property tests and evaluates ACL conditions on a single record.
 *
 * Rows hold values as the lab stores them: null for empty, numbers for integer / real / boolean (0/1), strings for
 * text, references (sys_ids), dates and date-times. Numeric strings in numeric fields are read as numbers too.
 */
import { bindQuery, domainOf, toNumber } from './bind.ts'
import type { BoundField, BoundPred, BoundQuery, BoundTerm, Domain, Scalar } from './bind.ts'
import type { QueryAst } from './ast.ts'
import type { QueryMode, QuerySchema } from './types.ts'

/** A stored value: null when empty. */
export type StoredValue = string | number | null

/** A record as the lab stores it (column name → value); a missing column reads as null. */
export type StoredRow = Readonly<Record<string, StoredValue | undefined>>

/** Loads the record a reference points at (for dot-walks); undefined when there is none. */
export type ResolveRecord = (table: string, sysId: string) => StoredRow | undefined

/** ASCII-only case folding, as SQLite's NOCASE and lower() do. */
function fold(text: string): string {
    return text.replace(/[A-Z]+/g, (s) => s.toLowerCase())
}

/** Compares by code point, the order of SQLite's memcmp over UTF-8. */
function compareCodePoints(a: string, b: string): number {
    let i = 0
    let j = 0
    while (i < a.length && j < b.length) {
        const ca = a.codePointAt(i) as number
        const cb = b.codePointAt(j) as number
        if (ca !== cb) return ca < cb ? -1 : 1
        i += ca > 0xffff ? 2 : 1
        j += cb > 0xffff ? 2 : 1
    }
    return (a.length - i > 0 ? 1 : 0) - (b.length - j > 0 ? 1 : 0)
}

/** A stored value in a domain; undefined when it cannot compare (a non-number in a numeric field). */
function inDomain(value: string | number, domain: Domain): Scalar | undefined {
    if (domain !== 'number') return String(value)
    if (typeof value === 'number') return value
    const n = /^(?:true|false)$/i.test(value) ? (/^t/i.test(value) ? 1 : 0) : toNumber(value)
    return Number.isNaN(n) ? undefined : n
}

/** Three-way comparison of two values of one domain. */
function compare(a: Scalar, b: Scalar, domain: Domain): number {
    if (domain === 'number') return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0
    return domain === 'text'
        ? compareCodePoints(fold(String(a)), fold(String(b)))
        : compareCodePoints(String(a), String(b))
}

function isEmpty(value: StoredValue): boolean {
    return value === null || value === ''
}

/** The value of a (dot-walked) field; null when a reference on the way is empty or points at no record. */
function valueOf(field: BoundField, row: StoredRow, resolve: ResolveRecord): StoredValue {
    let current: StoredRow | undefined = row
    for (const hop of field.hops) {
        const ref: StoredValue = current[hop.column] ?? null
        if (isEmpty(ref)) return null
        current = resolve(hop.target, String(ref))
        if (current === undefined) return null
    }
    return current[field.column] ?? null
}

function holds(
    pred: BoundPred,
    field: BoundField,
    value: StoredValue,
    row: StoredRow,
    resolve: ResolveRecord
): boolean {
    if (pred.kind === 'true') return true
    if (pred.kind === 'empty') return isEmpty(value)
    if (pred.kind === 'in' && pred.empty && isEmpty(value)) return true
    if (value === null) return false
    if (pred.kind === 'emptystring') return value === ''
    const domain = domainOf(field.storage)
    if (pred.kind === 'like') {
        const text = fold(String(value))
        const part = fold(pred.value)
        return pred.where === 'starts'
            ? text.startsWith(part)
            : pred.where === 'ends'
              ? text.endsWith(part)
              : text.includes(part)
    }
    const v = inDomain(value, domain)
    if (v === undefined) return false
    switch (pred.kind) {
        case 'eq':
            return compare(v, pred.value, domain) === 0
        case 'cmp': {
            const c = compare(v, pred.value, domain)
            return pred.op === '<' ? c < 0 : pred.op === '<=' ? c <= 0 : pred.op === '>' ? c > 0 : c >= 0
        }
        case 'between':
            return compare(v, pred.low, domain) >= 0 && compare(v, pred.high, domain) <= 0
        case 'in':
            return pred.values.some((item) => compare(v, item, domain) === 0)
        case 'sameas': {
            const other = valueOf(pred.other, row, resolve)
            const w = other === null ? undefined : inDomain(other, domain)
            return w !== undefined && compare(v, w, domain) === 0
        }
    }
}

function termMatches(term: BoundTerm, row: StoredRow, resolve: ResolveRecord): boolean {
    const positive = holds(term.pred, term.field, valueOf(term.field, row, resolve), row, resolve)
    return term.negate ? !positive : positive
}

function boundMatches(bound: BoundQuery, row: StoredRow, resolve: ResolveRecord): boolean {
    if (bound.length === 0) return true
    return bound.some((query) => query.every((group) => group.some((term) => termMatches(term, row, resolve))))
}

/**
 * Whether a row of `table` matches the filter of an AST (sort keys are ignored).
 *
 * @param ast - a parsed or built query
 * @param table - the row's table
 * @param row - the record, values as the lab stores them
 * @param schema - field lookup
 * @param resolve - loads referenced records for dot-walks
 * @param mode - `strict` (default) throws on unknown fields and bad values; `instance` drops those terms
 * @throws QueryError as {@link compileWhere} does
 *
 * @example matches(parseEncodedQuery('priority<=2^active=true'), 'incident', { priority: 1, active: 1 }, schema, () => undefined) //=> true
 */
export function matches(
    ast: QueryAst,
    table: string,
    row: StoredRow,
    schema: QuerySchema,
    resolve: ResolveRecord,
    mode: QueryMode = 'strict'
): boolean {
    return boundMatches(bindQuery(ast, table, schema, mode), row, resolve)
}

/**
 * Binds a query once and returns a predicate over rows, for filtering many rows with one query.
 * @throws QueryError as {@link matches} does (at creation)
 * @example createMatcher(parseEncodedQuery('active=true'), 'incident', schema)({ active: 1 }, () => undefined) //=> true
 */
export function createMatcher(
    ast: QueryAst,
    table: string,
    schema: QuerySchema,
    mode: QueryMode = 'strict'
): (row: StoredRow, resolve: ResolveRecord) => boolean {
    const bound = bindQuery(ast, table, schema, mode)
    return (row, resolve) => boundMatches(bound, row, resolve)
}

/** The base-table column a bound field starts from: the first reference of a dot-walk, else the field itself. */
function firstColumn(field: BoundField): string {
    return field.hops[0]?.column ?? field.column
}

/** A query bound once: the row columns it reads, and a predicate over rows. */
export interface BoundMatcher {
    /** Columns of the table's row the query reads (a dot-walk counts as its first reference), each once. */
    readonly columns: readonly string[]
    /** Whether a row matches; only {@link columns} of it are read. */
    readonly test: (row: StoredRow, resolve: ResolveRecord) => boolean
}

/**
 * Binds a query once and returns its predicate together with the columns it reads, so a caller can hand it a row of
 * just those columns (rule filters on a ~150-column record read two or three).
 * @throws QueryError as {@link matches} does (at creation)
 * @example bindMatcher(parseEncodedQuery('caller_id.active=true^priority<=2'), 'incident', schema).columns //=> ['caller_id', 'priority']
 */
export function bindMatcher(
    ast: QueryAst,
    table: string,
    schema: QuerySchema,
    mode: QueryMode = 'strict'
): BoundMatcher {
    const bound = bindQuery(ast, table, schema, mode)
    const columns = new Set<string>()
    for (const query of bound)
        for (const group of query)
            for (const term of group) {
                columns.add(firstColumn(term.field))
                if (term.pred.kind === 'sameas') columns.add(firstColumn(term.pred.other))
            }
    return { columns: [...columns], test: (row, resolve) => boundMatches(bound, row, resolve) }
}

/**
 * The one place the lab's Glide classes meet the encoded-query module: queries are kept as ASTs, composed with AND
 * (addQuery after addEncodedQuery), compiled to SQL for the running schema, or evaluated on one record (rule filter
 * conditions, ACL conditions).
 */
import { quoteIdent, toStored, type SqlValue } from '../db/database.ts'
import type { ResolvedColumn } from '../schema/lab-schema.ts'
import {
    andQueries,
    andTerms,
    parseEncodedQuery,
    termFromAddQuery,
    toEncodedQuery,
    withOrderBy,
} from '../query/index.ts'
import { compileOrderBy, compileWhere } from '../query/sql.ts'
import { bindMatcher } from '../query/evaluate.ts'
import { resolveDynamicValue, resolveDynamicValues } from '../query/dynamic.ts'
import type { QueryAst } from '../query/ast.ts'
import type { QueryMode } from '../query/types.ts'
import type { LabSchema } from '../schema/lab-schema.ts'
import { activeRuntime } from '../runtime.ts'

let schema: LabSchema | undefined
let mode: QueryMode = 'strict'

/** Called by the instance that becomes active. */
export function setQueryContext(s: LabSchema, m: QueryMode): void {
    schema = s
    mode = m
}

/**
 * `javascript:gs.getUserID()` resolved to the session user of the running lab (query/dynamic.ts). Without a running
 * lab the value is left as written, so the parser refuses it ("not supported in the lab").
 */
function withDynamicValues(encoded: string): string {
    const host = activeRuntime()
    return host ? resolveDynamicValues(encoded, { userId: host.user().sysId }) : encoded
}

function withDynamicValue(op: string, value: string): string {
    const host = activeRuntime()
    return host ? resolveDynamicValue(op, value, { userId: host.user().sysId }) : value
}

function current(): LabSchema {
    if (!schema) throw new Error('no lab schema is active')
    return schema
}

export interface LabQuery {
    readonly ast: QueryAst
    readonly encoded: string
}

function wrap(ast: QueryAst): LabQuery {
    let encoded = ''
    try {
        encoded = toEncodedQuery(ast)
    } catch {
        encoded = ''
    }
    return { ast, encoded }
}

export function emptyQuery(): LabQuery {
    return { ast: { groups: [], orderBy: [] }, encoded: '' }
}

export function parseQuery(encoded: string, _table: string): LabQuery {
    return wrap(parseEncodedQuery(withDynamicValues(encoded), mode))
}

export function termQuery(_table: string, field: string, op: string, value: string): LabQuery {
    const resolved = withDynamicValue(op, value)
    return wrap(andTerms({ groups: [], orderBy: [] }, [termFromAddQuery(field, op, resolved)]))
}

export function andQuery(a: LabQuery, b: LabQuery): LabQuery {
    return wrap(andQueries(a.ast, b.ast))
}

export function orderQuery(q: LabQuery, field: string, desc: boolean): LabQuery {
    return wrap(withOrderBy(q.ast, field, desc))
}

export function whereClause(q: LabQuery, table: string): { sql: string; params: SqlValue[] } {
    const where = compileWhere(q.ast, table, current(), mode)
    return { sql: where.sql, params: where.params as SqlValue[] }
}

export function orderClause(q: LabQuery, table: string): string {
    return compileOrderBy(q.ast.orderBy, table, current(), mode)
}

/** Loads a referenced record for a dot-walk, from the active database (the whole row: dot-walks are rare). */
function resolveRecord(target: string, sysId: string): Record<string, SqlValue> | undefined {
    if (!current().table(target)) return undefined
    return (globalDb?.internal(`SELECT * FROM ${quoteIdent(target)} WHERE sys_id = ?`, [sysId])[0] ?? undefined) as
        Record<string, SqlValue> | undefined
}

/**
 * An encoded condition (rule filter, ACL condition) bound once to a table of the active schema. It reads only the
 * fields it names, so a rule filter costs the two or three values it tests, not a copy of the whole record.
 */
export interface RecordFilter {
    /** Fields of the record the condition reads (for a dot-walk, the reference it starts from). */
    readonly columns: readonly string[]
    /**
     * Whether the record matches. `read` gives a field's current value as the platform's string (null = empty,
     * undefined = not set), exactly what the record's snapshot() holds for it; it is called once per named field.
     */
    matches(read: (column: string) => string | null | undefined): boolean
}

/** Bound filters by schema (install clears them): key = table, mode and the condition as resolved. */
const filters = new WeakMap<LabSchema, Map<string, RecordFilter>>()
/** A cache entry per condition and table; dynamic values (one entry per user) cannot grow it past this. */
const MAX_FILTERS = 2000

function bindFilter(encoded: string, table: string, s: LabSchema): RecordFilter {
    const t = s.require(table)
    const matcher = bindMatcher(parseEncodedQuery(encoded, mode), table, s, mode)
    return {
        columns: matcher.columns,
        matches(read) {
            const row: Record<string, SqlValue> = {}
            for (const k of matcher.columns) {
                const v = read(k)
                if (v === undefined) continue
                const stored = toStored(t.columns.get(k) as ResolvedColumn, v)
                row[k] = stored.ok ? stored.value : v
            }
            return matcher.test(row, resolveRecord)
        },
    }
}

/**
 * The condition bound to `table` of the active schema, parsed and bound once per schema, table and session user
 * (`javascript:gs.getUserID()` resolves first). A condition the lab refuses throws here every time (never cached).
 * @throws QueryError as {@link parseQuery} and {@link whereClause} do
 * @example recordFilter('category=a', 'x_itvc_value_probe').matches((f) => (f === 'category' ? 'a' : null)) //=> true
 */
export function recordFilter(encoded: string, table: string): RecordFilter {
    const s = current()
    const resolved = withDynamicValues(encoded)
    let cache = filters.get(s)
    if (!cache) filters.set(s, (cache = new Map()))
    const key = `${table}\n${mode}\n${resolved}`
    let filter = cache.get(key)
    if (!filter) {
        filter = bindFilter(resolved, table, s)
        if (cache.size >= MAX_FILTERS) cache.clear()
        cache.set(key, filter)
    }
    return filter
}

/** Drops the bound conditions of a schema (its tables changed: an install or upgrade, or its rollback). */
export function forgetRecordFilters(s: LabSchema): void {
    filters.delete(s)
}

/**
 * Whether one record (platform string values) matches an encoded query: rule filters, ACL conditions and
 * notification conditions. Only the fields the query names are read.
 * @example recordMatches('category=a', 'x_itvc_value_probe', { category: 'a', name: 'x' }) //=> true
 */
export function recordMatches(
    encoded: string,
    table: string,
    record: Readonly<Record<string, string | null>>
): boolean {
    return recordFilter(encoded, table).matches((k) => (Object.hasOwn(record, k) ? record[k] : undefined))
}

let globalDb: { internal(sql: string, params?: SqlValue[]): Record<string, SqlValue>[] } | undefined

/** The database dot-walks in conditions read from. */
export function setQueryDatabase(db: { internal(sql: string, params?: SqlValue[]): Record<string, SqlValue>[] }): void {
    globalDb = db
}

/**
 * The one place the lab's Glide classes meet the encoded-query module: queries are kept as ASTs, composed with AND
 * (addQuery after addEncodedQuery), compiled to SQL for the running schema, or evaluated on one record (rule filter
 * conditions, ACL conditions).
 */
import { quoteIdent, toStored, type SqlValue } from '../db/database.ts'
import {
    andQueries,
    andTerms,
    parseEncodedQuery,
    termFromAddQuery,
    toEncodedQuery,
    withOrderBy,
} from '../query/index.ts'
import { compileOrderBy, compileWhere } from '../query/sql.ts'
import { matches } from '../query/evaluate.ts'
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

/** Whether one record (platform string values) matches an encoded query: rule filters and ACL conditions. */
export function recordMatches(
    encoded: string,
    table: string,
    record: Readonly<Record<string, string | null>>
): boolean {
    const s = current()
    const t = s.require(table)
    const row: Record<string, SqlValue> = {}
    for (const [k, v] of Object.entries(record)) {
        const c = t.columns.get(k)
        if (!c) continue
        const stored = toStored(c, v)
        row[k] = stored.ok ? stored.value : v
    }
    const resolve = (target: string, sysId: string): Record<string, SqlValue> | undefined => {
        const rows = s.table(target) ? s : undefined
        if (!rows) return undefined
        return (globalDb?.internal(`SELECT * FROM ${quoteIdent(target)} WHERE sys_id = ?`, [sysId])[0] ?? undefined) as
            Record<string, SqlValue> | undefined
    }
    const query = parseEncodedQuery(withDynamicValues(encoded), mode)
    return matches(query, table, row, s, resolve, mode)
}

let globalDb: { internal(sql: string, params?: SqlValue[]): Record<string, SqlValue>[] } | undefined

/** The database dot-walks in conditions read from. */
export function setQueryDatabase(db: { internal(sql: string, params?: SqlValue[]): Record<string, SqlValue>[] }): void {
    globalDb = db
}

/**
 * Test fixture of the query module: a small schema (incident → sys_user → cmn_department, self references), an
 * in-memory SQLite database laid out as the lab stores data, and helpers that run a query through both the SQL
 * compiler and the reference evaluator.
 */
import Database from 'better-sqlite3'
import type { Database as SqliteDatabase } from 'better-sqlite3'
import type { Storage } from '../../../scripts/lab/schema/types.ts'
import type { FieldInfo, QueryMode, QuerySchema } from '../../../scripts/lab/query/types.ts'
import type { QueryAst } from '../../../scripts/lab/query/ast.ts'
import type { StoredRow, StoredValue } from '../../../scripts/lab/query/evaluate.ts'
import { matches } from '../../../scripts/lab/query/evaluate.ts'
import { parseEncodedQuery } from '../../../scripts/lab/query/parse.ts'
import { compileOrderBy, compileWhere } from '../../../scripts/lab/query/sql.ts'

interface TableSpec {
    readonly display?: string
    readonly columns: Readonly<Record<string, FieldInfo>>
}

const text: FieldInfo = { storage: 'text' }
const integer: FieldInfo = { storage: 'integer' }
const real: FieldInfo = { storage: 'real' }
const boolean: FieldInfo = { storage: 'boolean' }
const datetime: FieldInfo = { storage: 'datetime' }
const date: FieldInfo = { storage: 'date' }
const ref = (table: string): FieldInfo => ({ storage: 'text', reference: table })

export const TABLES: Readonly<Record<string, TableSpec>> = {
    incident: {
        display: 'number',
        columns: {
            sys_id: text,
            number: text,
            short_description: text,
            category: text,
            priority: integer,
            score: real,
            active: boolean,
            opened_at: datetime,
            due: date,
            caller_id: ref('sys_user'),
            assigned_to: ref('sys_user'),
            parent: ref('incident'),
        },
    },
    sys_user: {
        display: 'name',
        columns: {
            sys_id: text,
            name: text,
            user_name: text,
            age: integer,
            active: boolean,
            department: ref('cmn_department'),
            manager: ref('sys_user'),
        },
    },
    cmn_department: {
        display: 'name',
        columns: { sys_id: text, name: text, code: integer, head: ref('sys_user') },
    },
    // A table without a display field: reference display matching falls back to the sys_id.
    x_itvc_value_tag: {
        columns: { sys_id: text, label: text, owner: ref('x_itvc_value_anon') },
    },
    x_itvc_value_anon: { columns: { sys_id: text, code: text } },
}

/** The fixture's QuerySchema. */
export const schema: QuerySchema = {
    field: (table, column) => TABLES[table]?.columns[column],
    displayField: (table) => TABLES[table]?.display,
}

const SQL_TYPES: Readonly<Record<Storage, string>> = {
    text: 'TEXT',
    integer: 'INTEGER',
    real: 'REAL',
    boolean: 'INTEGER',
    datetime: 'TEXT',
    date: 'TEXT',
}

export type Row = Readonly<Record<string, StoredValue>>
export type Data = Readonly<Record<string, readonly Row[]>>

/** A fresh in-memory database holding `data`, one SQLite table per fixture table. */
export function createDatabase(data: Data): SqliteDatabase {
    const db = new Database(':memory:')
    for (const [table, spec] of Object.entries(TABLES)) {
        const columns = Object.entries(spec.columns).map(([name, info]) => `"${name}" ${SQL_TYPES[info.storage]}`)
        db.exec(`CREATE TABLE "${table}" (${columns.join(', ')})`)
        const names = Object.keys(spec.columns)
        const insert = db.prepare(
            `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
        )
        for (const row of data[table] ?? []) insert.run(...names.map((n) => row[n] ?? null))
    }
    return db
}

/** A resolver over the fixture data. */
export function resolverOf(data: Data): (table: string, sysId: string) => StoredRow | undefined {
    return (table, sysId) => data[table]?.find((row) => row.sys_id === sysId)
}

function astOf(query: string | QueryAst, mode: QueryMode): QueryAst {
    return typeof query === 'string' ? parseEncodedQuery(query, mode) : query
}

/** sys_ids the SQL compiler selects, in the query's order (sys_id breaks ties). */
export function selectSql(
    db: SqliteDatabase,
    query: string | QueryAst,
    table = 'incident',
    mode: QueryMode = 'strict'
): string[] {
    const ast = astOf(query, mode)
    const where = compileWhere(ast, table, schema, mode)
    const order = compileOrderBy(ast.orderBy, table, schema, mode)
    const orderBy = order === '' ? '"sys_id"' : `${order}, "sys_id"`
    const rows = db
        .prepare(`SELECT "sys_id" FROM "${table}" WHERE ${where.sql} ORDER BY ${orderBy}`)
        .all(...where.params)
    return rows.map((row) => (row as { sys_id: string }).sys_id)
}

/** sys_ids the reference evaluator selects, sorted. */
export function selectEval(
    data: Data,
    query: string | QueryAst,
    table = 'incident',
    mode: QueryMode = 'strict'
): string[] {
    const ast = astOf(query, mode)
    const resolve = resolverOf(data)
    return (data[table] ?? [])
        .filter((row) => matches(ast, table, row, schema, resolve, mode))
        .map((row) => String(row.sys_id))
        .sort()
}

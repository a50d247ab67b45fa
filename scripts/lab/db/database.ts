/**
 * The lab's storage: one SQLite table per platform/app table (inherited columns flattened into each), values kept
 * in the platform's types (integers and decimals as numbers, booleans as 0/1, dates as UTC text, empty as NULL).
 * Every statement goes through here so the instrumentation counts queries, rows read and rows written.
 */
import Database from 'better-sqlite3'
import type { LabSchema, ResolvedColumn, ResolvedTable } from '../schema/lab-schema.ts'
import type { Storage } from '../schema/types.ts'

/** Work done by one transaction (an HTTP request, a job run, a rule cascade). */
export interface WorkStats {
    queries: number
    rowsRead: number
    rowsWritten: number
}

export function emptyStats(): WorkStats {
    return { queries: 0, rowsRead: 0, rowsWritten: 0 }
}

export type SqlValue = string | number | null

/**
 * Date-time columns indexed on every table that has them: the task time columns that date-range queries filter on
 * (the scorecard's roll-up reads incidents opened or resolved in a fiscal period). Without an index every such query
 * reads the whole table.
 */
export const TIME_INDEXED_COLUMNS: readonly string[] = ['opened_at', 'resolved_at']

/** Bytes of a database file read through a memory map (SQLite's own cap, 2 GiB): no system call per page read. */
const MMAP_BYTES = 2147418112

const SQL_TYPE: Record<Storage, string> = {
    text: 'TEXT',
    integer: 'INTEGER',
    real: 'REAL',
    boolean: 'INTEGER',
    datetime: 'TEXT',
    date: 'TEXT',
}

export function quoteIdent(name: string): string {
    if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(name)) throw new Error(`invalid identifier ${JSON.stringify(name)}`)
    return `"${name}"`
}

/** Converts a platform string value into its stored form; returns an error message for a value the type cannot hold. */
export function toStored(
    column: ResolvedColumn,
    value: unknown
): { ok: true; value: SqlValue } | { ok: false; message: string } {
    if (value === null || value === undefined) return { ok: true, value: null }
    let text = typeof value === 'string' ? value : String(value)
    if (typeof value === 'boolean') text = value ? 'true' : 'false'
    if (text === '') return { ok: true, value: null }
    switch (column.storage) {
        case 'integer': {
            const t = text.trim()
            if (!/^[+-]?\d+(\.0*)?$/.test(t))
                return { ok: false, message: `${column.label}: "${text}" is not a whole number` }
            const n = Number.parseInt(t, 10)
            if (!Number.isSafeInteger(n)) return { ok: false, message: `${column.label}: "${text}" is too large` }
            return { ok: true, value: n }
        }
        case 'real': {
            const t = text.trim().replace(/,/g, '')
            if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t))
                return { ok: false, message: `${column.label}: "${text}" is not a number` }
            const n = Number(t)
            if (!Number.isFinite(n) || Math.abs(n) > 1e15)
                return { ok: false, message: `${column.label}: "${text}" is out of range` }
            return { ok: true, value: n }
        }
        case 'boolean': {
            const t = text.trim().toLowerCase()
            if (t === 'true' || t === '1') return { ok: true, value: 1 }
            if (t === 'false' || t === '0') return { ok: true, value: 0 }
            return { ok: false, message: `${column.label}: "${text}" is not true or false` }
        }
        case 'datetime': {
            const t = text.trim()
            const m = /^(\d{4}-\d\d-\d\d)(?:[ T](\d\d:\d\d(?::\d\d)?))?(?:\.\d+)?Z?$/.exec(t)
            if (!m)
                return {
                    ok: false,
                    message: `${column.label}: "${text}" is not a date-time (yyyy-MM-dd HH:mm:ss, UTC)`,
                }
            const time = m[2] ? (m[2].length === 5 ? `${m[2]}:00` : m[2]) : '00:00:00'
            const v = `${m[1]} ${time}`
            if (Number.isNaN(Date.parse(`${m[1]}T${time}Z`)))
                return { ok: false, message: `${column.label}: "${text}" is not a valid date` }
            return { ok: true, value: v }
        }
        case 'date': {
            const m = /^(\d{4}-\d\d-\d\d)/.exec(text.trim())
            if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)))
                return { ok: false, message: `${column.label}: "${text}" is not a date (yyyy-MM-dd)` }
            return { ok: true, value: m[1] as string }
        }
        default: {
            if (column.maxLength && column.maxLength > 0 && text.length > Math.max(column.maxLength, 40) * 4) {
                return { ok: false, message: `${column.label}: value longer than ${column.maxLength} characters` }
            }
            return { ok: true, value: text }
        }
    }
}

/** The platform's string form of a stored value ('' for NULL); booleans as 'true'/'false'. */
export function fromStored(column: ResolvedColumn, value: SqlValue | undefined): string {
    if (value === null || value === undefined) return ''
    switch (column.storage) {
        case 'boolean':
            return value === 1 || value === '1' ? 'true' : 'false'
        case 'real':
            if (typeof value === 'number' && column.scale !== undefined) return value.toFixed(column.scale)
            return String(value)
        default:
            return String(value)
    }
}

export class LabDatabase {
    readonly sqlite: Database.Database
    /** Counters of the current transaction; replaced by the runtime per transaction. */
    stats: WorkStats = emptyStats()
    private readonly statements = new Map<string, Database.Statement>()

    constructor(path = ':memory:') {
        this.sqlite = new Database(path)
        this.sqlite.pragma('journal_mode = WAL')
        this.sqlite.pragma('synchronous = NORMAL')
        this.sqlite.pragma('foreign_keys = OFF')
        // A file database is read through a memory map: a table scan otherwise costs as much system time (one read
        // call per page, past a 2 MB page cache) as it costs SQLite to decode the rows.
        if (path !== ':memory:' && path !== '') this.sqlite.pragma(`mmap_size = ${MMAP_BYTES}`)
        this.sqlite.exec('CREATE TABLE IF NOT EXISTS "_lab_counter" (name TEXT PRIMARY KEY, value INTEGER NOT NULL)')
        this.sqlite.exec('CREATE TABLE IF NOT EXISTS "_lab_meta" (key TEXT PRIMARY KEY, value TEXT)')
    }

    close(): void {
        this.sqlite.close()
    }

    private prepare(sql: string): Database.Statement {
        let st = this.statements.get(sql)
        if (!st) {
            st = this.sqlite.prepare(sql)
            this.statements.set(sql, st)
        }
        return st
    }

    /** Creates the table or adds the columns it lacks (an upgrade keeps data rows). */
    ensureTable(table: ResolvedTable): void {
        const name = quoteIdent(table.name)
        const existing = this.sqlite.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]
        if (existing.length === 0) {
            const cols = [...table.columns.values()]
                .filter((c) => c.name !== 'sys_id')
                .map((c) => `${quoteIdent(c.name)} ${SQL_TYPE[c.storage]}`)
            this.sqlite.exec(`CREATE TABLE ${name} ("sys_id" TEXT PRIMARY KEY NOT NULL, ${cols.join(', ')})`)
        } else {
            const have = new Set(existing.map((c) => c.name))
            for (const c of table.columns.values()) {
                if (!have.has(c.name))
                    this.sqlite.exec(`ALTER TABLE ${name} ADD COLUMN ${quoteIdent(c.name)} ${SQL_TYPE[c.storage]}`)
            }
        }
        for (const c of table.columns.values()) {
            if (
                c.type === 'reference' ||
                c.name === 'number' ||
                c.name === 'sys_created_on' ||
                c.name === 'name' ||
                (c.storage === 'datetime' && TIME_INDEXED_COLUMNS.includes(c.name))
            ) {
                this.sqlite.exec(
                    `CREATE INDEX IF NOT EXISTS ${quoteIdent(`idx_${table.name}_${c.name}`)} ON ${name} (${quoteIdent(c.name)})`
                )
            }
            // Queries match text case-insensitively (COLLATE NOCASE), which a plain index cannot serve: sys_id and
            // reference lookups (`sys_idIN…`, `demand=…`) get a NOCASE index too, as an instance indexes them.
            if (c.storage === 'text' && (c.name === 'sys_id' || c.type === 'reference')) {
                this.sqlite.exec(
                    `CREATE INDEX IF NOT EXISTS ${quoteIdent(`idx_${table.name}_${c.name}_ci`)} ON ${name} (${quoteIdent(c.name)} COLLATE NOCASE)`
                )
            }
        }
        this.statements.clear()
    }

    ensureSchema(schema: LabSchema): void {
        for (const name of schema.tableNames()) {
            const t = schema.table(name)
            if (t) this.ensureTable(t)
        }
    }

    /** Runs a counted SELECT. */
    select(sql: string, params: readonly SqlValue[] = []): Record<string, SqlValue>[] {
        this.stats.queries++
        const rows = this.prepare(sql).all(...params) as Record<string, SqlValue>[]
        this.stats.rowsRead += rows.length
        return rows
    }

    /** Runs a counted INSERT/UPDATE/DELETE; returns the rows changed. */
    write(sql: string, params: readonly SqlValue[] = []): number {
        this.stats.queries++
        const changes = this.prepare(sql).run(...params).changes
        this.stats.rowsWritten += changes
        return changes
    }

    /** Uncounted internal statements (lab bookkeeping, not app work). */
    internal(sql: string, params: readonly SqlValue[] = []): Record<string, SqlValue>[] {
        const st = this.prepare(sql)
        return st.reader ? (st.all(...params) as Record<string, SqlValue>[]) : (st.run(...params), [])
    }

    /** Next value of a named counter (auto-numbers). */
    nextCounter(name: string, base: number): number {
        const row = this.internal('SELECT value FROM "_lab_counter" WHERE name = ?', [name])[0]
        const next = row ? Number(row['value']) + 1 : base + 1
        this.internal(
            'INSERT INTO "_lab_counter" (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
            [name, next]
        )
        return next
    }

    getMeta(key: string): string | undefined {
        const row = this.internal('SELECT value FROM "_lab_meta" WHERE key = ?', [key])[0]
        return row ? String(row['value']) : undefined
    }

    setMeta(key: string, value: string): void {
        this.internal(
            'INSERT INTO "_lab_meta" (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
            [key, value]
        )
    }

    transaction<T>(fn: () => T): T {
        return this.sqlite.transaction(fn)()
    }
}

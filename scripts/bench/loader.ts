/**
 * Bulk loading for the bench: rows go straight into the lab's SQLite tables with one prepared statement per table,
 * in large transactions, bypassing Glide, business rules and ACLs (generated data, not app behaviour). Values are
 * converted to the lab's stored types here (booleans 0/1, integers, reals, UTC text), once per column.
 */
import type Database from 'better-sqlite3'
import type { LabInstance } from '../lab/instance.ts'
import type { ResolvedColumn } from '../lab/schema/lab-schema.ts'

/** A generated value: a string as the Table API takes it, a number, a boolean, or empty. */
export type RawValue = string | number | boolean | null | undefined

/** A generated row, by column name (`sys_id` included). */
export type RawRow = Readonly<Record<string, RawValue>>

type Stored = string | number | null

function converter(column: ResolvedColumn): (v: RawValue) => Stored {
    const empty = (v: RawValue): boolean => v === null || v === undefined || v === ''
    switch (column.storage) {
        case 'boolean':
            return (v) => (empty(v) ? null : v === true || v === 'true' || v === '1' || v === 1 ? 1 : 0)
        case 'integer':
            return (v) => (empty(v) ? null : Math.trunc(typeof v === 'number' ? v : Number(v)))
        case 'real':
            return (v) => (empty(v) ? null : typeof v === 'number' ? v : Number(v))
        default:
            return (v) => (empty(v) ? null : String(v))
    }
}

/** Inserts rows into one table; columns the table lacks are counted and left out (the app may not have them yet). */
export class TableLoader {
    readonly table: string
    private readonly columns: string[]
    private readonly convert: ((v: RawValue) => Stored)[]
    private readonly statement: Database.Statement
    /** Columns asked for that the installed schema does not have. */
    readonly missing: string[]
    rows = 0

    constructor(lab: LabInstance, table: string, columns: readonly string[]) {
        const schema = lab.schema.require(table)
        this.table = table
        this.columns = columns.filter((c) => schema.columns.has(c))
        this.missing = columns.filter((c) => !schema.columns.has(c))
        this.convert = this.columns.map((c) => converter(schema.columns.get(c) as ResolvedColumn))
        const names = this.columns.map((c) => `"${c}"`).join(', ')
        const marks = this.columns.map(() => '?').join(', ')
        this.statement = lab.db.sqlite.prepare(`INSERT INTO "${table}" (${names}) VALUES (${marks})`)
    }

    insert(row: RawRow): void {
        const values: Stored[] = new Array(this.columns.length)
        for (let i = 0; i < this.columns.length; i++) {
            values[i] = (this.convert[i] as (v: RawValue) => Stored)(row[this.columns[i] as string])
        }
        this.statement.run(values)
        this.rows++
    }
}

/**
 * Runs `fill(commitEvery)` in transactions of about `batch` rows: `fill` calls the function it is given after each
 * row, which commits and opens the next transaction every `batch` calls.
 */
export function inTransactions(sqlite: Database.Database, batch: number, fill: (tick: () => void) => void): void {
    let pending = 0
    sqlite.exec('BEGIN')
    try {
        fill(() => {
            pending++
            if (pending >= batch) {
                sqlite.exec('COMMIT')
                sqlite.exec('BEGIN')
                pending = 0
            }
        })
        sqlite.exec('COMMIT')
    } catch (error) {
        if (sqlite.inTransaction) sqlite.exec('ROLLBACK')
        throw error
    }
}

/**
 * The lab's resolved schema: platform tables (base schema) plus the app's tables and the columns it adds to
 * platform tables, with inheritance flattened (a table sees its parents' columns) and system columns added.
 */
import type { FieldInfo, QuerySchema } from '../query/types.ts'
import type { ColumnDef, Storage, TableDef } from './types.ts'
import { storageOf } from './types.ts'

export const SYSTEM_COLUMN_DEFS: readonly ColumnDef[] = [
    { name: 'sys_id', label: 'Sys ID', type: 'GUID', maxLength: 32 },
    { name: 'sys_created_on', label: 'Created', type: 'glide_date_time' },
    { name: 'sys_created_by', label: 'Created by', type: 'string', maxLength: 40 },
    { name: 'sys_updated_on', label: 'Updated', type: 'glide_date_time' },
    { name: 'sys_updated_by', label: 'Updated by', type: 'string', maxLength: 40 },
    { name: 'sys_mod_count', label: 'Updates', type: 'integer' },
]

/** A column with its storage resolved and the table that declares it. */
export interface ResolvedColumn extends ColumnDef {
    readonly storage: Storage
    /** The table in the hierarchy that declares the column. */
    readonly declaredOn: string
}

export interface ResolvedTable {
    readonly def: TableDef
    readonly name: string
    /** [table, parent, grandparent, ...] */
    readonly hierarchy: readonly string[]
    readonly columns: ReadonlyMap<string, ResolvedColumn>
    readonly displayField: string | undefined
    /** Auto-number format, inherited from the first table in the hierarchy that has one. */
    readonly number?: TableDef['number']
}

function resolveStorage(c: ColumnDef): Storage {
    return storageOf(c.type)
}

export class LabSchema implements QuerySchema {
    private readonly defs = new Map<string, TableDef>()
    private readonly extra = new Map<string, ColumnDef[]>()
    private resolved = new Map<string, ResolvedTable>()

    constructor(tables: readonly TableDef[]) {
        for (const t of tables) this.defs.set(t.name, t)
    }

    /** Adds or replaces a table definition (app tables on install). */
    defineTable(def: TableDef): void {
        this.defs.set(def.name, def)
        this.resolved = new Map()
    }

    /** Adds columns to a platform table (the app's `augments`). A column of the same name is replaced. */
    addColumns(table: string, columns: readonly ColumnDef[]): void {
        if (!this.defs.has(table)) throw new Error(`cannot add columns to unknown table ${table}`)
        const list = (this.extra.get(table) ?? []).filter((c) => !columns.some((n) => n.name === c.name))
        this.extra.set(table, [...list, ...columns])
        this.resolved = new Map()
    }

    /** Removes added columns and app tables owned by a scope (before an upgrade re-installs them). */
    dropScope(scope: string): void {
        for (const [name, def] of [...this.defs]) if (def.scope === scope) this.defs.delete(name)
        this.extra.clear()
        this.resolved = new Map()
    }

    tableNames(): string[] {
        return [...this.defs.keys()].sort()
    }

    hasTable(name: string): boolean {
        return this.defs.has(name)
    }

    /** The resolved table, or undefined when the lab does not know it. */
    table(name: string): ResolvedTable | undefined {
        const cached = this.resolved.get(name)
        if (cached) return cached
        const def = this.defs.get(name)
        if (!def) return undefined
        const hierarchy: string[] = []
        const seen = new Set<string>()
        for (let t: TableDef | undefined = def; t; t = t.extends ? this.defs.get(t.extends) : undefined) {
            if (seen.has(t.name)) throw new Error(`table hierarchy loops at ${t.name}`)
            seen.add(t.name)
            hierarchy.push(t.name)
        }
        const columns = new Map<string, ResolvedColumn>()
        for (const c of SYSTEM_COLUMN_DEFS) columns.set(c.name, { ...c, storage: resolveStorage(c), declaredOn: name })
        // Parents first, so a child's override (incident.state) replaces the parent's column.
        for (const t of [...hierarchy].reverse()) {
            const tdef = this.defs.get(t) as TableDef
            for (const c of [...tdef.columns, ...(this.extra.get(t) ?? [])]) {
                columns.set(c.name, { ...c, storage: resolveStorage(c), declaredOn: t })
            }
        }
        let number: TableDef['number']
        for (const t of hierarchy) {
            number = this.defs.get(t)?.number
            if (number) break
        }
        const displayField =
            [...columns.values()].find((c) => c.display)?.name ??
            ['number', 'name', 'short_description', 'user_name'].find((n) => columns.has(n))
        const table: ResolvedTable = { def, name, hierarchy, columns, displayField, number }
        this.resolved.set(name, table)
        return table
    }

    /** The table or a clear error. */
    require(name: string): ResolvedTable {
        const t = this.table(name)
        if (!t) throw new Error(`Invalid table ${name}: the lab has no such table`)
        return t
    }

    column(table: string, column: string): ResolvedColumn | undefined {
        return this.table(table)?.columns.get(column)
    }

    field(table: string, column: string): FieldInfo | undefined {
        const c = this.column(table, column)
        if (!c) return undefined
        return c.reference && c.type === 'reference'
            ? { storage: c.storage, reference: c.reference }
            : { storage: c.storage }
    }

    displayField(table: string): string | undefined {
        return this.table(table)?.displayField
    }
}

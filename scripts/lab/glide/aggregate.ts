/**
 * GlideAggregate for the lab: COUNT, SUM, AVG, MIN and MAX with groupBy, compiled to one SQL GROUP BY. As on the
 * platform, getAggregate returns strings ('' for an empty group) and group keys are read with getValue. Group
 * fields may be dot-walked (`groupBy('benefit.project.primary_portfolio')`); getDisplayValue of a grouped reference
 * is the referenced record's display value, of a grouped choice its label (both read in the same SQL statement).
 */
import { fromStored, quoteIdent, type SqlValue } from '../db/database.ts'
import { andQuery, emptyQuery, parseQuery, termQuery, whereClause, type LabQuery } from '../engine/query-bridge.ts'
import { displayOf, resolveField, type BoundField } from '../query/bind.ts'
import { compileFieldValue } from '../query/sql.ts'
import type { ResolvedColumn, ResolvedTable } from '../schema/lab-schema.ts'
import { runtime } from '../runtime.ts'

/** A group field: its select alias, the column it reads and, for a reference, the alias of its display value. */
interface Group {
    readonly field: string
    readonly alias: string
    readonly column: ResolvedColumn
    readonly display: { readonly alias: string; readonly column: ResolvedColumn } | undefined
}

const SUPPORTED = ['COUNT', 'SUM', 'AVG', 'MIN', 'MAX'] as const
type Agg = (typeof SUPPORTED)[number]

export class GlideAggregate {
    private readonly _tableName: string
    private readonly _table: ResolvedTable
    private _query: LabQuery = emptyQuery()
    private readonly _aggs: { agg: Agg; field: string | undefined }[] = []
    private readonly _groups: string[] = []
    private _order: { agg: Agg; field: string | undefined; desc: boolean } | undefined
    private _orderGroup: { field: string; desc: boolean }[] = []
    private _rows: Record<string, SqlValue>[] = []
    private _index = -1
    private _grouped = true
    private _groupDefs: Group[] = []

    constructor(tableName: string) {
        this._tableName = tableName
        this._table = runtime().schema.require(tableName)
    }

    addAggregate(agg: string, field?: string): void {
        const a = agg.toUpperCase() as Agg
        if (!SUPPORTED.includes(a))
            throw new Error(`GlideAggregate ${agg} is not supported in the lab (COUNT, SUM, AVG, MIN, MAX)`)
        if (field !== undefined && !this._table.columns.has(field))
            throw new Error(`GlideAggregate: ${this._tableName} has no field ${field}`)
        if (a !== 'COUNT' && field === undefined) throw new Error(`GlideAggregate ${a} needs a field`)
        this._aggs.push({ agg: a, field })
    }
    groupBy(field: string): void {
        if (!field.includes('.') && !this._table.columns.has(field))
            throw new Error(`GlideAggregate: ${this._tableName} has no field ${field}`)
        if (field.includes('.')) this.bound(field) // throws on an unknown step
        this._groups.push(field)
    }

    private bound(field: string): BoundField {
        return resolveField(field, this._tableName, runtime().schema)
    }

    private column(field: BoundField): ResolvedColumn {
        const c = runtime().schema.column(field.table, field.column)
        if (!c) throw new Error(`GlideAggregate: ${field.table} has no field ${field.column}`)
        return c
    }

    /** The group fields with their select aliases (g0, g1, ...) and reference display aliases (d0, ...). */
    private groups(): Group[] {
        const schema = runtime().schema
        return (this._grouped ? this._groups : []).map((field, i) => {
            const bound = this.bound(field)
            const shown = displayOf(bound, schema)
            return {
                field,
                alias: `g${i}`,
                column: this.column(bound),
                display: shown === bound ? undefined : { alias: `d${i}`, column: this.column(shown) },
            }
        })
    }
    setGroup(on: boolean): void {
        this._grouped = on
    }
    addQuery(name: string, opOrValue?: unknown, value?: unknown): void {
        if (arguments.length === 1) {
            this._query = andQuery(this._query, parseQuery(name, this._tableName))
            return
        }
        const op = arguments.length >= 3 ? String(opOrValue) : '='
        const v = arguments.length >= 3 ? value : opOrValue
        const text = Array.isArray(v) ? v.join(',') : v === null || v === undefined ? '' : String(v)
        this._query = andQuery(this._query, termQuery(this._tableName, name, op === 'CONTAINS' ? 'LIKE' : op, text))
    }
    addEncodedQuery(query: string): void {
        if (query) this._query = andQuery(this._query, parseQuery(query, this._tableName))
    }
    addNullQuery(field: string): void {
        this._query = andQuery(this._query, termQuery(this._tableName, field, 'ISEMPTY', ''))
    }
    addNotNullQuery(field: string): void {
        this._query = andQuery(this._query, termQuery(this._tableName, field, 'ISNOTEMPTY', ''))
    }
    orderByAggregate(agg: string, field?: string): void {
        this._order = { agg: agg.toUpperCase() as Agg, field, desc: true }
    }
    orderBy(field: string): void {
        this._orderGroup.push({ field, desc: false })
    }
    orderByDesc(field: string): void {
        this._orderGroup.push({ field, desc: true })
    }

    private alias(agg: Agg, field: string | undefined): string {
        return `${agg.toLowerCase()}__${field ?? ''}`
    }

    query(): void {
        const schema = runtime().schema
        const groups = this.groups()
        const select: string[] = []
        for (const g of groups) {
            select.push(`${compileFieldValue(g.field, this._tableName, schema)} AS ${quoteIdent(g.alias)}`)
            if (g.display) {
                const path = `${g.field}.${g.display.column.name}`
                select.push(`${compileFieldValue(path, this._tableName, schema)} AS ${quoteIdent(g.display.alias)}`)
            }
        }
        const aggs = this._aggs.length ? this._aggs : [{ agg: 'COUNT' as Agg, field: undefined }]
        for (const { agg, field } of aggs) {
            const expr = field === undefined ? '*' : quoteIdent(field)
            select.push(`${agg}(${expr}) AS ${quoteIdent(this.alias(agg, field))}`)
        }
        const where = whereClause(this._query, this._tableName)
        let sql = `SELECT ${select.join(', ')} FROM ${quoteIdent(this._tableName)}`
        if (where.sql) sql += ` WHERE ${where.sql}`
        if (groups.length) sql += ` GROUP BY ${groups.map((g) => quoteIdent(g.alias)).join(', ')}`
        const order: string[] = []
        if (this._order) order.push(`${quoteIdent(this.alias(this._order.agg, this._order.field))} DESC`)
        for (const o of this._orderGroup) {
            const g = groups.find((x) => x.field === o.field)
            if (g) order.push(`${quoteIdent(g.alias)} ${o.desc ? 'DESC' : 'ASC'}`)
        }
        if (!order.length && groups.length) order.push(...groups.map((g) => quoteIdent(g.alias)))
        if (order.length) sql += ` ORDER BY ${order.join(', ')}`
        this._rows = runtime().db.select(sql, where.params)
        this._index = -1
        this._groupDefs = groups
    }
    next(): boolean {
        if (this._index + 1 >= this._rows.length) return false
        this._index++
        return true
    }
    hasNext(): boolean {
        return this._index + 1 < this._rows.length
    }
    getRowCount(): number {
        return this._rows.length
    }
    private row(): Record<string, SqlValue> {
        const r = this._rows[this._index]
        if (!r) throw new Error('GlideAggregate: call next() before reading a value')
        return r
    }
    /** The aggregate as a string: '' for an empty group; SUM/MIN/MAX keep the column's format, AVG has 4 decimals. */
    getAggregate(agg: string, field?: string): string {
        const a = agg.toUpperCase() as Agg
        const v = this.row()[this.alias(a, field)]
        if (v === null || v === undefined) return a === 'COUNT' ? '0' : ''
        if (a === 'COUNT') return String(v)
        const column = field ? this._table.columns.get(field) : undefined
        if (a === 'AVG') return typeof v === 'number' ? v.toFixed(4) : String(v)
        if (column && typeof v === 'number' && column.storage === 'real') {
            return v.toFixed(column.scale ?? 2)
        }
        return column ? fromStored(column, v) : String(v)
    }
    private stored(column: ResolvedColumn, v: SqlValue | undefined): string | null {
        if (v === null || v === undefined) return null
        const s = fromStored(column, v)
        if (column.storage === 'boolean') return s === 'true' ? '1' : '0'
        return s === '' ? null : s
    }
    /** The group key of the current row. */
    getValue(field: string): string | null {
        const g = this._groupDefs.find((x) => x.field === field)
        if (!g) return null
        return this.stored(g.column, this.row()[g.alias])
    }
    /** The group's label: a choice's label, a reference's display value, else the value ('' when empty). */
    getDisplayValue(field: string): string {
        const v = this.getValue(field)
        const g = this._groupDefs.find((x) => x.field === field)
        if (v === null || !g) return ''
        if (g.display) return this.stored(g.display.column, this.row()[g.display.alias]) ?? v
        return g.column.choices?.find((c) => c.value === v)?.label ?? v
    }
    getTableName(): string {
        return this._tableName
    }
}

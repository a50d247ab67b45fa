/**
 * GlideAggregate for the lab: COUNT, SUM, AVG, MIN and MAX with groupBy, compiled to one SQL GROUP BY. As on the
 * platform, getAggregate returns strings ('' for an empty group) and group keys are read with getValue.
 */
import { fromStored, quoteIdent, type SqlValue } from '../db/database.ts'
import { andQuery, emptyQuery, parseQuery, termQuery, whereClause, type LabQuery } from '../engine/query-bridge.ts'
import type { ResolvedTable } from '../schema/lab-schema.ts'
import { runtime } from '../runtime.ts'

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
        if (field.includes('.'))
            throw new Error('GlideAggregate.groupBy on a dot-walked field is not supported in the lab')
        if (!this._table.columns.has(field)) throw new Error(`GlideAggregate: ${this._tableName} has no field ${field}`)
        this._groups.push(field)
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
        const groups = this._grouped ? this._groups : []
        const select = groups.map((g) => quoteIdent(g))
        const aggs = this._aggs.length ? this._aggs : [{ agg: 'COUNT' as Agg, field: undefined }]
        for (const { agg, field } of aggs) {
            const expr = field === undefined ? '*' : quoteIdent(field)
            select.push(`${agg}(${expr}) AS ${quoteIdent(this.alias(agg, field))}`)
        }
        const where = whereClause(this._query, this._tableName)
        let sql = `SELECT ${select.join(', ')} FROM ${quoteIdent(this._tableName)}`
        if (where.sql) sql += ` WHERE ${where.sql}`
        if (groups.length) sql += ` GROUP BY ${groups.map((g) => quoteIdent(g)).join(', ')}`
        const order: string[] = []
        if (this._order) order.push(`${quoteIdent(this.alias(this._order.agg, this._order.field))} DESC`)
        for (const o of this._orderGroup)
            if (groups.includes(o.field)) order.push(`${quoteIdent(o.field)} ${o.desc ? 'DESC' : 'ASC'}`)
        if (!order.length && groups.length) order.push(...groups.map((g) => quoteIdent(g)))
        if (order.length) sql += ` ORDER BY ${order.join(', ')}`
        this._rows = runtime().db.select(sql, where.params)
        this._index = -1
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
    /** The group key of the current row. */
    getValue(field: string): string | null {
        const column = this._table.columns.get(field)
        const v = this.row()[field]
        if (!column || v === null || v === undefined) return null
        const s = fromStored(column, v)
        if (column.storage === 'boolean') return s === 'true' ? '1' : '0'
        return s === '' ? null : s
    }
    getDisplayValue(field: string): string {
        const v = this.getValue(field)
        const column = this._table.columns.get(field)
        if (v === null) return ''
        return column?.choices?.find((c) => c.value === v)?.label ?? v
    }
    getTableName(): string {
        return this._tableName
    }
}

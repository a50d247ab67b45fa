/**
 * GlideRecord and GlideRecordSecure for the lab, with the platform's behaviours: values are strings (getValue gives
 * null for an empty field; booleans read '1'/'0'), insert/update/deleteRecord run the table's business rules,
 * update() on a new record inserts, setAbortAction stops the write, GlideRecordSecure applies ACLs (rows it may not
 * read are skipped after the limit, writes it may not do fail with null/false).
 */
import { applyCalculated } from './calculated.ts'
import { fromStored, quoteIdent, toStored, type SqlValue } from '../db/database.ts'
import {
    andQuery,
    emptyQuery,
    orderClause,
    orderQuery,
    parseQuery,
    termQuery,
    whereClause,
    type LabQuery,
} from '../engine/query-bridge.ts'
import type { ResolvedTable } from '../schema/lab-schema.ts'
import { runtime } from '../runtime.ts'
import { newSysId } from './ids.ts'

type Values = Map<string, string | null>

const OP_MAP: Record<string, string> = {
    '=': '=',
    '!=': '!=',
    '>': '>',
    '>=': '>=',
    '<': '<',
    '<=': '<=',
    IN: 'IN',
    'NOT IN': 'NOT IN',
    STARTSWITH: 'STARTSWITH',
    ENDSWITH: 'ENDSWITH',
    CONTAINS: 'LIKE',
    'DOES NOT CONTAIN': 'NOT LIKE',
    LIKE: 'LIKE',
    'NOT LIKE': 'NOT LIKE',
}

function asString(value: unknown): string | null {
    if (value === null || value === undefined) return null
    if (
        typeof value === 'object' &&
        value !== null &&
        'getValue' in value &&
        typeof (value as { getValue: unknown }).getValue === 'function'
    ) {
        return asString((value as { getValue(): unknown }).getValue())
    }
    const s = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value)
    return s === '' ? null : s
}

/** A field of a record (`current.priority`), as GlideElement. */
export class GlideElement {
    constructor(
        private readonly record: GlideRecord,
        private readonly name: string
    ) {}
    getValue(): string | null {
        return this.record.getValue(this.name)
    }
    setValue(value: unknown): void {
        this.record.setValue(this.name, value)
    }
    getDisplayValue(): string {
        return this.record.getDisplayValue(this.name)
    }
    toString(): string {
        const c = this.record.columnOf(this.name)
        const v = this.record.getValue(this.name)
        if (c?.storage === 'boolean') return v === '1' ? 'true' : 'false'
        return v ?? ''
    }
    nil(): boolean {
        return this.record.getValue(this.name) === null
    }
    changes(): boolean {
        return this.record.changed(this.name)
    }
    changesTo(value: unknown): boolean {
        return this.record.changed(this.name) && this.record.getValue(this.name) === asString(value)
    }
    changesFrom(value: unknown): boolean {
        return this.record.changed(this.name) && this.record.originalValue(this.name) === asString(value)
    }
    getRefRecord(): GlideRecord {
        const c = this.record.columnOf(this.name)
        if (!c?.reference) throw new Error(`${this.name} is not a reference field`)
        const gr = new GlideRecord(c.reference)
        const id = this.getValue()
        if (id) gr.get(id)
        return gr
    }
    getED(): { getLabel(): string; getName(): string } {
        const c = this.record.columnOf(this.name)
        return { getLabel: () => c?.label ?? this.name, getName: () => this.name }
    }
}

export class GlideRecord {
    /** Fields are reachable as properties (`current.priority`), as GlideElement objects. */
    [field: string]: unknown
    protected readonly _tableName: string
    protected readonly _table: ResolvedTable
    protected _secure = false
    private query_: LabQuery = emptyQuery()
    private _limit: number | undefined
    private _offset = 0
    private _rows: Record<string, SqlValue>[] = []
    private _index = -1
    private _values: Values = new Map()
    private _original: Values = new Map()
    private _isNew = false
    private _loaded = false
    private _abort = false
    private _workflow = true
    private _autoSys = true

    constructor(tableName: string) {
        const rt = runtime()
        this._tableName = tableName
        this._table = rt.schema.require(tableName)
        return new Proxy(this, {
            get(target, prop, receiver) {
                if (typeof prop === 'string' && !(prop in target) && target._table.columns.has(prop)) {
                    return new GlideElement(target, prop)
                }
                return Reflect.get(target, prop, receiver)
            },
            set(target, prop, value, receiver) {
                if (typeof prop === 'string' && !(prop in target) && target._table.columns.has(prop)) {
                    target.setValue(prop, value)
                    return true
                }
                return Reflect.set(target, prop, value, receiver)
            },
        })
    }

    // ---- metadata -------------------------------------------------------------------------------------------
    getTableName(): string {
        return this._tableName
    }
    getRecordClassName(): string {
        return this._tableName
    }
    getLabel(): string {
        return this._table.def.label
    }
    isValid(): boolean {
        return true
    }
    isValidField(name: string): boolean {
        return this._table.columns.has(name)
    }
    /** @internal the resolved column of a field */
    columnOf(name: string) {
        return this._table.columns.get(name)
    }
    getElement(name: string): GlideElement | null {
        return this._table.columns.has(name) ? new GlideElement(this, name) : null
    }

    // ---- query building -------------------------------------------------------------------------------------
    addQuery(name: string, opOrValue?: unknown, value?: unknown): this {
        if (arguments.length === 1) {
            this.query_ = andQuery(this.query_, parseQuery(String(name), this._tableName))
            return this
        }
        let op = '='
        let v = opOrValue
        if (arguments.length >= 3) {
            op = String(opOrValue).toUpperCase()
            v = value
        }
        const mapped = OP_MAP[op]
        if (!mapped) throw new Error(`GlideRecord.addQuery operator "${op}" is not supported in the lab`)
        const text = Array.isArray(v) ? v.map((x) => asString(x) ?? '').join(',') : (asString(v) ?? '')
        this.query_ = andQuery(this.query_, termQuery(this._tableName, name, mapped, text))
        return this
    }
    addEncodedQuery(query: string): void {
        if (query) this.query_ = andQuery(this.query_, parseQuery(query, this._tableName))
    }
    addNullQuery(name: string): this {
        this.query_ = andQuery(this.query_, termQuery(this._tableName, name, 'ISEMPTY', ''))
        return this
    }
    addNotNullQuery(name: string): this {
        this.query_ = andQuery(this.query_, termQuery(this._tableName, name, 'ISNOTEMPTY', ''))
        return this
    }
    addActiveQuery(): this {
        return this.addQuery('active', 'true')
    }
    orderBy(name: string): void {
        this.query_ = orderQuery(this.query_, name, false)
    }
    orderByDesc(name: string): void {
        this.query_ = orderQuery(this.query_, name, true)
    }
    setLimit(n: number): void {
        this._limit = Math.max(0, Math.floor(n))
    }
    chooseWindow(first: number, last: number): void {
        this._offset = Math.max(0, first)
        this._limit = Math.max(0, last - first)
    }
    getEncodedQuery(): string {
        return this.query_.encoded
    }
    setWorkflow(on: boolean): void {
        this._workflow = on
    }
    autoSysFields(on: boolean): void {
        this._autoSys = on
    }

    // ---- reading --------------------------------------------------------------------------------------------
    query(): void {
        const rt = runtime()
        const where = whereClause(this.query_, this._tableName)
        const order = orderClause(this.query_, this._tableName)
        let sql = `SELECT * FROM ${quoteIdent(this._tableName)}`
        if (where.sql) sql += ` WHERE ${where.sql}`
        if (order) sql += ` ORDER BY ${order}`
        if (this._limit !== undefined || this._offset) sql += ` LIMIT ${this._limit ?? -1} OFFSET ${this._offset}`
        const rows = rt.db.select(sql, where.params)
        // ACL-before-limit: the limit applies first, unreadable rows are dropped after it.
        this._rows = this._secure ? rows.filter((r) => this.canReadRow(r)) : rows
        this._index = -1
        this._loaded = false
    }
    private canReadRow(row: Record<string, SqlValue>): boolean {
        return runtime().canAccess(this._tableName, 'read', undefined, this.stringsOf(row))
    }
    hasNext(): boolean {
        return this._index + 1 < this._rows.length
    }
    next(): boolean {
        if (this._index + 1 >= this._rows.length) {
            this._index = this._rows.length
            return false
        }
        this._index++
        this.load(this._rows[this._index] as Record<string, SqlValue>)
        return true
    }
    /** Reads the whole result set, as the platform does (prefer GlideAggregate COUNT). */
    getRowCount(): number {
        return this._rows.length
    }
    get(nameOrId: string, value?: unknown): boolean {
        this.query_ = emptyQuery()
        if (value === undefined) this.addQuery('sys_id', nameOrId)
        else this.addQuery(nameOrId, value)
        this.setLimit(1)
        this.query()
        return this.next()
    }
    private stringsOf(row: Record<string, SqlValue>): Record<string, string | null> {
        const out: Record<string, string | null> = {}
        for (const [k, v] of Object.entries(row)) {
            const c = this._table.columns.get(k)
            if (!c) continue
            const s = fromStored(c, v)
            out[k] = s === '' ? null : s
        }
        return out
    }
    private load(row: Record<string, SqlValue>): void {
        this._values = new Map(Object.entries(this.stringsOf(row)))
        this._original = new Map(this._values)
        this._isNew = false
        this._loaded = true
        this._abort = false
    }

    // ---- values ---------------------------------------------------------------------------------------------
    getUniqueValue(): string {
        return this._values.get('sys_id') ?? ''
    }
    getValue(name: string): string | null {
        if (name.includes('.')) return this.dotWalk(name)
        const c = this._table.columns.get(name)
        if (!c) return null
        if (this._secure && this._loaded && !runtime().canAccess(this._tableName, 'read', name, this.snapshot()))
            return null
        const v = this._values.get(name) ?? null
        if (v !== null && c.storage === 'boolean') return v === 'true' || v === '1' ? '1' : '0'
        return v
    }
    private dotWalk(path: string): string | null {
        const [head, ...rest] = path.split('.')
        const c = this._table.columns.get(head as string)
        const id = this._values.get(head as string)
        if (!c?.reference || !id) return null
        const ref = new GlideRecord(c.reference)
        if (!ref.get(id)) return null
        return ref.getValue(rest.join('.'))
    }
    setValue(name: string, value: unknown): void {
        if (!this._table.columns.has(name)) return // the platform ignores unknown fields
        this._values.set(name, asString(value))
    }
    getDisplayValue(name?: string): string {
        if (name === undefined) {
            const f = this._table.displayField
            return f ? this.getDisplayValue(f) : this.getUniqueValue()
        }
        const c = this._table.columns.get(name)
        const v = this.getValue(name)
        if (!c || v === null) return ''
        if (c.choices?.length) return c.choices.find((x) => x.value === v)?.label ?? v
        if (c.storage === 'boolean') return v === '1' ? 'true' : 'false'
        if (c.type === 'reference' && c.reference) {
            const target = runtime().schema.table(c.reference)
            const df = target?.displayField
            if (!target || !df) return v
            const row = runtime().db.select(
                `SELECT ${quoteIdent(df)} AS d FROM ${quoteIdent(c.reference)} WHERE sys_id = ?`,
                [v]
            )[0]
            return row && row['d'] !== null ? String(row['d']) : ''
        }
        return v
    }
    /** Current values (strings, null = empty), for rules and ACL conditions. */
    snapshot(): Record<string, string | null> {
        return Object.fromEntries(this._values)
    }
    /** One field's current value as {@link snapshot} holds it (undefined when it has none): rule filters read it. */
    storedValue(name: string): string | null | undefined {
        return this._values.get(name)
    }
    originalValue(name: string): string | null {
        return this._original.get(name) ?? null
    }
    changed(name: string): boolean {
        return (this._values.get(name) ?? null) !== (this._original.get(name) ?? null)
    }
    changes(): boolean {
        return [...this._values.keys()].some((k) => this.changed(k))
    }
    isNewRecord(): boolean {
        return this._isNew
    }
    isValidRecord(): boolean {
        return this._loaded || this._isNew
    }

    // ---- writing --------------------------------------------------------------------------------------------
    initialize(): void {
        this._values = new Map()
        this._original = new Map()
        this._isNew = true
        this._loaded = false
        this._abort = false
        const rt = runtime()
        for (const c of this._table.columns.values()) {
            if (c.default !== undefined && c.default !== '' && !c.default.startsWith('javascript:'))
                this._values.set(c.name, c.default)
        }
        if (this._table.columns.has('opened_at')) this._values.set('opened_at', rt.now())
        if (this._table.columns.has('opened_by')) this._values.set('opened_by', rt.user().sysId)
    }
    newRecord(): void {
        this.initialize()
        this._values.set('sys_id', newSysId())
    }
    setAbortAction(abort: boolean): void {
        this._abort = abort
    }
    /** @internal set by the rule engine when a before rule aborts */
    isAborted(): boolean {
        return this._abort
    }
    canRead(): boolean {
        return runtime().canAccess(this._tableName, 'read', undefined, this.snapshot())
    }
    canWrite(): boolean {
        return runtime().canAccess(this._tableName, 'write', undefined, this.snapshot())
    }
    canCreate(): boolean {
        return runtime().canAccess(this._tableName, 'create', undefined, this.snapshot())
    }
    canDelete(): boolean {
        return runtime().canAccess(this._tableName, 'delete', undefined, this.snapshot())
    }

    private previousRecord(): GlideRecord {
        const prev = new GlideRecord(this._tableName)
        prev._values = new Map(this._original)
        prev._original = new Map(this._original)
        prev._loaded = true
        return prev
    }

    private checkFieldAcls(operation: 'write' | 'create', fields: string[]): string | undefined {
        const rt = runtime()
        for (const f of fields) {
            if (f.startsWith('sys_')) continue
            const record = operation === 'create' ? this.snapshot() : Object.fromEntries(this._original)
            if (!rt.canAccess(this._tableName, operation, f, record)) return f
        }
        return undefined
    }

    insert(): string | null {
        const rt = runtime()
        if (!this._isNew) this.initialize()
        if (this._secure) {
            if (!rt.canAccess(this._tableName, 'create', undefined, this.snapshot())) return this.denied('create')
            const denied = this.checkFieldAcls(
                'create',
                [...this._values.keys()].filter((k) => this._values.get(k) !== null)
            )
            if (denied) return this.denied('create', denied)
        }
        if (!this._values.get('sys_id')) this._values.set('sys_id', newSysId())
        if (this._workflow) rt.runRules('before', 'insert', this, this.previousRecord())
        if (this._abort) return null
        applyCalculated(this._table.hierarchy, this._values)
        const now = rt.now()
        const user = rt.user().userName
        if (this._table.number && this._table.columns.has('number') && !this._values.get('number')) {
            const { prefix, base, digits } = this._table.number
            const n = rt.db.nextCounter(`${this._table.hierarchy[0]}.number`, base)
            this._values.set('number', `${prefix}${String(n).padStart(digits, '0')}`)
        }
        if (this._autoSys || !this._values.get('sys_created_on')) {
            this._values.set('sys_created_on', this._autoSys ? now : (this._values.get('sys_created_on') ?? now))
            this._values.set('sys_updated_on', this._autoSys ? now : (this._values.get('sys_updated_on') ?? now))
        }
        if (this._autoSys || !this._values.get('sys_created_by')) {
            this._values.set('sys_created_by', this._autoSys ? user : (this._values.get('sys_created_by') ?? user))
            this._values.set('sys_updated_by', this._autoSys ? user : (this._values.get('sys_updated_by') ?? user))
        }
        if (this._autoSys || this._values.get('sys_mod_count') === undefined) this._values.set('sys_mod_count', '0')
        const cols: string[] = []
        const params: SqlValue[] = []
        for (const [k, v] of this._values) {
            const c = this._table.columns.get(k)
            if (!c) continue
            const stored = toStored(c, v)
            if (!stored.ok) return this.invalid(k, stored.message)
            cols.push(quoteIdent(k))
            params.push(stored.value)
        }
        rt.db.write(
            `INSERT INTO ${quoteIdent(this._tableName)} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
            params
        )
        const previous = this.previousRecord()
        this._isNew = false
        this._loaded = true
        this._original = new Map(this._values)
        if (this._workflow) {
            // after rules see the inserted values as "changed" from empty
            const snapshot = this._original
            this._original = new Map()
            rt.runRules('after', 'insert', this, previous)
            rt.runRules('async', 'insert', this, previous)
            this._original = snapshot
        }
        return this.getUniqueValue()
    }

    update(_reason?: string): string | null {
        if (this._isNew || !this._loaded) return this.insert()
        const rt = runtime()
        const changedBefore = [...this._values.keys()].filter((k) => this.changed(k))
        if (this._secure) {
            if (!rt.canAccess(this._tableName, 'write', undefined, Object.fromEntries(this._original)))
                return this.denied('write')
            const denied = this.checkFieldAcls('write', changedBefore)
            if (denied) return this.denied('write', denied)
        }
        const previous = this.previousRecord()
        if (this._workflow) rt.runRules('before', 'update', this, previous)
        if (this._abort) return null
        applyCalculated(this._table.hierarchy, this._values)
        const changed = [...this._values.keys()].filter((k) => this.changed(k) && k !== 'sys_id')
        if (this._autoSys && changed.length > 0) {
            this._values.set('sys_updated_on', rt.now())
            this._values.set('sys_updated_by', rt.user().userName)
            this._values.set('sys_mod_count', String(Number(this._original.get('sys_mod_count') ?? '0') + 1))
        }
        const write = [...this._values.keys()].filter((k) => this.changed(k) && k !== 'sys_id')
        if (write.length > 0) {
            const sets: string[] = []
            const params: SqlValue[] = []
            for (const k of write) {
                const c = this._table.columns.get(k)
                if (!c) continue
                const stored = toStored(c, this._values.get(k))
                if (!stored.ok) return this.invalid(k, stored.message)
                sets.push(`${quoteIdent(k)} = ?`)
                params.push(stored.value)
            }
            params.push(this.getUniqueValue())
            rt.db.write(`UPDATE ${quoteIdent(this._tableName)} SET ${sets.join(', ')} WHERE sys_id = ?`, params)
        }
        if (this._workflow) {
            rt.runRules('after', 'update', this, previous)
            rt.runRules('async', 'update', this, previous)
        }
        this._original = new Map(this._values)
        return this.getUniqueValue()
    }

    deleteRecord(): boolean {
        const rt = runtime()
        if (!this._loaded) return false
        if (this._secure && !rt.canAccess(this._tableName, 'delete', undefined, this.snapshot())) {
            this.denied('delete')
            return false
        }
        const previous = this.previousRecord()
        if (this._workflow) rt.runRules('before', 'delete', this, previous)
        if (this._abort) return false
        rt.db.write(`DELETE FROM ${quoteIdent(this._tableName)} WHERE sys_id = ?`, [this.getUniqueValue()])
        if (this._workflow) {
            rt.runRules('after', 'delete', this, previous)
            rt.runRules('async', 'delete', this, previous)
        }
        this._loaded = false
        return true
    }

    /** Deletes every matching record (rules run per record, as on the platform when workflow is on). */
    deleteMultiple(): void {
        this.query()
        while (this.next()) this.deleteRecord()
    }

    /** Applies the values set so far to every matching record. */
    updateMultiple(): void {
        const changes = [...this._values.entries()]
        this.query()
        while (this.next()) {
            for (const [k, v] of changes) this._values.set(k, v)
            this.update()
        }
    }

    private denied(operation: 'read' | 'write' | 'create' | 'delete', field?: string): null {
        runtime().message({
            level: 'error',
            text: `ACL Exception ${operation === 'create' ? 'Insert' : operation === 'delete' ? 'Delete' : 'Update'} Failed due to security constraints${field ? ` (${this._tableName}.${field})` : ''}`,
        })
        this.lastFailure = { kind: 'acl', operation, field }
        return null
    }

    private invalid(field: string, message: string): null {
        runtime().message({ level: 'error', text: message })
        this.lastFailure = { kind: 'invalid_value', field, message }
        return null
    }

    /** @internal why the last write returned null/false (for the Table API's status code). */
    lastFailure:
        | { kind: 'acl'; operation: string; field?: string | undefined }
        | { kind: 'invalid_value'; field: string; message: string }
        | undefined
}

/** GlideRecord with ACLs enforced for the session user. */
export class GlideRecordSecure extends GlideRecord {
    constructor(tableName: string) {
        super(tableName)
        this._secure = true
    }
}

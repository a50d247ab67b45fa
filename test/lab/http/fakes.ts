/**
 * In-memory doubles of the lab engine's ports (scripts/lab/http/contract.ts): rows in arrays, a tiny encoded-query
 * subset (`f=v`, `f!=v`, `ORDERBY`, `ORDERBYDESC`), table-level role ACLs, a row-level read ACL applied after the
 * limit (so pages can come back short), choice and reference display values, and a business rule that aborts.
 */
import type {
    AuthService,
    EngineFailure,
    EngineResult,
    FieldView,
    LabUser,
    ListParams,
    RecordView,
    ScriptedRestRequest,
    ScriptedRestResponse,
    ScriptedRestService,
    TableService,
} from '../../../scripts/lab/http/contract.ts'

type Operation = 'read' | 'write' | 'create' | 'delete'
type Row = Record<string, string>

/** A deterministic 32-hex sys_id from a number. */
export function sysId(n: number): string {
    return n.toString(16).padStart(32, '0')
}

/** A table of the fake engine. */
export interface FakeTable {
    readonly columns: readonly string[]
    readonly displayField: string
    /** Reference columns and their target tables. */
    readonly references?: Readonly<Record<string, string>>
    /** Choice labels per column. */
    readonly choices?: Readonly<Record<string, Readonly<Record<string, string>>>>
    /** The role each operation needs (none: open). */
    readonly roles?: Readonly<Partial<Record<Operation, string>>>
    /** Row-level read ACL, evaluated after the limit: true hides the row. */
    readonly hidden?: (row: Row) => boolean
    /** A before rule: returns the abort message, if any. */
    readonly abort?: (values: Row) => string | undefined
    rows: Row[]
}

const fail = (failure: EngineFailure): { ok: false; failure: EngineFailure } => ({ ok: false, failure })

/** Fake TableService over arrays; records every list call for assertions. */
export class FakeTableService implements TableService {
    readonly listCalls: { table: string; params: ListParams }[] = []
    private next = 1000

    constructor(readonly tables: Record<string, FakeTable>) {}

    private table(name: string): FakeTable | undefined {
        return Object.prototype.hasOwnProperty.call(this.tables, name) ? this.tables[name] : undefined
    }

    private allowed(user: LabUser, table: FakeTable, op: Operation): boolean {
        const role = table.roles?.[op]
        return role === undefined || user.roles.includes(role) || user.roles.includes('admin')
    }

    private view(table: FakeTable, row: Row, fields?: readonly string[]): RecordView {
        const out: Record<string, FieldView> = {}
        for (const column of table.columns) {
            if (fields !== undefined && !fields.includes(column)) continue
            const value = row[column] ?? ''
            const target = table.references?.[column]
            if (target !== undefined && value !== '') {
                const targetTable = this.table(target)
                const targetRow = targetTable?.rows.find((r) => r['sys_id'] === value)
                out[column] = {
                    value,
                    display: targetRow?.[targetTable?.displayField ?? ''] ?? '',
                    referenceTable: target,
                }
            } else {
                out[column] = { value, display: table.choices?.[column]?.[value] ?? value }
            }
        }
        return { sysId: row['sys_id'] ?? '', fields: out }
    }

    list(user: LabUser, name: string, params: ListParams): EngineResult<{ rows: RecordView[]; total: number }> {
        this.listCalls.push({ table: name, params })
        const table = this.table(name)
        if (table === undefined) return fail({ kind: 'invalid_table', table: name })
        if (!this.allowed(user, table, 'read')) return fail({ kind: 'acl', operation: 'read' })
        let rows = [...table.rows]
        const order: { field: string; desc: boolean }[] = []
        for (const term of params.query.split('^').filter((t) => t !== '')) {
            const orderBy = /^ORDERBY(DESC)?(\w+)$/.exec(term)
            const condition = /^(\w+)(!=|=)(.*)$/.exec(term)
            const field = orderBy?.[2] ?? condition?.[1]
            if (field === undefined || !table.columns.includes(field)) {
                return fail({ kind: 'invalid_query', detail: `Invalid query term '${term}' for table ${name}` })
            }
            if (orderBy !== null) order.push({ field, desc: orderBy[1] === 'DESC' })
            else if (condition !== null) {
                const [, , op, value] = condition
                rows = rows.filter((r) => ((r[field] ?? '') === value) === (op === '='))
            }
        }
        rows.sort((a, b) => {
            for (const { field, desc } of order) {
                const c = (a[field] ?? '').localeCompare(b[field] ?? '')
                if (c !== 0) return desc ? -c : c
            }
            return 0
        })
        const page = rows.slice(params.offset, params.offset + params.limit).filter((r) => !table.hidden?.(r))
        return { ok: true, value: { rows: page.map((r) => this.view(table, r, params.fields)), total: rows.length } }
    }

    get(user: LabUser, name: string, id: string, fields?: readonly string[]): EngineResult<RecordView> {
        const table = this.table(name)
        if (table === undefined) return fail({ kind: 'invalid_table', table: name })
        const row = table.rows.find((r) => r['sys_id'] === id)
        if (row === undefined || !this.allowed(user, table, 'read') || table.hidden?.(row) === true) {
            return fail({ kind: 'not_found' })
        }
        return { ok: true, value: this.view(table, row, fields) }
    }

    insert(user: LabUser, name: string, values: Readonly<Record<string, string>>): EngineResult<RecordView> {
        const table = this.table(name)
        if (table === undefined) return fail({ kind: 'invalid_table', table: name })
        if (!this.allowed(user, table, 'create')) return fail({ kind: 'acl', operation: 'create' })
        const row: Row = {
            ...Object.fromEntries(table.columns.map((c) => [c, ''])),
            ...values,
            sys_id: sysId(this.next++),
        }
        const message = table.abort?.(row)
        if (message !== undefined) return fail({ kind: 'aborted', message, rule: 'Check values' })
        table.rows.push(row)
        return { ok: true, value: this.view(table, row) }
    }

    update(
        user: LabUser,
        name: string,
        id: string,
        values: Readonly<Record<string, string>>
    ): EngineResult<RecordView> {
        const table = this.table(name)
        if (table === undefined) return fail({ kind: 'invalid_table', table: name })
        const index = table.rows.findIndex((r) => r['sys_id'] === id)
        const current = table.rows[index]
        if (current === undefined) return fail({ kind: 'not_found' })
        if (!this.allowed(user, table, 'write')) return fail({ kind: 'acl', operation: 'write' })
        const row = { ...current, ...values, sys_id: id }
        const message = table.abort?.(row)
        if (message !== undefined) return fail({ kind: 'aborted', message })
        table.rows[index] = row
        return { ok: true, value: this.view(table, row) }
    }

    delete(user: LabUser, name: string, id: string): EngineResult<true> {
        const table = this.table(name)
        if (table === undefined) return fail({ kind: 'invalid_table', table: name })
        const index = table.rows.findIndex((r) => r['sys_id'] === id)
        if (index < 0) return fail({ kind: 'not_found' })
        if (!this.allowed(user, table, 'delete')) return fail({ kind: 'acl', operation: 'delete' })
        table.rows.splice(index, 1)
        return { ok: true, value: true }
    }
}

/** A Scripted REST route of the fake: answers or throws. */
export type FakeRoute = (user: LabUser, req: ScriptedRestRequest) => ScriptedRestResponse

/** Fake ScriptedRestService: routes by `METHOD path`; records every request it receives. */
export class FakeScriptedRestService implements ScriptedRestService {
    readonly requests: ScriptedRestRequest[] = []

    constructor(private readonly routes: Readonly<Record<string, FakeRoute>>) {}

    handle(user: LabUser, req: ScriptedRestRequest): ScriptedRestResponse | undefined {
        this.requests.push(req)
        return this.routes[`${req.method} ${req.path}`]?.(user, req)
    }
}

/** A user of the fake with a password. */
export interface FakeUser extends LabUser {
    readonly password: string
    readonly active?: boolean
}

/** Fake AuthService over a user list. */
export class FakeAuthService implements AuthService {
    constructor(private readonly users: readonly FakeUser[]) {}

    authenticate(userName: string, password: string): LabUser | undefined {
        const user = this.users.find((u) => u.userName === userName)
        return user !== undefined && user.active !== false && user.password === password ? strip(user) : undefined
    }

    userById(id: string): LabUser | undefined {
        const user = this.users.find((u) => u.sysId === id)
        return user === undefined ? undefined : strip(user)
    }
}

function strip(user: FakeUser): LabUser {
    return { sysId: user.sysId, userName: user.userName, roles: user.roles }
}

/** The users of the standard fixture. */
export const USERS = {
    admin: { sysId: sysId(1), userName: 'admin', password: 'admin-pw', roles: ['admin'] },
    viewer: { sysId: sysId(2), userName: 'val.viewer', password: 'viewer-pw', roles: ['x_itvc_value.viewer'] },
    manager: {
        sysId: sysId(3),
        userName: 'val.manager',
        password: 'manager-pw',
        roles: ['x_itvc_value.manager', 'x_itvc_value.viewer'],
    },
} as const satisfies Record<string, FakeUser>

/** Fresh tables of the standard fixture: 5 incidents (one hidden by a row ACL), users and benefits. */
export function fixtureTables(): Record<string, FakeTable> {
    return {
        sys_user: {
            columns: ['sys_id', 'user_name', 'name'],
            displayField: 'name',
            rows: [
                { sys_id: sysId(101), user_name: 'abel.tuter', name: 'Abel Tuter' },
                { sys_id: sysId(102), user_name: 'beth.anglin', name: 'Beth Anglin' },
            ],
        },
        incident: {
            columns: ['sys_id', 'number', 'priority', 'active', 'caller_id', 'short_description', 'secret'],
            displayField: 'number',
            references: { caller_id: 'sys_user' },
            choices: { priority: { '1': '1 - Critical', '2': '2 - High', '3': '3 - Moderate' } },
            hidden: (row) => row['secret'] === 'true',
            rows: [1, 2, 3, 4, 5].map((n) => ({
                sys_id: sysId(200 + n),
                number: `INC000000${n}`,
                priority: String(((n - 1) % 3) + 1),
                active: n % 2 === 1 ? 'true' : 'false',
                caller_id: n === 5 ? '' : sysId(101 + (n % 2)),
                short_description: `Incident ${n}`,
                secret: n === 2 ? 'true' : 'false',
            })),
        },
        empty_table: { columns: ['sys_id', 'name'], displayField: 'name', rows: [] },
        x_itvc_value_benefit: {
            columns: ['sys_id', 'name', 'planned_value', 'realized_value', 'active', 'state'],
            displayField: 'name',
            roles: { create: 'x_itvc_value.manager', write: 'x_itvc_value.manager', delete: 'admin' },
            abort: (row) => (row['state'] === 'cancelled' ? 'A cancelled benefit cannot be saved' : undefined),
            rows: [
                {
                    sys_id: sysId(301),
                    name: 'Fewer outages',
                    planned_value: '1000.00',
                    realized_value: '250.50',
                    active: 'true',
                    state: 'open',
                },
            ],
        },
    }
}

/** The Scripted REST routes of the standard fixture. */
export function fixtureRoutes(): Record<string, FakeRoute> {
    return {
        'GET /api/x_itvc_value/v1/scorecard/latest': () => ({
            status: 200,
            headers: {},
            body: { result: { period: '2026-01', planned: 150, realized: 75, ratio: 50 } },
        }),
        'POST /api/x_itvc_value/v1/echo': (user, req) => ({
            status: 201,
            headers: { 'X-Echo-User': user.userName },
            body: { result: { body: req.body, query: req.query } },
        }),
        'GET /api/x_itvc_value/v1/missing': () => ({
            status: 404,
            headers: {},
            body: { error: { message: 'No scorecard', detail: 'No scorecard for 2031-01' }, status: 'failure' },
        }),
        'DELETE /api/x_itvc_value/v1/scorecard/latest': () => ({ status: 204, headers: {}, body: undefined }),
        'GET /api/x_itvc_value/v1/boom': () => {
            throw new Error('handler exploded')
        },
    }
}

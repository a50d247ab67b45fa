/**
 * The engine side of the lab's HTTP contract (scripts/lab/http/contract.ts): the Table API over GlideRecordSecure
 * (ACLs, business rules, row filters after the limit), the app's Scripted REST routes with their REST_Endpoint ACLs,
 * and password checks.
 */
import { quoteIdent } from '../db/database.ts'
import { GlideRecordSecure } from '../glide/record.ts'
import type {
    AuthService,
    EngineResult,
    FieldView,
    LabUser,
    ListParams,
    RecordView,
    ScriptedRestRequest,
    ScriptedRestResponse,
    ScriptedRestService,
    TableService,
} from '../http/contract.ts'
import type { LabInstance } from '../instance.ts'
import { isQueryError } from '../query/ast.ts'
import { whereClause, parseQuery } from './query-bridge.ts'
import type { RouteDef } from './install.ts'
import type { ServiceError } from '../glide/sn_ws_err.ts'

function fail<T>(failure: Extract<EngineResult<T>, { ok: false }>['failure']): EngineResult<T> {
    return { ok: false, failure }
}

export class LabTableService implements TableService {
    constructor(private readonly lab: LabInstance) {}

    private checkTable(table: string): EngineResult<true> {
        const t = this.lab.schema.table(table)
        if (!t) return fail({ kind: 'invalid_table', table })
        if (t.def.wsAccess === false && t.def.scope !== 'global') return fail({ kind: 'acl', operation: 'read' })
        return { ok: true, value: true }
    }

    /** The record as the Table API shows it: only fields the user may read. */
    view(gr: GlideRecordSecure, fields?: readonly string[]): RecordView {
        const table = this.lab.schema.require(gr.getTableName())
        const out: Record<string, FieldView> = {}
        const record = gr.snapshot()
        const names = fields?.length ? fields.filter((f) => table.columns.has(f)) : [...table.columns.keys()]
        for (const name of names) {
            if (!this.lab.canAccess(table.name, 'read', name, record)) continue
            const c = table.columns.get(name)
            if (!c) continue
            const raw = record[name] ?? null
            const value =
                raw === null ? '' : c.storage === 'boolean' ? (raw === 'true' || raw === '1' ? 'true' : 'false') : raw
            const display = raw === null ? '' : gr.getDisplayValue(name) || value
            out[name] =
                c.type === 'reference' && c.reference && value
                    ? { value, display, referenceTable: c.reference }
                    : { value, display }
        }
        return { sysId: gr.getUniqueValue(), fields: out }
    }

    private guard<T>(user: LabUser, fn: () => EngineResult<T>): EngineResult<T> {
        try {
            return this.lab.runAs(user, fn).value
        } catch (e) {
            if (isQueryError(e)) return fail({ kind: 'invalid_query', detail: e.message })
            throw e
        }
    }

    list(user: LabUser, table: string, params: ListParams): EngineResult<{ rows: RecordView[]; total: number }> {
        const ok = this.checkTable(table)
        if (!ok.ok) return ok as EngineResult<never>
        return this.guard(user, () => {
            if (!this.lab.canAccess(table, 'read', undefined, undefined))
                return fail({ kind: 'acl', operation: 'read' })
            const q = parseQuery(params.query, table)
            const where = whereClause(q, table)
            const totalRow = this.lab.db.select(
                `SELECT COUNT(*) AS n FROM ${quoteIdent(table)}${where.sql ? ` WHERE ${where.sql}` : ''}`,
                where.params
            )[0]
            const gr = new GlideRecordSecure(table)
            if (params.query) gr.addEncodedQuery(params.query)
            gr.chooseWindow(params.offset, params.offset + params.limit)
            gr.query()
            const rows: RecordView[] = []
            while (gr.next()) rows.push(this.view(gr, params.fields))
            return { ok: true, value: { rows, total: Number(totalRow?.['n'] ?? 0) } }
        })
    }

    get(user: LabUser, table: string, sysId: string, fields?: readonly string[]): EngineResult<RecordView> {
        const ok = this.checkTable(table)
        if (!ok.ok) return ok as EngineResult<never>
        return this.guard(user, () => {
            const gr = new GlideRecordSecure(table)
            if (!/^[0-9a-zA-Z_]{1,64}$/.test(sysId) || !gr.get(sysId)) return fail({ kind: 'not_found' })
            return { ok: true, value: this.view(gr, fields) }
        })
    }

    private writeFailure(
        gr: GlideRecordSecure,
        operation: 'write' | 'create' | 'delete',
        messages: readonly { level: string; text: string }[]
    ): EngineResult<never> {
        const f = gr.lastFailure
        if (f?.kind === 'acl') return fail({ kind: 'acl', operation })
        if (f?.kind === 'invalid_value') return fail({ kind: 'invalid_value', field: f.field, message: f.message })
        const text =
            messages
                .filter((m) => m.level === 'error')
                .map((m) => m.text)
                .join(' ') || 'Operation aborted by a business rule'
        return fail({ kind: 'aborted', message: text })
    }

    private setValues(
        gr: GlideRecordSecure,
        table: string,
        values: Readonly<Record<string, string>>
    ): EngineResult<true> {
        const t = this.lab.schema.require(table)
        for (const [k, v] of Object.entries(values)) {
            // A client may choose the sys_id of a new record (as on an instance); other system fields are not writable.
            if (k === 'sys_id' && gr.isNewRecord() && /^[0-9a-f]{32}$/.test(v)) {
                gr.setValue(k, v)
                continue
            }
            if (k.startsWith('sys_')) continue
            if (!t.columns.has(k)) continue // the platform ignores unknown fields
            gr.setValue(k, v)
        }
        return { ok: true, value: true }
    }

    insert(user: LabUser, table: string, values: Readonly<Record<string, string>>): EngineResult<RecordView> {
        const ok = this.checkTable(table)
        if (!ok.ok) return ok as EngineResult<never>
        try {
            const tx = this.lab.runAs(user, () => {
                const gr = new GlideRecordSecure(table)
                gr.initialize()
                this.setValues(gr, table, values)
                const id = gr.insert()
                if (id === null) return { gr, view: undefined }
                gr.get(id)
                return { gr, view: this.view(gr) }
            })
            const { gr, view } = tx.value
            return view ? { ok: true, value: view } : this.writeFailure(gr, 'create', tx.messages)
        } catch (e) {
            if (isQueryError(e)) return fail({ kind: 'invalid_query', detail: e.message })
            throw e
        }
    }

    update(
        user: LabUser,
        table: string,
        sysId: string,
        values: Readonly<Record<string, string>>
    ): EngineResult<RecordView> {
        const ok = this.checkTable(table)
        if (!ok.ok) return ok as EngineResult<never>
        const tx = this.lab.runAs(user, () => {
            const gr = new GlideRecordSecure(table)
            if (!gr.get(sysId)) return { gr, found: false, view: undefined }
            this.setValues(gr, table, values)
            const id = gr.update()
            if (id === null) return { gr, found: true, view: undefined }
            gr.get(id)
            return { gr, found: true, view: this.view(gr) }
        })
        const { gr, found, view } = tx.value
        if (!found) return fail({ kind: 'not_found' })
        return view ? { ok: true, value: view } : this.writeFailure(gr, 'write', tx.messages)
    }

    delete(user: LabUser, table: string, sysId: string): EngineResult<true> {
        const ok = this.checkTable(table)
        if (!ok.ok) return ok
        const tx = this.lab.runAs(user, () => {
            const gr = new GlideRecordSecure(table)
            if (!gr.get(sysId)) return { gr, found: false, deleted: false }
            return { gr, found: true, deleted: gr.deleteRecord() }
        })
        const { gr, found, deleted } = tx.value
        if (!found) return fail({ kind: 'not_found' })
        return deleted ? { ok: true, value: true } : this.writeFailure(gr, 'delete', tx.messages)
    }
}

/** Matches a path against a route template such as /api/x_itvc_value/v1/demands/{sys_id}/score. */
function matchTemplate(template: string, path: string): Record<string, string> | undefined {
    const t = template.split('/').filter(Boolean)
    const p = path.split('/').filter(Boolean)
    if (t.length !== p.length) return undefined
    const params: Record<string, string> = {}
    for (let i = 0; i < t.length; i++) {
        const seg = t[i] as string
        const val = p[i] as string
        const m = /^\{(\w+)\}$/.exec(seg)
        if (m) params[m[1] as string] = decodeURIComponent(val)
        else if (seg !== val) return undefined
    }
    return params
}

export class LabRestService implements ScriptedRestService {
    constructor(private readonly lab: LabInstance) {}

    /** The route and its path parameters for a method and path. */
    resolve(method: string, path: string): { route: RouteDef; params: Record<string, string> } | undefined {
        const routes = this.lab.installed()?.routes ?? []
        for (const route of routes) {
            if (!route.active || route.method !== method.toUpperCase()) continue
            const params =
                matchTemplate(route.uri, path) ?? (route.defaultUri ? matchTemplate(route.defaultUri, path) : undefined)
            if (params) return { route, params }
        }
        return undefined
    }

    handle(user: LabUser, req: ScriptedRestRequest): ScriptedRestResponse | undefined {
        const found = this.resolve(req.method, req.path)
        if (!found) return undefined
        const { route, params } = found
        if (route.requiresAcl && !this.lab.canExecute(route.acls, user)) {
            return {
                status: 403,
                headers: {},
                body: {
                    error: {
                        message: 'User Not Authorized',
                        detail: `User '${user.userName}' is not authorized to execute ${route.name}`,
                    },
                    status: 'failure',
                },
            }
        }
        const state = {
            status: 200,
            headers: {} as Record<string, string>,
            body: undefined as unknown,
            error: undefined as ServiceError | undefined,
        }
        const queryParams: Record<string, string[]> = {}
        for (const [k, v] of Object.entries(req.query))
            queryParams[k] = Array.isArray(v) ? [...(v as string[])] : [v as string]
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]))
        const request = {
            pathParams: params,
            queryParams,
            queryString: Object.entries(queryParams)
                .flatMap(([k, vs]) => vs.map((v) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
                .join('&'),
            uri: req.path,
            url: req.path,
            headers,
            getHeader: (name: string) => headers[name.toLowerCase()],
            body: {
                data: req.body,
                dataString: req.body === undefined ? '' : JSON.stringify(req.body),
                hasNext: () => false,
            },
        }
        const response = {
            setStatus: (s: number) => {
                state.status = s
            },
            setHeader: (k: string, v: string) => {
                state.headers[k] = v
            },
            setContentType: (v: string) => {
                state.headers['Content-Type'] = v
            },
            setBody: (b: unknown) => {
                state.body = b
            },
            setError: (e: ServiceError) => {
                state.error = e
            },
        }
        try {
            this.lab.runAs(user, () => {
                const returned = this.lab.execute(route.script, { request, response }, `REST route ${route.name}`)
                if (state.body === undefined && returned !== undefined) state.body = returned
            })
        } catch (e) {
            const message = e instanceof Error ? e.message : String(e)
            this.lab.log('error', `REST route ${route.name} failed: ${message}`, 'x_itvc_value')
            return {
                status: 500,
                headers: {},
                body: { error: { message: 'Internal server error', detail: message }, status: 'failure' },
            }
        }
        if (state.error) {
            return {
                status: state.error.status,
                headers: state.headers,
                body: {
                    error: { message: state.error.message, detail: state.error.detail || null },
                    status: 'failure',
                },
            }
        }
        return {
            status: state.status,
            headers: state.headers,
            body: state.status === 204 ? undefined : { result: state.body ?? null },
        }
    }
}

export class LabAuthService implements AuthService {
    constructor(private readonly lab: LabInstance) {}
    authenticate(userName: string, password: string): LabUser | undefined {
        return this.lab.authenticate(userName, password)
    }
    userById(sysId: string): LabUser | undefined {
        return this.lab.userById(sysId)
    }
}

/**
 * A lab instance: the emulated ServiceNow instance the app is installed into. It owns the SQLite database, the
 * schema (base platform tables + the installed app), the session users, the business-rule engine, ACLs, jobs and
 * Scripted REST routes, and it is the host the lab's Glide classes run against.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { join } from 'node:path'
import type { AppRecords } from '../metadata/app-records.ts'
import { emptyStats, LabDatabase, quoteIdent, type WorkStats } from './db/database.ts'
import { AclEngine, type AclRule, type RecordOperation } from './engine/acl.ts'
import { installAppData } from './engine/app-data.ts'
import { BASE_ROLES, baseAcls } from './engine/base-security.ts'
import { readInstalledApp, type InstalledApp, type JobDef, type RuleDef } from './engine/install.ts'
import { runScript, type ModuleResolver } from './engine/modules.ts'
import {
    forgetRecordFilters,
    recordFilter,
    recordMatches,
    setQueryContext,
    setQueryDatabase,
} from './engine/query-bridge.ts'
import { GlideRecord } from './glide/record.ts'
import { formatUtc } from './glide/datetime.ts'
import type { LabUser } from './http/contract.ts'
import type { QueryMode } from './query/types.ts'
import { setRuntime, type GlideHost, type UserMessage } from './runtime.ts'
import { baseTables } from './schema/base.ts'
import { LabSchema } from './schema/lab-schema.ts'

export interface LabOptions {
    /** SQLite file, or ':memory:' (default). */
    readonly dbPath?: string
    /** Project root the app's module paths map into (default: this repository). */
    readonly root?: string
    /** Lab clock: returns UTC 'yyyy-MM-dd HH:mm:ss'. Default: the machine clock. */
    readonly clock?: () => string
    /** Query mode: strict (default) throws on unknown fields; instance drops them as a real instance does. */
    readonly queryMode?: QueryMode
}

/** What one transaction did. */
export interface TransactionResult<T> {
    readonly value: T
    readonly stats: WorkStats
    readonly messages: readonly UserMessage[]
}

interface Frame {
    user: LabUser
    messages: UserMessage[]
    depth: number
}

interface AsyncWork {
    readonly rule: RuleDef
    readonly table: string
    readonly sysId: string
    readonly operation: 'insert' | 'update' | 'delete'
    readonly user: LabUser
}

/** Password hashing cost: low enough that every basic-auth request stays around a millisecond (a local lab). */
const SCRYPT = { N: 1024, r: 8, p: 1 }

export const SYSTEM_USER: LabUser = { sysId: 'system', userName: 'system', roles: ['admin'] }
const ROOT = join(__dirname, '..', '..')

export class LabInstance implements GlideHost {
    readonly db: LabDatabase
    readonly schema: LabSchema
    readonly root: string
    readonly queryMode: QueryMode
    private clock: () => string
    private app: InstalledApp | undefined
    private acl = new AclEngine(baseAcls())
    private rulesByTable = new Map<string, RuleDef[]>()
    private resolver: ModuleResolver = { installed: new Set(), root: ROOT }
    private readonly frames: Frame[] = []
    private readonly asyncQueue: AsyncWork[] = []
    private properties: Map<string, string> | undefined
    private roleGraph = new Map<string, string[]>()
    /** Totals since the instance started (all transactions). */
    readonly totals: WorkStats = emptyStats()

    constructor(options: LabOptions = {}) {
        this.root = options.root ?? ROOT
        this.clock = options.clock ?? (() => formatUtc(Date.now()))
        this.queryMode = options.queryMode ?? 'strict'
        this.db = new LabDatabase(options.dbPath ?? ':memory:')
        this.schema = new LabSchema(baseTables())
        this.db.ensureSchema(this.schema)
        this.resolver = { installed: new Set(), root: this.root }
        this.activate()
        this.ensureBaseRoles()
    }

    /** Makes this instance the one Glide classes talk to (when a test holds several). */
    activate(): this {
        setQueryContext(this.schema, this.queryMode)
        setQueryDatabase(this.db)
        setRuntime(this)
        return this
    }

    close(): void {
        this.db.close()
        setRuntime(undefined)
    }

    setClock(clock: () => string): void {
        this.clock = clock
    }

    installed(): InstalledApp | undefined {
        return this.app
    }

    // ---- GlideHost ------------------------------------------------------------------------------------------
    now(): string {
        return this.clock()
    }
    user(): LabUser {
        return this.frames[this.frames.length - 1]?.user ?? SYSTEM_USER
    }
    property(name: string): string | undefined {
        if (!this.properties) {
            this.properties = new Map(
                this.db
                    .internal('SELECT name, value FROM "sys_properties"')
                    .map((r) => [String(r['name']), r['value'] === null ? '' : String(r['value'])])
            )
        }
        return this.properties.get(name)
    }
    log(level: 'debug' | 'info' | 'warn' | 'error', message: string, source: string): void {
        const lvl = { debug: -1, info: 0, warn: 1, error: 2 }[level]
        this.db.internal(
            'INSERT INTO "syslog" (sys_id, level, source, message, sys_created_on, sys_created_by, sys_updated_on, sys_updated_by, sys_mod_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)',
            [
                randomBytes(16).toString('hex'),
                lvl,
                source,
                message,
                this.now(),
                this.user().userName,
                this.now(),
                this.user().userName,
            ]
        )
    }
    queueEvent(name: string, table: string, sysId: string, parm1: string, parm2: string): void {
        this.db.internal(
            'INSERT INTO "sysevent" (sys_id, name, "table", instance, parm1, parm2, state, queue, process_on, sys_created_on, sys_created_by, sys_updated_on, sys_updated_by, sys_mod_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)',
            [
                randomBytes(16).toString('hex'),
                name,
                table,
                sysId,
                parm1,
                parm2,
                'ready',
                '',
                this.now(),
                this.now(),
                this.user().userName,
                this.now(),
                this.user().userName,
            ]
        )
    }
    message(msg: UserMessage): void {
        this.frames[this.frames.length - 1]?.messages.push(msg)
    }
    canAccess(
        table: string,
        operation: RecordOperation,
        field: string | undefined,
        record: Readonly<Record<string, string | null>> | undefined
    ): boolean {
        const t = this.schema.require(table)
        const ctx = {
            roles: this.user().roles,
            matches: (tbl: string, cond: string, rec: Readonly<Record<string, string | null>> | undefined) =>
                rec ? recordMatches(cond, tbl, rec) : true,
        }
        if (field === undefined) return this.acl.canTable(t.hierarchy, operation, ctx, record)
        return this.acl.canField(t.hierarchy, operation, field, ctx, record)
    }
    canExecute(aclIds: readonly string[], user: LabUser): boolean {
        return this.acl.canExecute(aclIds, { roles: user.roles, matches: () => true })
    }
    aclRules(): AclRule[] {
        return this.acl.rules()
    }

    runRules(
        when: 'before' | 'after' | 'async',
        operation: 'insert' | 'update' | 'delete',
        current: unknown,
        previous: unknown
    ): void {
        const gr = current as GlideRecord
        const table = gr.getTableName()
        if (table === 'sys_properties') this.properties = undefined
        const t = this.schema.require(table)
        const rules = t.hierarchy
            .flatMap((name) => this.rulesByTable.get(name) ?? [])
            .filter((r) => r.active && r.when === when && r[operation])
            .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
        const frame = this.frames[this.frames.length - 1]
        for (const rule of rules) {
            if (rule.condition.trim() !== '')
                throw new Error(
                    `business rule "${rule.name}" has a script condition: not supported in the lab (use filterCondition)`
                )
            // bound once per rule and table; reads only the fields the filter names, as they are now
            if (rule.filterCondition && !recordFilter(rule.filterCondition, table).matches((f) => gr.storedValue(f)))
                continue
            if (when === 'async') {
                this.asyncQueue.push({ rule, table, sysId: gr.getUniqueValue(), operation, user: this.user() })
                continue
            }
            if (frame && frame.depth > 25)
                throw new Error(`business rule recursion deeper than 25 levels at "${rule.name}"`)
            if (frame) frame.depth++
            try {
                runScript(this.resolver, rule.script, { current: gr, previous }, `business rule "${rule.name}"`)
            } finally {
                if (frame) frame.depth--
            }
            if (when === 'before' && gr.isAborted()) return
        }
    }

    // ---- transactions ---------------------------------------------------------------------------------------
    /** Runs fn as one transaction of the given user: atomic (an exception rolls back), counted. */
    runAs<T>(user: LabUser, fn: () => T): TransactionResult<T> {
        this.activate()
        const outer = this.db.stats
        const stats = emptyStats()
        this.db.stats = stats
        const frame: Frame = { user, messages: [], depth: 0 }
        this.frames.push(frame)
        try {
            const value = this.db.transaction(fn)
            return { value, stats, messages: frame.messages }
        } finally {
            this.frames.pop()
            this.db.stats = outer
            outer.queries += stats.queries
            outer.rowsRead += stats.rowsRead
            outer.rowsWritten += stats.rowsWritten
            this.totals.queries += stats.queries
            this.totals.rowsRead += stats.rowsRead
            this.totals.rowsWritten += stats.rowsWritten
        }
    }

    /** Runs as the system (admin, no ACL restrictions). */
    runAsSystem<T>(fn: () => T): TransactionResult<T> {
        return this.runAs(SYSTEM_USER, fn)
    }

    /** Runs the queued async business rules (each in its own transaction, as the user who triggered it). */
    settle(): number {
        let ran = 0
        while (this.asyncQueue.length) {
            const work = this.asyncQueue.shift() as AsyncWork
            this.runAs(work.user, () => {
                const current = new GlideRecord(work.table)
                const found = work.operation === 'delete' ? false : current.get(work.sysId)
                runScript(
                    this.resolver,
                    work.rule.script,
                    { current: found ? current : null, previous: null },
                    `async business rule "${work.rule.name}"`
                )
            })
            ran++
        }
        return ran
    }

    pendingAsync(): number {
        return this.asyncQueue.length
    }

    // ---- install --------------------------------------------------------------------------------------------
    /**
     * Installs (or upgrades to) a built app: schema first (tables created, columns added, data rows kept), then
     * roles, properties (values an admin changed are kept), ACLs, rules, jobs, routes and modules. Roles and
     * properties the previous version installed and this one lacks are removed.
     *
     * Atomic: the new schema is resolved before anything changes, and every write (DDL included) runs in one
     * SQLite transaction; if anything throws, the transaction rolls back, the engine state (schema, ACLs, rules,
     * routes, jobs, modules, roles) is restored and the previous version keeps working.
     */
    install(records: AppRecords): InstalledApp {
        this.activate()
        const app = readInstalledApp(records, (name) => this.schema.hasTable(name))
        const schema = new LabSchema(baseTables())
        for (const t of app.tables) schema.defineTable(t)
        for (const [table, cols] of app.augments) schema.addColumns(table, cols)
        for (const name of schema.tableNames()) schema.table(name) // resolve eagerly: fails before anything changes
        const before = {
            app: this.app,
            acl: this.acl,
            rulesByTable: this.rulesByTable,
            resolver: this.resolver,
            roleGraph: this.roleGraph,
        }
        try {
            this.db.transaction(() => this.applyInstall(app, before.app))
        } catch (error) {
            // The transaction rolled back (DDL too); put the engine back in front of the old tables.
            this.schema.dropScope(app.scope)
            if (before.app) this.defineAppSchema(before.app)
            this.db.ensureSchema(this.schema) // no-op DDL after the rollback; drops prepared statements
            forgetRecordFilters(this.schema)
            this.app = before.app
            this.acl = before.acl
            this.rulesByTable = before.rulesByTable
            this.resolver = before.resolver
            this.roleGraph = before.roleGraph
            this.properties = undefined
            throw error
        }
        return app
    }

    private defineAppSchema(app: InstalledApp): void {
        this.schema.dropScope(app.scope)
        for (const t of app.tables) this.schema.defineTable(t)
        for (const [table, cols] of app.augments) this.schema.addColumns(table, cols)
    }

    /** The writes of an install; runs inside install()'s transaction. */
    private applyInstall(app: InstalledApp, previous: InstalledApp | undefined): void {
        // Swap the schema in place (the Glide classes hold this.schema).
        this.defineAppSchema(app)
        this.db.ensureSchema(this.schema)
        forgetRecordFilters(this.schema)
        this.app = app
        this.acl = new AclEngine([...baseAcls(), ...app.acls])
        this.rulesByTable = new Map()
        for (const r of app.rules) {
            const list = this.rulesByTable.get(r.table) ?? []
            list.push(r)
            this.rulesByTable.set(r.table, list)
        }
        this.resolver = { installed: app.modules, root: this.root }
        this.runAsSystem(() => {
            const roles = new Set(app.roles.map((r) => r.sysId))
            const properties = new Set(app.properties.map((p) => p.sysId))
            for (const role of previous?.roles ?? []) {
                if (roles.has(role.sysId)) continue
                const grants = new GlideRecord('sys_user_has_role')
                grants.setWorkflow(false)
                grants.addQuery('role', role.sysId)
                grants.deleteMultiple()
                this.remove('sys_user_role', role.sysId)
            }
            for (const p of previous?.properties ?? [])
                if (!properties.has(p.sysId)) this.remove('sys_properties', p.sysId)
            for (const role of app.roles)
                this.upsert('sys_user_role', role.sysId, { name: role.name, description: role.description })
            for (const p of app.properties) {
                const existing = this.db.internal('SELECT sys_id FROM "sys_properties" WHERE name = ?', [p.name])[0]
                if (!existing)
                    this.upsert('sys_properties', p.sysId, {
                        name: p.name,
                        value: p.value,
                        type: p.type,
                        description: p.description,
                    })
            }
            this.upsert('sys_scope', app.scopeId, {
                scope: app.scope,
                name: app.name,
                version: app.version,
                active: 'true',
                sys_class_name: 'sys_app',
            })
            installAppData(app, (table, sysId, values) => this.upsert(table, sysId, values))
        })
        this.properties = undefined
        this.roleGraph = new Map()
        for (const c of app.roleContains) {
            const list = this.roleGraph.get(c.role) ?? []
            list.push(c.contains)
            this.roleGraph.set(c.role, list)
        }
    }

    /** Deletes a record by sys_id, as the system, without business rules (absent is fine). */
    remove(table: string, sysId: string): void {
        const gr = new GlideRecord(table)
        gr.setWorkflow(false)
        if (gr.get(sysId) && !gr.deleteRecord()) throw new Error(`could not delete ${table} ${sysId}`)
    }

    /** Inserts or updates a record by sys_id, as the system, without business rules. */
    upsert(table: string, sysId: string, values: Readonly<Record<string, string>>): void {
        const gr = new GlideRecord(table)
        gr.setWorkflow(false)
        if (!gr.get(sysId)) {
            gr.initialize()
            gr.setValue('sys_id', sysId)
        }
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        if (gr.update() === null) throw new Error(`could not write ${table} ${sysId}`)
    }

    // ---- jobs -----------------------------------------------------------------------------------------------
    jobs(): JobDef[] {
        return this.app?.jobs ?? []
    }

    /** Runs a scheduled job now (as the system), by name or sys_id. */
    runJob(nameOrId: string): TransactionResult<unknown> {
        const job = this.jobs().find((j) => j.name === nameOrId || j.sysId === nameOrId)
        if (!job) throw new Error(`no scheduled job "${nameOrId}" is installed`)
        return this.runAsSystem(() => runScript(this.resolver, job.script, {}, `scheduled job "${job.name}"`))
    }

    /** Runs a generated script (job, route) with globals; used by the REST service. */
    execute(script: string, globals: Readonly<Record<string, unknown>>, what: string): unknown {
        return runScript(this.resolver, script, globals, what)
    }

    // ---- users ----------------------------------------------------------------------------------------------
    private ensureBaseRoles(): void {
        this.runAsSystem(() => {
            for (const name of BASE_ROLES) {
                const id = `base_role_${name}`
                const exists = this.db.internal('SELECT sys_id FROM "sys_user_role" WHERE sys_id = ?', [id])[0]
                if (!exists) this.upsert('sys_user_role', id, { name })
            }
        })
        this.db.internal(
            'CREATE TABLE IF NOT EXISTS "_lab_password" (user TEXT PRIMARY KEY, salt TEXT NOT NULL, hash TEXT NOT NULL)'
        )
    }

    /** Creates (or updates) a user with a password and roles (by name). Returns the user's sys_id. */
    createUser(
        userName: string,
        password: string,
        roles: readonly string[],
        extra: Readonly<Record<string, string>> = {},
        sysId?: string
    ): string {
        const id =
            sysId ??
            this.db
                .internal('SELECT sys_id FROM "sys_user" WHERE user_name = ?', [userName])[0]
                ?.['sys_id']?.toString() ??
            randomBytes(16).toString('hex')
        this.runAsSystem(() => {
            this.upsert('sys_user', id, { user_name: userName, active: 'true', ...extra })
            for (const role of roles) this.grantRole(id, role)
        })
        this.setPassword(id, password)
        return id
    }

    setPassword(userSysId: string, password: string): void {
        const salt = randomBytes(16).toString('hex')
        const hash = scryptSync(password, salt, 32, SCRYPT).toString('hex')
        this.db.internal(
            'INSERT INTO "_lab_password" (user, salt, hash) VALUES (?, ?, ?) ON CONFLICT(user) DO UPDATE SET salt = excluded.salt, hash = excluded.hash',
            [userSysId, salt, hash]
        )
    }

    grantRole(userSysId: string, roleName: string): void {
        const role = this.db.internal('SELECT sys_id FROM "sys_user_role" WHERE name = ?', [roleName])[0]
        if (!role) throw new Error(`no role ${roleName} (install the app first?)`)
        const have = this.db.internal('SELECT sys_id FROM "sys_user_has_role" WHERE "user" = ? AND role = ?', [
            userSysId,
            String(role['sys_id']),
        ])[0]
        if (!have) {
            const gr = new GlideRecord('sys_user_has_role')
            gr.setWorkflow(false)
            gr.initialize()
            gr.setValue('user', userSysId)
            gr.setValue('role', String(role['sys_id']))
            gr.setValue('state', 'active')
            gr.insert()
        }
    }

    /** The user with roles expanded (containment), or undefined. */
    userById(sysId: string): LabUser | undefined {
        const row = this.db.internal('SELECT sys_id, user_name, active, locked_out FROM "sys_user" WHERE sys_id = ?', [
            sysId,
        ])[0]
        if (!row || row['active'] === 0 || row['locked_out'] === 1) return undefined
        const direct = this.db
            .internal(
                'SELECT r.name AS name FROM "sys_user_has_role" h JOIN "sys_user_role" r ON r.sys_id = h.role WHERE h."user" = ?',
                [sysId]
            )
            .map((r) => String(r['name']))
        const roles = new Set<string>(['snc_internal'])
        const visit = (name: string): void => {
            if (roles.has(name)) return
            roles.add(name)
            for (const c of this.roleGraph.get(name) ?? []) visit(c)
        }
        for (const r of direct) visit(r)
        return { sysId, userName: String(row['user_name']), roles: [...roles].sort() }
    }

    userByName(userName: string): LabUser | undefined {
        const row = this.db.internal('SELECT sys_id FROM "sys_user" WHERE user_name = ?', [userName])[0]
        return row ? this.userById(String(row['sys_id'])) : undefined
    }

    authenticate(userName: string, password: string): LabUser | undefined {
        const user = this.userByName(userName)
        if (!user) return undefined
        const row = this.db.internal('SELECT salt, hash FROM "_lab_password" WHERE user = ?', [user.sysId])[0]
        if (!row) return undefined
        const hash = scryptSync(password, String(row['salt']), 32, SCRYPT)
        const expected = Buffer.from(String(row['hash']), 'hex')
        return hash.length === expected.length && timingSafeEqual(hash, expected) ? user : undefined
    }

    /** Counts rows of a table (uncounted; for tests and progress output). */
    count(table: string, where = '', params: (string | number | null)[] = []): number {
        const row = this.db.internal(
            `SELECT COUNT(*) AS n FROM ${quoteIdent(table)}${where ? ` WHERE ${where}` : ''}`,
            params
        )[0]
        return Number(row?.['n'] ?? 0)
    }
}

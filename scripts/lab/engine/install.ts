/**
 * Turns the built app's records into what the lab runs: app tables and added columns (sys_db_object,
 * sys_dictionary, sys_choice), business rules, jobs, REST routes, ACLs, roles, properties, modules.
 */
import type { AppRecord, AppRecords } from '../../metadata/app-records.ts'
import type { ChoiceDef, ColumnDef, TableDef } from '../schema/types.ts'
import type { AclRule } from './acl.ts'

export interface RuleDef {
    readonly sysId: string
    readonly name: string
    readonly table: string
    readonly when: 'before' | 'after' | 'async' | 'display'
    readonly order: number
    readonly insert: boolean
    readonly update: boolean
    readonly delete: boolean
    readonly query: boolean
    readonly filterCondition: string
    readonly condition: string
    readonly script: string
    readonly active: boolean
}

export interface JobDef {
    readonly sysId: string
    readonly name: string
    readonly runType: string
    readonly runTime: string
    readonly runDayOfWeek: string
    readonly runDayOfMonth: string
    readonly runPeriod: string
    /** `yyyy-MM-dd HH:mm:ss` (UTC): when the schedule starts; periodic runs count from it. */
    readonly runStart: string
    /** The time zone the run time is in (the app's jobs all say UTC). */
    readonly timeZone: string
    readonly script: string
    readonly active: boolean
}

export interface RouteDef {
    readonly sysId: string
    readonly name: string
    readonly method: string
    /** /api/x_itvc_value/v1/scorecard/things/{id} */
    readonly uri: string
    /** the unversioned /api/x_itvc_value/scorecard/... form (default version only) */
    readonly defaultUri: string
    readonly script: string
    readonly requiresAuthentication: boolean
    readonly requiresAcl: boolean
    readonly acls: readonly string[]
    readonly active: boolean
}

export interface InstalledApp {
    readonly scope: string
    readonly scopeId: string
    readonly version: string
    readonly name: string
    readonly tables: TableDef[]
    readonly augments: Map<string, ColumnDef[]>
    readonly rules: RuleDef[]
    readonly jobs: JobDef[]
    readonly routes: RouteDef[]
    readonly acls: AclRule[]
    readonly roles: { sysId: string; name: string; description: string }[]
    readonly roleContains: { role: string; contains: string }[]
    readonly properties: { sysId: string; name: string; value: string; type: string; description: string }[]
    readonly modules: Set<string>
    readonly records: AppRecords
}

const bool = (v: string | undefined): boolean => v === 'true' || v === '1'

function columnOf(d: AppRecord, choices: ChoiceDef[]): ColumnDef {
    const f = d.fields
    const attrs = Object.fromEntries(
        (f['attributes'] ?? '')
            .split(',')
            .filter(Boolean)
            .map((a) => a.split('=') as [string, string])
    )
    const scale =
        attrs['scale'] !== undefined ? Number(attrs['scale']) : f['internal_type'] === 'currency' ? 2 : undefined
    const col: ColumnDef = {
        name: f['element'] ?? '',
        label: f['column_label'] || (f['element'] ?? ''),
        type: f['internal_type'] ?? 'string',
        ...(f['reference'] ? { reference: f['reference'] } : {}),
        ...(f['max_length'] ? { maxLength: Number(f['max_length']) } : {}),
        ...(f['default_value'] ? { default: f['default_value'] } : {}),
        mandatory: bool(f['mandatory']),
        readOnly: bool(f['read_only']),
        unique: bool(f['unique']),
        display: bool(f['display']),
        ...(scale !== undefined && !Number.isNaN(scale) ? { scale } : {}),
        ...(choices.length ? { choices } : {}),
    }
    return col
}

/**
 * The ACL rules of a built app, as the build emitted them (`sys_security_acl` with their `sys_security_acl_role`s):
 * what the lab enforces and what the README's ACL matrix (scripts/security/acl-matrix.ts) shows.
 */
export function readAclRules(app: AppRecords): AclRule[] {
    return app.of('sys_security_acl').map((a) => ({
        sysId: a.sysId,
        type: a.fields.type,
        name: a.fields.name,
        operation: a.fields.operation,
        roles: app.aclRoles(a.sysId),
        condition: a.fields.condition ?? '',
        script: a.fields.script ?? '',
        adminOverrides: a.fields.admin_overrides !== 'false',
        decisionType: a.fields.decision_type === 'deny' ? 'deny' : 'allow',
        active: a.fields.active !== 'false',
    }))
}

/** Reads the app's installable content out of its records. */
export function readInstalledApp(app: AppRecords, knownTables: (name: string) => boolean): InstalledApp {
    const scopeRec = app.scope()
    const choices = new Map<string, ChoiceDef[]>()
    for (const c of app.of('sys_choice')) {
        const key = `${c.fields.name}.${c.fields.element}`
        const list = choices.get(key) ?? []
        list.push({
            value: c.fields.value,
            label: c.fields.label,
            sequence: Number(c.fields.sequence || 0),
            inactive: bool(c.fields.inactive),
        })
        choices.set(key, list)
    }
    for (const list of choices.values()) list.sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))

    const numbers = new Map(app.of('sys_number').map((n) => [n.fields['category'] ?? '', n.fields]))
    const tables: TableDef[] = app.tables().map((t) => {
        const num = numbers.get(t.fields.name)
        const columns = app
            .columns(t.fields.name)
            .map((d) => columnOf(d, choices.get(`${t.fields.name}.${d.fields.element}`) ?? []))
        return {
            name: t.fields.name,
            label: t.fields.label,
            ...(t.fields.super_class ? { extends: t.display['super_class'] ?? t.fields.super_class } : {}),
            scope: scopeRec.fields.scope,
            ...(num
                ? {
                      number: {
                          prefix: num['prefix'] ?? '',
                          base: Number(num['number'] ?? 1000),
                          digits: Number(num['maximum_digits'] ?? 7),
                      },
                  }
                : {}),
            access: t.fields.access,
            wsAccess: bool(t.fields.ws_access),
            columns,
        }
    })
    const own = new Set(tables.map((t) => t.name))
    const augments = new Map<string, ColumnDef[]>()
    for (const d of app.columns()) {
        const table = d.fields.name
        if (own.has(table)) continue
        if (!knownTables(table))
            throw new Error(`the app adds ${table}.${d.fields.element}, but the lab has no table ${table}`)
        const list = augments.get(table) ?? []
        list.push(columnOf(d, choices.get(`${table}.${d.fields.element}`) ?? []))
        augments.set(table, list)
    }

    const roleName = (id: string, label?: string): string => app.roleName(id) ?? label ?? id
    const rules: RuleDef[] = app.of('sys_script').map((r) => ({
        sysId: r.sysId,
        name: r.fields.name,
        table: r.fields.collection,
        // Fluent's 'async' is emitted as async_always; the legacy async is 'async' too.
        when: (r.fields.when === 'async_always' ? 'async' : r.fields.when || 'before') as RuleDef['when'],
        order: Number(r.fields.order || 100),
        insert: bool(r.fields.action_insert),
        update: bool(r.fields.action_update),
        delete: bool(r.fields.action_delete),
        query: bool(r.fields.action_query),
        filterCondition: r.fields.filter_condition ?? '',
        condition: r.fields.condition ?? '',
        script: r.fields.script ?? '',
        active: r.fields.active !== 'false',
    }))
    const jobs: JobDef[] = app.of('sysauto_script').map((j) => ({
        sysId: j.sysId,
        name: j.fields.name,
        runType: j.fields.run_type,
        runTime: j.fields['run_time'] ?? '',
        runDayOfWeek: j.fields['run_dayofweek'] ?? '',
        runDayOfMonth: j.fields['run_dayofmonth'] ?? '',
        runPeriod: j.fields['run_period'] ?? '',
        runStart: j.fields['run_start'] ?? '',
        timeZone: j.fields['time_zone'] ?? '',
        script: j.fields.script ?? '',
        active: j.fields.active !== 'false',
    }))
    const routes: RouteDef[] = app.of('sys_ws_operation').map((o) => ({
        sysId: o.sysId,
        name: o.fields.name,
        method: o.fields.http_method.toUpperCase(),
        uri: o.fields.operation_uri,
        defaultUri: o.fields['default_operation_uri'] ?? '',
        script: o.fields.operation_script ?? '',
        requiresAuthentication: o.fields.requires_authentication !== 'false',
        requiresAcl: o.fields.requires_acl_authorization !== 'false',
        acls: (o.fields.enforce_acl ?? '').split(',').filter(Boolean),
        active: o.fields.active !== 'false',
    }))
    const acls = readAclRules(app)
    return {
        scope: scopeRec.fields.scope,
        scopeId: scopeRec.sysId,
        version: scopeRec.fields.version,
        name: scopeRec.fields.name,
        tables,
        augments,
        rules,
        jobs,
        routes,
        acls,
        roles: app
            .of('sys_user_role')
            .map((r) => ({ sysId: r.sysId, name: r.fields.name, description: r.fields.description })),
        roleContains: app.of('sys_user_role_contains').map((c) => ({
            role: roleName(c.fields.role, c.display['role']),
            contains: roleName(c.fields.contains, c.display['contains']),
        })),
        properties: app.of('sys_properties').map((p) => ({
            sysId: p.sysId,
            name: p.fields.name,
            value: p.fields.value,
            type: p.fields.type,
            description: p.fields.description,
        })),
        modules: new Set(app.of('sys_module').map((m) => m.fields.path)),
        records: app,
    }
}

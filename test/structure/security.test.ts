/**
 * The security review over the built app (dist/app), README "Roles" and "Security and reliability": roles and their
 * containment as written, CRUD ACLs on every app table, field ACLs on every added platform column and on money,
 * score and computed columns, no empty or always-true ACL, every REST route authenticated and authorised by its
 * own REST_Endpoint ACL, deliberate application access, cross-scope privileges for exactly what the server modules
 * touch, and the README's ACL matrix equal to the one generated from the build.
 *
 * Findings of features still being built are listed in test/security/known-findings.ts (the checks fail on new
 * ones and on listed ones that are fixed).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PLATFORM_ROLES, type AppRecords, type TypedRecord } from '../../scripts/metadata/app-records.ts'
import { boundFunction } from '../../scripts/lab/engine/modules.ts'
import { aclMatrixMarkdown, blockBetween, MATRIX_END, MATRIX_START } from '../../scripts/security/acl-matrix.ts'
import { FIGURES_END, FIGURES_START } from '../../scripts/security/report.ts'
import { modulePathToSource, ServerGraph } from '../../scripts/security/server-graph.ts'
import { DIMENSION_LABEL_SOURCES, SCORECARD_FIELDS } from '../../src/server/core/scorecard/sources.ts'
import { Tally, recordFigures } from '../security/figures.ts'
import { KNOWN_FINDINGS, ratchet } from '../security/known-findings.ts'
import { APP_ROLE_PREFIX, RECORD_OPERATIONS, roleModel } from '../security/role-model.ts'
import { ROOT, builtApp } from './built-app.ts'

const tally = new Tally()
afterAll(() => {
    tally.knownFindings = KNOWN_FINDINGS.length
    recordFigures('structure', tally)
})

/** Fails on violations not listed as known findings, and on listed findings that are gone. */
function expectOnlyKnown(check: string, violations: readonly string[]): void {
    tally.checks += 1
    const { unexpected, fixed } = ratchet(check, violations)
    expect({ check, unexpected, fixedButStillListed: fixed }).toEqual({
        check,
        unexpected: [],
        fixedButStillListed: [],
    })
}

type Acl = TypedRecord<'sys_security_acl'>

function activeAcls(app: AppRecords): Acl[] {
    return app.of('sys_security_acl').filter((a) => a.fields.active !== 'false')
}

function ownTables(app: AppRecords): string[] {
    return app
        .tables()
        .map((t) => t.fields.name)
        .sort()
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** The platform's admin role (by its name: app-records resolves its out-of-box sys_id). */
const PLATFORM_ADMIN = 'admin'
/** The platform's default "Scripted REST External Default" ACL (security.md §5). */
const PLATFORM_DEFAULT_REST_ACL = 'cf9d01d3e73003009d6247e603f6a990'
/** Money, percentages, rates, weights: the column types that hold amounts and scores. */
const AMOUNT_TYPES = new Set(['decimal', 'currency', 'price', 'float'])

describe('roles', () => {
    it('are exactly the written roles, with the written containment', () => {
        const app = builtApp()
        const model = roleModel()
        const built = app
            .of('sys_user_role')
            .map((r) => r.fields.name)
            .sort()
        expect(built).toEqual([...model.contains.keys()].map((r) => `${APP_ROLE_PREFIX}${r}`).sort())
        const containment = app
            .of('sys_user_role_contains')
            .map((c) => `${app.roleName(c.fields.role)} > ${app.roleName(c.fields.contains)}`)
            .sort()
        const written = [...model.contains.entries()]
            .flatMap(([role, inner]) => inner.map((c) => `${APP_ROLE_PREFIX}${role} > ${APP_ROLE_PREFIX}${c}`))
            .sort()
        expect(containment).toEqual(written)
        tally.checks += 2
    })
})

describe('ACLs over the built metadata', () => {
    /**
     * Where the written model grants an operation to no app role (`–`: an audit trail only the app writes, as the
     * system), the ACL still exists and names the platform's admin role alone: an explicit rule that refuses every
     * app role, the app admin included (an empty ACL would deny too, but says nothing; security.md §1).
     */
    it('give every app table active create, read, write and delete ACLs with app roles (or the platform admin alone where no app role may) and no script', () => {
        const app = builtApp()
        const model = roleModel()
        const violations: string[] = []
        for (const table of ownTables(app)) {
            for (const op of RECORD_OPERATIONS) {
                const acls = activeAcls(app).filter(
                    (a) => a.fields.type === 'record' && a.fields.name === table && a.fields.operation === op
                )
                const nobody = model.tables.find((t) => t.table === table)?.grants[op].length === 0
                tally.aclRowsChecked += acls.length
                if (acls.length === 0) violations.push(`${table} ${op}: no table ACL`)
                for (const a of acls) {
                    const roles = app.aclRoles(a.sysId)
                    const expected = nobody
                        ? roles.length > 0 && roles.every((r) => r === PLATFORM_ADMIN)
                        : roles.length > 0 && roles.every((r) => r.startsWith(APP_ROLE_PREFIX))
                    if (!expected) violations.push(`${table} ${op}: roles ${roles.join(',') || '(none)'}`)
                    if ((a.fields.script ?? '').trim()) violations.push(`${table} ${op}: script`)
                }
            }
        }
        expectOnlyKnown('table-crud-acls', violations)
    })

    it('give every column added to a platform table a read and a write field ACL (roles, no script)', () => {
        const app = builtApp()
        const own = new Set(ownTables(app))
        const violations: string[] = []
        for (const c of app.columns().filter((c) => !own.has(c.fields.name))) {
            const name = `${c.fields.name}.${c.fields.element}`
            for (const op of ['read', 'write']) {
                const acls = activeAcls(app).filter((a) => a.fields.name === name && a.fields.operation === op)
                tally.aclRowsChecked += acls.length
                if (acls.length === 0) violations.push(`${name} ${op}: no field ACL`)
                if (acls.some((a) => app.aclRoles(a.sysId).length === 0)) violations.push(`${name} ${op}: no role`)
            }
        }
        expectOnlyKnown('platform-column-acls', violations)
    })

    /**
     * An amount or score on an app table whose table-level write goes to someone below the app admin needs its own
     * field write ACL, and a computed column (read-only in the dictionary, which web services ignore) one that only
     * the app admin passes: otherwise whoever may edit the row may rewrite the number.
     */
    it('guard amounts, scores and computed columns with field write ACLs', () => {
        const app = builtApp()
        const violations: string[] = []
        // only an admin passes: the app's, or the platform's alone (stricter still)
        const adminOnly = (acl: Acl): boolean => {
            const roles = app.aclRoles(acl.sysId)
            return roles.length > 0 && roles.every((r) => r === `${APP_ROLE_PREFIX}admin` || r === PLATFORM_ADMIN)
        }
        for (const table of ownTables(app)) {
            const tableWrites = activeAcls(app).filter(
                (a) => a.fields.type === 'record' && a.fields.name === table && a.fields.operation === 'write'
            )
            if (tableWrites.every(adminOnly)) continue
            for (const c of app.columns(table)) {
                const name = `${table}.${c.fields.element}`
                const fieldWrites = activeAcls(app).filter(
                    (a) => a.fields.name === name && a.fields.operation === 'write'
                )
                tally.aclRowsChecked += fieldWrites.length
                const amount =
                    AMOUNT_TYPES.has(c.fields.internal_type) ||
                    (c.fields.internal_type === 'integer' && /score|rank/.test(c.fields.element))
                if (c.fields.read_only === 'true') {
                    if (fieldWrites.length === 0 || !fieldWrites.every(adminOnly))
                        violations.push(`${name}: computed, writable by the row's editors`)
                } else if (amount && fieldWrites.length === 0) {
                    violations.push(`${name}: amount or score without a field write ACL`)
                }
            }
        }
        expectOnlyKnown('amount-and-computed-acls', violations)
    })

    it('have no empty, always-true, scripted-on-platform or dangling ACL', () => {
        const app = builtApp()
        const own = new Set(ownTables(app))
        const roleIds = new Set(app.of('sys_user_role').map((r) => r.sysId))
        const violations: string[] = []
        const all = app.of('sys_security_acl')
        tally.aclRowsChecked += all.length
        for (const a of all) {
            const id = `${a.fields.type} ${a.fields.name} ${a.fields.operation}`
            const roles = app.of('sys_security_acl_role').filter((r) => r.fields.sys_security_acl === a.sysId)
            const script = (a.fields.script ?? '').replace(/\s+/g, '')
            if (a.fields.active === 'false') violations.push(`${id}: inactive (delete it instead)`)
            if (roles.length === 0 && !(a.fields.condition ?? '').trim() && !script && !a.fields['security_attribute'])
                violations.push(`${id}: empty`)
            if (/^(answer=)?true;?$/.test(script)) violations.push(`${id}: always-true script`)
            if (script && !own.has(a.fields.name.split('.')[0] as string))
                violations.push(`${id}: script on another scope's table`)
            for (const r of roles)
                if (!roleIds.has(r.fields.sys_user_role) && !PLATFORM_ROLES[r.fields.sys_user_role])
                    violations.push(`${id}: unknown role`)
            if (!['allow', 'deny', ''].includes(a.fields.decision_type ?? ''))
                violations.push(`${id}: decision ${a.fields.decision_type}`)
        }
        expectOnlyKnown('acl-hygiene', violations)
    })

    it('gate every property: read by an app role, written by the app admin only', () => {
        const app = builtApp()
        const violations: string[] = []
        for (const p of app.of('sys_properties')) {
            const read = (p.fields.read_roles ?? '').split(',').filter(Boolean)
            const write = (p.fields.write_roles ?? '').split(',').filter(Boolean)
            const named = (list: string[]): string[] => list.map((r) => app.roleName(r) ?? r)
            if (read.length === 0) violations.push(`${p.fields.name}: readable by anyone`)
            if (write.length === 0 || named(write).some((r) => r !== `${APP_ROLE_PREFIX}admin`))
                violations.push(`${p.fields.name}: written by ${named(write).join(',') || 'anyone'}`)
        }
        expectOnlyKnown('property-roles', violations)
    })
})

describe('REST routes', () => {
    it('are the written routes', () => {
        const built = builtApp()
            .of('sys_ws_operation')
            .map((o) => `${o.fields.http_method} ${o.fields.operation_uri}`)
            .sort()
        expect(built).toEqual(
            roleModel()
                .routes.map((r) => `${r.method} ${r.path}`)
                .sort()
        )
        tally.checks += 1
    })

    it('require authentication and ACL authorisation by their own REST_Endpoint ACLs; write routes exclude viewers', () => {
        const app = builtApp()
        const violations: string[] = []
        for (const o of app.of('sys_ws_operation')) {
            const id = `${o.fields.http_method} ${o.fields.operation_uri}`
            if (o.fields.requires_authentication !== 'true') violations.push(`${id}: no authentication`)
            if (o.fields.requires_acl_authorization !== 'true') violations.push(`${id}: no ACL authorisation`)
            if (o.fields.active === 'false') violations.push(`${id}: inactive`)
            const ids = (o.fields.enforce_acl ?? '').split(',').filter(Boolean)
            if (ids.length === 0) violations.push(`${id}: no enforce_acl`)
            if (ids.includes(PLATFORM_DEFAULT_REST_ACL)) violations.push(`${id}: the platform default ACL`)
            for (const aclId of ids) {
                const acl = app.byId(aclId)
                tally.aclRowsChecked += 1
                if (!acl || acl.table !== 'sys_security_acl') {
                    violations.push(`${id}: ACL ${aclId} not in the app`)
                    continue
                }
                const roles = app.aclRoles(aclId)
                if (acl.fields['type']?.toLowerCase() !== 'rest_endpoint' || acl.fields['operation'] !== 'execute')
                    violations.push(`${id}: ACL ${acl.fields['name']} is not a REST_Endpoint execute ACL`)
                if (roles.length === 0) violations.push(`${id}: ACL ${acl.fields['name']} has no role`)
                if (WRITE_METHODS.has(o.fields.http_method) && roles.includes(`${APP_ROLE_PREFIX}viewer`))
                    violations.push(`${id}: a viewer may call this write route`)
            }
        }
        expectOnlyKnown('rest-routes', violations)
    })
})

function listFiles(dir: string): string[] {
    const out: string[] = []
    for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) out.push(...listFiles(path))
        else if (name.endsWith('.ts')) out.push(path)
    }
    return out
}

describe('application access', () => {
    it('is the written decision for every app table: this scope only, read-only for other scopes', () => {
        const app = builtApp()
        const model = roleModel()
        expect(ownTables(app)).toEqual(model.tables.map((t) => t.table).sort())
        const violations: string[] = []
        for (const t of app.tables()) {
            const f = t.fields
            const written = model.tables.find((m) => m.table === f.name)
            if (f.access !== 'package_private') violations.push(`${f.name}: accessible from ${f.access}`)
            if (f['read_access'] !== 'true') violations.push(`${f.name}: other scopes cannot read`)
            for (const flag of ['create_access', 'update_access', 'delete_access'])
                if (f[flag] === 'true') violations.push(`${f.name}: ${flag}`)
            const ws = f.ws_access === 'true'
            if (written && ws !== written.tableApi)
                violations.push(
                    `${f.name}: web services ${ws ? 'on' : 'off'}, written ${written.tableApi ? 'on' : 'off'}`
                )
        }
        expectOnlyKnown('application-access', violations)
    })

    it('opens web services on exactly the tables the CLI uses (scripts/cli, scripts/seed)', () => {
        const app = builtApp()
        const tables = new Set(ownTables(app))
        const used = new Set<string>()
        for (const file of [...listFiles(join(ROOT, 'scripts', 'cli')), ...listFiles(join(ROOT, 'scripts', 'seed'))]) {
            for (const m of readFileSync(file, 'utf8').matchAll(/'(x_itvc_value_[a-z0-9_]+)'/g))
                if (tables.has(m[1] as string)) used.add(m[1] as string)
        }
        const written = roleModel()
            .tables.filter((t) => t.tableApi)
            .map((t) => t.table)
            .sort()
        expect(written).toEqual([...used].sort())
        tally.checks += 1
    })
})

/**
 * Tables a Glide record is made on from a plain string: where the names come from. A new dynamic site fails the
 * cross-scope check until it is declared here.
 */
const DYNAMIC_TABLES: Readonly<Record<string, readonly string[]>> = {
    'src/server/adapters/glide-scorecard-source.ts:labelsOf': Object.values(DIMENSION_LABEL_SOURCES).map(
        (s) => s.table
    ),
    'src/server/adapters/glide-scorecard-source.ts:aggregate': Object.values(SCORECARD_FIELDS).map((s) => s.table),
    // SCOPE_TABLES (not exported): project, demand, portfolio
    'src/server/adapters/glide-benefit-summary.ts:readScope': ['pm_project', 'dmn_demand', 'pm_portfolio'],
    'src/server/adapters/glide-scorecard-store.ts:deleteIds': ['x_itvc_value_snapshot', 'x_itvc_value_scorecard_entry'],
}

let graph: ServerGraph | undefined
function serverGraph(): ServerGraph {
    graph ??= new ServerGraph(ROOT)
    return graph
}

describe('cross-scope privileges', () => {
    it('exist for exactly what the server modules and rules do on platform tables (no delete)', () => {
        const app = builtApp()
        const own = new Set(ownTables(app))
        const needed = new Set<string>()
        const undeclared: string[] = []
        for (const site of serverGraph().sites()) {
            const tables = site.tables ?? DYNAMIC_TABLES[`${site.file}:${site.fn}`]
            if (!tables) {
                undeclared.push(`${site.file}:${site.fn} (${site.argument})`)
                continue
            }
            for (const t of tables) {
                if (own.has(t)) continue
                needed.add(`${t} read`)
                for (const w of site.writes) needed.add(`${t} ${w}`)
            }
        }
        // business rules on platform tables read their record; before rules set values on it
        for (const r of app.of('sys_script')) {
            const t = r.fields.collection
            if (own.has(t)) continue
            needed.add(`${t} read`)
            if (r.fields.when === 'before') needed.add(`${t} write`)
        }
        expect(undeclared).toEqual([])
        const shipped = app.of('sys_scope_privilege').map((p) => {
            expect(p.fields).toMatchObject({ status: 'allowed', target_type: 'sys_db_object' })
            return `${p.fields.target_name} ${p.fields.operation}`
        })
        const violations = [
            ...[...needed].filter((n) => !shipped.includes(n)).map((n) => `missing: ${n}`),
            ...shipped.filter((s) => !needed.has(s)).map((s) => `not needed: ${s}`),
            ...shipped.filter((s) => s.endsWith(' delete')).map((s) => `delete: ${s}`),
        ]
        tally.aclRowsChecked += shipped.length
        expectOnlyKnown('cross-scope', violations)
    })
})

describe('the README ACL matrix', () => {
    it('is the one generated from the build (run: npx tsx scripts/security/acl-matrix.ts --write)', () => {
        const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
        expect(blockBetween(readme, MATRIX_START, MATRIX_END)).toBe(aclMatrixMarkdown(builtApp()).trim())
        tally.checks += 1
    })
})

describe('the README figures', () => {
    it('list exactly the open findings (run the security tests, then npm run security:report)', () => {
        const block = blockBetween(readFileSync(join(ROOT, 'README.md'), 'utf8'), FIGURES_START, FIGURES_END) ?? ''
        const listed = block
            .split('\n')
            .filter((l) => /^\| issue|^\| [^|]+ \| [a-z-]+ \| /.test(l) && !l.startsWith('| Owner'))
            .map((l) => l.split(' | ')[2]?.replace(/\\\|/g, '|'))
            .sort()
        expect(listed).toEqual(KNOWN_FINDINGS.map((f) => f.subject).sort())
        expect(block).toContain(`| open findings | ${KNOWN_FINDINGS.length} |`)
        tally.checks += 1
    })
})

describe('REST handlers read and write as the caller', () => {
    /**
     * From each route's bound function, every Glide record reachable through the server modules is a
     * GlideRecordSecure, or a `secure ? GlideRecordSecure : GlideRecord` choice whose callers on the path pass
     * `true`, or carries a `// system access: <why>` comment (a deliberate system read, e.g. a uniqueness check).
     */
    it('use GlideRecordSecure on every path from a route, unless a system access is justified', () => {
        const app = builtApp()
        const g = serverGraph()
        const violations = new Set<string>()
        for (const o of app.of('sys_ws_operation')) {
            const bound = boundFunction(o.fields.operation_script)
            expect(bound).toBeDefined()
            if (!bound) continue
            const decls = g.reachable(g.exported(modulePathToSource(bound.path), bound.fn))
            for (const s of g.sitesWithin(decls)) {
                if (s.glideClass === 'GlideRecordSecure' || s.secureChoice || s.justification) continue
                violations.add(`${s.file}:${s.fn} ${s.glideClass}(${s.argument})`)
            }
            for (const c of g.insecureChoices(decls))
                violations.add(`${c.file}:${c.line} ${c.callee}(…, ${c.argument})`)
            tally.checks += 1
        }
        expectOnlyKnown('rest-secure', [...violations])
    })
})

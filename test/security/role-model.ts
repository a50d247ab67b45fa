/**
 * The written role model (README "Roles"): role containment, what each role may do on each app table, and which
 * roles may execute each REST route. Parsed from the README's marked tables, which people review by hand; the
 * security tests compare the build and the lab with it, never with the ACLs themselves.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const README = join(__dirname, '..', '..', 'README.md')
export const APP_ROLE_PREFIX = 'x_itvc_value.'
export const RECORD_OPERATIONS = ['create', 'read', 'write', 'delete'] as const
export type RecordOperation = (typeof RECORD_OPERATIONS)[number]

/** One grant: a role (short name), optionally only on records whose `own` field is the user. */
export interface Grant {
    readonly role: string
    readonly own?: string
}

export interface TableModel {
    readonly table: string
    readonly tableApi: boolean
    readonly grants: Readonly<Record<RecordOperation, readonly Grant[]>>
}

export interface RouteModel {
    readonly method: string
    readonly path: string
    readonly roles: readonly string[]
}

export interface RoleModel {
    /** short role name → the roles it contains directly */
    readonly contains: ReadonlyMap<string, readonly string[]>
    readonly tables: readonly TableModel[]
    readonly routes: readonly RouteModel[]
}

function block(text: string, name: string): string {
    const start = text.indexOf(`<!-- ${name}:start`)
    const end = text.indexOf(`<!-- ${name}:end -->`)
    if (start < 0 || end < start) throw new Error(`README.md has no ${name} block`)
    return text.slice(text.indexOf('-->', start) + 3, end)
}

/** Rows of the Markdown tables in a text (header and separator rows left out). */
function rows(text: string): string[][] {
    const out: string[][] = []
    let header = true
    for (const line of text.split('\n')) {
        const t = line.trim()
        if (!t.startsWith('|')) {
            header = true
            continue
        }
        if (header) {
            header = false
            continue
        }
        if (/^\|[-|\s]+\|$/.test(t)) continue
        out.push(
            t
                .slice(1, -1)
                .split('|')
                .map((c) => c.trim())
        )
    }
    return out
}

function none(cell: string): boolean {
    return cell === '–' || cell === '-' || cell === ''
}

/** `portfolio_owner, benefit_owner (own: benefit.owner)` → grants. */
export function parseGrants(cell: string): Grant[] {
    if (none(cell)) return []
    return cell.split(',').map((part) => {
        const m = /^\s*([a-z_]+)\s*(?:\(own:\s*([a-z_.]+)\))?\s*$/.exec(part)
        if (!m) throw new Error(`README role model: cannot read grant "${part}"`)
        return m[2] ? { role: m[1] as string, own: m[2] } : { role: m[1] as string }
    })
}

export function parseRoleModel(text: string): RoleModel {
    const contains = new Map<string, string[]>()
    for (const [role, inner] of rows(block(text, 'role-containment'))) {
        if (!role) continue
        contains.set(role, none(inner ?? '') ? [] : (inner ?? '').split(',').map((r) => r.trim()))
    }
    const tables: TableModel[] = []
    const routes: RouteModel[] = []
    for (const cells of rows(block(text, 'role-model'))) {
        if (cells.length === 6) {
            const [table, api, create, read, write, del] = cells as [string, string, string, string, string, string]
            if (api !== 'on' && api !== 'off') throw new Error(`README role model: Table API of ${table} is "${api}"`)
            tables.push({
                table,
                tableApi: api === 'on',
                grants: {
                    create: parseGrants(create),
                    read: parseGrants(read),
                    write: parseGrants(write),
                    delete: parseGrants(del),
                },
            })
        } else if (cells.length === 2) {
            const [route, roles] = cells as [string, string]
            const [method, path] = route.split(/\s+/) as [string, string]
            routes.push({ method, path, roles: none(roles) ? [] : roles.split(',').map((r) => r.trim()) })
        } else {
            throw new Error(`README role model: unexpected row ${cells.join(' | ')}`)
        }
    }
    return { contains, tables, routes }
}

let cached: RoleModel | undefined
export function roleModel(): RoleModel {
    cached ??= parseRoleModel(readFileSync(README, 'utf8'))
    return cached
}

/** Every role a role holds through the written containment (itself included). */
export function expand(model: RoleModel, role: string): Set<string> {
    const out = new Set<string>()
    const visit = (r: string): void => {
        if (out.has(r)) return
        out.add(r)
        for (const c of model.contains.get(r) ?? []) visit(c)
    }
    visit(role)
    return out
}

/** The short app roles a set of directly granted role names gives, expanded. */
export function effectiveAppRoles(model: RoleModel, granted: readonly string[]): Set<string> {
    const out = new Set<string>()
    for (const g of granted) {
        if (!g.startsWith(APP_ROLE_PREFIX)) continue
        for (const r of expand(model, g.slice(APP_ROLE_PREFIX.length))) out.add(r)
    }
    return out
}

/**
 * What the written model allows a user with these directly granted roles: 'yes', 'no' or 'own' (only on records
 * whose field is the user). The platform `admin` role passes everything (admin override).
 */
export function allowed(
    model: RoleModel,
    granted: readonly string[],
    grants: readonly Grant[]
): { decision: 'yes' | 'no' | 'own'; own?: string } {
    if (granted.includes('admin')) return { decision: 'yes' }
    const roles = effectiveAppRoles(model, granted)
    const matching = grants.filter((g) => roles.has(g.role))
    if (matching.some((g) => !g.own)) return { decision: 'yes' }
    const own = matching.find((g) => g.own)
    return own?.own ? { decision: 'own', own: own.own } : { decision: 'no' }
}

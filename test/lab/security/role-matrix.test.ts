/**
 * The allow/deny matrix in the lab (README "Roles"): every demo user (one per app role, a platform admin, an ITIL
 * agent without app roles, a user without roles) × every operation × every app table, and every REST route, compared
 * with the WRITTEN role model (README "Roles", parsed by test/security/role-model.ts), never with the ACLs.
 *
 * - Tables with the Table API on: create (POST), read (GET by sys_id and a list), write (PATCH a plain field) and
 *   delete (DELETE) through HTTP, as the CLI or an integration would.
 * - Tables with the Table API off: every user, admins included, is refused through the Table API; the four
 *   operations are then tried in-process with GlideRecordSecure, as a form would.
 * - Conditional grants `(own: f)`: tried on a record whose f is the user and on one whose f is someone else.
 * - Routes: a user the route's REST_Endpoint ACL refuses gets 403 "User Not Authorized"; every other answer means
 *   the ACL passed (the handler may still refuse data the user cannot read), and none may be a 5xx. Anonymous
 *   callers get 401 everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../../scripts/lab/boot.ts'
import { GlideRecord, GlideRecordSecure } from '../../../scripts/lab/glide/index.ts'
import type { LabUser } from '../../../scripts/lab/http/contract.ts'
import { DEMO_USERS, type DemoUser } from '../../../scripts/seed/people.ts'
import { Tally, recordFigures } from '../../security/figures.ts'
import { KNOWN_FINDINGS, ratchet } from '../../security/known-findings.ts'
import { allowed, RECORD_OPERATIONS, roleModel, type RecordOperation } from '../../security/role-model.ts'
import { call, servedAppLab } from '../app-lab.ts'
import { APP_TABLES, Fixtures, PLAIN_FIELD, type AppTable } from './fixtures.ts'

const TABLE_API = '/api/now/table'
/** Someone who is none of the demo users: owner of the "not mine" records. */
const STRANGER = 'security.stranger'

let served: RunningLab
let fx: Fixtures
const tally = new Tally()

beforeAll(async () => {
    served = await servedAppLab()
    served.lab.createUser(STRANGER, 'Stranger#2026', [])
    fx = new Fixtures(served.lab)
}, 60_000)

afterAll(async () => {
    tally.knownFindings = KNOWN_FINDINGS.filter((f) => f.check === 'role-matrix').length
    recordFigures('role-matrix', tally)
    await served.close()
    served.lab.close()
})

type Outcome = 'allowed' | 'denied'

function labUser(name: string): LabUser {
    const u = served.lab.userByName(name)
    if (!u) throw new Error(`no user ${name}`)
    return u
}

/** Fails on violations that are not known findings, and on known findings (within `scope`) that are gone. */
function expectOnlyKnown(
    check: string,
    violations: readonly string[],
    scope: (subject: string) => boolean = () => true
): void {
    const { unexpected, fixed: gone } = ratchet(check, violations)
    const fixed = gone.filter(scope)
    expect({ check, unexpected, fixedButStillListed: fixed }).toEqual({
        check,
        unexpected: [],
        fixedButStillListed: [],
    })
}

/** Classifies a Table API answer: 2xx allowed; 403 ACL / 404 (read) denied; anything else is a test failure. */
function classify(what: string, res: { status: number; body: any }): Outcome {
    if (res.status >= 200 && res.status < 300) return 'allowed'
    const detail = String(res.body?.error?.detail ?? '')
    if (res.status === 403 && detail.startsWith('ACL Exception')) return 'denied'
    if (res.status === 404) return 'denied'
    throw new Error(`${what}: unexpected ${res.status} ${JSON.stringify(res.body)}`)
}

/** One operation through the Table API. */
async function viaTableApi(user: DemoUser, table: AppTable, op: RecordOperation, target: string): Promise<Outcome> {
    const what = `${user.userName} ${op} ${table}`
    const [field, value] = PLAIN_FIELD[table]
    switch (op) {
        case 'create': {
            const before = served.lab.count(table)
            const res = await call(served, user.userName, 'POST', `${TABLE_API}/${table}`, fx.values(table, target))
            const outcome = classify(what, res)
            expect(served.lab.count(table)).toBe(before + (outcome === 'allowed' ? 1 : 0))
            return outcome
        }
        case 'read': {
            const one = classify(what, await call(served, user.userName, 'GET', `${TABLE_API}/${table}/${target}`))
            const list = classify(
                `${what} (list)`,
                await call(served, user.userName, 'GET', `${TABLE_API}/${table}?sysparm_limit=1`)
            )
            // a list the user may not read is refused outright; a readable table lists
            expect({ what, list }).toEqual({ what, list: one })
            return one
        }
        case 'write': {
            const res = await call(served, user.userName, 'PATCH', `${TABLE_API}/${table}/${target}`, {
                [field]: value,
            })
            const outcome = classify(what, res)
            expect(fx.read(table, target)?.[field] === value).toBe(outcome === 'allowed')
            return outcome
        }
        case 'delete': {
            const outcome = classify(
                what,
                await call(served, user.userName, 'DELETE', `${TABLE_API}/${table}/${target}`)
            )
            expect(fx.read(table, target) === undefined).toBe(outcome === 'allowed')
            return outcome
        }
    }
}

/** One operation in-process with GlideRecordSecure (as a form would), for tables without web services. */
function inProcess(user: DemoUser, table: AppTable, op: RecordOperation, target: string): Outcome {
    const as = labUser(user.userName)
    const [field, value] = PLAIN_FIELD[table]
    const result = served.lab.runAs(as, () => {
        const gr = new GlideRecordSecure(table)
        switch (op) {
            case 'create': {
                gr.initialize()
                for (const [k, v] of Object.entries(fx.values(table, target))) gr.setValue(k, v)
                return { ok: gr.insert() !== null, acl: gr.lastFailure?.kind === 'acl' }
            }
            case 'read':
                return { ok: gr.get(target), acl: true }
            case 'write':
                if (!gr.get(target)) return { ok: false, acl: true }
                gr.setValue(field, value)
                return { ok: gr.update() !== null, acl: gr.lastFailure?.kind === 'acl' }
            case 'delete':
                if (!gr.get(target)) return { ok: false, acl: true }
                return { ok: gr.deleteRecord(), acl: gr.lastFailure?.kind === 'acl' }
        }
    })
    served.lab.settle()
    const { ok, acl } = result.value
    if (!ok && !acl)
        throw new Error(
            `${user.userName} ${op} ${table}: refused by a rule: ${result.messages.map((m) => m.text).join(' ')}`
        )
    return ok ? 'allowed' : 'denied'
}

/** The own-field of a conditional grant → whose record to try: the user's own, and a stranger's. */
function targets(table: AppTable, op: RecordOperation, user: DemoUser): { label: string; owner: string }[] {
    const own = roleModel()
        .tables.find((t) => t.table === table)
        ?.grants[op].some((g) => g.own)
    const mine = { label: '', owner: fx.userId(user.userName) }
    return own
        ? [
              { ...mine, label: ' (own)' },
              { label: " (someone else's)", owner: fx.userId(STRANGER) },
          ]
        : [mine]
}

describe('every role × operation × app table', () => {
    const model = () => roleModel()

    it('is a table of the written model for every app table', () => {
        expect(model().tables.map((t) => t.table)).toEqual([...APP_TABLES])
    })

    it.each([...APP_TABLES])('%s matches the written model for every demo user', async (table) => {
        const written = model().tables.find((t) => t.table === table)
        if (!written) throw new Error(`${table} is not in the written model`)
        const violations: string[] = []
        const webServices = new Set<string>()
        for (const user of DEMO_USERS) {
            if (!written.tableApi) {
                // no web services: refused for everyone, admins included
                const list = await call(served, user.userName, 'GET', `${TABLE_API}/${table}?sysparm_limit=1`)
                const post = await call(served, user.userName, 'POST', `${TABLE_API}/${table}`, {})
                tally.roleOperationPairs += 2
                if (list.status !== 403 || post.status !== 403) webServices.add(table)
            }
            for (const op of RECORD_OPERATIONS) {
                const rule = allowed(model(), user.roles, written.grants[op])
                for (const { label, owner } of targets(table, op, user)) {
                    // create takes the owner's values; the other operations a fresh record of the owner
                    const target = op === 'create' ? owner : fx.record(table, owner)
                    const got = written.tableApi
                        ? await viaTableApi(user, table, op, target)
                        : inProcess(user, table, op, target)
                    const expected: Outcome =
                        rule.decision === 'yes' || (rule.decision === 'own' && label === ' (own)')
                            ? 'allowed'
                            : 'denied'
                    tally.roleOperationPairs += 1
                    tally.aclRowsChecked += 1
                    if (got !== expected)
                        violations.push(`${user.userName} ${op} ${table}${label}: written ${expected}, lab ${got}`)
                }
            }
        }
        const mine = (subject: string): boolean =>
            subject.includes(` ${table} `) || subject.startsWith(`${table}:`) || subject.includes(` ${table}:`)
        expectOnlyKnown('role-matrix', violations, mine)
        expectOnlyKnown(
            'table-api-off',
            [...webServices].map((t) => `${t}: reachable through the Table API`),
            mine
        )
    })
})

/** Path parameters and bodies that make each route do its job for the given user. */
function routeCall(method: string, path: string, user: DemoUser): { path: string; body?: unknown } | undefined {
    const benefitOf = (owner: string): string => {
        const period = fx.periodOwnedBy(owner)
        return String(fx.read('x_itvc_value_benefit_period', period)?.['benefit'])
    }
    const me = fx.userId(user.userName)
    const route = `${method} ${path}`
    switch (route) {
        case 'GET /api/x_itvc_value/v1/benefits/summary':
            return { path: `${path}?demand=${fx.demand()}` }
        case 'GET /api/x_itvc_value/v1/benefits/projects':
            return { path }
        case 'POST /api/x_itvc_value/v1/benefits/{sys_id}/actuals':
            return {
                path: path.replace('{sys_id}', benefitOf(me)),
                body: { actuals: [{ period: 'FY2026-M01', realised: '10.00', evidence: 'security test' }] },
            }
        case 'POST /api/x_itvc_value/v1/benefits/{sys_id}/plan':
            return { path: path.replace('{sys_id}', benefitOf(me)), body: { planned_total: '2400.00' } }
        case 'GET /api/x_itvc_value/v1/demands/ranking':
            return { path: `${path}?limit=5` }
        case 'GET /api/x_itvc_value/v1/demands/{sys_id}/score':
            return { path: path.replace('{sys_id}', fx.demand()) }
        case 'GET /api/x_itvc_value/v1/scorecard/':
            return { path: `${path}?period=FY2026-Q1` }
        case 'GET /api/x_itvc_value/v1/scorecard/trend': {
            const key = served.lab.runAsSystem(() => {
                const m = new GlideRecord('x_itvc_value_metric')
                m.addQuery('active', true)
                m.setLimit(1)
                m.query()
                return m.next() ? m.getValue('key') : ''
            }).value
            return { path: `${path}?metric=${key}&periods=3&to=FY2026-M03` }
        }
        case 'POST /api/x_itvc_value/v1/scorecard/rollups':
            return {
                path,
                body: { from: 'FY2026-M01', to: 'FY2026-M01', period_types: ['month'], dimensions: ['all'] },
            }
        case 'GET /api/x_itvc_value/v1/scorecard/rollups/{id}':
            return { path: path.replace('{id}', fx.record('x_itvc_value_rollup_run', me)) }
        default:
            return undefined
    }
}

describe('every role × REST route', () => {
    it('executes a route exactly for the roles the written model names, and never answers 5xx', async () => {
        const model = roleModel()
        const violations: string[] = []
        const errors: string[] = []
        for (const route of model.routes) {
            for (const user of DEMO_USERS) {
                const made = routeCall(route.method, route.path, user)
                if (!made) throw new Error(`no call for ${route.method} ${route.path}: add one to routeCall()`)
                const res = await call(served, user.userName, route.method, made.path, made.body)
                served.lab.settle()
                tally.roleOperationPairs += 1
                const denied = res.status === 403 && res.body?.error?.message === 'User Not Authorized'
                const expected =
                    allowed(
                        model,
                        user.roles,
                        route.roles.map((role) => ({ role }))
                    ).decision === 'yes'
                if (denied === expected)
                    violations.push(
                        `${user.userName} ${route.method} ${route.path}: written ${expected ? 'allowed' : 'denied'}, lab ${denied ? 'denied' : 'allowed'}`
                    )
                if (res.status >= 500)
                    errors.push(
                        `${user.userName} ${route.method} ${made.path}: ${res.status} ${JSON.stringify(res.body)}`
                    )
            }
        }
        expect(errors).toEqual([])
        expectOnlyKnown('route-matrix', violations)
    }, 120_000)

    it('refuses anonymous callers with 401 on every route and on the Table API', async () => {
        const paths = [
            ...roleModel().routes.map((r) => ({ method: r.method, path: r.path.replace(/\{[a-z_]+\}/g, 'x') })),
            ...APP_TABLES.map((t) => ({ method: 'GET', path: `${TABLE_API}/${t}` })),
        ]
        for (const { method, path } of paths) {
            const res = await fetch(`${served.url}${path}`, { method, headers: { Accept: 'application/json' } })
            tally.roleOperationPairs += 1
            expect({ method, path, status: res.status }).toEqual({ method, path, status: 401 })
        }
    })
})

/**
 * Bad input (README "Security and reliability"): property tests (fast-check, fixed seeds) that throw malformed values
 * at every writable field of every app table and at every column the app adds to platform tables (create and
 * update), and at every REST parameter, path segment and body field of the app's routes: wrong types, huge numbers,
 * negative money, NaN and infinities, script-like strings, unknown periods, unknown and system fields.
 *
 * Every answer must be a clear refusal (a 4xx with a message, or a business rule's abort) with the database
 * unchanged, never a 5xx. Where a value is legitimately acceptable (text that merely looks like script, an unknown
 * choice, a dangling reference), it must be stored verbatim and nothing else may change; a number that is not a
 * number is never stored.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import type { RunningLab } from '../../../scripts/lab/boot.ts'
import { GlideRecordSecure } from '../../../scripts/lab/glide/index.ts'
import { Tally, recordFigures } from '../../security/figures.ts'
import { ratchet } from '../../security/known-findings.ts'
import { roleModel } from '../../security/role-model.ts'
import { call, servedAppLab } from '../app-lab.ts'
import { APP_TABLES, Fixtures, type AppTable, type Values } from './fixtures.ts'

const TABLE_API = '/api/now/table'
const DEFAULT_RUNS = 6
/** Values per field and per parameter (ITVC_FUZZ_RUNS for a longer run; the known findings assume the default). */
const RUNS = Number(process.env['ITVC_FUZZ_RUNS'] ?? DEFAULT_RUNS)
const SEED = 20261129

let served: RunningLab
let fx: Fixtures
const tally = new Tally()

beforeAll(async () => {
    served = await servedAppLab()
    fx = new Fixtures(served.lab)
}, 60_000)

afterAll(async () => {
    recordFigures('bad-input', tally)
    await served.close()
    served.lab.close()
})

// ---- the database, as a digest -------------------------------------------------------------------------------------

/** Tables whose content a refused request must leave untouched (syslog may grow: refusals are logged). */
function watchedTables(): string[] {
    return [
        ...APP_TABLES,
        'incident',
        'dmn_demand',
        'pm_project',
        'pm_portfolio',
        'cmdb_ci_service',
        'sys_properties',
        'sys_user',
        'sys_user_has_role',
        'sysevent',
    ]
}

function digest(except?: { table: string; sysId: string }): string {
    const h = createHash('sha256')
    for (const t of watchedTables()) {
        const rows = served.lab.db.internal(`SELECT * FROM "${t}" ORDER BY sys_id`)
        for (const r of rows) {
            if (except && t === except.table && r['sys_id'] === except.sysId) continue
            h.update(JSON.stringify(r))
        }
        h.update(`|${t}|`)
    }
    return h.digest('hex')
}

// ---- malformed values ------------------------------------------------------------------------------------------------

const SCRIPT_LIKE = [
    'javascript:gs.setProperty("x_itvc_value.require_value_on_resolve", "0")',
    'javascript:gs.getUserID()',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "'); DROP TABLE incident; --",
    '${gs.getUserID()}',
    '{{7*7}}',
    'gs.eventQueue("x_itvc_value.benefit.overdue", current)',
    '../../../../etc/passwd',
    '\u202Eexe.txt',
    'a\u0000b',
]
const NOT_NUMBERS = [
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '1e5',
    'abc',
    '12.3.4',
    '0x1F',
    '--1',
    '+-1',
    '١٢٣',
    '½',
    ' ',
    'null',
    'true',
    '9'.repeat(400),
    '99999999999999999999',
    '1000000000000000000.00',
]
const NOT_DATES = ['2026-13-01', '2026-00-10', 'yesterday', '31/12/2026', '2026-1-1x', 'now()', '0000-99-99']
const UNKNOWN_PERIODS = [
    'FY2026-M13',
    'FY2026-M00',
    'FY2026-Q5',
    'FY2026-H1',
    'FY-1',
    '2026-01',
    'FY2026-M1',
    'FY20260-M01',
]

/** A value that JSON carries but a record field cannot take. */
const wrongType = fc.oneof(
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { minKeys: 1, maxKeys: 3 }),
    fc.array(fc.integer(), { minLength: 1, maxLength: 3 })
)
const scriptLike = fc.oneof(
    fc.constantFrom(...SCRIPT_LIKE),
    fc.tuple(fc.constantFrom(...SCRIPT_LIKE), fc.string({ maxLength: 20 })).map(([a, b]) => `${b}${a}`)
)
/** Strings that are not numbers (the lab and the platform accept 1,000 as 1000). */
const notNumber = fc.oneof(
    fc.constantFrom(...NOT_NUMBERS),
    fc
        .string({ minLength: 1, maxLength: 30 })
        .filter((s) => !/^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(s.replace(/,/g, ''))),
    fc.double({ min: 1e16, noNaN: true }).map((n) => String(n)),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 1e308)
)
const notInteger = fc.oneof(notNumber, fc.constantFrom('1.5', '0.01', '-0.5', '2.25'))
const negativeMoney = fc.oneof(
    fc.integer({ min: -100_000_000, max: -1 }).map((c) => (c / 100).toFixed(2)),
    fc.constantFrom('-0.01', '-5', '-1000000')
)
const notDate = fc.oneof(fc.constantFrom(...NOT_DATES), scriptLike)
const notBoolean = fc.constantFrom('maybe', 'yes', '2', '-1', 'TRUE!', '<script>')

/** Columns whose domain is "≥ 0" (entered amounts and counts): negative values are refused. */
const NON_NEGATIVE = new Set([
    'incident.x_itvc_value_revenue_at_risk',
    'incident.x_itvc_value_direct_cost',
    'incident.x_itvc_value_users_affected',
    'incident.x_itvc_value_productivity_hours',
    'incident.x_itvc_value_outage_minutes',
    'x_itvc_value_service_profile.hourly_revenue',
    'x_itvc_value_service_profile.hourly_labour_cost',
    'x_itvc_value_service_profile.typical_users',
    'x_itvc_value_benefit.planned_total',
    'x_itvc_value_benefit_period.planned_amount',
    'x_itvc_value_benefit_period.realised_amount',
    'x_itvc_value_exchange_rate.rate',
    'x_itvc_value_criterion.weight',
])
/** String columns with a domain the app checks: values outside it are refused. */
const DOMAIN_STRINGS: Readonly<Record<string, fc.Arbitrary<string>>> = {
    'x_itvc_value_benefit_period.period_label': fc.constantFrom(...UNKNOWN_PERIODS),
    'x_itvc_value_criterion.key': fc.constantFrom('Not Snake', 'a-b', '1abc', 'drop table', '<b>'),
}

interface Column {
    readonly table: string
    readonly element: string
    readonly type: string
    /** read-only in the dictionary: set by a rule */
    readonly computed: boolean
}

/** Every column of the app's tables and every column it adds to platform tables, from the build. */
function columns(): Column[] {
    const app = served.lab.installed()?.records
    if (!app) throw new Error('no app installed')
    return app
        .columns()
        .map((c) => ({
            table: c.fields.name,
            element: c.fields.element,
            type: c.fields.internal_type,
            computed: c.fields.read_only === 'true',
        }))
        .sort((a, b) => `${a.table}.${a.element}`.localeCompare(`${b.table}.${b.element}`))
}

type Expectation = 'refused' | 'refused-or-verbatim'

/** The malformed values for a column, and what must happen to them. */
function badValues(c: Column): fc.Arbitrary<{ value: unknown; expect: Expectation; kind: string }> {
    const refused = (arb: fc.Arbitrary<unknown>, kind: string) =>
        arb.map((value) => ({ value, expect: 'refused' as const, kind }))
    const either = (arb: fc.Arbitrary<unknown>, kind: string) =>
        arb.map((value) => ({ value, expect: 'refused-or-verbatim' as const, kind }))
    const key = `${c.table}.${c.element}`
    const arbs: fc.Arbitrary<{ value: unknown; expect: Expectation; kind: string }>[] = [
        refused(wrongType, 'wrong type'),
    ]
    switch (c.type) {
        case 'decimal':
        case 'float':
        case 'currency':
            arbs.push(refused(notNumber, 'not a number'))
            if (NON_NEGATIVE.has(key)) arbs.push(refused(negativeMoney, 'negative money'))
            break
        case 'integer':
            arbs.push(refused(notInteger, 'not a whole number'))
            if (NON_NEGATIVE.has(key))
                arbs.push(refused(fc.integer({ min: -1_000_000, max: -1 }).map(String), 'negative'))
            break
        case 'glide_date':
        case 'glide_date_time':
            arbs.push(refused(notDate, 'not a date'))
            break
        case 'boolean':
            arbs.push(refused(notBoolean, 'not a boolean'))
            break
        default: {
            const domain = DOMAIN_STRINGS[key]
            if (domain) arbs.push(refused(domain, 'outside the domain'))
            arbs.push(either(scriptLike, 'script-like'))
            arbs.push(either(fc.string({ minLength: 5000, maxLength: 5000 }), 'very long'))
        }
    }
    return fc.oneof(...arbs)
}

// ---- targets -----------------------------------------------------------------------------------------------------

const PLATFORM_TABLES = ['incident', 'dmn_demand', 'pm_project'] as const

function tableApiOn(table: string): boolean {
    if ((PLATFORM_TABLES as readonly string[]).includes(table)) return true
    return roleModel().tables.find((t) => t.table === table)?.tableApi ?? false
}

/** Who writes: the platform admin on platform tables (to reach the rules), the app admin on the app's own. */
function writer(table: string): string {
    return (PLATFORM_TABLES as readonly string[]).includes(table) ? 'admin' : 'itvc.admin'
}

function baseValues(table: string): Values {
    const owner = fx.userId('itvc.admin')
    switch (table) {
        case 'incident':
            return { short_description: 'Bad input test', active: 'true', state: '2', priority: '3' }
        case 'dmn_demand':
            return { short_description: 'Bad input test', state: '2', active: 'true' }
        case 'pm_project':
            return { short_description: 'Bad input test', active: 'true' }
        default:
            return fx.values(table as AppTable, owner)
    }
}

const targets = new Map<string, string>()
function target(table: string): string {
    let id = targets.get(table)
    if (!id) {
        id = fx.insert(table, baseValues(table))
        targets.set(table, id)
    }
    return id
}

interface Attempt {
    readonly status: number
    readonly message: string
    readonly sysId?: string
}

/** One write with a bad value: through the Table API, or in-process (GlideRecordSecure) where it is off. */
async function attempt(
    table: string,
    op: 'create' | 'update',
    base: Values,
    field: string,
    value: unknown
): Promise<Attempt> {
    const user = writer(table)
    const body: Record<string, unknown> = { ...base, [field]: value }
    if (tableApiOn(table)) {
        const res =
            op === 'create'
                ? await call(served, user, 'POST', `${TABLE_API}/${table}`, body)
                : await call(served, user, 'PATCH', `${TABLE_API}/${table}/${target(table)}`, body)
        served.lab.settle()
        return {
            status: res.status,
            message: String(res.body?.error?.message ?? ''),
            ...(res.body?.result?.sys_id ? { sysId: String(res.body.result.sys_id) } : {}),
        }
    }
    // in-process, as a form would: values arrive as strings (a wrong JSON type cannot happen there)
    if (typeof value === 'object' && value !== null) return { status: 0, message: 'not applicable' }
    const as = served.lab.userByName(user)
    if (!as) throw new Error(`no user ${user}`)
    const id = op === 'update' ? target(table) : undefined
    const result = served.lab.runAs(as, () => {
        const gr = new GlideRecordSecure(table)
        if (id) gr.get(id)
        else gr.initialize()
        for (const [k, v] of Object.entries(body)) gr.setValue(k, typeof v === 'string' ? v : JSON.stringify(v))
        const saved = id ? gr.update() : gr.insert()
        return { saved, failure: gr.lastFailure }
    })
    served.lab.settle()
    const message = result.messages.map((m) => m.text).join(' ')
    if (result.value.saved) return { status: op === 'create' ? 201 : 200, message, sysId: result.value.saved }
    return { status: result.value.failure?.kind === 'acl' ? 403 : 400, message }
}

function storedValue(table: string, sysId: string, field: string): string | null | undefined {
    return fx.read(table, sysId)?.[field]
}

describe('malformed values at every writable field', () => {
    it('reaches every app table and every added platform column', () => {
        const tables = new Set(columns().map((c) => c.table))
        expect([...APP_TABLES].filter((t) => !tables.has(t))).toEqual([])
        for (const t of PLATFORM_TABLES) expect(tables.has(t)).toBe(true)
    })

    it.each(['update', 'create'] as const)(
        'are refused with the database unchanged, or stored verbatim when harmless (%s)',
        async (op) => {
            /** Problems by field and kind (stable across values, for the known findings), with an example each. */
            const problems = new Map<string, string>()
            for (const c of columns()) {
                target(c.table)
                await fc.assert(
                    fc.asyncProperty(badValues(c), async ({ value, expect: expected, kind }) => {
                        // the other values of a create (and the records they point at) exist before the digest
                        const base = op === 'create' ? baseValues(c.table) : {}
                        const before = digest()
                        const res = await attempt(c.table, op, base, c.element, value)
                        if (res.status === 0) return
                        tally.badInputs += 1
                        const example = `${JSON.stringify(value)?.slice(0, 60)} → ${res.status} ${res.message.slice(0, 100)}`
                        const problem = (what: string): void => {
                            const key = `${op} ${c.table}.${c.element}: ${what} (${kind})`
                            if (!problems.has(key)) problems.set(key, example)
                        }
                        if (res.status >= 500) return problem('server error')
                        if (res.status >= 400) {
                            if (!res.message.trim()) problem('refused without a message')
                            if (digest() !== before) problem('refused, but the database changed')
                            return
                        }
                        // accepted
                        const sysId = res.sysId ?? target(c.table)
                        const stored = storedValue(c.table, sysId, c.element)
                        if (expected === 'refused') {
                            // a rule may replace a computed value; a malformed one never lands
                            if (stored === String(value)) problem('accepted and stored')
                        } else if (c.computed) {
                            // a computed column belongs to its rule: whatever lands is the rule's value
                        } else if (
                            stored !== value &&
                            !(typeof value === 'string' && stored === null && value === '')
                        ) {
                            // the platform may trim text; it never rewrites it
                            if (typeof value !== 'string' || stored !== value.trim())
                                problem(`accepted as something else`)
                        }
                        if (op === 'create' && res.sysId) {
                            // remove what the attempt created, as the system, so the next one starts clean
                            served.lab.remove(c.table, res.sysId)
                        }
                    }),
                    { numRuns: RUNS, seed: SEED, endOnFailure: true }
                )
            }
            const { unexpected, fixed } = ratchet('field-bad-input', [...problems.keys()])
            expect({
                unexpected: unexpected.map((u) => `${u} (e.g. ${problems.get(u)})`),
                fixedButStillListed: RUNS === DEFAULT_RUNS ? fixed.filter((f) => f.startsWith(`${op} `)) : [],
            }).toEqual({ unexpected: [], fixedButStillListed: [] })
        },
        300_000
    )

    it('ignore unknown fields and never let a client forge system fields', async () => {
        const problems: string[] = []
        for (const table of [...APP_TABLES, ...PLATFORM_TABLES].filter(tableApiOn)) {
            const id = target(table)
            const before = fx.read(table, id)
            const forged = {
                no_such_field: 'x',
                sys_id: '0123456789abcdef0123456789abcdef',
                sys_created_by: 'mallory',
                sys_created_on: '1999-01-01 00:00:00',
                sys_mod_count: '-1',
                sys_scope: 'global',
            }
            const patch = await call(served, writer(table), 'PATCH', `${TABLE_API}/${table}/${id}`, forged)
            const post = await call(served, writer(table), 'POST', `${TABLE_API}/${table}`, {
                ...baseValues(table),
                ...forged,
            })
            served.lab.settle()
            tally.badInputs += 2
            for (const [what, res] of [
                ['PATCH', patch],
                ['POST', post],
            ] as const) {
                if (res.status >= 500) problems.push(`${what} ${table}: ${res.status}`)
            }
            const after = fx.read(table, id)
            for (const f of ['sys_created_by', 'sys_created_on'])
                if (after?.[f] !== before?.[f]) problems.push(`PATCH ${table}: ${f} forged`)
            if (after?.['sys_id'] !== id) problems.push(`PATCH ${table}: sys_id changed`)
            if (post.status === 201) {
                // a POST may choose its sys_id (the platform's Table API takes it; imports rely on it)
                const created = post.body.result.sys_id as string
                const row = fx.read(table, created)
                if (row?.['sys_created_by'] === 'mallory') problems.push(`POST ${table}: sys_created_by forged`)
                served.lab.remove(table, created)
            }
            const cols = served.lab.schema.require(table).columns
            if (cols.has('no_such_field')) problems.push(`${table}: an unknown field became a column`)
        }
        expect(problems).toEqual([])
    })
})

// ---- REST parameters ---------------------------------------------------------------------------------------------

interface RouteFuzz {
    readonly name: string
    readonly user: string
    readonly method: 'GET' | 'POST'
    /** false: a harmless value (free text) may be accepted; true: every malformed value must be refused with a 4xx */
    readonly mustRefuse?: false
    /** Builds the request from one malformed value. */
    readonly request: (bad: unknown) => { path: string; body?: unknown }
}

const badParam = fc.oneof(
    scriptLike,
    notNumber.map((v) => String(v)),
    negativeMoney,
    fc.constantFrom(...UNKNOWN_PERIODS),
    fc.constantFrom('%00', '../x', 'a'.repeat(5000), '0123456789abcdef0123456789abcdeg', '*', 'sys_id!=x', '-1')
)
const badBodyValue = fc.oneof(badParam, wrongType, fc.constantFrom(null, true, 1e308, -1))

function q(value: unknown): string {
    return encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))
}

function routes(): RouteFuzz[] {
    const portfolioOwner = 'itvc.portfolio_owner'
    const benefit = (): string => {
        const period = fx.periodOwnedBy(fx.userId(portfolioOwner))
        return String(fx.read('x_itvc_value_benefit_period', period)?.['benefit'])
    }
    const actualsPath = (id: string) => `/api/x_itvc_value/v1/benefits/${id}/actuals`
    const planPath = (id: string) => `/api/x_itvc_value/v1/benefits/${id}/plan`
    const actual = { period: 'FY2026-M01', realised: '10.00', evidence: 'fuzz' }
    const out: RouteFuzz[] = []
    for (const p of ['project', 'demand', 'portfolio'])
        out.push({
            name: `GET benefits/summary ${p}`,
            user: portfolioOwner,
            method: 'GET',
            request: (bad) => ({ path: `/api/x_itvc_value/v1/benefits/summary?${p}=${q(bad)}` }),
        })
    out.push({
        name: 'GET benefits/projects portfolio',
        user: portfolioOwner,
        method: 'GET',
        request: (bad) => ({ path: `/api/x_itvc_value/v1/benefits/projects?portfolio=${q(bad)}` }),
    })
    out.push({
        name: 'POST benefits/{sys_id}/actuals path',
        user: portfolioOwner,
        method: 'POST',
        request: (bad) => ({ path: actualsPath(q(bad)), body: { actuals: [actual] } }),
    })
    for (const field of ['period', 'realised', 'evidence'])
        out.push({
            name: `POST benefits/actuals ${field}`,
            user: portfolioOwner,
            method: 'POST',
            ...(field === 'evidence' ? { mustRefuse: false as const } : {}),
            request: (bad) => ({ path: actualsPath(benefit()), body: { actuals: [{ ...actual, [field]: bad }] } }),
        })
    out.push({
        name: 'POST benefits/actuals body',
        user: portfolioOwner,
        method: 'POST',
        request: (bad) => ({ path: actualsPath(benefit()), body: { actuals: bad } }),
    })
    out.push({
        name: 'POST benefits/actuals unknown field',
        user: portfolioOwner,
        method: 'POST',
        request: (bad) => ({
            path: actualsPath(benefit()),
            body: { actuals: [{ ...actual, realised: bad, nope: 1 }] },
        }),
    })
    for (const field of ['planned_total', 'start_date', 'end_date', 'granularity'])
        out.push({
            name: `POST benefits/plan ${field}`,
            user: portfolioOwner,
            method: 'POST',
            request: (bad) => ({ path: planPath(benefit()), body: { [field]: bad } }),
        })
    out.push({
        name: 'POST benefits/plan path',
        user: portfolioOwner,
        method: 'POST',
        request: (bad) => ({ path: planPath(q(bad)), body: {} }),
    })
    for (const p of ['model', 'limit', 'offset'])
        out.push({
            name: `GET demands/ranking ${p}`,
            user: 'itvc.demand_manager',
            method: 'GET',
            request: (bad) => ({ path: `/api/x_itvc_value/v1/demands/ranking?${p}=${q(bad)}` }),
        })
    out.push({
        name: 'GET demands/{sys_id}/score',
        user: 'itvc.demand_manager',
        method: 'GET',
        request: (bad) => ({ path: `/api/x_itvc_value/v1/demands/${q(bad)}/score` }),
    })
    for (const p of ['period', 'dimension', 'key', 'history'])
        out.push({
            name: `GET scorecard ${p}`,
            user: 'itvc.viewer',
            method: 'GET',
            request: (bad) => ({
                path: `/api/x_itvc_value/v1/scorecard/?${p === 'key' ? 'dimension=portfolio&' : ''}${p}=${q(bad)}`,
            }),
        })
    for (const p of ['metric', 'period_type', 'periods', 'to', 'dimension', 'key'])
        out.push({
            name: `GET scorecard/trend ${p}`,
            user: 'itvc.viewer',
            method: 'GET',
            request: (bad) => ({
                path: `/api/x_itvc_value/v1/scorecard/trend?${p === 'metric' ? '' : 'metric=benefit_realisation&'}${p === 'key' ? 'dimension=portfolio&' : ''}${p}=${q(bad)}`,
            }),
        })
    for (const field of ['from', 'to', 'period_types', 'dimensions'])
        out.push({
            name: `POST scorecard/rollups ${field}`,
            user: portfolioOwner,
            method: 'POST',
            request: (bad) => ({
                path: '/api/x_itvc_value/v1/scorecard/rollups',
                body: { from: 'FY2026-M01', to: 'FY2026-M01', [field]: bad },
            }),
        })
    out.push({
        name: 'GET scorecard/rollups/{id}',
        user: portfolioOwner,
        method: 'GET',
        request: (bad) => ({ path: `/api/x_itvc_value/v1/scorecard/rollups/${q(bad)}` }),
    })
    return out
}

describe('malformed values at every REST parameter', () => {
    // a fresh lab: the field fuzz stored odd but harmless names (a model called "<img …>" is then found by name)
    beforeAll(async () => {
        await served.close()
        served.lab.close()
        served = await servedAppLab()
        fx = new Fixtures(served.lab)
        targets.clear()
    }, 60_000)

    it('covers every route of the written model', () => {
        const fuzzed = new Set(routes().map((r) => r.name.split(' ')[0] + ' ' + r.name.split(' ')[1]?.split('/')[0]))
        for (const r of roleModel().routes) {
            const area = r.path.split('/')[4] as string
            expect([...fuzzed].some((f) => f.startsWith(`${r.method} ${area}`))).toBe(true)
        }
    })

    it('answer a clear 4xx (or ignore a harmless value), never a 5xx, and a refused POST changes nothing', async () => {
        /** Problems by route and kind (stable across values, for the known findings), with an example each. */
        const problems = new Map<string, string>()
        const problem = (route: RouteFuzz, kind: string, example: string): void => {
            if (!problems.has(`${route.name}: ${kind}`)) problems.set(`${route.name}: ${kind}`, example)
        }
        for (const route of routes()) {
            await fc.assert(
                fc.asyncProperty(route.method === 'POST' ? badBodyValue : badParam, async (bad) => {
                    const { path, body } = route.request(bad)
                    const before = digest()
                    const res = await call(served, route.user, route.method, path, body)
                    served.lab.settle()
                    tally.badInputs += 1
                    const example = `${JSON.stringify(bad)?.slice(0, 60)} → ${res.status} ${JSON.stringify(res.body)?.slice(0, 120)}`
                    if (res.status >= 500) problem(route, 'server error', example)
                    else if (res.status >= 400) {
                        if (!String(res.body?.error?.message ?? '').trim())
                            problem(route, 'refused without a message', example)
                        if (digest() !== before) problem(route, 'refused, but the database changed', example)
                    } else {
                        // JSON null is "not given": the route's default applies
                        if (route.mustRefuse !== false && bad !== null)
                            problem(route, 'accepted a malformed value', example)
                        if (route.method === 'GET' && digest() !== before)
                            problem(route, 'a GET changed the database', example)
                    }
                }),
                { numRuns: RUNS * 2, seed: SEED, endOnFailure: true }
            )
        }
        const { unexpected, fixed } = ratchet('rest-bad-input', [...problems.keys()])
        expect({
            unexpected: unexpected.map((u) => `${u} (e.g. ${problems.get(u)})`),
            fixedButStillListed: RUNS === DEFAULT_RUNS ? fixed : [],
        }).toEqual({ unexpected: [], fixedButStillListed: [] })
    }, 300_000)
})

/**
 * The app's place in the platform UI, as built (dist/app): the React scorecard page and its assets, the "IT Value
 * Center" menu with every module and its roles, and the list and form layouts of all features checked together
 * against the schema (the lab's base tables plus the app's own tables and columns, installed from the same build).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { LabInstance } from '../../scripts/lab/instance.ts'
import { bindOrderBy, bindQuery, resolveField } from '../../scripts/lab/query/bind.ts'
import { parseEncodedQuery } from '../../scripts/lab/query/index.ts'
import { resolveDynamicValues } from '../../scripts/lab/query/dynamic.ts'
import type { AppRecord } from '../../scripts/metadata/app-records.ts'
import { benefitPeriodsRef, demandScoresRef, metricRef, scorecardEntriesRef } from '../../src/client/services/links.ts'
import { builtApp } from './built-app.ts'

const app = builtApp()
const lab = new LabInstance()
lab.install(app)
afterAll(() => lab.close())

const PAGE_ENDPOINT = 'x_itvc_value_scorecard.do'
const appTables = app.tables().map((t) => t.fields.name)
const roleNames = new Set(app.of('sys_user_role').map((r) => r.fields.name))

function f(record: AppRecord, field: string): string {
    return record.fields[field] ?? ''
}

/** Why a (dot-walked) field does not resolve on a table, or undefined when it does. */
function fieldProblem(table: string, path: string): string | undefined {
    try {
        resolveField(path, table, lab.schema)
        return undefined
    } catch (error) {
        return error instanceof Error ? error.message : String(error)
    }
}

/** Why an encoded query does not bind on a table (strict: every field must exist), or undefined. */
function queryProblem(table: string, query: string): string | undefined {
    try {
        const ast = parseEncodedQuery(resolveDynamicValues(query, { userId: '0'.repeat(32) }), 'strict')
        bindQuery(ast, table, lab.schema, 'strict')
        bindOrderBy(ast.orderBy, table, lab.schema, 'strict')
        return undefined
    } catch (error) {
        return error instanceof Error ? error.message : String(error)
    }
}

describe('the scorecard UI page', () => {
    const pages = app.of('sys_ui_page')
    const assets = app.of('sys_ux_lib_asset')

    it('is a direct UI page at x_itvc_value_scorecard.do', () => {
        expect(pages.map((p) => [f(p, 'endpoint'), f(p, 'direct'), f(p, 'name')])).toEqual([
            [PAGE_ENDPOINT, 'true', 'scorecard'],
        ])
    })

    it("is not named after a table: a table's form has the same URL (<table>.do)", () => {
        const tables = new Set([...appTables, ...lab.schema.tableNames()])
        const clashes = pages.map((p) => f(p, 'endpoint').replace(/\.do$/, '')).filter((name) => tables.has(name))
        expect(clashes).toEqual([])
    })

    it('carries the platform globals (the session token as window.g_ck) and loads its module from /uxasset', () => {
        const html = f(pages[0] as AppRecord, 'html')
        expect(html).toContain('window.g_ck = "$[gs.getSession().getSessionToken() || gs.getSessionToken()]"')
        expect(html).toMatch(
            /<script src="\/uxasset\/externals\/x_itvc_value\/main\.jsdbx\?uxpcb=[^"]*" type="module">/
        )
        expect(html).toContain('<div id="root"></div>')
    })

    it('ships its code as UX library assets whose imports all resolve, without source maps', () => {
        const names = assets.map((a) => f(a, 'name'))
        expect(names).toContain('x_itvc_value/main')
        for (const asset of assets) {
            const content = f(asset, 'content')
            expect(content).not.toContain('sourceMappingURL')
            for (const [, file] of content.matchAll(/from\s*"\.\/([^"]+)\.jsdbx"/g)) {
                expect(names).toContain(`x_itvc_value/${file}`)
            }
        }
    })

    it('links its numbers to list queries that bind on their tables', () => {
        const refs = [
            scorecardEntriesRef('incident_impact_cost', 'FY2026-Q4', 'all', ''),
            scorecardEntriesRef('incident_impact_cost', 'FY2026-Q4', 'business_service', 'abc'),
            metricRef('incident_impact_cost'),
            demandScoresRef('abc'),
            benefitPeriodsRef('project', 'abc', 'FY2026-M03'),
            benefitPeriodsRef('portfolio', 'abc', 'FY2026-M03'),
        ]
        expect(refs.map((r) => queryProblem(r.table, r.query))).toEqual(refs.map(() => undefined))
    })

    it('keeps the page code within its size budget (2 MB of JavaScript)', () => {
        const bytes = assets.reduce((n, a) => n + Buffer.byteLength(f(a, 'content')), 0)
        expect(bytes).toBeLessThan(2_000_000)
    })
})

describe('the IT Value Center menu', () => {
    const menus = app.of('sys_app_application')
    const menu = menus[0] as AppRecord
    const modules = app.of('sys_app_module')

    it('is one active application menu for every app role (viewer is in all of them)', () => {
        expect(menus.map((m) => [f(m, 'title'), f(m, 'active'), f(m, 'roles')])).toEqual([
            ['IT Value Center', 'true', 'x_itvc_value.viewer'],
        ])
    })

    /** The modules the app's users need, and the roles that use each (role containment adds the higher roles). */
    const REQUIRED: readonly (readonly [title: string, link: string, roles: readonly string[]])[] = [
        ['Scorecard page', `DIRECT ${PAGE_ENDPOINT}`, ['x_itvc_value.viewer']],
        ['Scorecard snapshots', 'LIST x_itvc_value_snapshot', ['x_itvc_value.viewer']],
        ['Reds across dimensions', 'LIST x_itvc_value_scorecard_entry', ['x_itvc_value.viewer']],
        ['Demand ranking', 'LIST dmn_demand', ['x_itvc_value.viewer']],
        ['All benefits', 'LIST x_itvc_value_benefit', ['x_itvc_value.viewer']],
        ['Benefits at risk', 'LIST x_itvc_value_benefit', ['x_itvc_value.viewer']],
        ['Scoring models', 'LIST x_itvc_value_scoring_model', ['x_itvc_value.assessor']],
        ['Service value profiles', 'LIST x_itvc_value_service_profile', ['x_itvc_value.admin', 'x_itvc_value.tagger']],
        ['Metric catalog', 'LIST x_itvc_value_metric', ['x_itvc_value.admin']],
        ['Exchange rates', 'LIST x_itvc_value_exchange_rate', ['x_itvc_value.admin', 'x_itvc_value.benefit_owner']],
        ['Properties', 'LIST sys_properties', ['x_itvc_value.admin']],
        ['Roll-up runs', 'LIST x_itvc_value_rollup_run', ['x_itvc_value.portfolio_owner']],
    ]

    it.each(REQUIRED)('has the module "%s" (%s) for %j', (title, link, roles) => {
        const found = modules.filter((m) => f(m, 'title') === title)
        expect(found).toHaveLength(1)
        const module = found[0] as AppRecord
        const target = f(module, 'link_type') === 'DIRECT' ? f(module, 'query') : f(module, 'name')
        expect(`${f(module, 'link_type')} ${target}`).toBe(link)
        expect(f(module, 'roles').split(',').sort()).toEqual([...roles].sort())
    })

    it('shows only active modules of this menu, each limited to app roles by name', () => {
        for (const m of modules) {
            const roles = f(m, 'roles').split(',')
            expect({ title: f(m, 'title'), active: f(m, 'active'), application: f(m, 'application') }).toEqual({
                title: f(m, 'title'),
                active: 'true',
                application: menu.sysId,
            })
            expect({ title: f(m, 'title'), roles: roles.filter((r) => !roleNames.has(r)) }).toEqual({
                title: f(m, 'title'),
                roles: [],
            })
        }
    })

    it('orders the modules without ties', () => {
        const orders = modules.map((m) => f(m, 'order'))
        expect(new Set(orders).size).toBe(orders.length)
    })

    it('opens lists of tables that exist, with filters whose fields exist', () => {
        const problems = modules
            .filter((m) => ['LIST', 'FILTER'].includes(f(m, 'link_type')))
            .flatMap((m) => {
                const table = f(m, 'name')
                if (!lab.schema.hasTable(table)) return [`${f(m, 'title')}: no table ${table}`]
                const problem = f(m, 'filter') === '' ? undefined : queryProblem(table, f(m, 'filter'))
                return problem === undefined ? [] : [`${f(m, 'title')}: ${problem}`]
            })
        expect(problems).toEqual([])
    })

    it('links directly only to UI pages of the app', () => {
        const endpoints = app.of('sys_ui_page').map((p) => f(p, 'endpoint'))
        for (const m of modules.filter((x) => f(x, 'link_type') === 'DIRECT')) {
            expect(endpoints).toContain(f(m, 'query').split('?')[0])
        }
    })

    it('names only views the app defines', () => {
        const views = new Set(app.of('sys_ui_view').map((v) => f(v, 'name')))
        for (const m of modules.filter((x) => f(x, 'view_name') !== '')) {
            expect(views).toContain(f(m, 'view_name'))
        }
    })
})

describe('list layouts, all features together', () => {
    const lists = app.of('sys_ui_list')
    const elements = app.of('sys_ui_list_element')

    it('gives every app table a default list layout', () => {
        const withDefault = new Set(
            lists.filter((l) => ['', 'NULL', 'Default view'].includes(f(l, 'view'))).map((l) => f(l, 'name'))
        )
        expect(appTables.filter((t) => !withDefault.has(t))).toEqual([])
    })

    it('lists only columns that exist on the table (dot-walks included)', () => {
        const tableOf = new Map(lists.map((l) => [l.sysId, f(l, 'name')]))
        const problems = elements.flatMap((e) => {
            const table = tableOf.get(f(e, 'list_id')) ?? e.display['list_id'] ?? ''
            const problem = fieldProblem(table, f(e, 'element'))
            return problem === undefined ? [] : [`${table} list: ${problem}`]
        })
        expect(problems).toEqual([])
    })

    it('never lists a column twice in one layout', () => {
        const seen = new Map<string, number>()
        for (const e of elements) {
            const key = `${f(e, 'list_id')}.${f(e, 'element')}`
            seen.set(key, (seen.get(key) ?? 0) + 1)
        }
        expect([...seen].filter(([, n]) => n > 1)).toEqual([])
    })
})

describe('form layouts, all features together', () => {
    const sections = app.of('sys_ui_section')
    const elements = app.of('sys_ui_element')
    const sectionById = new Map(sections.map((s) => [s.sysId, s]))

    it('places only columns that exist on the table (splits, annotations and formatters aside)', () => {
        const problems = elements.flatMap((e) => {
            const section = sectionById.get(f(e, 'sys_ui_section'))
            if (section === undefined) return [`element ${f(e, 'element')}: no section ${f(e, 'sys_ui_section')}`]
            if (f(e, 'type') !== '' || f(e, 'element').startsWith('.')) return []
            const problem = fieldProblem(f(section, 'name'), f(e, 'element'))
            return problem === undefined ? [] : [`${f(section, 'name')} "${f(section, 'caption')}": ${problem}`]
        })
        expect(problems).toEqual([])
    })

    it('never places a field twice on one form (all sections of a table and view)', () => {
        const seen = new Map<string, number>()
        for (const e of elements) {
            const section = sectionById.get(f(e, 'sys_ui_section'))
            if (section === undefined || f(e, 'type') !== '' || f(e, 'element').startsWith('.')) continue
            const key = `${f(section, 'name')}[${f(section, 'view')}].${f(e, 'element')}`
            seen.set(key, (seen.get(key) ?? 0) + 1)
        }
        expect([...seen].filter(([, n]) => n > 1)).toEqual([])
    })

    it('puts every section on a form of its own table', () => {
        const forms = new Map(app.of('sys_ui_form').map((form) => [form.sysId, f(form, 'name')]))
        for (const link of app.of('sys_ui_form_section')) {
            const section = sectionById.get(f(link, 'sys_ui_section'))
            expect(section).toBeDefined()
            expect(forms.get(f(link, 'sys_ui_form'))).toBe(f(section as AppRecord, 'name'))
        }
    })
})

describe('the portfolio owner dashboard', () => {
    const dashboards = app.of('par_dashboard')
    const widgets = app.of('par_dashboard_widget')

    it('is readable by portfolio owners, who may not change it', () => {
        expect(dashboards).toHaveLength(1)
        const permissions = app.of('par_dashboard_permission')
        expect(permissions.map((p) => [p.display['role'], f(p, 'can_read'), f(p, 'can_write'), f(p, 'owner')])).toEqual(
            [['x_itvc_value.portfolio_owner', 'true', 'false', 'false']]
        )
    })

    it('binds every widget to the scorecard entries with queries and groupings that resolve', () => {
        expect(widgets.length).toBeGreaterThanOrEqual(3)
        for (const w of widgets) {
            const props = JSON.parse(f(w, 'component_props')) as {
                dataSources: { tableOrViewName: string; filterQuery: string }[]
                groupBy?: { groupBy: { groupByField: string }[] }[]
            }
            for (const source of props.dataSources) {
                expect(source.tableOrViewName).toBe('x_itvc_value_scorecard_entry')
                expect(queryProblem(source.tableOrViewName, source.filterQuery)).toBeUndefined()
            }
            for (const field of (props.groupBy ?? []).flatMap((g) => g.groupBy.map((x) => x.groupByField))) {
                expect(fieldProblem('x_itvc_value_scorecard_entry', field)).toBeUndefined()
            }
        }
    })
})

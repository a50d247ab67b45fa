/**
 * Incident value attribution in the build output (dist/app): the columns added to platform tables and the profile
 * table, their field ACLs, the rules (table, when, order, filter, bound function), the properties, the form view and
 * menu, the cross-scope privileges and the ATF tests.
 */
import { describe, expect, it } from '@jest/globals'
import type { AppRecord } from '../../scripts/metadata/app-records.ts'
import { boundFunction } from '../../scripts/lab/engine/modules.ts'
import { VALUED_INCIDENT_QUERY } from '../../src/server/adapters/glide-incident-value.ts'
import { builtApp } from './built-app.ts'

const PROFILE = 'x_itvc_value_service_profile'
const VIEWER = 'x_itvc_value.viewer'
const TAGGER = 'x_itvc_value.tagger'
const ADMIN = 'x_itvc_value.admin'

/** [column, internal type, extra dictionary fields] of every column the feature adds to incident. */
const INCIDENT_COLUMNS: readonly [string, string, Record<string, string>][] = [
    ['x_itvc_value_value_category', 'choice', { choice: '1' }],
    ['x_itvc_value_revenue_at_risk', 'decimal', { attributes: 'scale=2' }],
    ['x_itvc_value_direct_cost', 'decimal', { attributes: 'scale=2' }],
    ['x_itvc_value_users_affected', 'integer', {}],
    ['x_itvc_value_productivity_hours', 'decimal', { attributes: 'scale=2' }],
    ['x_itvc_value_outage_minutes', 'integer', {}],
    ['x_itvc_value_impact_cost', 'decimal', { attributes: 'scale=2', read_only: 'true' }],
    ['x_itvc_value_impact_score', 'integer', { read_only: 'true' }],
    ['x_itvc_value_tagged_by', 'reference', { reference: 'sys_user', read_only: 'true' }],
    ['x_itvc_value_tagged_at', 'glide_date_time', { read_only: 'true' }],
    ['x_itvc_value_notes', 'string', { max_length: '4000' }],
]
const ENTERED = [
    'x_itvc_value_value_category',
    'x_itvc_value_revenue_at_risk',
    'x_itvc_value_direct_cost',
    'x_itvc_value_users_affected',
    'x_itvc_value_productivity_hours',
    'x_itvc_value_outage_minutes',
    'x_itvc_value_notes',
]
const COMPUTED = [
    'x_itvc_value_impact_cost',
    'x_itvc_value_impact_score',
    'x_itvc_value_tagged_by',
    'x_itvc_value_tagged_at',
]
const CATEGORY_CHOICES = [
    ['revenue', 'Revenue'],
    ['cost', 'Operating cost'],
    ['customer', 'Customer experience'],
    ['productivity', 'Employee productivity'],
    ['risk', 'Risk & compliance'],
]

function column(table: string, element: string): AppRecord | undefined {
    return builtApp()
        .columns(table)
        .find((c) => c.fields.element === element)
}

function acls(name: string, operation: string): { roles: string[]; condition: string; script: string }[] {
    const app = builtApp()
    return app
        .of('sys_security_acl')
        .filter((a) => a.fields.name === name && a.fields.operation === operation && a.fields.active !== 'false')
        .map((a) => ({
            roles: app.aclRoles(a.sysId).sort(),
            condition: a.fields.condition ?? '',
            script: a.fields.script ?? '',
        }))
}

function rule(name: string): AppRecord {
    const found = builtApp()
        .of('sys_script')
        .find((r) => r.fields.name === name)
    if (!found) throw new Error(`no business rule "${name}"`)
    return found
}

function choices(table: string, element: string): string[][] {
    return builtApp()
        .of('sys_choice')
        .filter((c) => c.fields.name === table && c.fields.element === element)
        .sort((a, b) => Number(a.fields.sequence) - Number(b.fields.sequence))
        .map((c) => [c.fields.value ?? '', c.fields.label ?? ''])
}

describe('columns', () => {
    it.each(INCIDENT_COLUMNS)('adds incident.%s as %s', (element, type, extra) => {
        expect(column('incident', element)?.fields).toMatchObject({ internal_type: type, ...extra })
    })

    it('adds no other incident column', () => {
        const names = builtApp()
            .columns('incident')
            .map((c) => c.fields.element)
            .sort()
        expect(names).toEqual(INCIDENT_COLUMNS.map(([c]) => c).sort())
    })

    it.each(['incident', 'dmn_demand', 'pm_project'])('gives %s the value category choices', (table) => {
        expect(column(table, 'x_itvc_value_value_category')?.fields.internal_type).toBe('choice')
        expect(choices(table, 'x_itvc_value_value_category')).toEqual(CATEGORY_CHOICES)
    })

    it('creates the service value profile table: one profile per business service', () => {
        const table = builtApp()
            .tables()
            .find((t) => t.fields.name === PROFILE)
        expect(table?.fields).toMatchObject({ access: 'package_private', ws_access: 'true' })
        expect(column(PROFILE, 'service')?.fields).toMatchObject({
            internal_type: 'reference',
            reference: 'cmdb_ci_service',
            unique: 'true',
            mandatory: 'true',
        })
        for (const [element, type] of [
            ['hourly_revenue', 'decimal'],
            ['hourly_labour_cost', 'decimal'],
            ['typical_users', 'integer'],
            ['criticality', 'integer'],
            ['active', 'boolean'],
        ]) {
            expect({ element, type: column(PROFILE, element as string)?.fields.internal_type }).toEqual({
                element,
                type,
            })
        }
    })
})

describe('field ACLs on the added incident columns', () => {
    it.each([...ENTERED, ...COMPUTED])('lets app roles read incident.%s', (element) => {
        expect(acls(`incident.${element}`, 'read')).toEqual([{ roles: [VIEWER], condition: '', script: '' }])
    })

    it.each(ENTERED)('lets taggers write incident.%s while the incident is active', (element) => {
        expect(acls(`incident.${element}`, 'write')).toEqual([
            { roles: [TAGGER], condition: 'active=true', script: '' },
        ])
    })

    it.each(COMPUTED)('leaves incident.%s (computed) to the app admin', (element) => {
        expect(acls(`incident.${element}`, 'write')).toEqual([{ roles: [ADMIN], condition: '', script: '' }])
    })

    it('ships no script ACL and no ACL without a role on a platform table', () => {
        const app = builtApp()
        const platform = app
            .of('sys_security_acl')
            .filter((a) => /^(incident|dmn_demand|pm_project)\./.test(a.fields.name ?? ''))
        expect(platform.length).toBeGreaterThan(0)
        for (const a of platform) {
            expect({
                acl: a.fields.name,
                script: a.fields.script ?? '',
                roles: app.aclRoles(a.sysId).length > 0,
            }).toEqual({
                acl: a.fields.name,
                script: '',
                roles: true,
            })
        }
    })

    it('guards the profile table with CRUD ACLs: app roles read, the app admin changes', () => {
        expect(acls(PROFILE, 'read')).toEqual([{ roles: [VIEWER], condition: '', script: '' }])
        for (const operation of ['create', 'write', 'delete']) {
            expect({ operation, acls: acls(PROFILE, operation) }).toEqual({
                operation,
                acls: [{ roles: [ADMIN], condition: '', script: '' }],
            })
        }
    })
})

describe('business rules', () => {
    it('prices incidents before insert and update, late (order 1000), only when they carry value data', () => {
        const r = rule('IT Value: price incident impact')
        expect(r.fields).toMatchObject({
            collection: 'incident',
            when: 'before',
            order: '1000',
            action_insert: 'true',
            action_update: 'true',
            action_delete: 'false',
            active: 'true',
            filter_condition: VALUED_INCIDENT_QUERY,
        })
        expect(boundFunction(r.fields.script ?? '')).toMatchObject({ fn: 'onIncidentValueSaved' })
    })

    it('guards resolving before update (order 900), for unresolved moves without a category', () => {
        const r = rule('IT Value: require value category to resolve')
        expect(r.fields).toMatchObject({
            collection: 'incident',
            when: 'before',
            order: '900',
            action_insert: 'false',
            action_update: 'true',
            filter_condition: 'stateIN6,7^x_itvc_value_value_categoryISEMPTY',
        })
        expect(boundFunction(r.fields.script ?? '')).toMatchObject({ fn: 'onIncidentResolving' })
    })

    it('validates profiles before saving and re-prices their incidents asynchronously', () => {
        expect(rule('IT Value: validate service value profile').fields).toMatchObject({
            collection: PROFILE,
            when: 'before',
            action_insert: 'true',
            action_update: 'true',
        })
        const reprice = rule('IT Value: re-price incidents of a service')
        expect(reprice.fields).toMatchObject({
            collection: PROFILE,
            when: 'async_always',
            action_insert: 'true',
            action_update: 'true',
        })
        expect(boundFunction(reprice.fields.script ?? '')).toMatchObject({ fn: 'repriceServiceIncidents' })
    })
})

describe('properties', () => {
    it.each([
        ['x_itvc_value.default_hourly_labour_cost', '50'],
        ['x_itvc_value.impact_score_reference_cost', '100000'],
        ['x_itvc_value.require_value_on_resolve', '1,2'],
    ])('ships %s = %s, read by app roles, written by the app admin', (name, value) => {
        const p = builtApp()
            .of('sys_properties')
            .find((r) => r.fields.name === name)
        expect(p?.fields).toMatchObject({ value, read_roles: VIEWER, write_roles: ADMIN })
    })
})

describe('form, list and menu', () => {
    it('lays out incident only in the Business value view, and no platform table in the default view', () => {
        const app = builtApp()
        const view = app.of('sys_ui_view').find((v) => v.fields.name === 'x_itvc_value_business_value')
        expect(view?.fields.title).toBe('Business value')
        const ownViews = new Set(app.of('sys_ui_view').map((v) => v.sysId))
        const layouts = ['sys_ui_form', 'sys_ui_section', 'sys_ui_list'].flatMap((t) => app.of(t))
        const onPlatform = layouts.filter((r) => ['incident', 'dmn_demand', 'pm_project'].includes(r.fields.name ?? ''))
        for (const r of onPlatform) {
            expect({ file: r.file, ownView: ownViews.has(r.fields.view ?? '') }).toEqual({
                file: r.file,
                ownView: true,
            })
        }
        const onIncident = onPlatform.filter((r) => r.fields.name === 'incident')
        expect(onIncident.length).toBeGreaterThanOrEqual(4) // form, two sections, list
        for (const r of onIncident)
            expect({ file: r.file, view: r.fields.view }).toEqual({ file: r.file, view: view?.sysId })
        const captions = app
            .of('sys_ui_section')
            .filter((s) => s.fields.name === 'incident')
            .map((s) => s.fields.caption)
        expect(captions).toEqual(expect.arrayContaining(['Incident', 'Business value']))
    })

    it('puts the value fields in the Business value section', () => {
        const app = builtApp()
        const section = app
            .of('sys_ui_section')
            .find((s) => s.fields.name === 'incident' && s.fields.caption === 'Business value')
        const elements = app
            .of('sys_ui_element')
            .filter((e) => e.fields.sys_ui_section === section?.sysId)
            .map((e) => e.fields.element)
        for (const [element] of INCIDENT_COLUMNS) expect(elements).toContain(element)
    })

    it('lists the profiles and the valued incidents in the IT Value Center menu, with role names', () => {
        const app = builtApp()
        const menu = app.of('sys_app_application').find((m) => m.fields.title === 'IT Value Center')
        expect(menu).toBeDefined()
        const modules = app.of('sys_app_module').filter((m) => m.fields.application === menu?.sysId)
        const byTitle = new Map(modules.map((m) => [m.fields.title, m.fields]))
        expect(byTitle.get('Service value profiles')).toMatchObject({
            link_type: 'LIST',
            name: PROFILE,
            active: 'true',
        })
        expect(byTitle.get('Open incidents by business value')).toMatchObject({
            name: 'incident',
            view_name: 'x_itvc_value_business_value',
        })
        for (const m of modules) expect(m.fields.roles).toMatch(/^x_itvc_value\.[a-z_]+(,x_itvc_value\.[a-z_]+)*$/)
    })
})

describe('cross-scope privileges and ATF', () => {
    it('asks to read and write incident, nothing more on it', () => {
        const ops = builtApp()
            .of('sys_scope_privilege')
            .filter((p) => p.fields.target_name === 'incident')
            .map((p) => `${p.fields.operation}:${p.fields.status}`)
            .sort()
        expect(ops).toEqual(['read:allowed', 'write:allowed'])
    })

    it('ships ATF tests for the pricing rule, the resolve guard and the field ACLs', () => {
        const names = builtApp()
            .of('sys_atf_test')
            .map((t) => t.fields.name)
        expect(names).toEqual(
            expect.arrayContaining([
                'IT Value: pricing rule prices a tagged incident and refuses a negative amount',
                'IT Value: a P1 incident cannot be resolved without a value category',
                'IT Value: only taggers write the value fields of an incident',
            ])
        )
    })
})

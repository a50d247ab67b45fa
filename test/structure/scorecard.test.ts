/**
 * The value scorecard in the build output (dist/app): the seeded metric catalog against the core's computations,
 * the tables and their CRUD ACLs, the REST routes and their ACLs, the jobs, rules, properties, the digest
 * notification and the menu.
 */
import { describe, expect, it } from '@jest/globals'
import type { AppRecord } from '../../scripts/metadata/app-records.ts'
import { boundFunction } from '../../scripts/lab/engine/modules.ts'
import { parseMetric } from '../../src/server/core/scorecard/catalog.ts'
import { METRIC_KEYS } from '../../src/server/core/scorecard/metrics.ts'
import { SCORECARD_PROPERTIES } from '../../src/server/core/scorecard/settings.ts'
import { builtApp } from './built-app.ts'

const TABLES = [
    'x_itvc_value_metric',
    'x_itvc_value_snapshot',
    'x_itvc_value_scorecard_entry',
    'x_itvc_value_rollup_run',
]
const VIEWER = 'x_itvc_value.viewer'
const OWNER = 'x_itvc_value.portfolio_owner'
const ADMIN = 'x_itvc_value.admin'

function aclRoles(type: string, name: string, operation: string): string[][] {
    const app = builtApp()
    return app
        .of('sys_security_acl')
        .filter((a) => a.fields.type === type && a.fields.name === name && a.fields.operation === operation)
        .map((a) => app.aclRoles(a.sysId))
}

function named(table: string, name: string): AppRecord {
    const found = builtApp()
        .of(table)
        .find((r) => r.fields['name'] === name)
    if (!found) throw new Error(`no ${table} "${name}"`)
    return found
}

describe('the metric catalog', () => {
    const rows = () => builtApp().of('x_itvc_value_metric')

    it('ships one row per computable metric key', () => {
        expect(
            rows()
                .map((r) => r.fields['key'])
                .sort()
        ).toEqual([...METRIC_KEYS].sort())
    })

    it('ships rows the scorecard can parse, active, each described, in every perspective', () => {
        const perspectives = new Set<string>()
        for (const r of rows()) {
            const f = r.fields
            const parsed = parseMetric({
                sysId: r.sysId,
                key: f['key'] ?? null,
                name: f['name'] ?? null,
                perspective: f['perspective'] ?? null,
                unit: f['unit'] ?? null,
                direction: f['direction'] ?? null,
                target: f['target'] ?? null,
                tolerancePercent: f['amber_tolerance'] ?? null,
                active: f['active'] ?? null,
                order: f['order'] ?? null,
                description: f['description'] ?? null,
            })
            expect(parsed).toMatchObject({ ok: true, value: { active: true } })
            if (parsed.ok) {
                expect(parsed.value.description).toMatch(/Applies to: /)
                perspectives.add(parsed.value.perspective)
            }
        }
        expect([...perspectives].sort()).toEqual(['customer', 'financial', 'internal_process', 'learning_growth'])
    })

    it('installs with the app (not as demo data)', () => {
        for (const r of rows()) expect(r.file).toMatch(/^update\//)
    })
})

describe('tables', () => {
    it.each(TABLES)('%s exists, package private', (table) => {
        const t = builtApp()
            .tables()
            .find((x) => x.fields.name === table)
        expect(t?.fields).toMatchObject({ access: 'package_private' })
    })

    it.each(TABLES)('keeps %s off web services (the scorecard API serves it)', (table) => {
        const t = builtApp()
            .tables()
            .find((x) => x.fields.name === table)
        expect(t?.fields.ws_access).toBe('false')
    })

    it('guards the approval stamp on dmn_demand: viewers read it, admins write it', () => {
        for (const field of ['x_itvc_value_approved_at', 'x_itvc_value_lead_time_days']) {
            expect(aclRoles('record', `dmn_demand.${field}`, 'read')).toEqual([[VIEWER]])
            expect(aclRoles('record', `dmn_demand.${field}`, 'write')).toEqual([[ADMIN]])
        }
    })

    it('adds the approval stamp to dmn_demand', () => {
        const cols = builtApp()
            .columns('dmn_demand')
            .map((c) => [c.fields.element, c.fields.internal_type])
        expect(cols).toEqual(
            expect.arrayContaining([
                ['x_itvc_value_approved_at', 'glide_date_time'],
                ['x_itvc_value_lead_time_days', 'decimal'],
            ])
        )
    })
})

describe('ACLs', () => {
    it.each([
        ['x_itvc_value_metric', [VIEWER], [ADMIN], [ADMIN], [ADMIN]],
        ['x_itvc_value_snapshot', [VIEWER], [ADMIN], [ADMIN], [ADMIN]],
        ['x_itvc_value_scorecard_entry', [VIEWER], [ADMIN], [ADMIN], [ADMIN]],
        ['x_itvc_value_rollup_run', [OWNER], [OWNER], [ADMIN], [ADMIN]],
    ])('%s: read %j, create %j, write %j, delete %j', (table, read, create, write, del) => {
        expect(aclRoles('record', table, 'read')).toEqual([read])
        expect(aclRoles('record', table, 'create')).toEqual([create])
        expect(aclRoles('record', table, 'write')).toEqual([write])
        expect(aclRoles('record', table, 'delete')).toEqual([del])
    })
})

describe('the scorecard REST API', () => {
    const app = () => builtApp()
    const definition = () =>
        app()
            .of('sys_ws_definition')
            .find((d) => d.fields.service_id === 'scorecard')
    const routes = () =>
        app()
            .of('sys_ws_operation')
            .filter((o) => o.fields.web_service_definition === definition()?.sysId)
    const aclName = (sysId: string) =>
        app()
            .of('sys_security_acl')
            .find((a) => a.sysId === sysId)?.fields.name

    it('has its four routes under /api/x_itvc_value/v1/scorecard', () => {
        expect(
            routes()
                .map((r) => `${r.fields.http_method} ${r.fields.operation_uri}`)
                .sort()
        ).toEqual([
            'GET /api/x_itvc_value/v1/scorecard/',
            'GET /api/x_itvc_value/v1/scorecard/rollups/{id}',
            'GET /api/x_itvc_value/v1/scorecard/trend',
            'POST /api/x_itvc_value/v1/scorecard/rollups',
        ])
    })

    it.each([
        ['GET', '/api/x_itvc_value/v1/scorecard/', 'x_itvc_value scorecard read', 'getScorecard'],
        ['GET', '/api/x_itvc_value/v1/scorecard/trend', 'x_itvc_value scorecard read', 'getScorecardTrend'],
        ['POST', '/api/x_itvc_value/v1/scorecard/rollups', 'x_itvc_value scorecard roll-ups', 'postScorecardRollup'],
        ['GET', '/api/x_itvc_value/v1/scorecard/rollups/{id}', 'x_itvc_value scorecard roll-ups', 'getScorecardRollup'],
    ])('%s %s: authenticated, its own ACL %s, bound to %s', (method, uri, acl, fn) => {
        const r = routes().find((o) => o.fields.http_method === method && o.fields.operation_uri === uri)
        expect(r?.fields).toMatchObject({ requires_authentication: 'true', requires_acl_authorization: 'true' })
        expect((r?.fields.enforce_acl ?? '').split(',').map(aclName)).toEqual([acl])
        expect(boundFunction(r?.fields.operation_script ?? '')).toMatchObject({ fn })
    })

    it('lets viewers read and portfolio owners start roll-ups', () => {
        expect(aclRoles('REST_Endpoint', 'x_itvc_value scorecard read', 'execute')).toEqual([[VIEWER]])
        expect(aclRoles('REST_Endpoint', 'x_itvc_value scorecard roll-ups', 'execute')).toEqual([[OWNER]])
    })
})

describe('jobs, rules and properties', () => {
    it.each([
        ['IT Value: nightly scorecard roll-up', 'runNightlyRollup', 'daily'],
        ['IT Value: fiscal-year scorecard roll-up', 'runFiscalYearRollup', 'daily'],
        ['IT Value: scorecard roll-up worker', 'continueRollups', 'periodically'],
        ['IT Value: monthly scorecard digest', 'sendScorecardDigest', 'monthly'],
    ])('%s runs %s %s', (name, fn, runType) => {
        const job = named('sysauto_script', name)
        expect(job.fields).toMatchObject({ active: 'true', run_type: runType, run_start: '2026-01-01 00:00:00' })
        expect(boundFunction(job.fields['script'] ?? '')).toMatchObject({ fn })
    })

    it('starts a queued run asynchronously and stamps demand approvals before save', () => {
        expect(named('sys_script', 'IT Value: start a queued scorecard roll-up').fields).toMatchObject({
            collection: 'x_itvc_value_rollup_run',
            when: 'async_always',
            action_insert: 'true',
            filter_condition: 'state=queued',
        })
        const stamp = named('sys_script', 'IT Value: stamp demand approval')
        expect(stamp.fields).toMatchObject({
            collection: 'dmn_demand',
            when: 'before',
            action_insert: 'true',
            action_update: 'true',
        })
        expect(boundFunction(stamp.fields['script'] ?? '')).toMatchObject({ fn: 'onDemandApprovalSaved' })
    })

    it.each(Object.values(SCORECARD_PROPERTIES))('ships the property %s', (name) => {
        expect(named('sys_properties', name).fields['type']).toBe('integer')
    })
})

describe('the monthly digest notification', () => {
    it('is registered as an event of the scorecard table, within 40 characters', () => {
        const event = builtApp()
            .of('sysevent_register')
            .find((e) => e.fields['event_name'] === 'x_itvc_value.scorecard.digest')
        expect(event?.fields).toMatchObject({ table: 'x_itvc_value_snapshot', suffix: 'scorecard.digest' })
        expect(event?.fields['event_name']?.length).toBeLessThanOrEqual(40)
    })

    it('sends the stored digest to the event recipients', () => {
        const n = named('sysevent_email_action', 'IT Value: monthly scorecard digest')
        expect(n.fields).toMatchObject({
            collection: 'x_itvc_value_snapshot',
            generation_type: 'event',
            event_name: 'x_itvc_value.scorecard.digest',
            event_parm_1: 'true',
            message_html: '${digest}',
        })
    })
})

describe('the menu', () => {
    it('lists the reds across dimensions with their own view', () => {
        const module = builtApp()
            .of('sys_app_module')
            .find((m) => m.fields['title'] === 'Reds across dimensions')
        expect(module?.fields).toMatchObject({
            name: 'x_itvc_value_scorecard_entry',
            view_name: 'x_itvc_value_scorecard_reds',
            link_type: 'LIST',
        })
        expect(module?.fields['filter']).toMatch(/^status=red/)
    })
})

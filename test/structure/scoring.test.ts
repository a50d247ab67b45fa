/**
 * Demand value scoring in the build output (dist/app): the four tables and the columns on dmn_demand / pm_project,
 * CRUD and field ACLs, the rules (table, when, actions, filter, bound function), the jobs, the demands REST API and
 * its ACLs, the properties, the Value scoring view, the menu, and the demo model templates.
 */
import { describe, expect, it } from '@jest/globals'
import type { AppRecord } from '../../scripts/metadata/app-records.ts'
import { boundFunction } from '../../scripts/lab/engine/modules.ts'
import { SCORED_DEMAND_QUERY } from '../../src/server/adapters/glide-scoring-schema.ts'
import { defaultModelTemplates } from '../../src/server/core/scoring/templates.ts'
import { SCORING_PROPERTIES } from '../../src/server/core/scoring/config.ts'
import { builtApp } from './built-app.ts'

const VIEWER = 'x_itvc_value.viewer'
const ASSESSOR = 'x_itvc_value.assessor'
const MANAGER = 'x_itvc_value.demand_manager'
const ADMIN = 'x_itvc_value.admin'
/** The platform's admin role (app-records names it from its out-of-box sys_id). */
const PLATFORM_ADMIN = 'admin'
const DEFAULT_ACL = 'cf9d01d3e73003009d6247e603f6a990'

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
            roles: app.aclRoles(a.sysId),
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

function choices(table: string, element: string): string[] {
    return builtApp()
        .of('sys_choice')
        .filter((c) => c.fields.name === table && c.fields.element === element)
        .sort((a, b) => Number(a.fields.sequence) - Number(b.fields.sequence))
        .map((c) => c.fields.value)
}

const TABLES: Record<string, [string, string, Record<string, string>][]> = {
    x_itvc_value_scoring_model: [
        ['name', 'string', { mandatory: 'true' }],
        ['active', 'boolean', {}],
        ['is_default', 'boolean', {}],
        ['method', 'choice', { mandatory: 'true' }],
        ['version', 'integer', { read_only: 'true' }],
        ['description', 'string', {}],
        ['rescore_pending', 'boolean', { read_only: 'true' }],
        ['rescore_reason', 'choice', { read_only: 'true' }],
        ['rescore_cursor', 'string', { read_only: 'true' }],
        ['rerank_pending', 'boolean', { read_only: 'true' }],
    ],
    x_itvc_value_criterion: [
        ['model', 'reference', { reference: 'x_itvc_value_scoring_model', mandatory: 'true' }],
        ['name', 'string', { mandatory: 'true' }],
        ['key', 'string', { mandatory: 'true' }],
        ['weight', 'decimal', { mandatory: 'true' }],
        ['direction', 'choice', {}],
        ['min_value', 'decimal', { mandatory: 'true' }],
        ['max_value', 'decimal', { mandatory: 'true' }],
        ['order', 'integer', {}],
        ['formula_role', 'choice', {}],
    ],
    x_itvc_value_rating: [
        ['demand', 'reference', { reference: 'dmn_demand', mandatory: 'true' }],
        ['criterion', 'reference', { reference: 'x_itvc_value_criterion', mandatory: 'true' }],
        ['assessor', 'reference', { reference: 'sys_user' }],
        ['value', 'decimal', { mandatory: 'true' }],
        ['comment', 'string', {}],
    ],
    x_itvc_value_score_history: [
        ['demand', 'reference', { reference: 'dmn_demand', mandatory: 'true' }],
        ['project', 'reference', { reference: 'pm_project' }],
        ['old_score', 'decimal', {}],
        ['new_score', 'decimal', {}],
        ['old_ranking_value', 'decimal', {}],
        ['new_ranking_value', 'decimal', {}],
        ['model', 'reference', { reference: 'x_itvc_value_scoring_model' }],
        ['model_version', 'integer', {}],
        ['breakdown', 'string', { max_length: '8000' }],
        ['reason', 'choice', {}],
        ['changed_by', 'reference', { reference: 'sys_user' }],
        ['changed_at', 'glide_date_time', {}],
    ],
}

const DEMAND_COLUMNS: [string, string, Record<string, string>, 'manager' | 'computed'][] = [
    ['x_itvc_value_model', 'reference', { reference: 'x_itvc_value_scoring_model' }, 'manager'],
    ['x_itvc_value_score', 'decimal', { read_only: 'true', attributes: 'scale=2' }, 'computed'],
    ['x_itvc_value_wsjf', 'decimal', { read_only: 'true' }, 'computed'],
    ['x_itvc_value_rice', 'decimal', { read_only: 'true' }, 'computed'],
    ['x_itvc_value_ranking_value', 'decimal', { read_only: 'true' }, 'computed'],
    ['x_itvc_value_rank', 'integer', { read_only: 'true' }, 'computed'],
    ['x_itvc_value_score_status', 'choice', { read_only: 'true' }, 'computed'],
    ['x_itvc_value_scored_at', 'glide_date_time', { read_only: 'true' }, 'computed'],
    ['x_itvc_value_breakdown', 'string', { read_only: 'true', max_length: '8000' }, 'computed'],
    ['x_itvc_value_breakdown_text', 'string', { read_only: 'true', max_length: '8000' }, 'computed'],
    ['x_itvc_value_override', 'decimal', { attributes: 'scale=2' }, 'manager'],
    ['x_itvc_value_override_reason', 'string', {}, 'manager'],
]

describe('scoring tables', () => {
    it.each([
        ['x_itvc_value_scoring_model', 'false'],
        ['x_itvc_value_criterion', 'false'],
        ['x_itvc_value_rating', 'true'],
        ['x_itvc_value_score_history', 'false'],
    ])('%s is a package-private app table, Table API %s', (table, ws) => {
        const t = builtApp()
            .tables()
            .find((r) => r.fields.name === table)
        expect(t?.fields).toMatchObject({ access: 'package_private', read_access: 'true', ws_access: ws })
    })

    it.each(Object.entries(TABLES).flatMap(([table, cols]) => cols.map((c) => [table, ...c] as const)))(
        '%s.%s is a %s column',
        (table, element, type, extra) => {
            expect(column(table, element)?.fields).toMatchObject({ internal_type: type, ...extra })
        }
    )

    it('has the choice lists of the issue', () => {
        expect(choices('x_itvc_value_scoring_model', 'method')).toEqual(['weighted', 'wsjf', 'rice'])
        expect(choices('x_itvc_value_criterion', 'direction')).toEqual(['benefit', 'cost'])
        expect(choices('x_itvc_value_criterion', 'formula_role')).toEqual([
            'none',
            'business_value',
            'time_criticality',
            'risk_reduction',
            'job_size',
            'reach',
            'impact',
            'confidence',
            'effort',
        ])
        expect(choices('x_itvc_value_score_history', 'reason')).toEqual([
            'rating',
            'model_change',
            'override',
            'recalculation',
        ])
        expect(choices('dmn_demand', 'x_itvc_value_score_status')).toEqual(['unscored', 'partial', 'scored'])
    })
})

describe('scoring columns on platform tables', () => {
    it.each(DEMAND_COLUMNS)('dmn_demand.%s is a %s column', (element, type, extra) => {
        expect(column('dmn_demand', element)?.fields).toMatchObject({ internal_type: type, ...extra })
    })

    it('adds score and breakdown to pm_project', () => {
        expect(column('pm_project', 'x_itvc_value_score')?.fields).toMatchObject({ internal_type: 'decimal' })
        expect(column('pm_project', 'x_itvc_value_breakdown')?.fields).toMatchObject({ max_length: '8000' })
    })
})

describe('ACLs', () => {
    it.each([
        ['x_itvc_value_scoring_model', [VIEWER], [MANAGER], [MANAGER], [MANAGER]],
        ['x_itvc_value_criterion', [VIEWER], [MANAGER], [MANAGER], [MANAGER]],
        ['x_itvc_value_rating', [VIEWER], [ASSESSOR], [ASSESSOR, MANAGER], [MANAGER]],
        // an audit trail: no app role writes it, the app admin included (only the platform admin may purge)
        ['x_itvc_value_score_history', [VIEWER], [PLATFORM_ADMIN], [PLATFORM_ADMIN], [PLATFORM_ADMIN]],
    ])('%s: read, create, write and delete ACLs by role, no scripts', (table, read, create, write, del) => {
        const roles = (op: string) =>
            acls(table, op)
                .flatMap((a) => a.roles)
                .sort()
        expect([roles('read'), roles('create'), roles('write'), roles('delete')]).toEqual([read, create, write, del])
        for (const op of ['read', 'create', 'write', 'delete'])
            for (const a of acls(table, op)) expect(a.script).toBe('')
    })

    it('lets assessors write only their own ratings', () => {
        expect(acls('x_itvc_value_rating', 'write')).toContainEqual({
            roles: [ASSESSOR],
            condition: 'assessor=javascript:gs.getUserID()',
            script: '',
        })
    })

    it('guards the numbers of criteria and ratings and the queue columns of models with field ACLs', () => {
        for (const f of ['weight', 'min_value', 'max_value'])
            expect(acls(`x_itvc_value_criterion.${f}`, 'write')).toEqual([
                { roles: [MANAGER], condition: '', script: '' },
            ])
        expect(acls('x_itvc_value_rating.value', 'create')).toEqual([{ roles: [ASSESSOR], condition: '', script: '' }])
        expect(acls('x_itvc_value_rating.value', 'write')).toEqual(
            expect.arrayContaining([
                { roles: [ASSESSOR], condition: 'assessor=javascript:gs.getUserID()', script: '' },
                { roles: [MANAGER], condition: '', script: '' },
            ])
        )
        for (const f of ['version', 'rescore_pending', 'rescore_reason', 'rescore_cursor', 'rerank_pending'])
            expect(acls(`x_itvc_value_scoring_model.${f}`, 'write')).toEqual([
                { roles: [ADMIN], condition: '', script: '' },
            ])
    })

    it.each(DEMAND_COLUMNS)(
        'dmn_demand.%s: viewers read it, demand managers or the app admin write it',
        (element, ...rest) => {
            const writer = rest[2] === 'manager' ? MANAGER : ADMIN
            expect(acls(`dmn_demand.${element}`, 'read')).toEqual([{ roles: [VIEWER], condition: '', script: '' }])
            expect(acls(`dmn_demand.${element}`, 'write')).toEqual([{ roles: [writer], condition: '', script: '' }])
        }
    )

    it.each(['x_itvc_value_score', 'x_itvc_value_breakdown'])(
        'pm_project.%s: viewers read, the app admin writes',
        (f) => {
            expect(acls(`pm_project.${f}`, 'read')).toEqual([{ roles: [VIEWER], condition: '', script: '' }])
            expect(acls(`pm_project.${f}`, 'write')).toEqual([{ roles: [ADMIN], condition: '', script: '' }])
        }
    )
})

describe('the demands REST API', () => {
    const app = builtApp()
    const api = app.of('sys_ws_definition').find((d) => d.fields.service_id === 'demands')
    const routes = app.of('sys_ws_operation').filter((o) => o.fields.web_service_definition === api?.sysId)

    it('has the two GET routes at their pinned URIs, bound to the handlers', () => {
        expect(routes.map((r) => [r.fields.http_method, r.fields.operation_uri]).sort()).toEqual([
            ['GET', '/api/x_itvc_value/v1/demands/ranking'],
            ['GET', '/api/x_itvc_value/v1/demands/{sys_id}/score'],
        ])
        const fns = routes.map((r) => boundFunction(r.fields.operation_script ?? '')?.fn).sort()
        expect(fns).toEqual(['getDemandRanking', 'getDemandScore'])
    })

    it.each(['ranking', 'score'])(
        'route %s requires authentication, ACL authorization and its own viewer ACL',
        (name) => {
            const route = routes.find((r) => r.fields.name === name)
            expect(route?.fields).toMatchObject({ requires_authentication: 'true', requires_acl_authorization: 'true' })
            const ids = (route?.fields.enforce_acl ?? '').split(',').filter(Boolean)
            expect(ids).toHaveLength(1)
            expect(ids).not.toContain(DEFAULT_ACL)
            const acl = app.of('sys_security_acl').find((a) => a.sysId === ids[0])
            expect([acl?.fields.type.toLowerCase(), acl?.fields.operation]).toEqual(['rest_endpoint', 'execute'])
            expect(app.aclRoles(acl?.sysId ?? '')).toEqual([VIEWER])
        }
    )

    it('gives each route a different ACL', () => {
        expect(new Set(routes.map((r) => r.fields.enforce_acl)).size).toBe(2)
    })
})

describe('business rules', () => {
    it.each([
        ['IT Value: validate rating', 'x_itvc_value_rating', 'before', 'insert,update', '', 'onRatingSaving'],
        [
            'IT Value: re-score rated demand',
            'x_itvc_value_rating',
            'after',
            'insert,update,delete',
            'demandISNOTEMPTY',
            'onRatingChanged',
        ],
        [
            'IT Value: validate scoring criterion',
            'x_itvc_value_criterion',
            'before',
            'insert,update',
            '',
            'onCriterionSaving',
        ],
        [
            'IT Value: bump model version on criterion change',
            'x_itvc_value_criterion',
            'after',
            'insert,update',
            'modelISNOTEMPTY',
            'onCriterionSaved',
        ],
        [
            'IT Value: bump model version on criterion delete',
            'x_itvc_value_criterion',
            'after',
            'delete',
            'modelISNOTEMPTY',
            'onCriterionDeleted',
        ],
        [
            'IT Value: validate scoring model',
            'x_itvc_value_scoring_model',
            'before',
            'insert,update',
            '',
            'onModelSaving',
        ],
        [
            'IT Value: keep scoring models in use',
            'x_itvc_value_scoring_model',
            'before',
            'delete',
            '',
            'onModelDeleting',
        ],
        [
            'IT Value: re-rank demands of model',
            'x_itvc_value_scoring_model',
            'async_always',
            'insert,update',
            'rerank_pending=true',
            'onModelRerankRequested',
        ],
        [
            'IT Value: default scoring model',
            'dmn_demand',
            'before',
            'insert',
            'x_itvc_value_modelISEMPTY^ORx_itvc_value_score_statusISEMPTY',
            'onDemandCreating',
        ],
        [
            'IT Value: re-score demand on model or override change',
            'dmn_demand',
            'before',
            'update',
            SCORED_DEMAND_QUERY,
            'onDemandScoringEdit',
        ],
        [
            'IT Value: record demand score change',
            'dmn_demand',
            'after',
            'update',
            SCORED_DEMAND_QUERY,
            'onDemandScoringEdited',
        ],
        [
            'IT Value: copy demand score to project',
            'pm_project',
            'before',
            'insert,update',
            'demandISNOTEMPTY',
            'onProjectDemandLinked',
        ],
    ])('"%s" runs on %s, %s %s, filter %p, bound to %s', (name, table, when, actions, filter, fn) => {
        const r = rule(name)
        const on = ['insert', 'update', 'delete'].filter((a) => r.fields[`action_${a}`] === 'true').join(',')
        expect([r.fields.collection, r.fields.when, on, r.fields.filter_condition ?? '', r.fields.active]).toEqual([
            table,
            when,
            actions,
            filter,
            'true',
        ])
        expect(r.fields.condition ?? '').toBe('')
        expect(boundFunction(r.fields.script ?? '')?.fn).toBe(fn)
    })
})

describe('jobs and properties', () => {
    const job = (name: string) =>
        builtApp()
            .of('sysauto_script')
            .find((j) => j.fields.name === name)

    it('re-scores every 5 minutes and recalculates nightly, bound to the job functions', () => {
        expect(job('IT Value: re-score demands')?.fields).toMatchObject({
            run_type: 'periodically',
            run_period: '1970-01-01 00:05:00',
        })
        expect(job('IT Value: nightly demand scoring')?.fields).toMatchObject({
            run_type: 'daily',
            run_time: '1970-01-01 02:30:00',
        })
        expect(boundFunction(job('IT Value: re-score demands')?.fields.script ?? '')?.fn).toBe('runRescoreQueue')
        expect(boundFunction(job('IT Value: nightly demand scoring')?.fields.script ?? '')?.fn).toBe(
            'runNightlyScoring'
        )
    })

    it('ships the scoring properties with their defaults, read by viewers, written by the app admin', () => {
        const props = builtApp().of('sys_properties')
        for (const [name, value] of [
            [SCORING_PROPERTIES.batchSize, '500'],
            [SCORING_PROPERTIES.maxBatchesPerRun, '20'],
            [SCORING_PROPERTIES.maxRankedDemands, '20000'],
        ]) {
            expect(props.find((p) => p.fields.name === name)?.fields).toMatchObject({
                value,
                type: 'integer',
                read_roles: VIEWER,
                write_roles: ADMIN,
            })
        }
    })
})

describe('the demo model templates', () => {
    const app = builtApp()
    const models = app.of('x_itvc_value_scoring_model')
    const criteria = app.of('x_itvc_value_criterion')

    it('ships the three core templates as demo data, equal to defaultModelTemplates()', () => {
        const shipped = models.map((m) => ({
            model: {
                name: m.fields['name'],
                active: m.fields['active'] === 'true',
                isDefault: m.fields['is_default'] === 'true',
                method: m.fields['method'],
                version: Number(m.fields['version']),
                description: m.fields['description'],
            },
            criteria: criteria
                .filter((c) => c.fields['model'] === m.sysId)
                .map((c) => ({
                    name: c.fields['name'],
                    key: c.fields['key'],
                    weight: Number(c.fields['weight']),
                    direction: c.fields['direction'],
                    min: Number(c.fields['min_value']),
                    max: Number(c.fields['max_value']),
                    order: Number(c.fields['order']),
                    formulaRole: c.fields['formula_role'],
                }))
                .sort((a, b) => a.order - b.order),
        }))
        const order = ['weighted', 'wsjf', 'rice']
        shipped.sort((a, b) => order.indexOf(a.model.method ?? '') - order.indexOf(b.model.method ?? ''))
        expect(shipped).toEqual(defaultModelTemplates())
        for (const r of [...models, ...criteria]) expect(r.file).toMatch(/^unload\.demo\//)
    })
})

describe('the Value scoring view and the menu', () => {
    const app = builtApp()
    const view = app.of('sys_ui_view').find((v) => v.fields['name'] === 'x_itvc_value_scoring')

    it('puts the scoring section, ratings and history on an own view of dmn_demand, never a platform view', () => {
        expect(view).toBeDefined()
        const ownViews = new Set(app.of('sys_ui_view').map((v) => v.sysId))
        const sections = app.of('sys_ui_section').filter((s) => s.fields['name'] === 'dmn_demand')
        const lists = app.of('sys_ui_related_list').filter((l) => l.fields['name'] === 'dmn_demand')
        for (const r of [...sections, ...lists])
            expect({ file: r.file, own: ownViews.has(r.fields['view'] ?? '') }).toEqual({ file: r.file, own: true })
        const captions = sections.filter((s) => s.fields['view'] === view?.sysId).map((s) => s.fields['caption'])
        expect(captions.sort()).toEqual(['Demand', 'Value scoring'])
        const mine = lists.filter((l) => l.fields['view'] === view?.sysId)
        expect(mine).toHaveLength(1)
        const entries = app
            .of('sys_ui_related_list_entry')
            .filter((e) => e.fields['list_id'] === mine[0]?.sysId)
            .sort((x, y) => Number(x.fields['position']) - Number(y.fields['position']))
            .map((e) => e.fields['related_list'])
        expect(entries).toEqual(['x_itvc_value_rating.demand', 'x_itvc_value_score_history.demand'])
    })

    it('links the ranking and the models from the app menu', () => {
        const modules = app
            .of('sys_app_module')
            .map((m) => [m.fields['title'], m.fields['name'], m.fields['view_name'] ?? ''])
        expect(modules).toContainEqual(['Demand ranking', 'dmn_demand', 'x_itvc_value_scoring'])
        expect(modules).toContainEqual(['Scoring models', 'x_itvc_value_scoring_model', ''])
    })
})

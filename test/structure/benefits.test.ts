/**
 * Benefit tracking in the build output (dist/app): the three tables and the roll-up columns on pm_project and
 * dmn_demand, CRUD and field ACLs (with the owner condition), the REST routes and their ACLs, the rules and the
 * nightly job bound to their functions, the UI action, events and notifications, properties, views and menu.
 */
import { describe, expect, it } from '@jest/globals'
import type { AppRecord } from '../../scripts/metadata/app-records.ts'
import { boundFunction } from '../../scripts/lab/engine/modules.ts'
import { BENEFIT_PROPERTIES, FISCAL_PROPERTIES } from '../../src/server/core/index.ts'
import { builtApp } from './built-app.ts'

const BENEFIT = 'x_itvc_value_benefit'
const PERIOD = 'x_itvc_value_benefit_period'
const RATE = 'x_itvc_value_exchange_rate'
const VIEWER = 'x_itvc_value.viewer'
const OWNER = 'x_itvc_value.benefit_owner'
const PORTFOLIO = 'x_itvc_value.portfolio_owner'
const ADMIN = 'x_itvc_value.admin'

function columnsOf(table: string): Record<string, AppRecord> {
    return Object.fromEntries(
        builtApp()
            .columns(table)
            .map((c) => [c.fields.element, c])
    )
}

function choices(table: string, element: string): string[] {
    return builtApp()
        .of('sys_choice')
        .filter((c) => c.fields.name === table && c.fields.element === element)
        .sort((a, b) => Number(a.fields.sequence) - Number(b.fields.sequence))
        .map((c) => c.fields.value)
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

function named(table: string, name: string): AppRecord {
    const found = builtApp()
        .of(table)
        .find((r) => r.fields['name'] === name)
    if (!found) throw new Error(`no ${table} "${name}"`)
    return found
}

describe('benefit tables', () => {
    it('creates the benefit table, auto-numbered BEN, with the fixed columns and choices', () => {
        const table = builtApp()
            .tables()
            .find((t) => t.fields.name === BENEFIT)
        expect(table?.fields).toMatchObject({ access: 'package_private', ws_access: 'true' })
        expect(
            builtApp()
                .of('sys_number')
                .find((n) => n.fields['category'] === BENEFIT)?.fields
        ).toMatchObject({
            prefix: 'BEN',
        })
        const columns = columnsOf(BENEFIT)
        for (const name of [
            'number',
            'short_description',
            'demand',
            'project',
            'type',
            'category',
            'perspective',
            'owner',
            'measure',
            'measurement_method',
            'state',
            'currency',
            'planned_total',
            'realised_total',
            'planned_to_date',
            'realisation_pct',
            'variance',
            'start_date',
            'end_date',
        ]) {
            expect({ name, present: columns[name] !== undefined }).toEqual({ name, present: true })
        }
        expect(columns['demand']?.fields.reference).toBe('dmn_demand')
        expect(columns['project']?.fields.reference).toBe('pm_project')
        expect(columns['owner']?.fields.reference).toBe('sys_user')
        expect(choices(BENEFIT, 'type')).toEqual([
            'revenue_growth',
            'cost_saving',
            'cost_avoidance',
            'productivity',
            'risk_reduction',
            'customer_satisfaction',
        ])
        expect(choices(BENEFIT, 'category')).toEqual(['hard', 'soft'])
        expect(choices(BENEFIT, 'perspective')).toEqual([
            'financial',
            'customer',
            'internal_process',
            'learning_growth',
        ])
        expect(choices(BENEFIT, 'measure')).toEqual(['currency', 'count', 'percent', 'hours', 'days', 'score'])
        expect(choices(BENEFIT, 'state')).toEqual(['draft', 'planned', 'realising', 'realised', 'at_risk', 'cancelled'])
    })

    it('creates the period table with the fixed columns and a unique index on benefit and period', () => {
        const columns = columnsOf(PERIOD)
        for (const name of [
            'benefit',
            'period_label',
            'period_start',
            'period_end',
            'planned_amount',
            'realised_amount',
            'planned_functional',
            'realised_functional',
            'rate',
            'rate_date',
            'measured_by',
            'measured_at',
            'evidence',
        ]) {
            expect({ name, present: columns[name] !== undefined }).toEqual({ name, present: true })
        }
        expect(columns['benefit']?.fields).toMatchObject({ reference: BENEFIT, mandatory: 'true' })
        expect(columns['realised_amount']?.fields.default_value ?? '').toBe('')
    })

    it('creates the exchange-rate table', () => {
        expect(Object.keys(columnsOf(RATE)).sort()).toEqual(['currency', 'effective_date', 'rate'])
    })

    it('adds the value columns to pm_project and the totals to dmn_demand, read-only', () => {
        const project = columnsOf('pm_project')
        for (const name of [
            'x_itvc_value_planned_benefit',
            'x_itvc_value_realised_benefit',
            'x_itvc_value_realisation_pct',
            'x_itvc_value_roi_pct',
            'x_itvc_value_npv',
            'x_itvc_value_payback_months',
            'x_itvc_value_value_health',
        ]) {
            expect({ name, readOnly: project[name]?.fields.read_only }).toEqual({ name, readOnly: 'true' })
        }
        expect(choices('pm_project', 'x_itvc_value_value_health')).toEqual([
            'on_track',
            'at_risk',
            'off_track',
            'not_measured',
        ])
        const demand = columnsOf('dmn_demand')
        expect(demand['x_itvc_value_planned_benefit']?.fields.read_only).toBe('true')
        expect(demand['x_itvc_value_realised_benefit']?.fields.read_only).toBe('true')
    })
})

describe('benefit security', () => {
    it.each([
        [BENEFIT, [VIEWER], [PORTFOLIO], [PORTFOLIO], [PORTFOLIO]],
        [PERIOD, [VIEWER], [PORTFOLIO], [PORTFOLIO], [PORTFOLIO]],
        [RATE, [VIEWER], [ADMIN], [ADMIN], [ADMIN]],
    ])('%s has read, create, write and delete ACLs', (table, read, create, write, del) => {
        expect(acls(table, 'read')).toEqual([{ roles: read, condition: '', script: '' }])
        expect(acls(table, 'create')).toEqual([{ roles: create, condition: '', script: '' }])
        expect(acls(table, 'write')).toContainEqual({ roles: write, condition: '', script: '' })
        expect(acls(table, 'delete')).toEqual([{ roles: del, condition: '', script: '' }])
    })

    it('lets benefit owners write the periods of their own benefits only (a data condition, no script)', () => {
        const writes = acls(PERIOD, 'write')
        expect(writes).toHaveLength(2)
        expect(writes).toEqual(
            expect.arrayContaining([
                { roles: [PORTFOLIO], condition: '', script: '' },
                { roles: [OWNER], condition: 'benefit.owner=javascript:gs.getUserID()', script: '' },
            ])
        )
        expect(acls(`${PERIOD}.planned_amount`, 'write')).toEqual([{ roles: [PORTFOLIO], condition: '', script: '' }])
    })

    it('keeps computed columns to the app admin, on the app tables and on pm_project / dmn_demand', () => {
        for (const field of ['realised_total', 'planned_to_date', 'realisation_pct', 'variance']) {
            expect(acls(`${BENEFIT}.${field}`, 'write')).toEqual([{ roles: [ADMIN], condition: '', script: '' }])
        }
        for (const name of ['pm_project.x_itvc_value_roi_pct', 'dmn_demand.x_itvc_value_planned_benefit']) {
            expect(acls(name, 'write')).toEqual([{ roles: [ADMIN], condition: '', script: '' }])
            expect(acls(name, 'read')).toEqual([{ roles: [VIEWER], condition: '', script: '' }])
        }
    })

    it('declares no script ACL', () => {
        const scripted = builtApp()
            .of('sys_security_acl')
            .filter((a) => a.fields.name.startsWith('x_itvc_value_benefit') && (a.fields.script ?? '').trim() !== '')
        expect(scripted).toEqual([])
    })
})

describe('benefits REST API', () => {
    const routes = (): AppRecord[] => {
        const api = named('sys_ws_definition', 'IT Value benefits API')
        return builtApp()
            .of('sys_ws_operation')
            .filter((o) => o.fields.web_service_definition === api.sysId)
    }
    const aclNames = (route: AppRecord): string[] =>
        (route.fields['enforce_acl'] ?? '').split(',').map((id) => builtApp().byId(id)?.fields['name'] ?? id)

    it('serves the summary, projects, actuals and plan routes under /api/x_itvc_value/v1/benefits', () => {
        expect(
            routes()
                .map((r) => `${r.fields.http_method} ${r.fields.operation_uri}`)
                .sort()
        ).toEqual([
            'GET /api/x_itvc_value/v1/benefits/projects',
            'GET /api/x_itvc_value/v1/benefits/summary',
            'POST /api/x_itvc_value/v1/benefits/{sys_id}/actuals',
            'POST /api/x_itvc_value/v1/benefits/{sys_id}/plan',
        ])
    })

    it('requires authentication and ACL authorisation on every route, each with its own REST_Endpoint ACL', () => {
        const byName = Object.fromEntries(routes().map((r) => [r.fields.name, r]))
        for (const route of routes()) {
            expect(route.fields).toMatchObject({ requires_authentication: 'true', requires_acl_authorization: 'true' })
        }
        expect(aclNames(byName['summary'] as AppRecord)).toEqual(['x_itvc_value benefits api read'])
        expect(aclNames(byName['projects'] as AppRecord)).toEqual(['x_itvc_value benefits api projects'])
        expect(acls('x_itvc_value benefits api projects', 'execute')[0]?.roles).toEqual([VIEWER])
        expect(aclNames(byName['actuals'] as AppRecord)).toEqual(['x_itvc_value benefits api actuals'])
        expect(aclNames(byName['plan'] as AppRecord)).toEqual(['x_itvc_value benefits api plan'])
        expect(acls('x_itvc_value benefits api read', 'execute')[0]?.roles).toEqual([VIEWER])
        expect(acls('x_itvc_value benefits api actuals', 'execute')[0]?.roles).toEqual([OWNER])
        expect(acls('x_itvc_value benefits api plan', 'execute')[0]?.roles).toEqual([PORTFOLIO])
    })

    it('binds the routes to the entry functions', () => {
        const fns = Object.fromEntries(routes().map((r) => [r.fields.name, boundFunction(r.fields.operation_script)]))
        expect(fns).toEqual({
            summary: { fn: 'getBenefitSummary', path: expect.stringMatching(/src\/server\/entry\/benefits-rest\.ts$/) },
            projects: { fn: 'getBenefitProjects', path: expect.stringMatching(/benefits-rest\.ts$/) },
            actuals: { fn: 'postBenefitActuals', path: expect.stringMatching(/benefits-rest\.ts$/) },
            plan: { fn: 'postBenefitPlan', path: expect.stringMatching(/benefits-rest\.ts$/) },
        })
    })
})

describe('rules, job, button, events', () => {
    it.each([
        ['IT Value: check benefit', BENEFIT, 'before', 'onBenefitBeforeSave', ''],
        ['IT Value: roll benefit value up', BENEFIT, 'after', 'onBenefitSaved', ''],
        ['IT Value: roll deleted benefit out', BENEFIT, 'after', 'onBenefitDeleted', ''],
        ['IT Value: check and convert benefit period', PERIOD, 'before', 'onPeriodBeforeSave', 'benefitISNOTEMPTY'],
        ['IT Value: refresh benefit from its periods', PERIOD, 'after', 'onPeriodSaved', 'benefitISNOTEMPTY'],
        ['IT Value: check exchange rate', RATE, 'before', 'onExchangeRateBeforeSave', ''],
        [
            'IT Value: benefits follow the demand into its project',
            'pm_project',
            'after',
            'onProjectLinkedToDemand',
            'demandISNOTEMPTY',
        ],
        [
            'IT Value: benefits follow the demand into its project (demand side)',
            'dmn_demand',
            'after',
            'onDemandLinkedToProject',
            'projectISNOTEMPTY',
        ],
        [
            'IT Value: project value on cost or start change',
            'pm_project',
            'after',
            'onProjectCostChanged',
            'x_itvc_value_planned_benefitISNOTEMPTY',
        ],
    ])('%s runs %s on %s (%s) and calls %s', (name, table, when, fn, filter) => {
        const rule = named('sys_script', name)
        expect(rule.fields).toMatchObject({ collection: table, when, filter_condition: filter, active: 'true' })
        expect(boundFunction(rule.fields['script'] ?? '')?.fn).toBe(fn)
    })

    it('runs the nightly refresh at 01:30 UTC', () => {
        const job = named('sysauto_script', 'IT Value: nightly benefit refresh')
        expect(job.fields).toMatchObject({ run_type: 'daily', active: 'true' })
        expect(boundFunction(job.fields['script'] ?? '')?.fn).toBe('runBenefitRefresh')
    })

    it('puts "Generate periods" on the benefit form for portfolio owners', () => {
        const action = named('sys_ui_action', 'Generate periods')
        expect(action.fields).toMatchObject({
            table: BENEFIT,
            form_button: 'true',
            show_insert: 'false',
            show_update: 'true',
        })
        expect(boundFunction(action.fields['script'] ?? '')).toMatchObject({ fn: 'generatePeriods' })
    })

    it('registers the two events and notifies on them', () => {
        const events = builtApp()
            .of('sysevent_register')
            .map((e) => e.fields['event_name'])
        expect(events).toEqual(
            expect.arrayContaining(['x_itvc_value.benefit.period_overdue', 'x_itvc_value.benefit.at_risk'])
        )
        const overdue = named('sysevent_email_action', 'IT Value: benefit measurement overdue')
        expect(overdue.fields).toMatchObject({
            collection: PERIOD,
            generation_type: 'event',
            event_name: 'x_itvc_value.benefit.period_overdue',
            event_parm_1: 'true',
        })
        const atRisk = named('sysevent_email_action', 'IT Value: benefit at risk')
        expect(atRisk.fields).toMatchObject({
            collection: BENEFIT,
            event_name: 'x_itvc_value.benefit.at_risk',
            recipient_fields: 'owner',
            event_parm_2: 'true',
        })
    })
})

describe('properties and UI', () => {
    it('ships every benefit and fiscal property with its default, readable by viewers', () => {
        const props = Object.fromEntries(
            builtApp()
                .of('sys_properties')
                .map((p) => [p.fields.name, p.fields.value])
        )
        expect({
            [FISCAL_PROPERTIES.startMonth]: props[FISCAL_PROPERTIES.startMonth],
            [FISCAL_PROPERTIES.calendarType]: props[FISCAL_PROPERTIES.calendarType],
            [FISCAL_PROPERTIES.weekStartDay]: props[FISCAL_PROPERTIES.weekStartDay],
            [BENEFIT_PROPERTIES.atRiskThresholdPct]: props[BENEFIT_PROPERTIES.atRiskThresholdPct],
            [BENEFIT_PROPERTIES.measurementGraceDays]: props[BENEFIT_PROPERTIES.measurementGraceDays],
            [BENEFIT_PROPERTIES.functionalCurrency]: props[BENEFIT_PROPERTIES.functionalCurrency],
            [BENEFIT_PROPERTIES.discountRate]: props[BENEFIT_PROPERTIES.discountRate],
            'x_itvc_value.project_cost_field': props['x_itvc_value.project_cost_field'],
        }).toEqual({
            'x_itvc_value.fiscal.start_month': '1',
            'x_itvc_value.fiscal.calendar_type': 'monthly',
            'x_itvc_value.fiscal.week_start_day': 'sunday',
            'x_itvc_value.at_risk_threshold_pct': '80',
            'x_itvc_value.measurement_grace_days': '30',
            'x_itvc_value.functional_currency': 'USD',
            'x_itvc_value.discount_rate': '0.08',
            'x_itvc_value.project_cost_field': 'work_cost',
        })
    })

    it('colours the benefit states', () => {
        const styled = builtApp()
            .of('sys_ui_style')
            .filter((s) => s.fields['name'] === BENEFIT && s.fields['element'] === 'state')
            .map((s) => s.fields['value'])
            .sort()
        expect(styled).toEqual(['at_risk', 'cancelled', 'planned', 'realised', 'realising'])
    })

    it('lists benefits on demands and projects in the Benefits view only (never the default layout)', () => {
        const app = builtApp()
        const view = named('sys_ui_view', 'x_itvc_value_benefits')
        const lists = app
            .of('sys_ui_related_list')
            .filter((l) => ['dmn_demand', 'pm_project'].includes(l.fields['name'] ?? ''))
        const ours = lists.filter((l) =>
            app
                .of('sys_ui_related_list_entry')
                .some(
                    (e) =>
                        e.fields['list_id'] === l.sysId &&
                        /^x_itvc_value_benefit\./.test(e.fields['related_list'] ?? '')
                )
        )
        expect(ours.map((l) => [l.fields['name'], l.fields['view']]).sort()).toEqual([
            ['dmn_demand', view.sysId],
            ['pm_project', view.sysId],
        ])
    })

    it('edits the periods of a benefit in the list', () => {
        const controls = builtApp()
            .of('sys_ui_list_control')
            .filter((c) => c.fields['name'] === BENEFIT || c.fields['name'] === PERIOD)
        expect(
            controls.map((c) => [c.fields['name'], c.fields['related_list'] ?? '', c.fields['list_edit_type']]).sort()
        ).toEqual([
            [BENEFIT, 'x_itvc_value_benefit_period.benefit', 'save_by_row'],
            [PERIOD, '', 'save_by_row'],
        ])
    })
})

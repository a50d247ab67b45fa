/**
 * Benefit tracking end to end, as clients see it: the Table API and the benefits REST API of the built app in the
 * lab (plus the "Generate periods" UI action script and the nightly job as the platform runs them). One story over
 * a fiscal year: plan, record actuals, convert the demand, close the project, keep measuring; refusals and
 * ownership on the way. FY = calendar year (the default fiscal properties); amounts in EUR, functional USD.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { processEvents } from '../../scripts/lab/engine/notifications.ts'
import { GlideRecord } from '../../scripts/lab/glide/index.ts'
import type { LabUser } from '../../scripts/lab/http/contract.ts'
import { builtAppRecords, call, servedAppLab } from './app-lab.ts'

const API = '/api/x_itvc_value/v1/benefits'
const TABLE = '/api/now/table'

let lab: RunningLab
const ids: Record<string, string> = {}

function user(name: string): LabUser {
    const u = lab.lab.userByName(name)
    if (!u) throw new Error(`no user ${name}`)
    return u
}

async function created(who: string, table: string, body: Record<string, unknown>): Promise<string> {
    const res = await call(lab, who, 'POST', `${TABLE}/${table}`, body)
    if (res.status !== 201) throw new Error(`${table}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.result.sys_id as string
}

async function periods(benefit: string): Promise<any[]> {
    const res = await call(
        lab,
        'itvc.viewer',
        'GET',
        `${TABLE}/x_itvc_value_benefit_period?sysparm_query=benefit=${benefit}^ORDERBYperiod_start`
    )
    expect(res.status).toBe(200)
    return res.body.result
}

async function record(table: string, id: string, who = 'admin'): Promise<any> {
    const res = await call(lab, who, 'GET', `${TABLE}/${table}/${id}`)
    expect(res.status).toBe(200)
    return res.body.result
}

function at(clock: string): void {
    lab.lab.setClock(() => clock)
}

beforeAll(async () => {
    lab = await servedAppLab()
    at('2026-03-10 09:00:00')
    lab.lab.runAsSystem(() => {
        for (const name of ['itvc.benefit_owner', 'itvc.portfolio_owner', 'itvc.demand_manager']) {
            lab.lab.upsert('sys_user', user(name).sysId, { email: `${name}@example.com` })
        }
    })
    ids['portfolio'] = await created('admin', 'pm_portfolio', { name: 'Operational Excellence' })
    await created('itvc.admin', 'x_itvc_value_exchange_rate', {
        currency: 'eur',
        rate: '1.10',
        effective_date: '2025-12-01',
    })
    await created('itvc.admin', 'x_itvc_value_exchange_rate', {
        currency: 'EUR',
        rate: '1.20',
        effective_date: '2026-07-01',
    })
    ids['demand'] = await created('admin', 'dmn_demand', {
        short_description: 'Month-end close automation',
        portfolio: ids['portfolio'],
    })
}, 60_000)

afterAll(async () => {
    await lab.close()
    lab.lab.close()
})

describe('planning a benefit', () => {
    it('creates a benefit on a demand with its number, currency and default perspective', async () => {
        const res = await call(lab, 'itvc.portfolio_owner', 'POST', `${TABLE}/x_itvc_value_benefit`, {
            short_description: 'Fewer manual journal entries',
            demand: ids['demand'],
            type: 'cost_saving',
            owner: user('itvc.benefit_owner').sysId,
            currency: 'eur',
            start_date: '2026-01-01',
            end_date: '2026-12-31',
            planned_total: '1000.00',
        })
        expect(res.status).toBe(201)
        ids['benefit'] = res.body.result.sys_id
        expect(res.body.result).toMatchObject({
            number: 'BEN0001001',
            currency: 'EUR',
            perspective: 'financial',
            category: 'hard',
            measure: 'currency',
            state: 'draft',
        })
    })

    it('generates one period per month, splitting the total in cents with the remainder on the last', async () => {
        const res = await call(lab, 'itvc.portfolio_owner', 'POST', `${API}/${ids['benefit']}/plan`)
        expect(res.status).toBe(200)
        expect(res.body.result).toMatchObject({ created: 12, updated: 0, removed: 0, kept: 0 })
        expect(res.body.result.benefit).toMatchObject({ state: 'planned', planned_total: 1000 })
        const rows = await periods(ids['benefit'] as string)
        expect(rows.map((p) => p.period_label)).toEqual([
            'FY2026-M01',
            'FY2026-M02',
            'FY2026-M03',
            'FY2026-M04',
            'FY2026-M05',
            'FY2026-M06',
            'FY2026-M07',
            'FY2026-M08',
            'FY2026-M09',
            'FY2026-M10',
            'FY2026-M11',
            'FY2026-M12',
        ])
        expect(rows.map((p) => p.planned_amount)).toEqual([...Array(11).fill('83.33'), '83.37'])
        expect(rows[1]).toMatchObject({ period_start: '2026-02-01', period_end: '2026-02-28', realised_amount: '' })
    })

    it('stores each period also in the functional currency, at the latest rate on or before its start', async () => {
        const rows = await periods(ids['benefit'] as string)
        expect(rows[5]).toMatchObject({ planned_functional: '91.66', rate: '1.100000', rate_date: '2025-12-01' })
        expect(rows[6]).toMatchObject({ planned_functional: '100.00', rate: '1.200000', rate_date: '2026-07-01' })
        expect(rows[11]).toMatchObject({ planned_functional: '100.04' })
        const demand = await record('dmn_demand', ids['demand'] as string)
        expect(demand.x_itvc_value_planned_benefit).toBe('1150.00')
    })

    it('generates quarters through the "Generate periods" button as the platform runs its script', async () => {
        ids['other'] = await created('itvc.portfolio_owner', 'x_itvc_value_benefit', {
            short_description: 'Audit fees avoided',
            demand: ids['demand'],
            type: 'cost_avoidance',
            owner: user('itvc.portfolio_owner').sysId,
            start_date: '2026-01-01',
            end_date: '2026-12-31',
            granularity: 'quarter',
            planned_total: '400.00',
        })
        const action = builtAppRecords()
            .of('sys_ui_action')
            .find((a) => a.fields['name'] === 'Generate periods')
        const run = lab.lab.runAs(user('itvc.portfolio_owner'), () => {
            const current = new GlideRecord('x_itvc_value_benefit')
            current.get(ids['other'] as string)
            return lab.lab.execute(action?.fields['script'] ?? '', { current }, 'UI action Generate periods')
        })
        expect(run.messages).toEqual([{ level: 'info', text: 'Periods: 4 created, 0 re-planned, 0 removed, 0 kept' }])
        const rows = await periods(ids['other'] as string)
        expect(rows.map((p) => [p.period_label, p.planned_amount, p.rate])).toEqual([
            ['FY2026-Q1', '100.00', '1.000000'],
            ['FY2026-Q2', '100.00', '1.000000'],
            ['FY2026-Q3', '100.00', '1.000000'],
            ['FY2026-Q4', '100.00', '1.000000'],
        ])
    })
})

describe('recording actuals', () => {
    const actuals = {
        actuals: [
            { period: 'FY2026-M01', realised: '80.00', evidence: 'Close report January' },
            { period: 'fy2026-m02', realised: 90 },
        ],
    }

    it('records realised amounts for periods and refreshes the benefit', async () => {
        const res = await call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['benefit']}/actuals`, actuals)
        expect(res.status).toBe(200)
        expect(res.body.result.periods.map((p: any) => [p.period, p.outcome])).toEqual([
            ['FY2026-M01', 'updated'],
            ['FY2026-M02', 'updated'],
        ])
        expect(res.body.result.benefit).toMatchObject({
            state: 'realising',
            realised_total: 170,
            planned_to_date: 166.66,
            realisation_pct: 102,
            variance: 3.34,
        })
        const [january] = await periods(ids['benefit'] as string)
        expect(january).toMatchObject({
            realised_amount: '80.00',
            realised_functional: '88.00',
            evidence: 'Close report January',
            measured_at: '2026-03-10 09:00:00',
        })
        expect(january.measured_by.value).toBe(user('itvc.benefit_owner').sysId)
    })

    it('changes nothing when the same actuals are recorded again: no duplicates, no new versions', async () => {
        const before = await periods(ids['benefit'] as string)
        const res = await call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['benefit']}/actuals`, actuals)
        expect(res.status).toBe(200)
        expect(res.body.result.periods.map((p: any) => p.outcome)).toEqual(['unchanged', 'unchanged'])
        const after = await periods(ids['benefit'] as string)
        expect(after).toHaveLength(12)
        expect(after.map((p) => p.sys_mod_count)).toEqual(before.map((p) => p.sys_mod_count))
        expect(lab.lab.count('x_itvc_value_benefit_period', 'benefit = ?', [ids['benefit'] as string])).toBe(12)
    })

    it('lets the owner correct an amount in the period list (Table API) but not the plan', async () => {
        const [january] = await periods(ids['benefit'] as string)
        const path = `${TABLE}/x_itvc_value_benefit_period/${january.sys_id}`
        const fixed = await call(lab, 'itvc.benefit_owner', 'PATCH', path, { realised_amount: '81.50' })
        expect(fixed.status).toBe(200)
        expect(fixed.body.result).toMatchObject({ realised_amount: '81.50', realised_functional: '89.65' })
        const replan = await call(lab, 'itvc.benefit_owner', 'PATCH', path, { planned_amount: '1.00' })
        expect(replan.status).toBe(403)
        expect((await record('x_itvc_value_benefit_period', january.sys_id)).planned_amount).toBe('83.33')
    })
})

describe('ownership', () => {
    it("denies a benefit owner someone else's benefit, through the API and the Table API, with nothing changed", async () => {
        const res = await call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['other']}/actuals`, {
            actuals: [{ period: 'FY2026-Q1', realised: '100.00' }],
        })
        expect(res.status).toBe(403)
        expect(res.body).toMatchObject({ status: 'failure', error: { detail: 'ACL.DENIED' } })
        const [q1] = await periods(ids['other'] as string)
        const patched = await call(
            lab,
            'itvc.benefit_owner',
            'PATCH',
            `${TABLE}/x_itvc_value_benefit_period/${q1.sys_id}`,
            {
                realised_amount: '100.00',
            }
        )
        expect(patched.status).toBe(403)
        expect((await periods(ids['other'] as string)).map((p) => p.realised_amount)).toEqual(['', '', '', ''])
    })

    it('keeps the routes to their roles: viewers cannot record, owners cannot plan, no role reads nothing', async () => {
        const body = { actuals: [{ period: 'FY2026-M03', realised: '1.00' }] }
        expect((await call(lab, 'itvc.viewer', 'POST', `${API}/${ids['benefit']}/actuals`, body)).status).toBe(403)
        expect((await call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['benefit']}/plan`)).status).toBe(403)
        expect((await call(lab, 'no.roles', 'GET', `${API}/summary?demand=${ids['demand']}`)).status).toBe(403)
        expect((await call(lab, 'itvc.viewer', 'GET', `${TABLE}/x_itvc_value_benefit/${ids['benefit']}`)).status).toBe(
            200
        )
    })
})

describe('refusals', () => {
    it('refuses a period outside the benefit range, with nothing changed', async () => {
        const before = await periods(ids['benefit'] as string)
        const res = await call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['benefit']}/actuals`, {
            actuals: [
                { period: 'FY2026-M03', realised: '70.00' },
                { period: 'FY2027-M01', realised: '70.00' },
            ],
        })
        expect(res.status).toBe(400)
        expect(res.body.error.detail).toBe('BENEFIT.PERIOD_OUT_OF_RANGE (period_label)')
        expect(await periods(ids['benefit'] as string)).toEqual(before)
        const inserted = await call(lab, 'itvc.portfolio_owner', 'POST', `${TABLE}/x_itvc_value_benefit_period`, {
            benefit: ids['benefit'],
            period_label: 'FY2027-M01',
            planned_amount: '10.00',
        })
        expect(inserted.status).toBe(403)
        expect(JSON.stringify(inserted.body)).toContain('BENEFIT.PERIOD_OUT_OF_RANGE')
        expect(await periods(ids['benefit'] as string)).toHaveLength(12)
    })

    it('refuses a negative planned amount, with nothing changed', async () => {
        const [, february] = await periods(ids['benefit'] as string)
        const path = `${TABLE}/x_itvc_value_benefit_period/${february.sys_id}`
        const patched = await call(lab, 'itvc.portfolio_owner', 'PATCH', path, { planned_amount: '-5.00' })
        expect(patched.status).toBe(403)
        expect(JSON.stringify(patched.body)).toContain('BENEFIT.PLANNED_NEGATIVE')
        expect(await record('x_itvc_value_benefit_period', february.sys_id)).toMatchObject({
            planned_amount: '83.33',
            sys_mod_count: february.sys_mod_count,
        })
        const plan = await call(lab, 'itvc.portfolio_owner', 'POST', `${API}/${ids['benefit']}/plan`, {
            planned_total: -100,
        })
        expect(plan.status).toBe(400)
        expect(plan.body.error.detail).toBe('BENEFIT.PLANNED_NEGATIVE (planned_total)')
        expect((await record('x_itvc_value_benefit', ids['benefit'] as string)).planned_total).toBe('1000.00')
    })

    it('refuses negative, malformed and duplicated actuals', async () => {
        const post = (actuals: unknown[]) =>
            call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['benefit']}/actuals`, { actuals })
        expect((await post([{ period: 'FY2026-M03', realised: '-1' }])).body.error.detail).toBe(
            'BENEFIT.REALISED_NEGATIVE (actuals[0].realised)'
        )
        expect((await post([{ period: 'March', realised: '1' }])).status).toBe(400)
        expect((await post([{ period: 'FY2026-Q1', realised: '1' }])).body.error.detail).toBe(
            'BENEFIT.PERIOD_OVERLAP (period_label)'
        )
        expect(
            (await call(lab, 'itvc.benefit_owner', 'POST', `${API}/0123456789abcdef0123456789abcdef/actuals`, {}))
                .status
        ).toBe(404)
    })
})

describe('demand to project', () => {
    it('converting the demand re-points its benefits to the project, without copies', async () => {
        at('2026-03-12 10:00:00')
        ids['project'] = await created('admin', 'pm_project', {
            short_description: 'Month-end close automation',
            demand: ids['demand'],
            primary_portfolio: ids['portfolio'],
            project_manager: user('itvc.demand_manager').sysId,
            start_date: '2026-01-01 00:00:00',
            work_cost: '500.00',
        })
        const patched = await call(lab, 'admin', 'PATCH', `${TABLE}/dmn_demand/${ids['demand']}`, {
            project: ids['project'],
        })
        expect(patched.status).toBe(200)
        for (const id of [ids['benefit'], ids['other']]) {
            expect(await record('x_itvc_value_benefit', id as string)).toMatchObject({
                project: { value: ids['project'] },
                demand: { value: ids['demand'] },
            })
        }
        expect(lab.lab.count('x_itvc_value_benefit')).toBe(2)
        const project = await record('pm_project', ids['project'] as string)
        expect(project).toMatchObject({
            x_itvc_value_planned_benefit: '1550.00',
            x_itvc_value_realised_benefit: '188.65',
            x_itvc_value_value_health: 'on_track',
            x_itvc_value_roi_pct: '-62.27',
        })
    })

    it('summarises the project: totals, the series per fiscal period, realisation, variance and health', async () => {
        const res = await call(lab, 'itvc.portfolio_owner', 'GET', `${API}/summary?project=${ids['project']}`)
        expect(res.status).toBe(200)
        const summary = res.body.result
        expect(summary).toMatchObject({
            scope: { type: 'project', sys_id: ids['project'] },
            currency: 'USD',
            as_of: '2026-03-12',
            totals: {
                planned: 1550,
                realised: 188.65,
                planned_to_date: 183.32,
                variance: 5.33,
                realisation_pct: 102.91,
            },
            health: 'on_track',
        })
        expect(summary.series.slice(0, 3)).toEqual([
            expect.objectContaining({ period: 'FY2026-Q1', planned: 100, realised: null }),
            expect.objectContaining({ period: 'FY2026-M01', planned: 91.66, realised: 89.65, variance: -2.01 }),
            expect.objectContaining({ period: 'FY2026-M02', planned: 91.66, realised: 99 }),
        ])
        expect(summary.benefits.map((b: any) => b.number)).toEqual(['BEN0001001', 'BEN0001002'])
        const viaPortfolio = await call(lab, 'itvc.viewer', 'GET', `${API}/summary?portfolio=${ids['portfolio']}`)
        expect(viaPortfolio.body.result.totals).toEqual(summary.totals)
        expect((await call(lab, 'itvc.viewer', 'GET', `${API}/summary`)).status).toBe(400)
    })
})

describe('overdue measurements and benefits at risk', () => {
    it('raises the overdue event once per period and the owner gets the email; turning at risk notifies too', async () => {
        at('2026-05-15 01:30:00')
        lab.lab.runJob('IT Value: nightly benefit refresh')
        const events = lab.lab.db.internal(
            'SELECT name, parm1, parm2 FROM "sysevent" WHERE name LIKE ? ORDER BY rowid',
            ['x_itvc_value.benefit.%']
        )
        expect(events).toEqual([
            { name: 'x_itvc_value.benefit.at_risk', parm1: '51.45', parm2: user('itvc.demand_manager').sysId },
            {
                name: 'x_itvc_value.benefit.period_overdue',
                parm1: user('itvc.benefit_owner').sysId,
                parm2: 'FY2026-M03',
            },
            {
                name: 'x_itvc_value.benefit.period_overdue',
                parm1: user('itvc.portfolio_owner').sysId,
                parm2: 'FY2026-Q1',
            },
        ])
        expect(processEvents(lab.lab)).toEqual({ events: 3, emails: 3 })
        const emails = lab.lab.db.internal('SELECT subject, recipients FROM "sys_email" ORDER BY rowid')
        expect(emails).toEqual([
            {
                subject: 'Benefit BEN0001001 is at risk: 51.45% realised',
                recipients: 'itvc.benefit_owner@example.com,itvc.demand_manager@example.com',
            },
            {
                subject: 'Benefit BEN0001001: the realised amount for FY2026-M03 is overdue',
                recipients: 'itvc.benefit_owner@example.com',
            },
            {
                subject: 'Benefit BEN0001002: the realised amount for FY2026-Q1 is overdue',
                recipients: 'itvc.portfolio_owner@example.com',
            },
        ])
        lab.lab.runJob('IT Value: nightly benefit refresh')
        expect(lab.lab.count('sysevent', 'name LIKE ?', ['x_itvc_value.benefit.%'])).toBe(3)
        expect((await record('x_itvc_value_benefit', ids['benefit'] as string)).state).toBe('at_risk')
    })
})

describe('after the project closes', () => {
    it('still records actuals, and the project value keeps following them', async () => {
        const closed = await call(lab, 'admin', 'PATCH', `${TABLE}/pm_project/${ids['project']}`, {
            state: '3',
            active: 'false',
        })
        expect(closed.status).toBe(200)
        at('2026-12-20 09:00:00')
        const actuals = ['M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11'].map((m) => ({
            period: `FY2026-${m}`,
            realised: '90.00',
        }))
        const res = await call(lab, 'itvc.benefit_owner', 'POST', `${API}/${ids['benefit']}/actuals`, { actuals })
        expect(res.status).toBe(200)
        expect(res.body.result.benefit).toMatchObject({ state: 'realising', realised_total: 981.5 })
        const project = await record('pm_project', ids['project'] as string)
        expect(project).toMatchObject({ state: '3', x_itvc_value_realised_benefit: '1124.65' })
    })
})

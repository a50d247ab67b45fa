/**
 * Hand-computed scorecard fixtures: a few incidents, demands, projects and benefits in February and March 2024
 * (fiscal FY2024-M02 / M03 with the default January calendar), where the demo data set has none. The expected
 * values below are worked out by hand from these rows (see the comments), not by running the app.
 */
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../../scripts/lab/instance.ts'

/** Inserts a row as the system without business rules (fixture data, not app behaviour). */
export function put(lab: LabInstance, table: string, values: Record<string, string>): string {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord(table)
        gr.setWorkflow(false)
        gr.initialize()
        for (const [k, v] of Object.entries(values)) gr.setValue(k, v)
        const id = gr.insert()
        if (!id) throw new Error(`could not insert into ${table}`)
        return id
    }).value
}

/** The fixture's reference ids. */
export interface Fixture {
    readonly billing: string
    readonly shop: string
    readonly growth: string
    readonly risk: string
}

/** Adds the fixture rows to a lab (with the app installed). */
export function addFixture(lab: LabInstance): Fixture {
    const billing = put(lab, 'cmdb_ci_service', { name: 'Fixture Billing' })
    const shop = put(lab, 'cmdb_ci_service', { name: 'Fixture Shop' })
    const growth = put(lab, 'pm_portfolio', { name: 'Fixture Growth' })
    const risk = put(lab, 'pm_portfolio', { name: 'Fixture Risk' })

    const incident = (v: Record<string, string>): string => put(lab, 'incident', { short_description: 'fixture', ...v })
    const tag = (category: string, revenue: string, users: string, impact: string, outage: string) => ({
        x_itvc_value_value_category: category,
        x_itvc_value_revenue_at_risk: revenue,
        x_itvc_value_users_affected: users,
        x_itvc_value_impact_cost: impact,
        x_itvc_value_outage_minutes: outage,
    })
    // March 2024 (FY2024-M03)
    incident({
        opened_at: '2024-03-05 10:00:00',
        resolved_at: '2024-03-05 14:00:00',
        state: '6',
        priority: '1',
        business_service: billing,
        ...tag('revenue', '1000.10', '100', '500.05', '90'),
    }) // I1
    incident({
        opened_at: '2024-03-10 09:00:00',
        resolved_at: '2024-03-11 09:00:00',
        state: '7',
        priority: '3',
        business_service: billing,
        ...tag('cost', '0', '20', '200.00', '30'),
    }) // I2
    incident({
        opened_at: '2024-03-20 09:00:00',
        resolved_at: '2024-04-02 09:00:00',
        state: '6',
        priority: '2',
        business_service: shop,
        ...tag('revenue', '300.00', '5', '99.95', '600'),
    }) // I3: resolved in April
    incident({ opened_at: '2024-03-25 09:00:00', state: '2', priority: '2', business_service: shop }) // I4: untagged P2, open
    incident({
        opened_at: '2024-02-27 09:00:00',
        resolved_at: '2024-03-01 08:00:00',
        state: '6',
        priority: '4',
        business_service: shop,
    }) // I5: opened Feb, resolved Mar
    incident({
        opened_at: '2024-03-31 23:59:59',
        resolved_at: '2024-03-31 23:59:59',
        state: '6',
        priority: '5',
        business_service: billing,
    }) // I6: edge of the month
    incident({
        opened_at: '2024-03-15 09:00:00',
        resolved_at: '2024-03-16 09:00:00',
        state: '8',
        priority: '1',
        business_service: billing,
        ...tag('risk', '5000', '999', '9999', '60'),
    }) // I7: canceled
    incident({
        opened_at: '2024-04-01 00:00:00',
        state: '2',
        priority: '1',
        business_service: billing,
        ...tag('revenue', '70', '7', '7', '7'),
    }) // I8: April
    // February 2024 (FY2024-M02)
    incident({
        opened_at: '2024-02-10 09:00:00',
        resolved_at: '2024-02-10 11:00:00',
        state: '7',
        priority: '2',
        business_service: billing,
        ...tag('revenue', '50.00', '10', '40.00', '120'),
    }) // I9
    incident({
        opened_at: '2024-02-12 09:00:00',
        resolved_at: '2024-02-13 09:00:00',
        state: '6',
        priority: '3',
        business_service: billing,
    }) // I10

    const demand = (v: Record<string, string>): string =>
        put(lab, 'dmn_demand', { short_description: 'fixture', category: 'strategic', type: 'project', ...v })
    const d1 = demand({
        portfolio: growth,
        opened_at: '2024-01-10 09:00:00',
        state: '8',
        x_itvc_value_approved_at: '2024-03-05 09:00:00',
        x_itvc_value_lead_time_days: '55.00',
        x_itvc_value_score_status: 'scored',
    })
    demand({
        portfolio: growth,
        opened_at: '2024-03-01 00:00:00',
        state: '9',
        x_itvc_value_approved_at: '2024-03-11 12:00:00',
        x_itvc_value_lead_time_days: '10.50',
        x_itvc_value_score_status: 'scored',
    }) // D2
    const d3 = demand({
        portfolio: risk,
        opened_at: '2024-03-15 09:00:00',
        state: '2',
        x_itvc_value_score_status: 'unscored',
    })
    demand({ portfolio: risk, opened_at: '2024-03-20 09:00:00', state: '1', x_itvc_value_score_status: 'unscored' }) // D4: draft
    demand({
        portfolio: growth,
        opened_at: '2024-02-05 00:00:00',
        state: '8',
        x_itvc_value_approved_at: '2024-02-20 00:00:00',
        x_itvc_value_lead_time_days: '15.00',
        x_itvc_value_score_status: 'partial',
    }) // D5

    const project = (v: Record<string, string>): string =>
        put(lab, 'pm_project', { short_description: 'fixture', ...v })
    const j1 = project({
        primary_portfolio: growth,
        start_date: '2024-01-01 08:00:00',
        end_date: '2024-06-30 17:00:00',
        state: '2',
        x_itvc_value_planned_benefit: '1000',
    })
    const j2 = project({
        primary_portfolio: growth,
        start_date: '2024-03-15 08:00:00',
        state: '1',
        x_itvc_value_planned_benefit: '0',
    }) // open-ended
    project({
        primary_portfolio: risk,
        start_date: '2023-06-01 08:00:00',
        end_date: '2024-02-15 17:00:00',
        state: '3',
        x_itvc_value_planned_benefit: '500',
    }) // J3
    project({
        primary_portfolio: risk,
        start_date: '2024-03-01 08:00:00',
        end_date: '2024-12-31 17:00:00',
        state: '7',
        x_itvc_value_planned_benefit: '100',
    }) // J4: skipped
    const j5 = project({
        primary_portfolio: risk,
        start_date: '2024-03-31 23:00:00',
        end_date: '2024-05-01 17:00:00',
        state: '-5',
        x_itvc_value_planned_benefit: '250',
    })

    const benefit = (v: Record<string, string>): string =>
        put(lab, 'x_itvc_value_benefit', { short_description: 'fixture', measure: 'currency', ...v })
    const b1 = benefit({ project: j1, demand: d1, type: 'revenue_growth', state: 'realising' })
    const b2 = benefit({ demand: d3, type: 'cost_avoidance', state: 'planned', granularity: 'quarter' }) // P2 through its demand
    const b3 = benefit({ project: j5, type: 'productivity', state: 'draft' })
    const b4 = benefit({ project: j1, type: 'cost_saving', state: 'cancelled' })
    const b5 = benefit({ project: j2, type: 'customer_satisfaction', state: 'planned', measure: 'count' })
    const period = (
        b: string,
        label: string,
        start: string,
        end: string,
        planned: string,
        realised?: string,
        measured?: string
    ): void => {
        put(lab, 'x_itvc_value_benefit_period', {
            benefit: b,
            period_label: label,
            period_start: start,
            period_end: end,
            planned_amount: planned,
            planned_functional: planned,
            ...(realised === undefined ? {} : { realised_amount: realised, realised_functional: realised }),
            ...(measured === undefined ? {} : { measured_at: measured }),
        })
    }
    period(b1, 'FY2024-M01', '2024-01-01', '2024-01-31', '100.00', '90.00', '2024-02-10 09:00:00') // on time (deadline 03-01)
    period(b1, 'FY2024-M02', '2024-02-01', '2024-02-29', '100.00', '80.00', '2024-04-15 09:00:00') // late (deadline 03-30)
    period(b1, 'FY2024-M03', '2024-03-01', '2024-03-31', '100.00', '120.00', '2024-04-30 23:59:59') // on time, on the edge
    period(b2, 'FY2024-Q1', '2024-01-01', '2024-03-31', '300.00', '150.50', '2024-05-01 00:00:00') // a second late
    period(b3, 'FY2024-M03', '2024-03-01', '2024-03-31', '999.00', '999.00', '2024-04-01 09:00:00') // draft: ignored
    period(b4, 'FY2024-M03', '2024-03-01', '2024-03-31', '555.00', '555.00', '2024-04-01 09:00:00') // cancelled: ignored
    period(b5, 'FY2024-M03', '2024-03-01', '2024-03-31', '10') // counts, not money; never measured
    return { billing, shop, growth, risk }
}

/** [value, previous] of every metric of a scorecard; metrics that do not apply to the dimension are absent. */
export type Expected = Readonly<Record<string, readonly [number | null, number | null]>>

/** FY2024-M03, by dimension label. Worked out from the rows above (previous: FY2024-M02). */
export const EXPECTED_M03: Readonly<Record<string, Expected>> = {
    'all|All': {
        // benefit periods ending in March, committed, currency: B1-M03 (100 / 120) and B2-Q1 (300 / 150.50)
        realised_benefit: [270.5, 80], // Feb: B1-M02 80
        planned_benefit: [400, 100],
        benefit_realisation_pct: [67.63, 80], // 270.50 / 400 = 67.625 % → 67.63; Feb 80 / 100
        cost_avoided: [150.5, null], // B2; no cost-avoidance period ends in Feb
        // tagged incidents opened in March, not canceled: I1, I2, I3; Feb: I9
        incident_impact_cost: [800, 40], // 500.05 + 200.00 + 99.95
        business_impacting_incidents: [3, 1],
        revenue_at_risk: [1300.1, 50], // 1000.10 + 0 + 300.00
        users_affected: [125, 10],
        p1_p2_incidents: [3, 1], // I1 (P1), I3 and I4 (P2); I7 canceled; Feb: I9
        // resolved in March, not canceled: I1, I2, I5, I6 (23:59:59); tagged I1, I2 → 2 / 4. Feb: I9, I10 → 1 / 2
        value_tagging_coverage_pct: [50, 50],
        mttr_hours: [1, 2], // (90 + 30) / 2 min = 1 h; Feb 120 min
        demand_lead_time_days: [32.75, 15], // approved in March: D1 55.00, D2 10.50; Feb: D5 15.00
        demands_scored_pct: [50, 0], // opened in March, not draft: D2 (scored), D3; Feb: D5 (partial)
        projects_with_benefit_plan_pct: [66.67, 100], // in flight: J1, J2 (open-ended), J5 (starts 03-31 23:00); with plan J1, J5. Feb: J1, J3
        benefit_actuals_on_time_pct: [33.33, 0], // due: B1-M03 (on time), B2-Q1 (late), B5-M03 (never) → 1 / 3. Feb: B1-M02 late
    },
    'portfolio|Fixture Growth': {
        realised_benefit: [120, 80],
        planned_benefit: [100, 100],
        benefit_realisation_pct: [120, 80],
        cost_avoided: [null, null],
        demand_lead_time_days: [32.75, 15],
        demands_scored_pct: [100, 0], // D2 / D2
        projects_with_benefit_plan_pct: [50, 100], // J1, J2 → J1; Feb: J1
        benefit_actuals_on_time_pct: [50, 0], // B1-M03 on time, B5-M03 (J2) never
    },
    'portfolio|Fixture Risk': {
        realised_benefit: [150.5, null], // B2 through its demand D3
        planned_benefit: [300, null],
        benefit_realisation_pct: [50.17, null], // 150.50 / 300 = 50.1666… %
        cost_avoided: [150.5, null],
        demand_lead_time_days: [null, null],
        demands_scored_pct: [0, null], // D3 unscored; D4 is a draft
        projects_with_benefit_plan_pct: [100, 100], // J5 (J4 skipped); Feb: J3
        benefit_actuals_on_time_pct: [0, null],
    },
    'business_service|Fixture Billing': {
        incident_impact_cost: [700.05, 40], // I1, I2
        business_impacting_incidents: [2, 1],
        revenue_at_risk: [1000.1, 50],
        users_affected: [120, 10],
        p1_p2_incidents: [1, 1],
        value_tagging_coverage_pct: [66.67, 50], // resolved I1, I2, I6 → 2 / 3
        mttr_hours: [1, 2],
    },
    'business_service|Fixture Shop': {
        incident_impact_cost: [99.95, 0], // I3; nothing of Shop in Feb (I5 untagged, resolved in March)
        business_impacting_incidents: [1, 0],
        revenue_at_risk: [300, 0],
        users_affected: [5, 0],
        p1_p2_incidents: [2, 0], // I3, I4
        value_tagging_coverage_pct: [0, null], // resolved: I5, untagged
        mttr_hours: [null, null],
    },
    'value_category|Revenue': {
        incident_impact_cost: [600, 40], // I1, I3
        business_impacting_incidents: [2, 1],
        revenue_at_risk: [1300.1, 50],
        users_affected: [105, 10],
        p1_p2_incidents: [2, 1],
        mttr_hours: [1.5, 2], // I1 only (I3 resolved in April)
    },
    'value_category|Operating cost': {
        incident_impact_cost: [200, 0],
        business_impacting_incidents: [1, 0],
        revenue_at_risk: [0, 0],
        users_affected: [20, 0],
        p1_p2_incidents: [0, 0],
        mttr_hours: [0.5, null],
    },
}

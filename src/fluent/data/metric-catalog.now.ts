import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * The metric catalog the app ships (README "The value scorecard"): one row per computable key of
 * src/server/core/scorecard/metrics.ts (test/structure checks it). Installed once; an admin's later changes to names,
 * targets, tolerances, order or active are kept on upgrade. Targets of sums and counts are per fiscal month.
 */

export const realisedBenefitMetric = Record({
    $id: Now.ID['data.metric.realised_benefit'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'realised_benefit',
        name: 'Realised benefit',
        perspective: 'financial',
        unit: 'currency',
        direction: 'higher_better',
        amber_tolerance: 10,
        active: true,
        order: 10,
        description:
            "Sum of realised_functional of the benefit periods whose period_end falls in the period, of benefits that are not draft or cancelled and are measured in currency. No data when no such period exists; 0 when none is measured yet. Applies to: all, portfolio (the project's primary portfolio, else the demand's portfolio). Target per fiscal month (×3 a quarter, ×12 a year).",
    },
})

export const plannedBenefitMetric = Record({
    $id: Now.ID['data.metric.planned_benefit'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'planned_benefit',
        name: 'Planned benefit',
        perspective: 'financial',
        unit: 'currency',
        direction: 'higher_better',
        amber_tolerance: 10,
        active: true,
        order: 20,
        description:
            'Sum of planned_functional of the same benefit periods as Realised benefit (period_end in the period; committed currency benefits). Applies to: all, portfolio. Target per fiscal month.',
    },
})

export const benefitRealisationPctMetric = Record({
    $id: Now.ID['data.metric.benefit_realisation_pct'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'benefit_realisation_pct',
        name: 'Benefit realisation %',
        perspective: 'financial',
        unit: 'percent',
        direction: 'higher_better',
        target: 90,
        amber_tolerance: 10,
        active: true,
        order: 30,
        description:
            "Realised / planned × 100 over the benefit periods that are due: period_end in the period and on or before the run's as-of date (committed currency benefits). No data when nothing is planned. Applies to: all, portfolio.",
    },
})

export const costAvoidedMetric = Record({
    $id: Now.ID['data.metric.cost_avoided'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'cost_avoided',
        name: 'Cost avoided',
        perspective: 'financial',
        unit: 'currency',
        direction: 'higher_better',
        amber_tolerance: 10,
        active: true,
        order: 40,
        description:
            'Sum of realised_functional of the benefit periods ending in the period whose benefit type is Cost avoidance (committed currency benefits). No data without such periods. Applies to: all, portfolio. Target per fiscal month.',
    },
})

export const incidentImpactCostMetric = Record({
    $id: Now.ID['data.metric.incident_impact_cost'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'incident_impact_cost',
        name: 'Incident impact cost',
        perspective: 'financial',
        unit: 'currency',
        direction: 'lower_better',
        target: 2500000,
        amber_tolerance: 10,
        active: true,
        order: 50,
        description:
            'Sum of x_itvc_value_impact_cost of value-tagged incidents (value category set, not canceled) opened in the period (opened_at, UTC). Applies to: all, business service, value category. Target per fiscal month.',
    },
})

export const businessImpactingIncidentsMetric = Record({
    $id: Now.ID['data.metric.business_impacting_incidents'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'business_impacting_incidents',
        name: 'Business-impacting incidents',
        perspective: 'customer',
        unit: 'count',
        direction: 'lower_better',
        target: 30,
        amber_tolerance: 10,
        active: true,
        order: 10,
        description:
            'Count of value-tagged incidents (value category set, not canceled) opened in the period (opened_at). Applies to: all, business service, value category. Target per fiscal month.',
    },
})

export const revenueAtRiskMetric = Record({
    $id: Now.ID['data.metric.revenue_at_risk'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'revenue_at_risk',
        name: 'Revenue at risk',
        perspective: 'customer',
        unit: 'currency',
        direction: 'lower_better',
        target: 200000,
        amber_tolerance: 10,
        active: true,
        order: 20,
        description:
            'Sum of x_itvc_value_revenue_at_risk of value-tagged incidents opened in the period (opened_at). Applies to: all, business service, value category. Target per fiscal month.',
    },
})

export const usersAffectedMetric = Record({
    $id: Now.ID['data.metric.users_affected'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'users_affected',
        name: 'Users affected',
        perspective: 'customer',
        unit: 'count',
        direction: 'lower_better',
        target: 40000,
        amber_tolerance: 10,
        active: true,
        order: 30,
        description:
            'Sum of x_itvc_value_users_affected of value-tagged incidents opened in the period (opened_at). Applies to: all, business service, value category. Target per fiscal month.',
    },
})

export const p1P2IncidentsMetric = Record({
    $id: Now.ID['data.metric.p1_p2_incidents'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'p1_p2_incidents',
        name: 'P1/P2 incidents',
        perspective: 'customer',
        unit: 'count',
        direction: 'lower_better',
        target: 3,
        amber_tolerance: 20,
        active: true,
        order: 40,
        description:
            'Count of incidents with priority 1 or 2 (tagged or not, not canceled) opened in the period (opened_at). Applies to: all, business service, value category (tagged ones). Target per fiscal month.',
    },
})

export const valueTaggingCoveragePctMetric = Record({
    $id: Now.ID['data.metric.value_tagging_coverage_pct'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'value_tagging_coverage_pct',
        name: 'Value tagging coverage %',
        perspective: 'internal_process',
        unit: 'percent',
        direction: 'higher_better',
        target: 50,
        amber_tolerance: 10,
        active: true,
        order: 10,
        description:
            'Value-tagged incidents / all incidents resolved in the period (resolved_at; canceled excluded) × 100. No data when none was resolved. Applies to: all, business service (not value category: an untagged incident has none).',
    },
})

export const mttrHoursMetric = Record({
    $id: Now.ID['data.metric.mttr_hours'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'mttr_hours',
        name: 'Mean time to restore (hours)',
        perspective: 'internal_process',
        unit: 'hours',
        direction: 'lower_better',
        target: 2.5,
        amber_tolerance: 20,
        active: true,
        order: 20,
        description:
            'Average x_itvc_value_outage_minutes / 60 of value-tagged incidents resolved in the period (resolved_at); incidents without outage minutes are not averaged. No data when none. Applies to: all, business service, value category.',
    },
})

export const demandLeadTimeDaysMetric = Record({
    $id: Now.ID['data.metric.demand_lead_time_days'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'demand_lead_time_days',
        name: 'Demand lead time (days)',
        perspective: 'internal_process',
        unit: 'days',
        direction: 'lower_better',
        target: 35,
        amber_tolerance: 10,
        active: true,
        order: 30,
        description:
            'Average x_itvc_value_lead_time_days (opened_at to approval) of demands approved in the period (x_itvc_value_approved_at, stamped the first time a demand is saved as Approved or Completed). No data when none. Applies to: all, portfolio.',
    },
})

export const demandsScoredPctMetric = Record({
    $id: Now.ID['data.metric.demands_scored_pct'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'demands_scored_pct',
        name: 'Demands scored %',
        perspective: 'internal_process',
        unit: 'percent',
        direction: 'higher_better',
        target: 80,
        amber_tolerance: 10,
        active: true,
        order: 40,
        description:
            'Demands opened in the period (opened_at; drafts excluded) whose score status is Scored / all of them × 100 (status as of the roll-up). No data when none. Applies to: all, portfolio.',
    },
})

export const projectsWithBenefitPlanPctMetric = Record({
    $id: Now.ID['data.metric.projects_with_benefit_plan_pct'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'projects_with_benefit_plan_pct',
        name: 'Projects with a benefit plan %',
        perspective: 'learning_growth',
        unit: 'percent',
        direction: 'higher_better',
        target: 90,
        amber_tolerance: 10,
        active: true,
        order: 10,
        description:
            'Projects in flight during the period (start_date on or before its end; end_date on or after its start, or empty; not Closed Skipped) with x_itvc_value_planned_benefit above 0 / all of them × 100. No data when none. Applies to: all, portfolio (primary portfolio).',
    },
})

export const benefitActualsOnTimePctMetric = Record({
    $id: Now.ID['data.metric.benefit_actuals_on_time_pct'],
    table: 'x_itvc_value_metric',
    data: {
        key: 'benefit_actuals_on_time_pct',
        name: 'Benefit actuals recorded on time %',
        perspective: 'learning_growth',
        unit: 'percent',
        direction: 'higher_better',
        target: 85,
        amber_tolerance: 10,
        active: true,
        order: 20,
        description:
            'Benefit periods ending in the period whose grace days (x_itvc_value.measurement_grace_days) have passed at the as-of date: those with measured_at on or before period_end + grace / all of them × 100 (committed benefits, any measure). No data when none is due. Applies to: all, portfolio.',
    },
})

import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { admin, benefitOwner, portfolioOwner, viewer } from './roles.now.ts'

/**
 * Benefit tracking (README "Benefit tracking"):
 * - benefits, periods, exchange rates: every app role reads them (viewer); portfolio owners manage benefits and
 *   their periods; app admins maintain exchange rates;
 * - benefit owners record actuals on their own benefits only: a period write rule with the data condition
 *   `benefit.owner` is (dynamic) Me; the plan (period, planned amount) stays the portfolio owners';
 * - computed columns (benefit totals, the roll-ups on pm_project and dmn_demand) are written by the app's rules;
 *   only the app admin may change them by hand.
 * The routes have their own REST_Endpoint ACLs: reading the summary needs viewer, recording actuals benefit owner,
 * planning portfolio owner.
 */

// ---- x_itvc_value_benefit -------------------------------------------------------------------------------------------

export const benefitRead = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.read'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    operation: 'read',
    roles: [viewer],
    description: 'Read benefits',
})

export const benefitCreate = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.create'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    operation: 'create',
    roles: [portfolioOwner],
    description: 'Portfolio owners create benefits',
})

export const benefitWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'Portfolio owners change benefits',
})

export const benefitDelete = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.delete'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    operation: 'delete',
    roles: [portfolioOwner],
    description: 'Portfolio owners delete benefits (cancelling one keeps its history)',
})

export const benefitRealisedTotalWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.realised_total.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'realised_total',
    operation: 'write',
    roles: [admin],
    description: 'Computed from the periods: only the app admin may change it by hand',
})

export const benefitPlannedToDateWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.planned_to_date.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'planned_to_date',
    operation: 'write',
    roles: [admin],
    description: 'Computed from the periods: only the app admin may change it by hand',
})

export const benefitRealisationPctWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.realisation_pct.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'realisation_pct',
    operation: 'write',
    roles: [admin],
    description: 'Computed from the periods: only the app admin may change it by hand',
})

export const benefitVarianceWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.variance.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'variance',
    operation: 'write',
    roles: [admin],
    description: 'Computed from the periods: only the app admin may change it by hand',
})

export const benefitNumberWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.number.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'number',
    operation: 'write',
    roles: [admin],
    description: 'Auto-numbered: only the app admin may change it by hand',
})

export const benefitPlannedTotalWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.planned_total.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'planned_total',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'The total a plan spreads: portfolio owners only',
})

export const benefitAtRiskNotifiedWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit.at_risk_notified_on.write'],
    type: 'record',
    table: 'x_itvc_value_benefit',
    field: 'at_risk_notified_on',
    operation: 'write',
    roles: [admin],
    description: 'Stamped by the nightly refresh: only the app admin may change it by hand',
})

// ---- x_itvc_value_benefit_period ------------------------------------------------------------------------------------

export const periodRead = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.read'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    operation: 'read',
    roles: [viewer],
    description: 'Read benefit periods',
})

export const periodCreate = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.create'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    operation: 'create',
    roles: [portfolioOwner],
    description: 'Portfolio owners add periods (Generate periods, or by hand)',
})

export const periodWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'Portfolio owners change any benefit period',
})

export const periodWriteOwn = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.write.own'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    operation: 'write',
    roles: [benefitOwner],
    condition: 'benefit.owner=javascript:gs.getUserID()',
    description: 'Benefit owners record actuals on the periods of their own benefits',
})

export const periodDelete = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.delete'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    operation: 'delete',
    roles: [portfolioOwner],
    description: 'Portfolio owners remove periods',
})

export const periodPlannedWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.planned_amount.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'planned_amount',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'The plan is the portfolio owners: benefit owners record realised amounts only',
})

export const periodLabelWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.period_label.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'period_label',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'The plan is the portfolio owners: benefit owners record realised amounts only',
})

export const periodBenefitWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.benefit.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'benefit',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'Only portfolio owners move a period to another benefit',
})

export const periodRealisedWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.realised_amount.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'realised_amount',
    operation: 'write',
    roles: [portfolioOwner],
    description: 'Portfolio owners record or correct any realised amount',
})

export const periodRealisedWriteOwn = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.realised_amount.write.own'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'realised_amount',
    operation: 'write',
    roles: [benefitOwner],
    condition: 'benefit.owner=javascript:gs.getUserID()',
    description: 'Benefit owners record realised amounts on their own benefits',
})

export const periodPeriodStartWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.period_start.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'period_start',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodPeriodEndWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.period_end.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'period_end',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodPlannedFunctionalWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.planned_functional.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'planned_functional',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodRealisedFunctionalWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.realised_functional.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'realised_functional',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodRateWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.rate.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'rate',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodRateDateWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.rate_date.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'rate_date',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodOverdueNotifiedOnWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.overdue_notified_on.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'overdue_notified_on',
    operation: 'write',
    roles: [admin],
    description: 'Derived by the period rule: only the app admin may change it by hand',
})

export const periodMeasuredByWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.measured_by.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'measured_by',
    operation: 'write',
    roles: [admin],
    description: 'Stamped by the period rule; only the app admin sets it (imports of past actuals)',
})

export const periodMeasuredAtWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_benefit_period.measured_at.write'],
    type: 'record',
    table: 'x_itvc_value_benefit_period',
    field: 'measured_at',
    operation: 'write',
    roles: [admin],
    description: 'Stamped by the period rule; only the app admin sets it (imports of past actuals)',
})

// ---- x_itvc_value_exchange_rate -------------------------------------------------------------------------------------

export const rateRead = Acl({
    $id: Now.ID['acl.x_itvc_value_exchange_rate.read'],
    type: 'record',
    table: 'x_itvc_value_exchange_rate',
    operation: 'read',
    roles: [viewer],
    description: 'Read exchange rates (conversions are explainable)',
})

export const rateCreate = Acl({
    $id: Now.ID['acl.x_itvc_value_exchange_rate.create'],
    type: 'record',
    table: 'x_itvc_value_exchange_rate',
    operation: 'create',
    roles: [admin],
    description: 'App admins add exchange rates',
})

export const rateWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_exchange_rate.write'],
    type: 'record',
    table: 'x_itvc_value_exchange_rate',
    operation: 'write',
    roles: [admin],
    description: 'App admins correct exchange rates',
})

export const rateDelete = Acl({
    $id: Now.ID['acl.x_itvc_value_exchange_rate.delete'],
    type: 'record',
    table: 'x_itvc_value_exchange_rate',
    operation: 'delete',
    roles: [admin],
    description: 'App admins delete exchange rates',
})

// ---- roll-up columns on pm_project and dmn_demand (roles only: no scripts on another scope's table) ----------------

export const projectPlannedBenefitRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_planned_benefit.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_planned_benefit',
    operation: 'read',
    roles: [viewer],
    description: 'Read Planned benefit on projects',
})

export const projectPlannedBenefitWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_planned_benefit.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_planned_benefit',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const projectRealisedBenefitRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_realised_benefit.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_realised_benefit',
    operation: 'read',
    roles: [viewer],
    description: 'Read Realised benefit on projects',
})

export const projectRealisedBenefitWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_realised_benefit.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_realised_benefit',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const projectRealisationPctRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_realisation_pct.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_realisation_pct',
    operation: 'read',
    roles: [viewer],
    description: 'Read Benefit realisation % on projects',
})

export const projectRealisationPctWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_realisation_pct.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_realisation_pct',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const projectRoiPctRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_roi_pct.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_roi_pct',
    operation: 'read',
    roles: [viewer],
    description: 'Read ROI % on projects',
})

export const projectRoiPctWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_roi_pct.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_roi_pct',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const projectNpvRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_npv.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_npv',
    operation: 'read',
    roles: [viewer],
    description: 'Read Benefit NPV on projects',
})

export const projectNpvWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_npv.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_npv',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const projectPaybackMonthsRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_payback_months.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_payback_months',
    operation: 'read',
    roles: [viewer],
    description: 'Read Payback (months) on projects',
})

export const projectPaybackMonthsWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_payback_months.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_payback_months',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const projectValueHealthRead = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_value_health.read'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_value_health',
    operation: 'read',
    roles: [viewer],
    description: 'Read Value health on projects',
})

export const projectValueHealthWrite = Acl({
    $id: Now.ID['acl.pm_project.x_itvc_value_value_health.write'],
    type: 'record',
    table: 'pm_project',
    field: 'x_itvc_value_value_health',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const demandPlannedBenefitRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_planned_benefit.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_planned_benefit',
    operation: 'read',
    roles: [viewer],
    description: 'Read Planned benefit on demands',
})

export const demandPlannedBenefitWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_planned_benefit.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_planned_benefit',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

export const demandRealisedBenefitRead = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_realised_benefit.read'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_realised_benefit',
    operation: 'read',
    roles: [viewer],
    description: 'Read Realised benefit on demands',
})

export const demandRealisedBenefitWrite = Acl({
    $id: Now.ID['acl.dmn_demand.x_itvc_value_realised_benefit.write'],
    type: 'record',
    table: 'dmn_demand',
    field: 'x_itvc_value_realised_benefit',
    operation: 'write',
    roles: [admin],
    description: 'Rolled up from the benefits: only the app admin may change it by hand',
})

// ---- REST_Endpoint ACLs of the benefits API --------------------------------------------------------------------------

export const benefitsApiRead = Acl({
    $id: Now.ID['acl.rest.benefits.read'],
    type: 'rest_endpoint',
    name: 'x_itvc_value benefits api read',
    operation: 'execute',
    roles: [viewer],
    description: 'GET /api/x_itvc_value/v1/benefits/summary',
})

export const benefitsApiProjects = Acl({
    $id: Now.ID['acl.rest.benefits.projects'],
    type: 'rest_endpoint',
    name: 'x_itvc_value benefits api projects',
    operation: 'execute',
    roles: [viewer],
    description: 'GET /api/x_itvc_value/v1/benefits/projects (the projects of the benefits the caller may read)',
})

export const benefitsApiActuals = Acl({
    $id: Now.ID['acl.rest.benefits.actuals'],
    type: 'rest_endpoint',
    name: 'x_itvc_value benefits api actuals',
    operation: 'execute',
    roles: [benefitOwner],
    description: 'POST /api/x_itvc_value/v1/benefits/{sys_id}/actuals (record ACLs then decide which benefits)',
})

export const benefitsApiPlan = Acl({
    $id: Now.ID['acl.rest.benefits.plan'],
    type: 'rest_endpoint',
    name: 'x_itvc_value benefits api plan',
    operation: 'execute',
    roles: [portfolioOwner],
    description: 'POST /api/x_itvc_value/v1/benefits/{sys_id}/plan',
})

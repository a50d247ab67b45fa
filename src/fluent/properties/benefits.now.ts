import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { admin, viewer } from '../security/roles.now.ts'

/**
 * Benefit tracking and fiscal calendar settings (src/server/core/benefits/settings.ts and fiscal/config.ts parse
 * them; README "Benefit tracking"). An unusable value is logged and the default applies until it is fixed.
 */
export const fiscalStartMonth = Property({
    $id: Now.ID['prop.fiscal.start_month'],
    name: 'x_itvc_value.fiscal.start_month',
    type: 'integer',
    value: 1,
    description: 'Calendar month (1-12) the fiscal year starts in. A year is named after the calendar year it ends in.',
    roles: { read: [viewer], write: [admin] },
})

export const fiscalCalendarType = Property({
    $id: Now.ID['prop.fiscal.calendar_type'],
    name: 'x_itvc_value.fiscal.calendar_type',
    type: 'choicelist',
    value: 'monthly',
    choices: ['monthly', '4-4-5', '4-5-4', '5-4-4'],
    description: 'Fiscal months: calendar months (monthly) or weeks per month in each quarter (4-4-5, 4-5-4, 5-4-4).',
    roles: { read: [viewer], write: [admin] },
})

export const fiscalWeekStartDay = Property({
    $id: Now.ID['prop.fiscal.week_start_day'],
    name: 'x_itvc_value.fiscal.week_start_day',
    type: 'choicelist',
    value: 'sunday',
    choices: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
    description: 'Weekday a week-based fiscal year (4-4-5, 4-5-4, 5-4-4) and its weeks start on.',
    roles: { read: [viewer], write: [admin] },
})

export const atRiskThresholdPct = Property({
    $id: Now.ID['prop.at_risk_threshold_pct'],
    name: 'x_itvc_value.at_risk_threshold_pct',
    type: 'string',
    value: '80',
    description:
        'Realisation (realised / planned to date, in percent) below which a measured benefit is at risk; a project below half of it is off track.',
    roles: { read: [viewer], write: [admin] },
})

export const measurementGraceDays = Property({
    $id: Now.ID['prop.measurement_grace_days'],
    name: 'x_itvc_value.measurement_grace_days',
    type: 'integer',
    value: 30,
    description: 'Days after a period ends before a missing realised amount is overdue (and its owner is notified).',
    roles: { read: [viewer], write: [admin] },
})

export const functionalCurrency = Property({
    $id: Now.ID['prop.functional_currency'],
    name: 'x_itvc_value.functional_currency',
    type: 'string',
    value: 'USD',
    description:
        'ISO 4217 code every benefit amount is also stored in and rolled up to projects, demands and portfolios in.',
    roles: { read: [viewer], write: [admin] },
})

export const discountRate = Property({
    $id: Now.ID['prop.discount_rate'],
    name: 'x_itvc_value.discount_rate',
    type: 'string',
    value: '0.08',
    description: 'Yearly discount rate of the benefit NPV on projects, as a fraction (0.08 for 8%).',
    roles: { read: [viewer], write: [admin] },
})

export const projectCostField = Property({
    $id: Now.ID['prop.project_cost_field'],
    name: 'x_itvc_value.project_cost_field',
    type: 'string',
    value: 'work_cost',
    description:
        'The pm_project field holding the cost that project ROI and payback are computed against (default work_cost, the actual cost).',
    roles: { read: [viewer], write: [admin] },
})

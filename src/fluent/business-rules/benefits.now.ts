import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import {
    onBenefitBeforeSave,
    onBenefitDeleted,
    onBenefitSaved,
    onDemandLinkedToProject,
    onExchangeRateBeforeSave,
    onPeriodBeforeSave,
    onPeriodDeleted,
    onPeriodSaved,
    onProjectCostChanged,
    onProjectLinkedToDemand,
} from '../../server/entry/benefit-rules.ts'

/**
 * Benefit tracking (README "Benefit tracking"). Before rules check and derive values on the record being saved;
 * after rules keep benefit totals, states, project and demand value in step (a period save refreshes its benefit,
 * a benefit change rolls its project and demand up) and re-point benefits when a demand becomes a project.
 */

export const benefitBeforeSave = BusinessRule({
    $id: Now.ID['br.benefit_before_save'],
    name: 'IT Value: check benefit',
    description: 'Checks dates, planned total and currency of a benefit; defaults currency and perspective.',
    table: 'x_itvc_value_benefit',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: onBenefitBeforeSave,
    active: true,
})

export const benefitAfterSave = BusinessRule({
    $id: Now.ID['br.benefit_after_save'],
    name: 'IT Value: roll benefit value up',
    description:
        'Rolls a changed benefit up onto its old and new project and demand; notices a benefit turning at risk.',
    table: 'x_itvc_value_benefit',
    when: 'after',
    action: ['insert', 'update'],
    order: 200,
    script: onBenefitSaved,
    active: true,
})

export const benefitAfterDelete = BusinessRule({
    $id: Now.ID['br.benefit_after_delete'],
    name: 'IT Value: roll deleted benefit out',
    description: 'A deleted benefit no longer counts towards its project and demand.',
    table: 'x_itvc_value_benefit',
    when: 'after',
    action: ['delete'],
    order: 200,
    script: onBenefitDeleted,
    active: true,
})

export const periodBeforeSave = BusinessRule({
    $id: Now.ID['br.benefit_period_before_save'],
    name: 'IT Value: check and convert benefit period',
    description:
        'Derives period dates from the label; refuses a period outside the benefit range, negative amounts, duplicates and overlaps; converts to the functional currency; stamps who measured it.',
    table: 'x_itvc_value_benefit_period',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    filterCondition: 'benefitISNOTEMPTY',
    script: onPeriodBeforeSave,
    active: true,
})

export const periodAfterSave = BusinessRule({
    $id: Now.ID['br.benefit_period_after_save'],
    name: 'IT Value: refresh benefit from its periods',
    description: "Recomputes the benefit's totals and state after a period changed.",
    table: 'x_itvc_value_benefit_period',
    when: 'after',
    action: ['insert', 'update'],
    order: 200,
    filterCondition: 'benefitISNOTEMPTY',
    script: onPeriodSaved,
    active: true,
})

export const periodAfterDelete = BusinessRule({
    $id: Now.ID['br.benefit_period_after_delete'],
    name: 'IT Value: refresh benefit after a period is removed',
    description: "Recomputes the benefit's totals and state after a period was deleted.",
    table: 'x_itvc_value_benefit_period',
    when: 'after',
    action: ['delete'],
    order: 200,
    filterCondition: 'benefitISNOTEMPTY',
    script: onPeriodDeleted,
    active: true,
})

export const exchangeRateBeforeSave = BusinessRule({
    $id: Now.ID['br.exchange_rate_before_save'],
    name: 'IT Value: check exchange rate',
    description: 'A positive rate for a currency other than the functional one, one per currency and effective date.',
    table: 'x_itvc_value_exchange_rate',
    when: 'before',
    action: ['insert', 'update'],
    order: 100,
    script: onExchangeRateBeforeSave,
    active: true,
})

export const projectLinkedToDemand = BusinessRule({
    $id: Now.ID['br.project_benefits_follow_demand'],
    name: 'IT Value: benefits follow the demand into its project',
    description: "When a project gets its demand (conversion), the demand's benefits are re-pointed to the project.",
    table: 'pm_project',
    when: 'after',
    action: ['insert', 'update'],
    order: 300,
    filterCondition: 'demandISNOTEMPTY',
    script: onProjectLinkedToDemand,
    active: true,
})

export const demandLinkedToProject = BusinessRule({
    $id: Now.ID['br.demand_benefits_follow_project'],
    name: 'IT Value: benefits follow the demand into its project (demand side)',
    description: 'When a demand gets its project (conversion), its benefits are re-pointed to the project.',
    table: 'dmn_demand',
    when: 'after',
    action: ['update'],
    order: 300,
    filterCondition: 'projectISNOTEMPTY',
    script: onDemandLinkedToProject,
    active: true,
})

export const projectCostChanged = BusinessRule({
    $id: Now.ID['br.project_value_on_cost_change'],
    name: 'IT Value: project value on cost or start change',
    description: 'ROI, NPV and payback follow the cost field (x_itvc_value.project_cost_field) and the planned start.',
    table: 'pm_project',
    when: 'after',
    action: ['update'],
    order: 300,
    filterCondition: 'x_itvc_value_planned_benefitISNOTEMPTY',
    script: onProjectCostChanged,
    active: true,
})

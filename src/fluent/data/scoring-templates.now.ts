import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * Demo data (installed with "Load demo data"): the three scoring model templates the app ships, a weighted model
 * (the default), WSJF and RICE, with their criteria. The values equal defaultModelTemplates() in
 * src/server/core/scoring/templates.ts (test/structure checks it).
 */

export const weightedModel = Record({
    $id: Now.ID['data.scoring_model.weighted'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_scoring_model',
    data: {
        name: 'Weighted business value',
        active: true,
        is_default: true,
        method: 'weighted',
        version: 1,
        description:
            'Rates each demand 1–10 on five value criteria and on effort; the weighted score (0–100) ranks the demands.',
        rescore_pending: false,
        rerank_pending: false,
    },
})

export const weightedStrategicAlignment = Record({
    $id: Now.ID['data.criterion.weighted.strategic_alignment'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: weightedModel,
        name: 'Strategic alignment',
        key: 'strategic_alignment',
        weight: 25,
        direction: 'benefit',
        min_value: 1,
        max_value: 10,
        order: 100,
        formula_role: 'none',
    },
})

export const weightedFinancialBenefit = Record({
    $id: Now.ID['data.criterion.weighted.financial_benefit'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: weightedModel,
        name: 'Financial benefit',
        key: 'financial_benefit',
        weight: 20,
        direction: 'benefit',
        min_value: 1,
        max_value: 10,
        order: 200,
        formula_role: 'none',
    },
})

export const weightedCustomerImpact = Record({
    $id: Now.ID['data.criterion.weighted.customer_impact'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: weightedModel,
        name: 'Customer impact',
        key: 'customer_impact',
        weight: 20,
        direction: 'benefit',
        min_value: 1,
        max_value: 10,
        order: 300,
        formula_role: 'none',
    },
})

export const weightedRiskReduction = Record({
    $id: Now.ID['data.criterion.weighted.risk_reduction'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: weightedModel,
        name: 'Risk reduction',
        key: 'risk_reduction',
        weight: 15,
        direction: 'benefit',
        min_value: 1,
        max_value: 10,
        order: 400,
        formula_role: 'none',
    },
})

export const weightedCompliance = Record({
    $id: Now.ID['data.criterion.weighted.compliance'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: weightedModel,
        name: 'Regulatory compliance',
        key: 'compliance',
        weight: 10,
        direction: 'benefit',
        min_value: 1,
        max_value: 10,
        order: 500,
        formula_role: 'none',
    },
})

export const weightedEffort = Record({
    $id: Now.ID['data.criterion.weighted.effort'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: weightedModel,
        name: 'Effort',
        key: 'effort',
        weight: 10,
        direction: 'cost',
        min_value: 1,
        max_value: 10,
        order: 600,
        formula_role: 'none',
    },
})

export const wsjfModel = Record({
    $id: Now.ID['data.scoring_model.wsjf'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_scoring_model',
    data: {
        name: 'WSJF (weighted shortest job first)',
        active: true,
        is_default: false,
        method: 'wsjf',
        version: 1,
        description:
            'SAFe cost of delay over job size. Rate on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20, relative to the smallest item; WSJF = (business value + time criticality + risk reduction) / job size ranks the demands.',
        rescore_pending: false,
        rerank_pending: false,
    },
})

export const wsjfBusinessValue = Record({
    $id: Now.ID['data.criterion.wsjf.business_value'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: wsjfModel,
        name: 'User-business value',
        key: 'business_value',
        weight: 1,
        direction: 'benefit',
        min_value: 1,
        max_value: 20,
        order: 100,
        formula_role: 'business_value',
    },
})

export const wsjfTimeCriticality = Record({
    $id: Now.ID['data.criterion.wsjf.time_criticality'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: wsjfModel,
        name: 'Time criticality',
        key: 'time_criticality',
        weight: 1,
        direction: 'benefit',
        min_value: 1,
        max_value: 20,
        order: 200,
        formula_role: 'time_criticality',
    },
})

export const wsjfRiskReduction = Record({
    $id: Now.ID['data.criterion.wsjf.risk_reduction'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: wsjfModel,
        name: 'Risk reduction / opportunity enablement',
        key: 'risk_reduction',
        weight: 1,
        direction: 'benefit',
        min_value: 1,
        max_value: 20,
        order: 300,
        formula_role: 'risk_reduction',
    },
})

export const wsjfJobSize = Record({
    $id: Now.ID['data.criterion.wsjf.job_size'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: wsjfModel,
        name: 'Job size',
        key: 'job_size',
        weight: 1,
        direction: 'cost',
        min_value: 1,
        max_value: 20,
        order: 400,
        formula_role: 'job_size',
    },
})

export const riceModel = Record({
    $id: Now.ID['data.scoring_model.rice'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_scoring_model',
    data: {
        name: 'RICE',
        active: true,
        is_default: false,
        method: 'rice',
        version: 1,
        description:
            'Reach (users per quarter) × impact (0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive) × confidence (%) / effort (person-months) ranks the demands.',
        rescore_pending: false,
        rerank_pending: false,
    },
})

export const riceReach = Record({
    $id: Now.ID['data.criterion.rice.reach'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: riceModel,
        name: 'Reach (users per quarter)',
        key: 'reach',
        weight: 1,
        direction: 'benefit',
        min_value: 0,
        max_value: 100000,
        order: 100,
        formula_role: 'reach',
    },
})

export const riceImpact = Record({
    $id: Now.ID['data.criterion.rice.impact'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: riceModel,
        name: 'Impact',
        key: 'impact',
        weight: 1,
        direction: 'benefit',
        min_value: 0.25,
        max_value: 3,
        order: 200,
        formula_role: 'impact',
    },
})

export const riceConfidence = Record({
    $id: Now.ID['data.criterion.rice.confidence'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: riceModel,
        name: 'Confidence (%)',
        key: 'confidence',
        weight: 1,
        direction: 'benefit',
        min_value: 0,
        max_value: 100,
        order: 300,
        formula_role: 'confidence',
    },
})

export const riceEffort = Record({
    $id: Now.ID['data.criterion.rice.effort'],
    $meta: { installMethod: 'demo' },
    table: 'x_itvc_value_criterion',
    data: {
        model: riceModel,
        name: 'Effort (person-months)',
        key: 'effort',
        weight: 1,
        direction: 'cost',
        min_value: 0.5,
        max_value: 24,
        order: 400,
        formula_role: 'effort',
    },
})

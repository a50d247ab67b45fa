import type { Criterion, ScoringModel } from '../../../src/server/core/scoring/types.ts'

/** A valid criterion: "Customer impact", benefit, 1–10, weight 1, no formula role. */
export function aCriterion(overrides: Partial<Criterion> = {}): Criterion {
    return {
        name: 'Customer impact',
        key: 'customer_impact',
        weight: 1,
        direction: 'benefit',
        min: 1,
        max: 10,
        order: 100,
        formulaRole: 'none',
        ...overrides,
    }
}

/** A valid weighted model, version 1. */
export function aModel(overrides: Partial<ScoringModel> = {}): ScoringModel {
    return {
        name: 'Value model',
        active: true,
        isDefault: false,
        method: 'weighted',
        version: 1,
        description: '',
        ...overrides,
    }
}

/** A WSJF model's criteria, 1–20, job size as cost. */
export function wsjfCriteria(): Criterion[] {
    return [
        aCriterion({ name: 'Business value', key: 'bv', order: 1, max: 20, formulaRole: 'business_value' }),
        aCriterion({ name: 'Time criticality', key: 'tc', order: 2, max: 20, formulaRole: 'time_criticality' }),
        aCriterion({ name: 'Risk reduction', key: 'rr', order: 3, max: 20, formulaRole: 'risk_reduction' }),
        aCriterion({
            name: 'Job size',
            key: 'js',
            order: 4,
            min: 0,
            max: 20,
            direction: 'cost',
            formulaRole: 'job_size',
        }),
    ]
}

/** A RICE model's criteria: reach 0–10000, impact 0.25–3, confidence 0–100, effort 0–24 (cost). */
export function riceCriteria(): Criterion[] {
    return [
        aCriterion({ name: 'Reach', key: 'reach', order: 1, min: 0, max: 10000, formulaRole: 'reach' }),
        aCriterion({ name: 'Impact', key: 'impact', order: 2, min: 0.25, max: 3, formulaRole: 'impact' }),
        aCriterion({ name: 'Confidence', key: 'confidence', order: 3, min: 0, max: 100, formulaRole: 'confidence' }),
        aCriterion({
            name: 'Effort',
            key: 'effort',
            order: 4,
            min: 0,
            max: 24,
            direction: 'cost',
            formulaRole: 'effort',
        }),
    ]
}

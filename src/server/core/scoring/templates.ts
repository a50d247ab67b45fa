/** The three scoring models the app ships: a weighted model (the default), WSJF and RICE. */
import type { ModelTemplate } from './types.ts'

const WEIGHTED: ModelTemplate = {
    model: {
        name: 'Weighted business value',
        active: true,
        isDefault: true,
        method: 'weighted',
        version: 1,
        description:
            'Rates each demand 1–10 on five value criteria and on effort; ' +
            'the weighted score (0–100) ranks the demands.',
    },
    criteria: [
        {
            name: 'Strategic alignment',
            key: 'strategic_alignment',
            weight: 25,
            direction: 'benefit',
            min: 1,
            max: 10,
            order: 100,
            formulaRole: 'none',
        },
        {
            name: 'Financial benefit',
            key: 'financial_benefit',
            weight: 20,
            direction: 'benefit',
            min: 1,
            max: 10,
            order: 200,
            formulaRole: 'none',
        },
        {
            name: 'Customer impact',
            key: 'customer_impact',
            weight: 20,
            direction: 'benefit',
            min: 1,
            max: 10,
            order: 300,
            formulaRole: 'none',
        },
        {
            name: 'Risk reduction',
            key: 'risk_reduction',
            weight: 15,
            direction: 'benefit',
            min: 1,
            max: 10,
            order: 400,
            formulaRole: 'none',
        },
        {
            name: 'Regulatory compliance',
            key: 'compliance',
            weight: 10,
            direction: 'benefit',
            min: 1,
            max: 10,
            order: 500,
            formulaRole: 'none',
        },
        {
            name: 'Effort',
            key: 'effort',
            weight: 10,
            direction: 'cost',
            min: 1,
            max: 10,
            order: 600,
            formulaRole: 'none',
        },
    ],
}

const WSJF: ModelTemplate = {
    model: {
        name: 'WSJF (weighted shortest job first)',
        active: true,
        isDefault: false,
        method: 'wsjf',
        version: 1,
        description:
            'SAFe cost of delay over job size. Rate on the modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20, ' +
            'relative to the smallest item; WSJF = (business value + time criticality + risk reduction) / job size ' +
            'ranks the demands.',
    },
    criteria: [
        {
            name: 'User-business value',
            key: 'business_value',
            weight: 1,
            direction: 'benefit',
            min: 1,
            max: 20,
            order: 100,
            formulaRole: 'business_value',
        },
        {
            name: 'Time criticality',
            key: 'time_criticality',
            weight: 1,
            direction: 'benefit',
            min: 1,
            max: 20,
            order: 200,
            formulaRole: 'time_criticality',
        },
        {
            name: 'Risk reduction / opportunity enablement',
            key: 'risk_reduction',
            weight: 1,
            direction: 'benefit',
            min: 1,
            max: 20,
            order: 300,
            formulaRole: 'risk_reduction',
        },
        {
            name: 'Job size',
            key: 'job_size',
            weight: 1,
            direction: 'cost',
            min: 1,
            max: 20,
            order: 400,
            formulaRole: 'job_size',
        },
    ],
}

const RICE: ModelTemplate = {
    model: {
        name: 'RICE',
        active: true,
        isDefault: false,
        method: 'rice',
        version: 1,
        description:
            'Reach (users per quarter) × impact (0.25 minimal, 0.5 low, 1 medium, 2 high, 3 massive) × confidence ' +
            '(%) / effort (person-months) ranks the demands.',
    },
    criteria: [
        {
            name: 'Reach (users per quarter)',
            key: 'reach',
            weight: 1,
            direction: 'benefit',
            min: 0,
            max: 100000,
            order: 100,
            formulaRole: 'reach',
        },
        {
            name: 'Impact',
            key: 'impact',
            weight: 1,
            direction: 'benefit',
            min: 0.25,
            max: 3,
            order: 200,
            formulaRole: 'impact',
        },
        {
            name: 'Confidence (%)',
            key: 'confidence',
            weight: 1,
            direction: 'benefit',
            min: 0,
            max: 100,
            order: 300,
            formulaRole: 'confidence',
        },
        {
            name: 'Effort (person-months)',
            key: 'effort',
            weight: 1,
            direction: 'cost',
            min: 0.5,
            max: 24,
            order: 400,
            formulaRole: 'effort',
        },
    ],
}

/**
 * The models a new install starts with: the weighted model (active, the default), WSJF and RICE (active, not
 * default). Each passes `validateModel`. Returns fresh copies, so callers may change them.
 * @example defaultModelTemplates().map((t) => t.model.method) //=> ['weighted', 'wsjf', 'rice']
 */
export function defaultModelTemplates(): ModelTemplate[] {
    return [WEIGHTED, WSJF, RICE].map((t) => ({
        model: { ...t.model },
        criteria: t.criteria.map((c) => ({ ...c })),
    }))
}

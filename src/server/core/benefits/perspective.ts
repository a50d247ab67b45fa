/**
 * Default balanced-scorecard perspective of a benefit type.
 */

/** Benefit types (choice values). */
export type BenefitType =
    'revenue_growth' | 'cost_saving' | 'cost_avoidance' | 'productivity' | 'risk_reduction' | 'customer_satisfaction'

/** The four balanced-scorecard perspectives (choice values); no benefit type defaults to `learning_growth`. */
export type Perspective = 'financial' | 'customer' | 'internal_process' | 'learning_growth'

const PERSPECTIVE_BY_TYPE: readonly (readonly [BenefitType, Perspective])[] = [
    ['revenue_growth', 'financial'],
    ['cost_saving', 'financial'],
    ['cost_avoidance', 'financial'],
    ['productivity', 'internal_process'],
    ['risk_reduction', 'internal_process'],
    ['customer_satisfaction', 'customer'],
]

/**
 * The default perspective of a benefit type: financial for revenue growth, cost saving and cost avoidance;
 * internal process for productivity and risk reduction; customer for customer satisfaction. The type may be the
 * choice value or its label ('Cost saving', 'cost-saving'); an unknown or empty type gives `null` (no default).
 * @example perspectiveForType('cost_saving') //=> 'financial'
 * @example perspectiveForType('Risk reduction') //=> 'internal_process'
 */
export function perspectiveForType(type: string | null | undefined): Perspective | null {
    const key = String(type ?? '')
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_')
    return PERSPECTIVE_BY_TYPE.find(([t]) => t === key)?.[1] ?? null
}

/**
 * Generated demand ratings (README "Demand value scoring"): the demo assessor rates most demands on the criteria of
 * their scoring model and the demo demand manager adds a second opinion on some, so the app's rating rules score and
 * rank them. The plan is fixed: drafts are not rated, four submitted demands are rated in part (awaiting the rest),
 * every other demand fully. A few demands use the shipped WSJF model instead of the default weighted one. Values come
 * from a seeded PRNG per demand (none depends on `now`): a demand's own value, its portfolio's focus and its size.
 *
 * The criteria and models are the app's shipped demo records ("Load demo data"; the lab installs them): rows point
 * to them by the sys_ids the build gives them (scripts/seed/shipped.ts), never through the Table API.
 */
import type { Criterion, ScoringMethod } from '../../src/server/core/scoring/types.ts'
import { defaultModelTemplates } from '../../src/server/core/scoring/templates.ts'
import { DEMAND_STATE, PORTFOLIOS } from './portfolio.ts'
import { demoUserFor } from './people.ts'
import { shippedRecord } from './shipped.ts'
import { demoSysId, prng } from './sys-id.ts'
import type { Prng } from './sys-id.ts'
import type { DemoRecord } from './types.ts'

/** The app's rating table and the demand column naming a demand's scoring model. */
export const RATING_TABLES = {
    rating: 'x_itvc_value_rating',
    demandModel: 'x_itvc_value_model',
} as const

/** The shipped record of a model template (its `$id` key is `data.scoring_model.<method>`). */
export function shippedModel(method: ScoringMethod): { readonly table: string; readonly sysId: string } {
    return shippedRecord(`data.scoring_model.${method}`)
}

/** The shipped record of a criterion of a model template (`data.criterion.<method>.<key>`). */
export function shippedCriterion(
    method: ScoringMethod,
    key: string
): { readonly table: string; readonly sysId: string } {
    return shippedRecord(`data.criterion.${method}.${key}`)
}

/** Demand positions (1-based, DMND0001005 …) scored with the WSJF model: every fifth demand. */
export function usesWsjf(position: number): boolean {
    return position % 5 === 0
}

/** How many submitted demands are rated only in part (the first ones in number order). */
export const PARTLY_RATED_SUBMITTED = 4

/** What the ratings of one demand are like. */
export type RatingCoverage = 'none' | 'partial' | 'full'

/** The modified Fibonacci scale of the WSJF model. */
const FIBONACCI = [1, 2, 3, 5, 8, 13, 20] as const

/** Criteria each portfolio's demands are strong on (weighted and WSJF keys). */
const FOCUS: Readonly<Record<string, readonly string[]>> = {
    'Digital Growth': ['customer_impact', 'financial_benefit', 'business_value', 'time_criticality'],
    'Operational Excellence': ['financial_benefit', 'strategic_alignment', 'business_value'],
    'Risk & Compliance': ['compliance', 'risk_reduction'],
}

/** Criteria a portfolio's demands are weak on. */
const WEAK: Readonly<Record<string, readonly string[]>> = {
    'Digital Growth': ['compliance'],
    'Operational Excellence': ['customer_impact'],
    'Risk & Compliance': ['financial_benefit', 'customer_impact'],
}

/** The effort (1–10, cost criterion) a demand's t-shirt size suggests, and its WSJF job size. */
const SIZE_EFFORT: Readonly<Record<string, readonly [number, number]>> = {
    small: [2, 2],
    medium: [4, 3],
    large: [6, 4],
    xlarge: [8, 5],
    xxlarge: [10, 6],
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value))
}

/** The demand's overall value on a 0–1 scale: decided demands were worth it, rejected ones were not. */
function demandValue(state: string, rng: Prng): number {
    if (state === String(DEMAND_STATE.rejected)) return rng.range(0.05, 0.35)
    if (state === String(DEMAND_STATE.approved) || state === String(DEMAND_STATE.completed))
        return rng.range(0.45, 0.95)
    if (state === String(DEMAND_STATE.deferred)) return rng.range(0.2, 0.6)
    return rng.range(0.15, 0.9)
}

/** One assessor's ratings of a demand: criterion key → value in the criterion's range. */
function rate(
    criteria: readonly Criterion[],
    method: ScoringMethod,
    demand: { readonly value: number; readonly portfolio: string; readonly size: string },
    rng: Prng
): Map<string, number> {
    const focus = FOCUS[demand.portfolio] ?? []
    const weak = WEAK[demand.portfolio] ?? []
    const [effort, jobSize] = SIZE_EFFORT[demand.size] ?? [5, 3]
    const out = new Map<string, number>()
    for (const c of criteria) {
        const lean = focus.includes(c.key) ? 0.15 : weak.includes(c.key) ? -0.25 : 0
        const level = clamp(demand.value + lean + rng.range(-0.15, 0.15), 0, 1)
        if (method === 'wsjf') {
            const step = c.key === 'job_size' ? jobSize + rng.int(-1, 1) : Math.round(level * 6)
            out.set(c.key, FIBONACCI[clamp(step, 0, 6)] ?? 1)
        } else if (c.direction === 'cost') {
            out.set(c.key, clamp(effort + rng.int(-1, 1), c.min, c.max))
        } else {
            out.set(c.key, clamp(Math.round(c.min + (c.max - c.min) * level), c.min, c.max))
        }
    }
    return out
}

/** How far each demand is rated: none for drafts, partial for the first submitted ones, full for the rest. */
export function ratingCoverage(demands: readonly DemoRecord[]): Map<string, RatingCoverage> {
    const out = new Map<string, RatingCoverage>()
    let submitted = 0
    for (const d of demands) {
        const state = d.values['state'] ?? ''
        if (state === String(DEMAND_STATE.draft)) out.set(d.sysId, 'none')
        else if (state === String(DEMAND_STATE.submitted) && submitted++ < PARTLY_RATED_SUBMITTED)
            out.set(d.sysId, 'partial')
        else out.set(d.sysId, 'full')
    }
    return out
}

/**
 * The data set's demands with their scoring model where it is not the default (WSJF for every fifth demand): the
 * `x_itvc_value_model` column, so the app's demand rule keeps it instead of assigning the default.
 * @example withScoringModels(work).find((r) => r.values['number'] === 'DMND0001005')?.values['x_itvc_value_model'] //=> the WSJF model's sys_id
 */
export function withScoringModels(work: readonly DemoRecord[]): DemoRecord[] {
    let position = 0
    return work.map((r) => {
        if (r.table !== 'dmn_demand' || r.update) return r
        position++
        if (!usesWsjf(position)) return r
        return { ...r, values: { ...r.values, [RATING_TABLES.demandModel]: shippedModel('wsjf').sysId } }
    })
}

/**
 * The ratings of the demo demands of `work` (the data set's dmn_demand rows, with their models): per rated demand,
 * the demo assessor rates every criterion of its model (some criteria when partly rated) and, on about a third of
 * the fully rated ones, the demo demand manager adds a second opinion close to the assessor's (the two average).
 * Deterministic; no value depends on `now`.
 * @example buildRatingRecords(withScoringModels(work)).length //=> 239
 */
export function buildRatingRecords(work: readonly DemoRecord[]): DemoRecord[] {
    const demands = work.filter((r) => r.table === 'dmn_demand' && !r.update)
    const coverage = ratingCoverage(demands)
    const templates = new Map(defaultModelTemplates().map((t) => [t.model.method, t] as const))
    const wsjf = shippedModel('wsjf').sysId
    const assessor = demoUserFor('x_itvc_value.assessor').userName
    const manager = demoUserFor('x_itvc_value.demand_manager').userName
    const records: DemoRecord[] = []
    for (const d of demands) {
        const how = coverage.get(d.sysId) ?? 'none'
        if (how === 'none') continue
        const number = d.values['number'] ?? d.sysId
        const method: ScoringMethod = d.values[RATING_TABLES.demandModel] === wsjf ? 'wsjf' : 'weighted'
        const criteria = templates.get(method)?.criteria ?? []
        const rng = prng(`${RATING_TABLES.rating}:${number}`)
        const portfolio =
            PORTFOLIOS.find((p) => demoSysId('pm_portfolio', p.name) === d.values['portfolio'])?.name ?? ''
        const demand = { value: demandValue(d.values['state'] ?? '', rng), portfolio, size: d.values['size'] ?? '' }
        const first = rate(criteria, method, demand, rng)
        const count = how === 'full' ? criteria.length : rng.int(2, criteria.length - 1)
        const rated = criteria.slice(0, count)
        const second = how === 'full' && rng.chance(0.35) ? rate(criteria, method, demand, rng) : null
        const push = (userName: string, values: ReadonlyMap<string, number>, comment: string): void => {
            for (const c of rated) {
                records.push({
                    table: RATING_TABLES.rating,
                    sysId: demoSysId(RATING_TABLES.rating, `${number}|${c.key}|${userName}`),
                    values: {
                        demand: d.sysId,
                        criterion: shippedCriterion(method, c.key).sysId,
                        assessor: demoSysId('sys_user', userName),
                        value: String(values.get(c.key) ?? c.min),
                        comment,
                    },
                })
            }
        }
        push(
            assessor,
            first,
            how === 'full' ? 'Rated in the screening workshop' : 'First pass; the rest after the workshop'
        )
        if (second) push(manager, second, 'Second opinion of the demand review board')
    }
    return records
}

/**
 * Generated benefit tracking data (README "Benefit tracking"): exchange rates into USD, the benefits the demo
 * demands promise and their projects deliver, and their monthly or quarterly periods with the realised amounts
 * measured so far. Plans come from the app's own core (generatePlan, the default fiscal calendar), so the periods
 * are what "Generate periods" would make; realised amounts and measurement dates come from a seeded PRNG per
 * benefit, relative to `now`. The number of records never depends on `now` (only dates and amounts do).
 */
import { generatePlan } from '../../src/server/core/benefits/plan.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../src/server/core/fiscal/config.ts'
import type { Cents } from '../../src/server/core/money.ts'
import { formatCents, parseCents, toCents } from '../../src/server/core/money.ts'
import { DAY_MS, HOUR_MS, formatGlideDate, formatGlideDateTime, parseGlideDateTime } from './dates.ts'
import { demoUserFor } from './people.ts'
import { PORTFOLIOS } from './portfolio.ts'
import { demoSysId, prng } from './sys-id.ts'
import type { Prng } from './sys-id.ts'
import type { DemoRecord } from './types.ts'

/** The app's benefit tables and the columns the data set fills. */
export const BENEFIT_TABLES = {
    benefit: 'x_itvc_value_benefit',
    period: 'x_itvc_value_benefit_period',
    rate: 'x_itvc_value_exchange_rate',
} as const

/** Currencies with rates into the functional currency (USD): yearly rates within these bounds. */
const RATE_BOUNDS: readonly (readonly [string, number, number])[] = [
    ['EUR', 1.04, 1.14],
    ['GBP', 1.2, 1.32],
]

/** Rates are effective on 1 January of these years relative to now's year (so every period has one). */
const RATE_YEARS = [-4, -3, -2, -1, 0, 1] as const

/** Demand states (stored values) whose demands get a planned benefit while not converted yet. */
const PLANNED_DEMAND_STATES = ['8', '-4', '3']

interface BenefitKind {
    readonly type: string
    readonly title: string
    readonly measure: 'currency' | 'hours'
}

/** What each portfolio's benefits are about: the main (money) benefit, and a second one for every other project. */
const KINDS: Readonly<Record<string, readonly [BenefitKind, BenefitKind]>> = {
    'Digital Growth': [
        { type: 'revenue_growth', title: 'Additional online revenue', measure: 'currency' },
        { type: 'customer_satisfaction', title: 'Fewer refunds from a better experience', measure: 'currency' },
    ],
    'Operational Excellence': [
        { type: 'cost_saving', title: 'Lower run cost', measure: 'currency' },
        { type: 'productivity', title: 'Staff hours saved', measure: 'hours' },
    ],
    'Risk & Compliance': [
        { type: 'cost_avoidance', title: 'Avoided fines and incident cost', measure: 'currency' },
        { type: 'risk_reduction', title: 'Lower audit and remediation cost', measure: 'currency' },
    ],
}

const DEFAULT_KINDS = KINDS['Digital Growth'] as readonly [BenefitKind, BenefitKind]

/** The benefit kinds of a portfolio (by its sys_id). */
function kindsOf(portfolioId: string | undefined): readonly [BenefitKind, BenefitKind] {
    const name = PORTFOLIOS.find((p) => demoSysId('pm_portfolio', p.name) === portfolioId)?.name ?? ''
    return KINDS[name] ?? DEFAULT_KINDS
}

const OWNERS = ['x_itvc_value.benefit_owner', 'x_itvc_value.benefit_owner', 'x_itvc_value.portfolio_owner']

function firstOfMonth(ms: number): Date {
    const d = new Date(ms)
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))
}

function addMonths(date: Date, months: number): Date {
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
}

function roundTo100(cents: Cents): Cents {
    return Math.max(10000, Math.round(cents / 10000) * 10000)
}

function cents(text: string | undefined): Cents {
    const parsed = parseCents(text ?? '')
    return parsed.ok ? (parsed.value ?? 0) : 0
}

/** One benefit to seed, with what its periods need. */
interface Plan {
    readonly key: string
    readonly values: Record<string, string>
    readonly start: Date
    readonly months: number
    readonly quarterly: boolean
    readonly total: Cents
    readonly owner: string
    /** Realised / planned, around which each measured period varies. */
    readonly ratio: number
    readonly measured: boolean
}

function benefitPlan(
    key: string,
    kind: BenefitKind,
    link: { readonly demand: string; readonly project?: string; readonly title: string },
    base: { readonly start: number; readonly total: Cents; readonly measured: boolean },
    index: number
): Plan {
    const rng = prng(`x_itvc_value_benefit:${key}`)
    const quarterly = index % 3 === 2
    const money = kind.measure === 'currency'
    const currency = !money ? '' : index % 7 === 3 ? 'GBP' : index % 4 === 1 ? 'EUR' : 'USD'
    let start = firstOfMonth(base.start + 60 * DAY_MS)
    if (quarterly) start = addMonths(start, -(start.getUTCMonth() % 3))
    const months = quarterly ? 24 : 12
    const end = new Date(addMonths(start, months).getTime() - DAY_MS)
    const total = money ? base.total : roundTo100(toCents(rng.range(800, 4000)) * 100)
    const owner = demoSysId('sys_user', demoUserFor(OWNERS[index % OWNERS.length] ?? OWNERS[0] ?? '').userName)
    return {
        key,
        start,
        months,
        quarterly,
        total,
        owner,
        ratio: rng.range(0.55, 1.2),
        measured: base.measured,
        values: {
            short_description: `${kind.title}: ${link.title}`,
            demand: link.demand,
            ...(link.project ? { project: link.project } : {}),
            type: kind.type,
            category: money ? 'hard' : 'soft',
            owner,
            measure: kind.measure,
            measurement_method: money
                ? 'Finance report of the period against the pre-project baseline'
                : 'Time tracking of the affected teams against the pre-project baseline',
            ...(currency ? { currency } : {}),
            granularity: quarterly ? 'quarter' : 'month',
            start_date: formatGlideDate(start.getTime()),
            end_date: formatGlideDate(end.getTime()),
            planned_total: formatCents(total),
        },
    }
}

function periodRecords(plan: Plan, benefitId: string, now: number, measurer: Prng): DemoRecord[] {
    const planned = generatePlan(
        {
            total: plan.total,
            start: formatGlideDate(plan.start.getTime()),
            end: formatGlideDate(addMonths(plan.start, plan.months).getTime() - DAY_MS),
            granularity: plan.quarterly ? 'quarter' : 'month',
        },
        DEFAULT_FISCAL_CONFIG
    )
    if (!planned.ok) throw new Error(`seed benefit ${plan.key}: ${planned.error.message}`)
    return planned.value.create.map((p, i) => {
        const values: Record<string, string> = {
            benefit: benefitId,
            period_label: p.label,
            planned_amount: formatCents(p.planned),
        }
        const ended = Date.parse(`${p.end}T23:59:59Z`)
        const measuredAt = ended + measurer.int(3, 25) * DAY_MS + measurer.int(9, 17) * HOUR_MS
        const skipped = measurer.chance(0.1)
        const realised = toCents((p.planned / 100) * plan.ratio * measurer.range(0.9, 1.1))
        if (plan.measured && !skipped && measuredAt <= now) {
            values['realised_amount'] = formatCents(realised)
            values['measured_by'] = plan.owner
            values['measured_at'] = formatGlideDateTime(measuredAt)
            values['evidence'] = `Measured for ${p.label}: ${plan.values['measurement_method'] ?? ''}`
        }
        return { table: BENEFIT_TABLES.period, sysId: demoSysId(BENEFIT_TABLES.period, `${plan.key}|${i}`), values }
    })
}

/**
 * Exchange rates, then benefits and their periods for the demo demands and projects of `work` (the data set's
 * dmn_demand and pm_project rows): one or two per project, one per approved, qualified or screened demand not
 * converted yet (planned only). Projects in progress or closed have measured periods up to `now`, a few left open.
 * @example buildBenefitRecords(Date.UTC(2026, 10, 15), work).filter((r) => r.table === 'x_itvc_value_benefit').length //=> 34
 */
export function buildBenefitRecords(now: number, work: readonly DemoRecord[]): DemoRecord[] {
    const year = new Date(now).getUTCFullYear()
    const rates: DemoRecord[] = RATE_BOUNDS.flatMap(([currency, low, high]) =>
        RATE_YEARS.map((offset) => {
            const rng = prng(`x_itvc_value_exchange_rate:${currency}|${offset}`)
            return {
                table: BENEFIT_TABLES.rate,
                sysId: demoSysId(BENEFIT_TABLES.rate, `${currency}|${offset}`),
                values: {
                    currency,
                    rate: rng.range(low, high).toFixed(4),
                    effective_date: `${year + offset}-01-01`,
                },
            }
        })
    )
    const demands = work.filter((r) => r.table === 'dmn_demand' && !r.update)
    const projects = work.filter((r) => r.table === 'pm_project')
    const plans: Plan[] = []
    projects.forEach((project, i) => {
        const demand = demands.find((d) => d.sysId === project.values['demand'])
        const [main, second] = kindsOf(demand?.values['portfolio'])
        const start = parseGlideDateTime(project.values['start_date'] ?? '') ?? now
        const total = cents(demand?.values['financial_benefit'])
        const link = {
            demand: demand?.sysId ?? '',
            project: project.sysId,
            title: project.values['short_description'] ?? '',
        }
        const measured = ['2', '3'].includes(project.values['state'] ?? '')
        const number = project.values['number'] ?? String(i)
        // every other project splits its benefit in two: 65% of the money in the main one
        const share = i % 2 === 0 ? roundTo100(toCents((total / 100) * 0.65)) : roundTo100(total)
        plans.push(benefitPlan(`${number}|1`, main, link, { start, total: share, measured }, plans.length))
        if (i % 2 === 0) {
            const rest = roundTo100(total - share)
            plans.push(benefitPlan(`${number}|2`, second, link, { start, total: rest, measured }, plans.length))
        }
    })
    for (const demand of demands) {
        if (!PLANNED_DEMAND_STATES.includes(demand.values['state'] ?? '')) continue
        if (projects.some((p) => p.values['demand'] === demand.sysId)) continue
        const [main] = kindsOf(demand.values['portfolio'])
        const start = (Date.parse(`${demand.values['start_date'] ?? ''}T00:00:00Z`) || now) + 90 * DAY_MS
        const link = { demand: demand.sysId, title: demand.values['short_description'] ?? '' }
        const total = roundTo100(cents(demand.values['financial_benefit']))
        const key = `${demand.values['number'] ?? demand.sysId}|1`
        plans.push(benefitPlan(key, main, link, { start, total, measured: false }, plans.length))
    }
    const benefits: DemoRecord[] = []
    const periods: DemoRecord[] = []
    for (const plan of plans) {
        const sysId = demoSysId(BENEFIT_TABLES.benefit, plan.key)
        benefits.push({ table: BENEFIT_TABLES.benefit, sysId, values: plan.values })
        periods.push(...periodRecords(plan, sysId, now, prng(`x_itvc_value_benefit_period:${plan.key}`)))
    }
    return [...rates, ...benefits, ...periods]
}

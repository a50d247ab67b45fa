/**
 * Generated portfolio data (the CSV has none): business units, portfolios, ~40 demands and the 12 projects some of
 * them became. The plan (titles, states, conversions) is fixed below; amounts and dates come from a seeded PRNG per
 * record, relative to `now`.
 */
import { formatCents, toCents } from '../../src/server/core/money.ts'
import type { Cents } from '../../src/server/core/money.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS, formatGlideDate, formatGlideDateTime } from './dates.ts'
import { demoUserFor } from './people.ts'
import { demoSysId, prng } from './sys-id.ts'
import type { Prng } from './sys-id.ts'
import type { DemoRecord } from './types.ts'

/** Demand `state` stored values. */
export const DEMAND_STATE = {
    draft: 1,
    submitted: 2,
    screening: 3,
    qualified: -4,
    approved: 8,
    completed: 9,
    deferred: 10,
    rejected: 7,
} as const
type DemandState = keyof typeof DEMAND_STATE

/** Project `state` stored values (planned_task). */
export const PROJECT_STATE = { pending: -5, open: 1, workInProgress: 2, closedComplete: 3 } as const
type ProjectState = keyof typeof PROJECT_STATE

/** The demo business units. */
export const BUSINESS_UNITS = [
    { name: 'Retail & E-commerce', description: 'Stores, online shop and marketplace' },
    { name: 'Finance', description: 'Accounting, treasury, tax and audit' },
    { name: 'Customer Operations', description: 'Contact centre, fulfilment and returns' },
    { name: 'Corporate Services', description: 'HR, workplace, IT and procurement' },
] as const

/** The demo portfolios; each is managed by the portfolio owner demo user. */
export const PORTFOLIOS = [
    {
        name: 'Digital Growth',
        businessUnit: 0,
        description: 'Grow online revenue and customer loyalty',
        investmentTypes: ['revenue_generating', 'end_user_experience'],
    },
    {
        name: 'Operational Excellence',
        businessUnit: 2,
        description: 'Run the business for less: automation, consolidation, self-service',
        investmentTypes: ['cost_reduction', 'service_sustaining'],
    },
    {
        name: 'Risk & Compliance',
        businessUnit: 1,
        description: 'Meet regulation and reduce security and continuity risk',
        investmentTypes: ['legal_and_regulatory', 'service_sustaining'],
    },
] as const

interface DemandPlan {
    readonly title: string
    readonly portfolio: 0 | 1 | 2
    readonly businessUnit: 0 | 1 | 2 | 3
    readonly category: 'strategic' | 'operational'
    readonly type: 'project' | 'enhancement'
    readonly state: DemandState
    /** Set when the demand was converted into a project: the project's state. */
    readonly project?: ProjectState
}

const S = 'strategic'
const O = 'operational'
const P = 'project'
const E = 'enhancement'

/** The 40 demands in number order (DMND0001001 …). */
const DEMAND_PLAN: readonly DemandPlan[] = [
    {
        title: 'One-page checkout for the Online Store',
        portfolio: 0,
        businessUnit: 0,
        category: S,
        type: P,
        state: 'approved',
        project: 'workInProgress',
    },
    {
        title: 'Real-time product recommendations',
        portfolio: 0,
        businessUnit: 0,
        category: S,
        type: P,
        state: 'completed',
        project: 'closedComplete',
    },
    {
        title: 'Mobile wallet payments in checkout',
        portfolio: 0,
        businessUnit: 0,
        category: S,
        type: P,
        state: 'approved',
        project: 'open',
    },
    {
        title: 'Loyalty programme integration with the CRM',
        portfolio: 0,
        businessUnit: 2,
        category: S,
        type: P,
        state: 'screening',
    },
    {
        title: 'Search relevance upgrade for the Online Store',
        portfolio: 0,
        businessUnit: 0,
        category: O,
        type: E,
        state: 'completed',
    },
    { title: 'Buy online, pick up in store', portfolio: 0, businessUnit: 0, category: S, type: P, state: 'qualified' },
    {
        title: 'Subscription billing on the payment platform',
        portfolio: 0,
        businessUnit: 1,
        category: S,
        type: P,
        state: 'submitted',
    },
    {
        title: 'Personalised marketing email journeys',
        portfolio: 0,
        businessUnit: 0,
        category: O,
        type: E,
        state: 'draft',
    },
    {
        title: 'Self-service returns portal',
        portfolio: 0,
        businessUnit: 2,
        category: S,
        type: P,
        state: 'approved',
        project: 'pending',
    },
    {
        title: 'Live chat in the Customer Support CRM',
        portfolio: 0,
        businessUnit: 2,
        category: O,
        type: E,
        state: 'approved',
    },
    {
        title: 'Marketplace onboarding for third-party sellers',
        portfolio: 0,
        businessUnit: 0,
        category: S,
        type: P,
        state: 'deferred',
    },
    {
        title: 'Product content management system',
        portfolio: 0,
        businessUnit: 0,
        category: O,
        type: P,
        state: 'submitted',
    },
    {
        title: 'A/B testing platform for the storefront',
        portfolio: 0,
        businessUnit: 0,
        category: O,
        type: E,
        state: 'rejected',
    },
    {
        title: 'Customer 360 view in the Data Warehouse',
        portfolio: 0,
        businessUnit: 2,
        category: S,
        type: P,
        state: 'screening',
    },
    {
        title: 'Month-end close automation in ERP Finance',
        portfolio: 1,
        businessUnit: 1,
        category: O,
        type: P,
        state: 'completed',
        project: 'closedComplete',
    },
    {
        title: 'Email migration to the cloud tenant',
        portfolio: 1,
        businessUnit: 3,
        category: O,
        type: P,
        state: 'approved',
        project: 'workInProgress',
    },
    {
        title: 'Onboarding workflow in the HR Portal',
        portfolio: 1,
        businessUnit: 3,
        category: O,
        type: E,
        state: 'approved',
    },
    {
        title: 'Virtual agent for the service desk',
        portfolio: 1,
        businessUnit: 3,
        category: S,
        type: P,
        state: 'approved',
        project: 'open',
    },
    {
        title: 'Storage tiering for the Data Warehouse',
        portfolio: 1,
        businessUnit: 3,
        category: O,
        type: E,
        state: 'submitted',
    },
    {
        title: 'SD-WAN for stores and branch offices',
        portfolio: 1,
        businessUnit: 3,
        category: S,
        type: P,
        state: 'completed',
        project: 'closedComplete',
    },
    {
        title: 'Automated invoice matching in ERP Finance',
        portfolio: 1,
        businessUnit: 1,
        category: O,
        type: E,
        state: 'qualified',
    },
    { title: 'Laptop refresh self-service', portfolio: 1, businessUnit: 3, category: O, type: E, state: 'draft' },
    {
        title: 'Knowledge base clean-up for the service desk',
        portfolio: 1,
        businessUnit: 3,
        category: O,
        type: E,
        state: 'screening',
    },
    {
        title: 'Monitoring consolidation on one observability platform',
        portfolio: 1,
        businessUnit: 3,
        category: S,
        type: P,
        state: 'approved',
        project: 'pending',
    },
    {
        title: 'Cloud cost optimisation (FinOps)',
        portfolio: 1,
        businessUnit: 1,
        category: O,
        type: P,
        state: 'submitted',
    },
    { title: 'Wi-Fi upgrade at head office', portfolio: 1, businessUnit: 3, category: O, type: E, state: 'deferred' },
    { title: 'Expense claims in the HR Portal', portfolio: 1, businessUnit: 3, category: O, type: E, state: 'draft' },
    {
        title: 'Batch job scheduling modernisation',
        portfolio: 1,
        businessUnit: 3,
        category: O,
        type: P,
        state: 'qualified',
    },
    {
        title: 'PCI DSS 4.0 remediation for Payments',
        portfolio: 2,
        businessUnit: 1,
        category: S,
        type: P,
        state: 'completed',
        project: 'closedComplete',
    },
    {
        title: 'GDPR data retention clean-up',
        portfolio: 2,
        businessUnit: 2,
        category: O,
        type: P,
        state: 'approved',
        project: 'workInProgress',
    },
    {
        title: 'Multi-factor authentication for all staff',
        portfolio: 2,
        businessUnit: 3,
        category: O,
        type: P,
        state: 'completed',
        project: 'closedComplete',
    },
    { title: 'Privileged access management', portfolio: 2, businessUnit: 3, category: S, type: P, state: 'screening' },
    {
        title: 'Disaster recovery for ERP Finance',
        portfolio: 2,
        businessUnit: 1,
        category: S,
        type: P,
        state: 'approved',
    },
    {
        title: 'Phishing protection upgrade for Email',
        portfolio: 2,
        businessUnit: 3,
        category: O,
        type: E,
        state: 'submitted',
    },
    {
        title: 'Segmentation of the card data network',
        portfolio: 2,
        businessUnit: 1,
        category: O,
        type: P,
        state: 'qualified',
    },
    {
        title: 'SOX controls automation in ERP Finance',
        portfolio: 2,
        businessUnit: 1,
        category: O,
        type: E,
        state: 'screening',
    },
    {
        title: 'Replace end-of-life server operating systems',
        portfolio: 2,
        businessUnit: 3,
        category: O,
        type: P,
        state: 'deferred',
    },
    {
        title: 'Immutable backups for the Data Warehouse',
        portfolio: 2,
        businessUnit: 3,
        category: O,
        type: E,
        state: 'submitted',
    },
    {
        title: 'Third-party risk assessment workflow',
        portfolio: 2,
        businessUnit: 1,
        category: O,
        type: E,
        state: 'draft',
    },
    {
        title: 'Dedicated SIEM for Data Warehouse logs',
        portfolio: 2,
        businessUnit: 3,
        category: S,
        type: P,
        state: 'rejected',
    },
]

/** How long ago (days) a demand that did not become a project was opened, per state. */
const AGE_DAYS: Readonly<Record<DemandState, readonly [number, number]>> = {
    draft: [1, 30],
    submitted: [5, 60],
    screening: [10, 90],
    qualified: [20, 150],
    approved: [14, 120],
    completed: [150, 480],
    deferred: [90, 400],
    rejected: [60, 500],
}

/** Demand `number` for a 1-based position. */
export function demandNumber(position: number): string {
    return `DMND${String(1000 + position).padStart(7, '0')}`
}

/** Project `number` for a 1-based position. */
export function projectNumber(position: number): string {
    return `PRJ${String(10000 + position).padStart(7, '0')}`
}

function roundTo100(amount: number): Cents {
    return toCents(Math.round(amount / 100) * 100)
}

/** A business-hours time on the day of `ms`. */
function atWorkTime(ms: number, rng: Prng): number {
    const day = Math.floor(ms / DAY_MS) * DAY_MS
    return day + rng.int(8, 16) * HOUR_MS + rng.int(0, 59) * MINUTE_MS
}

function atHour(ms: number, hour: number): number {
    return Math.floor(ms / DAY_MS) * DAY_MS + hour * HOUR_MS
}

function tShirtSize(total: Cents): string {
    if (total < 5_000_000) return 'small'
    if (total < 15_000_000) return 'medium'
    if (total < 40_000_000) return 'large'
    if (total < 90_000_000) return 'xlarge'
    return 'xxlarge'
}

interface ProjectDates {
    readonly start: number
    readonly end: number
    readonly percent: number
}

function projectDates(state: ProjectState, now: number, rng: Prng): ProjectDates {
    const days = (min: number, max: number): number => rng.int(min, max) * DAY_MS
    switch (state) {
        case 'closedComplete': {
            const end = atHour(now - days(14, 120), 17)
            return { start: atHour(end - days(90, 240), 8), end, percent: 100 }
        }
        case 'workInProgress': {
            const start = atHour(now - days(30, 200), 8)
            const end = atHour(now + days(30, 240), 17)
            return { start, end, percent: Math.round(((now - start) / (end - start)) * 100) }
        }
        case 'open': {
            const start = atHour(now + days(5, 45), 8)
            return { start, end: atHour(start + days(90, 300), 17), percent: 0 }
        }
        case 'pending': {
            const start = atHour(now + days(30, 120), 8)
            return { start, end: atHour(start + days(120, 360), 17), percent: 0 }
        }
    }
}

function phaseOf(state: ProjectState, percent: number): string {
    if (state === 'pending') return 'initiating'
    if (state === 'open') return 'planning'
    if (state === 'closedComplete') return 'closing'
    return percent < 60 ? 'executing' : 'delivering'
}

/** The demand column the scorecard's lead time is measured to (the app's approval stamp). */
export const DEMAND_APPROVED_AT = 'x_itvc_value_approved_at'

/**
 * A demand's approval time: a business-hours moment between `from` and `to` (epoch ms; `to` wins when it is earlier),
 * from the demand's own approval PRNG stream.
 */
function approvalTime(number: string, from: number, to: number): string {
    const rng = prng(`dmn_demand:${number}:approval`)
    const low = Math.min(from, to)
    const at = atWorkTime(low + (to - low) * rng.range(0.2, 0.8), rng)
    return formatGlideDateTime(Math.min(Math.max(at, low), to))
}

/** Users the portfolio records point at; the records themselves are emitted by the data set builder. */
const SUBMITTERS = ['itvc.benefit_owner', 'itvc.portfolio_owner', 'itvc.viewer', 'itvc.assessor', 'itvc.tagger']
const PROJECT_MANAGERS = ['itvc.benefit_owner', 'itvc.demand_manager']

/** Portfolio records and counts, for the data set builder. */
export interface PortfolioRecords {
    /** business_unit and pm_portfolio rows (before anything that references them). */
    readonly organisation: readonly DemoRecord[]
    /** dmn_demand rows, then pm_project rows, then the demand → project back-link updates. */
    readonly work: readonly DemoRecord[]
}

/**
 * Builds business units, portfolios, demands and projects relative to `now` (epoch ms, minute precision).
 * Converted demands get their project through an update row after the projects (demand.project back-link).
 * @example buildPortfolioRecords(Date.UTC(2026, 10, 1)).work.filter((r) => r.table === 'pm_project').length //=> 12
 */
export function buildPortfolioRecords(now: number): PortfolioRecords {
    const userId = (userName: string): string => demoSysId('sys_user', userName)
    const buId = (i: number): string => demoSysId('business_unit', BUSINESS_UNITS[i]?.name ?? '')
    const portfolioId = (i: number): string => demoSysId('pm_portfolio', PORTFOLIOS[i]?.name ?? '')
    const portfolioManager = userId(demoUserFor('x_itvc_value.portfolio_owner').userName)
    const demandManager = userId(demoUserFor('x_itvc_value.demand_manager').userName)

    const organisation: DemoRecord[] = [
        ...BUSINESS_UNITS.map((bu, i) => ({
            table: 'business_unit',
            sysId: buId(i),
            values: { name: bu.name, description: bu.description },
        })),
        ...PORTFOLIOS.map((p, i) => ({
            table: 'pm_portfolio',
            sysId: portfolioId(i),
            values: {
                name: p.name,
                description: p.description,
                portfolio_manager: portfolioManager,
                business_unit: buId(p.businessUnit),
                active: 'true',
            },
        })),
    ]

    const demands: DemoRecord[] = []
    const projects: DemoRecord[] = []
    const links: DemoRecord[] = []
    DEMAND_PLAN.forEach((plan, i) => {
        const number = demandNumber(i + 1)
        const sysId = demoSysId('dmn_demand', number)
        const rng = prng(`dmn_demand:${number}`)
        const portfolio = PORTFOLIOS[plan.portfolio]
        const submitter = rng.pick(SUBMITTERS)

        const total =
            plan.type === 'project' ? roundTo100(rng.range(80_000, 1_200_000)) : roundTo100(rng.range(8_000, 150_000))
        const capital = roundTo100((total / 100) * (plan.type === 'project' ? rng.range(0.3, 0.7) : rng.range(0, 0.3)))
        const ratio =
            plan.state === 'rejected'
                ? rng.range(0.3, 0.9)
                : plan.category === 'strategic'
                  ? rng.range(1.4, 4)
                  : rng.range(0.9, 2.6)
        const benefit = roundTo100((total / 100) * ratio)

        const dates = plan.project ? projectDates(plan.project, now, rng) : null
        let opened: number
        let start: number
        let due: number
        if (dates) {
            opened = atWorkTime(dates.start - rng.int(20, 120) * DAY_MS, rng)
            start = dates.start
            due = dates.end
        } else {
            const [min, max] = AGE_DAYS[plan.state]
            opened = atWorkTime(now - rng.int(min, max) * DAY_MS, rng)
            if (opened >= now) opened = now - HOUR_MS
            start =
                plan.state === 'approved'
                    ? now + rng.int(14, 90) * DAY_MS
                    : plan.state === 'completed'
                      ? opened + rng.int(20, 60) * DAY_MS
                      : opened + rng.int(60, 200) * DAY_MS
            due = start + (plan.state === 'completed' ? rng.int(30, 90) : rng.int(60, 300)) * DAY_MS
        }
        const submitted = Math.min(opened + rng.int(0, 5) * DAY_MS, now)
        const decided = ['approved', 'completed'].includes(plan.state)

        const values: Record<string, string> = {
            number,
            short_description: plan.title,
            description: `${plan.title}. ${portfolio.description}.`,
            state: String(DEMAND_STATE[plan.state]),
            category: plan.category,
            type: plan.type,
            portfolio: portfolioId(plan.portfolio),
            business_unit: buId(plan.businessUnit),
            demand_manager: demandManager,
            submitter: userId(submitter),
            opened_by: userId(submitter),
            opened_at: formatGlideDateTime(opened),
            start_date: formatGlideDate(start),
            requested_by: formatGlideDate(due),
            investment_type: rng.pick(portfolio.investmentTypes),
            expense_type: capital * 2 >= total ? 'capex' : 'opex',
            size: tShirtSize(total),
            total_costs: formatCents(total),
            capital_outlay: formatCents(capital),
            operational_outlay: formatCents(total - capital),
            financial_benefit: formatCents(benefit),
            active: plan.state === 'completed' || plan.state === 'rejected' ? 'false' : 'true',
            sys_created_on: formatGlideDateTime(opened),
            sys_created_by: submitter,
        }
        if (plan.state !== 'draft') values['submitted_date'] = formatGlideDate(submitted)
        if (decided) {
            values['approved_start_date'] = formatGlideDate(start)
            values['approved_end_date'] = formatGlideDate(due)
            // When it was approved (the scorecard's demand lead time): between submission and the start (or the
            // project conversion, below); its own PRNG stream, so every other value stays as it was.
            values[DEMAND_APPROVED_AT] = approvalTime(number, submitted, Math.min(start, now))
        }
        demands.push({ table: 'dmn_demand', sysId, values })

        if (plan.project && dates) {
            const prjNumber = projectNumber(projects.length + 1)
            const prjId = demoSysId('pm_project', prjNumber)
            const prng2 = prng(`pm_project:${prjNumber}`)
            const cost = roundTo100((total / 100) * prng2.range(0.95, 1.15))
            const actual =
                plan.project === 'closedComplete'
                    ? toCents((cost / 100) * prng2.range(0.85, 1.2))
                    : plan.project === 'workInProgress'
                      ? toCents(((cost / 100) * dates.percent * prng2.range(0.8, 1.25)) / 100)
                      : 0
            const conversion = atWorkTime(opened + (Math.min(dates.start, now) - opened) * prng2.range(0.5, 0.9), prng2)
            if (decided) values[DEMAND_APPROVED_AT] = approvalTime(number, submitted, conversion)
            const manager = PROJECT_MANAGERS[projects.length % PROJECT_MANAGERS.length] ?? 'itvc.benefit_owner'
            const project: Record<string, string> = {
                number: prjNumber,
                short_description: plan.title,
                description: values['description'] ?? plan.title,
                demand: sysId,
                primary_portfolio: portfolioId(plan.portfolio),
                business_unit: buId(plan.businessUnit),
                project_manager: userId(manager),
                state: String(PROJECT_STATE[plan.project]),
                phase: phaseOf(plan.project, dates.percent),
                start_date: formatGlideDateTime(dates.start),
                end_date: formatGlideDateTime(dates.end),
                approved_start_date: formatGlideDateTime(dates.start),
                approved_end_date: formatGlideDateTime(dates.end),
                percent_complete: dates.percent.toFixed(2),
                cost: formatCents(cost),
                work_cost: formatCents(actual),
                benefits: formatCents(benefit),
                investment_type: values['investment_type'] ?? '',
                active: plan.project === 'closedComplete' ? 'false' : 'true',
                opened_at: formatGlideDateTime(conversion),
                sys_created_on: formatGlideDateTime(conversion),
                sys_created_by: demoUserFor('x_itvc_value.demand_manager').userName,
            }
            if (plan.project === 'workInProgress' || plan.project === 'closedComplete') {
                project['work_start'] = formatGlideDateTime(dates.start)
            }
            if (plan.project === 'closedComplete') project['work_end'] = formatGlideDateTime(dates.end)
            projects.push({ table: 'pm_project', sysId: prjId, values: project })
            links.push({ table: 'dmn_demand', sysId, values: { project: prjId }, update: true })
        }
    })

    return { organisation, work: [...demands, ...projects, ...links] }
}

/**
 * The bench's synthetic data set, generated straight into a lab database (issue #10): incidents, demands with
 * ratings, projects, benefits and benefit periods at a chosen size, from a seeded PRNG (the same size gives the same
 * rows on every run and every machine).
 *
 * Realism comes from the incident sample (../shared/data, through the demo data set built from it):
 * - every synthetic incident copies one demo incident picked at random (a bootstrap of the 890 CSV incidents), so the
 *   joint distribution of priority (15/33/757/85 per 890), impact, urgency, category, service, group, assignee,
 *   reassignments and durations (opened → resolved median ~54.5 h, resolved → closed ~121 h) is the sample's. Its
 *   opening moves to a uniform moment of the last twelve months and its durations move with it; what would lie after
 *   "now" has not happened yet (the incident is open, in the CSV's mix of New / Active / Awaiting … events);
 * - value tags are the demo's (`valueTagFor`: ~40% tagged, P1/P2 far more often, amounts from the service's profile)
 *   and priced by the app's own pricing core, as the pricing rule would have stored them;
 * - demands and projects copy the demo portfolio (states, sizes, dates), moved back in time by a random shift;
 *   demands get a scoring model and one rating per criterion; benefits are monthly (80%) or quarterly, with
 *   realised amounts for measured periods.
 *
 * The reference data (users, groups, locations, portfolios, services, value profiles) is the demo data set's, the
 * same at every size, so the number of groups a roll-up sees does not grow with the records.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { LabInstance } from '../lab/instance.ts'
import { seedLab } from '../lab/seed-lab.ts'
import { buildDemoDataset, DEFAULT_CSV_PATH, REPO_ROOT } from '../seed/dataset.ts'
import { formatGlideDate, formatGlideDateTime, parseGlideDateTime } from '../seed/dates.ts'
import { DEMO_SERVICES, type DemoService } from '../seed/services.ts'
import { demoSysId, mulberry32, seedOf } from '../seed/sys-id.ts'
import type { DemoRecord } from '../seed/types.ts'
import { valueTagFor, valueTagValues } from '../seed/value-tags.ts'
import { periodsBetween } from '../../src/server/core/fiscal/calendar.ts'
import { DEFAULT_FISCAL_CONFIG } from '../../src/server/core/fiscal/config.ts'
import { addMonths } from '../../src/server/core/fiscal/dates.ts'
import { PRICING_CONFIG_DEFAULTS } from '../../src/server/core/pricing/config.ts'
import { priceIncident } from '../../src/server/core/pricing/price-incident.ts'
import { inTransactions, TableLoader } from './loader.ts'
import { BENCH_SEED, type BenchSize } from './sizes.ts'

const DAY_MS = 86_400_000
const YEAR_MS = 365 * DAY_MS

/** Rows per SQLite transaction while loading. */
const BATCH = 50_000

/** Tables whose rows are the bench's own (emptied after the demo seed, then generated). */
const GENERATED_TABLES = [
    'incident',
    'dmn_demand',
    'pm_project',
    'x_itvc_value_benefit',
    'x_itvc_value_benefit_period',
    'x_itvc_value_rating',
    'x_itvc_value_score_history',
    'x_itvc_value_snapshot',
    'x_itvc_value_scorecard_entry',
    'x_itvc_value_rollup_run',
    'sysevent',
    'sys_email',
    'syslog',
]

/** What was generated. */
export interface GenerateReport {
    readonly rows: Record<string, number>
    /** Columns the generator writes that the installed app does not have (features still landing). */
    readonly missingColumns: Record<string, string[]>
    /** Milliseconds per phase (seed, incident, dmn_demand, benefits, pm_project, indexes) and in all. */
    readonly phaseMs: Record<string, number>
    readonly ms: number
}

/** A seeded random stream with the draws the generator needs. */
class Rng {
    private readonly next: () => number
    constructor(key: string) {
        this.next = mulberry32(seedOf(`${BENCH_SEED}:${key}`))
    }
    float(): number {
        return this.next()
    }
    range(min: number, max: number): number {
        return min + (max - min) * this.next()
    }
    int(min: number, max: number): number {
        return Math.min(max, Math.floor(this.range(min, max + 1)))
    }
    chance(p: number): boolean {
        return this.next() < p
    }
    pick<T>(items: readonly T[]): T {
        return items[Math.min(items.length - 1, Math.floor(this.next() * items.length))] as T
    }
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
        const entries = Object.entries(weights) as [K, number][]
        let r = this.next() * entries.reduce((s, [, w]) => s + w, 0)
        for (const [k, w] of entries) {
            r -= w
            if (r < 0) return k
        }
        return (entries[entries.length - 1] as [K, number])[0]
    }
    /** A random 32-hex sys_id (the platform's are random too, so inserts land all over the primary key). */
    sysId(): string {
        let out = ''
        for (let i = 0; i < 4; i++)
            out += Math.floor(this.next() * 0x100000000)
                .toString(16)
                .padStart(8, '0')
        return out
    }
}

const DATE_TIME = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/
const DATE = /^\d{4}-\d\d-\d\d$/

/** Moves every date and date-time value of a template by `shift` ms (other values unchanged). */
function shifted(values: Readonly<Record<string, string>>, shift: number): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(values)) {
        if (DATE_TIME.test(v)) out[k] = formatGlideDateTime((parseGlideDateTime(v) as number) + shift)
        else if (DATE.test(v)) out[k] = formatGlideDate(Date.parse(`${v}T00:00:00Z`) + shift)
        else out[k] = v
    }
    return out
}

const ms = (text: string | undefined): number | null => (text ? parseGlideDateTime(text) : null)

/**
 * The incident states of the sample's events before resolution, by weight (a synthetic incident that is not resolved
 * yet at "now" is in one of them): New, Active and the Awaiting … labels (On Hold with their hold reasons).
 */
function openStateWeights(csvPath: string): Record<string, number> {
    const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/)
    const header = (lines[0] ?? '').split(',')
    const col = header.indexOf('incident_state')
    const weights: Record<string, number> = {}
    const key: Record<string, string> = {
        New: '1|',
        Active: '2|',
        'Awaiting User Info': '3|1',
        'Awaiting Problem': '3|3',
        'Awaiting Vendor': '3|4',
    }
    for (const line of lines.slice(1)) {
        const label = line.split(',')[col]
        if (!label || label === 'Resolved' || label === 'Closed') continue
        const k = key[label] ?? (label.startsWith('Awaiting') ? '3|5' : undefined)
        if (k) weights[k] = (weights[k] ?? 0) + 1
    }
    return weights
}

/** The demo data set's records of one table. */
function recordsOf(records: readonly DemoRecord[], table: string): DemoRecord[] {
    return records.filter((r) => r.table === table && !r.update)
}

/** Loads the reference data (the demo data set through the app's rules), then empties the generated tables. */
function seedReference(lab: LabInstance, now: Date): void {
    seedLab(lab, { now })
    for (const table of GENERATED_TABLES) {
        if (lab.schema.hasTable(table)) lab.db.sqlite.exec(`DELETE FROM "${table}"`)
    }
}

interface ServiceInfo {
    readonly demo: DemoService
    readonly profile: { hourlyRevenue: string | null; hourlyLabourCost: string | null } | null
}

interface Context {
    readonly lab: LabInstance
    readonly now: number
    readonly records: readonly DemoRecord[]
    readonly services: ReadonlyMap<string, ServiceInfo>
    readonly user: (userName: string) => string
    readonly report: { rows: Record<string, number>; missingColumns: Record<string, string[]> }
}

function loaderFor(ctx: Context, table: string, columns: readonly string[]): TableLoader | null {
    if (!ctx.lab.schema.hasTable(table)) {
        ctx.report.missingColumns[table] = ['(table not installed)']
        return null
    }
    const loader = new TableLoader(ctx.lab, table, columns)
    if (loader.missing.length) ctx.report.missingColumns[table] = loader.missing
    return loader
}

const SYS = ['sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count']

const INCIDENT_COPIED = [
    'short_description',
    'impact',
    'urgency',
    'priority',
    'category',
    'subcategory',
    'caller_id',
    'opened_by',
    'contact_type',
    'notify',
    'location',
    'business_service',
    'assignment_group',
    'assigned_to',
    'reassignment_count',
    'reopen_count',
    'made_sla',
    'knowledge',
]

const VALUE = {
    category: 'x_itvc_value_value_category',
    impactCost: 'x_itvc_value_impact_cost',
    impactScore: 'x_itvc_value_impact_score',
    taggedBy: 'x_itvc_value_tagged_by',
    taggedAt: 'x_itvc_value_tagged_at',
}

function generateIncidents(ctx: Context, count: number): void {
    const templates = recordsOf(ctx.records, 'incident').map((r) => ({ sysId: r.sysId, values: r.values }))
    const openStates = openStateWeights(resolve(REPO_ROOT, DEFAULT_CSV_PATH))
    const tagger = ctx.user('itvc.tagger')
    const rng = new Rng('incident')
    const ids = new Rng('incident:sys_id')
    const tagColumns = Object.keys(valueTagValues(anyTag()))
    const loader = loaderFor(ctx, 'incident', [
        ...SYS,
        'number',
        'description',
        'state',
        'incident_state',
        'hold_reason',
        'active',
        'opened_at',
        'resolved_at',
        'resolved_by',
        'closed_at',
        'close_code',
        'close_notes',
        ...INCIDENT_COPIED,
        ...tagColumns,
        ...Object.values(VALUE).filter((c) => c !== VALUE.category),
    ])
    if (!loader) return
    inTransactions(ctx.lab.db.sqlite, BATCH, (tick) => {
        for (let i = 0; i < count; i++) {
            const t = rng.pick(templates).values
            const tOpened = ms(t['opened_at']) as number
            const opened = Math.floor((ctx.now - YEAR_MS + rng.float() * YEAR_MS) / 60_000) * 60_000
            const shift = opened - tOpened
            const at = (field: string): number | null => {
                const v = ms(t[field])
                return v === null ? null : v + shift
            }
            const resolvedAt = at('resolved_at')
            const closedAt = at('closed_at')
            const number = `INC${20_000_001 + i}`
            const row: Record<string, string | number | null> = { sys_id: ids.sysId(), number }
            for (const c of INCIDENT_COPIED) row[c] = t[c] ?? null
            row['description'] = (t['description'] ?? '').split('\n')[0] ?? ''
            row['opened_at'] = formatGlideDateTime(opened)
            const created = Math.max(opened, at('sys_created_on') ?? opened)
            row['sys_created_on'] = formatGlideDateTime(Math.min(created, ctx.now))
            row['sys_created_by'] = t['sys_created_by'] ?? 'system'
            row['sys_updated_by'] = t['sys_updated_by'] ?? 'system'
            let updated = opened
            let resolved: number | null = null
            let closed: number | null = null
            if (closedAt !== null && closedAt <= ctx.now) {
                row['state'] = 7
                row['active'] = 'false'
                resolved = resolvedAt
                closed = closedAt
            } else if (resolvedAt !== null && resolvedAt <= ctx.now) {
                row['state'] = 6
                row['active'] = 'true'
                resolved = resolvedAt
            } else {
                const [state, hold] = rng.weighted(openStates).split('|')
                row['state'] = Number(state)
                row['hold_reason'] = hold ? Number(hold) : null
                row['active'] = 'true'
            }
            row['incident_state'] = row['state'] as number
            if (resolved !== null) {
                row['resolved_at'] = formatGlideDateTime(resolved)
                row['resolved_by'] = t['resolved_by'] ?? null
                row['close_code'] = t['close_code'] ?? null
                row['close_notes'] = t['close_notes'] ?? null
                updated = resolved
            }
            if (closed !== null) {
                row['closed_at'] = formatGlideDateTime(closed)
                updated = closed
            }
            row['sys_updated_on'] = formatGlideDateTime(Math.min(Math.max(updated, created), ctx.now))
            row['sys_mod_count'] = closed !== null ? Number(t['sys_mod_count'] ?? 0) : rng.int(0, 4)

            const service = ctx.services.get(t['business_service'] ?? '')
            const tag = valueTagFor({
                number,
                priority: Number(t['priority'] ?? 4),
                impact: Number(t['impact'] ?? 2),
                reassignmentCount: Number(t['reassignment_count'] ?? 0),
                service: service?.demo ?? null,
                openedAt: opened,
                resolvedAt: resolved,
                closedAt: closed,
            })
            if (tag) {
                const values = valueTagValues(tag)
                Object.assign(row, values)
                const priced = priceIncident(
                    {
                        revenueAtRisk: values['x_itvc_value_revenue_at_risk'] ?? null,
                        directCost: values['x_itvc_value_direct_cost'] ?? null,
                        usersAffected: values['x_itvc_value_users_affected'] ?? null,
                        productivityHoursLost: values['x_itvc_value_productivity_hours'] ?? null,
                        outageMinutes: values['x_itvc_value_outage_minutes'] ?? null,
                        state: String(row['state']),
                        openedAt: row['opened_at'] as string,
                        resolvedAt: (row['resolved_at'] as string | undefined) ?? null,
                        profile: service?.profile ?? null,
                    },
                    PRICING_CONFIG_DEFAULTS
                )
                if (priced.ok) {
                    row[VALUE.impactCost] = priced.value.impactCost / 100
                    row[VALUE.impactScore] = priced.value.impactScore
                }
                row[VALUE.taggedBy] = tagger
                row[VALUE.taggedAt] = formatGlideDateTime(Math.min(ctx.now, (resolved ?? opened) + 30 * 60_000))
            }
            loader.insert(row)
            tick()
        }
    })
    ctx.report.rows['incident'] = loader.rows
}

/** Any tag, for the list of tag columns. */
function anyTag(): NonNullable<ReturnType<typeof valueTagFor>> {
    return {
        category: 'revenue',
        revenueAtRiskCents: 0,
        directCostCents: 0,
        usersAffected: 1,
        productivityHours: 0,
        outageMinutes: 5,
    }
}

interface Model {
    readonly sysId: string
    readonly isDefault: boolean
    readonly criteria: readonly { sysId: string; min: number; max: number }[]
}

function readModels(ctx: Context): Model[] {
    const { lab } = ctx
    if (!lab.schema.hasTable('x_itvc_value_scoring_model') || !lab.schema.hasTable('x_itvc_value_criterion')) return []
    const criteria = lab.db.internal('SELECT sys_id, model, min_value, max_value FROM "x_itvc_value_criterion"')
    return lab.db
        .internal('SELECT sys_id, is_default FROM "x_itvc_value_scoring_model" WHERE active = 1 ORDER BY sys_id')
        .map((m) => ({
            sysId: String(m['sys_id']),
            isDefault: m['is_default'] === 1,
            criteria: criteria
                .filter((c) => c['model'] === m['sys_id'])
                .map((c) => ({
                    sysId: String(c['sys_id']),
                    min: Number(c['min_value'] ?? 1),
                    max: Number(c['max_value'] ?? 10),
                })),
        }))
        .filter((m) => m.criteria.length > 0)
}

interface Project {
    readonly sysId: string
    readonly demand: string
    readonly values: Record<string, string | number | null>
    planned: number
}

interface Demand {
    readonly sysId: string
    readonly state: string
}

/** Demands (with their ratings) and the projects they became; returns them for the benefits. */
function generateDemands(ctx: Context, count: number): { demands: Demand[]; projects: Project[] } {
    const templates = recordsOf(ctx.records, 'dmn_demand')
    const projectOf = new Map(
        ctx.records
            .filter((r) => r.table === 'dmn_demand' && r.update && r.values['project'])
            .map((r) => [r.sysId, r.values['project'] as string])
    )
    const projectTemplates = new Map(recordsOf(ctx.records, 'pm_project').map((r) => [r.sysId, r.values]))
    const models = readModels(ctx)
    const assessors = ['itvc.assessor', 'itvc.demand_manager', 'itvc.portfolio_owner'].map(ctx.user)
    const rng = new Rng('dmn_demand')
    const ids = new Rng('dmn_demand:sys_id')
    const demandColumns = new Set<string>([...SYS, 'x_itvc_value_lead_time_days', 'x_itvc_value_model'])
    for (const t of templates) for (const k of Object.keys(t.values)) demandColumns.add(k)
    demandColumns.add('project')
    demandColumns.add('x_itvc_value_score_status')
    const demandLoader = loaderFor(ctx, 'dmn_demand', [...demandColumns])
    const ratingLoader = loaderFor(ctx, 'x_itvc_value_rating', [...SYS, 'demand', 'criterion', 'assessor', 'value'])
    const demands: Demand[] = []
    const projects: Project[] = []
    if (!demandLoader) return { demands, projects }
    inTransactions(ctx.lab.db.sqlite, BATCH, (tick) => {
        for (let i = 0; i < count; i++) {
            const t = rng.pick(templates)
            const tOpened = ms(t.values['opened_at']) as number
            // back in time only, so everything that had happened still has; opened within the last year
            const room = Math.max(0, YEAR_MS - (ctx.now - tOpened))
            const shift = -Math.floor((rng.float() * room) / 60_000) * 60_000
            const values: Record<string, string | number | null> = shifted(t.values, shift)
            const sysId = ids.sysId()
            values['sys_id'] = sysId
            values['number'] = `DMND${20_000_001 + i}`
            values['sys_updated_on'] = values['sys_created_on'] ?? values['opened_at'] ?? null
            values['sys_updated_by'] = values['sys_created_by'] ?? 'system'
            values['sys_mod_count'] = rng.int(1, 12)
            const approved = ms(values['x_itvc_value_approved_at'] as string | undefined)
            if (approved !== null) {
                values['x_itvc_value_lead_time_days'] = Math.round(((approved - tOpened - shift) / DAY_MS) * 100) / 100
            }
            const state = String(values['state'] ?? '')
            const tProject = projectOf.get(t.sysId)
            const projectValues = tProject ? projectTemplates.get(tProject) : undefined
            if (projectValues) {
                const project = shifted(projectValues, shift)
                const id = ids.sysId()
                values['project'] = id
                projects.push({
                    sysId: id,
                    demand: sysId,
                    planned: 0,
                    values: {
                        ...project,
                        sys_id: id,
                        number: `PRJ${20_000_001 + projects.length}`,
                        demand: sysId,
                        sys_updated_on: project['sys_created_on'] ?? null,
                        sys_updated_by: project['sys_created_by'] ?? 'system',
                        sys_mod_count: rng.int(1, 30),
                    },
                })
            }
            // a scoring model for all but drafts; ratings: complete (85%), partial (10%) or none
            const model = state !== '1' && models.length ? pickModel(rng, models) : null
            values['x_itvc_value_model'] = model?.sysId ?? null
            values['x_itvc_value_score_status'] = 'unscored'
            demandLoader.insert(values)
            tick()
            if (model && ratingLoader) {
                const r = rng.float()
                const share = r < 0.85 ? 1 : r < 0.95 ? 0.5 : 0
                for (const c of model.criteria) {
                    if (share < 1 && rng.float() >= share) continue
                    ratingLoader.insert({
                        sys_id: ids.sysId(),
                        demand: sysId,
                        criterion: c.sysId,
                        assessor: rng.pick(assessors),
                        value: rng.int(Math.ceil(c.min), Math.floor(c.max)),
                        sys_created_on: values['opened_at'] as string,
                        sys_created_by: 'itvc.assessor',
                        sys_updated_on: values['opened_at'] as string,
                        sys_updated_by: 'itvc.assessor',
                        sys_mod_count: 0,
                    })
                    tick()
                }
            }
            demands.push({ sysId, state })
        }
    })
    ctx.report.rows['dmn_demand'] = demandLoader.rows
    if (ratingLoader) ctx.report.rows['x_itvc_value_rating'] = ratingLoader.rows
    return { demands, projects }
}

function pickModel(rng: Rng, models: readonly Model[]): Model {
    const defaults = models.filter((m) => m.isDefault)
    if (defaults.length && rng.chance(0.5)) return rng.pick(defaults)
    return rng.pick(models)
}

const BENEFIT_TYPES = {
    revenue_growth: 25,
    cost_saving: 25,
    cost_avoidance: 15,
    productivity: 20,
    risk_reduction: 8,
    customer_satisfaction: 7,
}
const BENEFIT_STATES = { draft: 10, planned: 25, realising: 45, realised: 10, at_risk: 5, cancelled: 5 }
const PERSPECTIVE_OF: Record<string, string> = {
    revenue_growth: 'financial',
    cost_saving: 'financial',
    cost_avoidance: 'financial',
    productivity: 'internal_process',
    risk_reduction: 'internal_process',
    customer_satisfaction: 'customer',
}

/** Benefits of projects (70%) and of demands not converted yet, until their periods reach `periods`. */
function generateBenefits(ctx: Context, periods: number, demands: readonly Demand[], projects: Project[]): void {
    const benefitLoader = loaderFor(ctx, 'x_itvc_value_benefit', [
        ...SYS,
        'number',
        'short_description',
        'demand',
        'project',
        'type',
        'category',
        'perspective',
        'owner',
        'measure',
        'state',
        'currency',
        'granularity',
        'start_date',
        'end_date',
        'planned_total',
    ])
    const periodLoader = loaderFor(ctx, 'x_itvc_value_benefit_period', [
        ...SYS,
        'benefit',
        'period_label',
        'period_start',
        'period_end',
        'planned_amount',
        'realised_amount',
        'planned_functional',
        'realised_functional',
        'rate',
        'rate_date',
        'measured_by',
        'measured_at',
    ])
    if (!benefitLoader || !periodLoader) return
    const open = demands.filter((d) => ['2', '3', '4', '8'].includes(d.state))
    const owner = ctx.user('itvc.benefit_owner')
    const rng = new Rng('x_itvc_value_benefit')
    const ids = new Rng('x_itvc_value_benefit:sys_id')
    const nowDay = formatGlideDate(ctx.now)
    let made = 0
    let n = 0
    inTransactions(ctx.lab.db.sqlite, BATCH, (tick) => {
        while (made < periods) {
            const project = projects.length && (rng.chance(0.7) || !open.length) ? rng.pick(projects) : null
            const demand = project ? project.demand : open.length ? rng.pick(open).sysId : null
            const quarterly = rng.chance(0.2)
            const startMonth = addMonths(`${nowDay.slice(0, 7)}-01`, rng.int(-18, 3))
            const list = periodsBetween(
                startMonth,
                addMonths(startMonth, 12),
                quarterly ? 'quarter' : 'month',
                DEFAULT_FISCAL_CONFIG
            ).slice(0, quarterly ? 4 : 12)
            const type = rng.weighted(BENEFIT_TYPES)
            const state = rng.weighted(BENEFIT_STATES)
            const currency = rng.chance(0.85)
            const perPeriod = Math.round(rng.range(500, 40_000) * (quarterly ? 3 : 1)) / 1
            const sysId = ids.sysId()
            const created = `${list[0]?.start ?? nowDay} 09:00:00`
            let planned = 0
            for (const p of list) {
                if (made >= periods) break
                const due = Date.parse(`${p.end}T23:59:59Z`)
                const measuredAt = due + rng.range(1, 50) * DAY_MS
                const measured = due < ctx.now && measuredAt <= ctx.now && rng.chance(0.9) && state !== 'draft'
                const amount = Math.round(perPeriod * rng.range(0.8, 1.2) * 100) / 100
                const realised = measured ? Math.round(amount * rng.range(0.5, 1.3) * 100) / 100 : null
                planned += amount
                periodLoader.insert({
                    sys_id: ids.sysId(),
                    benefit: sysId,
                    period_label: p.label,
                    period_start: p.start,
                    period_end: p.end,
                    planned_amount: amount,
                    planned_functional: amount,
                    realised_amount: realised,
                    realised_functional: realised,
                    rate: 1,
                    rate_date: measured ? formatGlideDate(measuredAt) : null,
                    measured_by: measured ? owner : null,
                    measured_at: measured ? formatGlideDateTime(measuredAt) : null,
                    sys_created_on: created,
                    sys_created_by: 'itvc.benefit_owner',
                    sys_updated_on: measured ? formatGlideDateTime(measuredAt) : created,
                    sys_updated_by: 'itvc.benefit_owner',
                    sys_mod_count: measured ? 1 : 0,
                })
                made++
                tick()
            }
            n++
            benefitLoader.insert({
                sys_id: sysId,
                number: `BEN${20_000_000 + n}`,
                short_description: `Synthetic ${type.replace(/_/g, ' ')} benefit ${n}`,
                demand,
                project: project?.sysId ?? null,
                type,
                category: type === 'revenue_growth' || type === 'cost_saving' ? 'hard' : 'soft',
                perspective: PERSPECTIVE_OF[type] ?? 'financial',
                owner,
                measure: currency ? 'currency' : rng.pick(['count', 'percent', 'hours']),
                state,
                currency: 'USD',
                granularity: quarterly ? 'quarter' : 'month',
                start_date: list[0]?.start ?? null,
                end_date: list[list.length - 1]?.end ?? null,
                planned_total: Math.round(planned * 100) / 100,
                sys_created_on: created,
                sys_created_by: 'itvc.benefit_owner',
                sys_updated_on: created,
                sys_updated_by: 'itvc.benefit_owner',
                sys_mod_count: 1,
            })
            tick()
            if (project && currency && state !== 'draft' && state !== 'cancelled') project.planned += planned
        }
    })
    ctx.report.rows['x_itvc_value_benefit'] = benefitLoader.rows
    ctx.report.rows['x_itvc_value_benefit_period'] = periodLoader.rows
}

function insertProjects(ctx: Context, projects: readonly Project[]): void {
    const columns = new Set<string>([...SYS, 'x_itvc_value_planned_benefit'])
    for (const p of projects) for (const k of Object.keys(p.values)) columns.add(k)
    const loader = loaderFor(ctx, 'pm_project', [...columns])
    if (!loader) return
    inTransactions(ctx.lab.db.sqlite, BATCH, (tick) => {
        for (const p of projects) {
            loader.insert({ ...p.values, x_itvc_value_planned_benefit: Math.round(p.planned * 100) / 100 })
            tick()
        }
    })
    ctx.report.rows['pm_project'] = loader.rows
}

/** The demo services by sys_id, with their value profiles as the pricing core reads them. */
function servicesOf(records: readonly DemoRecord[]): Map<string, ServiceInfo> {
    const profiles = new Map(
        recordsOf(records, 'x_itvc_value_service_profile').map((r) => [r.values['service'] ?? '', r.values])
    )
    const out = new Map<string, ServiceInfo>()
    for (const r of recordsOf(records, 'cmdb_ci_service')) {
        const demo = DEMO_SERVICES.find((s) => s.name === r.values['name'])
        if (!demo) continue
        const p = profiles.get(r.sysId)
        out.set(r.sysId, {
            demo,
            profile: p
                ? { hourlyRevenue: p['hourly_revenue'] ?? null, hourlyLabourCost: p['hourly_labour_cost'] ?? null }
                : null,
        })
    }
    return out
}

/**
 * Drops the secondary indexes of the given tables and returns a function that re-creates them: building an index
 * once over a loaded table is much faster than maintaining it row by row.
 */
function deferIndexes(lab: LabInstance, tables: readonly string[]): () => void {
    const indexes = lab.db.sqlite
        .prepare(
            `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables
                .map(() => '?')
                .join(', ')})`
        )
        .all(...tables) as { name: string; sql: string }[]
    for (const ix of indexes) lab.db.sqlite.exec(`DROP INDEX "${ix.name}"`)
    return () => {
        for (const ix of indexes) lab.db.sqlite.exec(ix.sql)
    }
}

/**
 * Generates a size's data into a lab with the app installed: the demo reference data, then the synthetic records,
 * with the secondary indexes built once at the end (the same indexes the lab creates; no `ANALYZE`: the lab never
 * runs it, so the planner sees the database as the lab leaves it).
 */
export function generateDataset(lab: LabInstance, size: BenchSize, now: Date): GenerateReport {
    const started = Date.now()
    const phaseMs: Record<string, number> = {}
    const phase = <T>(name: string, fn: () => T): T => {
        const t = Date.now()
        const value = fn()
        phaseMs[name] = Date.now() - t
        return value
    }
    phase('seed', () => seedReference(lab, now))
    const { records } = buildDemoDataset({ now })
    const users = new Map(recordsOf(records, 'sys_user').map((r) => [r.values['user_name'] ?? '', r.sysId]))
    const report = { rows: {} as Record<string, number>, missingColumns: {} as Record<string, string[]> }
    const ctx: Context = {
        lab,
        now: now.getTime(),
        records,
        services: servicesOf(records),
        user: (userName) => users.get(userName) ?? demoSysId('sys_user', userName),
        report,
    }
    // bulk-load settings (generated data: a crash means generating again); the lab's own settings come back below
    const sqlite = lab.db.sqlite
    sqlite.pragma('cache_size = -262144')
    sqlite.pragma('journal_mode = OFF')
    sqlite.pragma('synchronous = OFF')
    const tables = GENERATED_TABLES.filter((t) => lab.schema.hasTable(t))
    const restore = deferIndexes(lab, tables)
    phase('incident', () => generateIncidents(ctx, size.incidents))
    const { demands, projects } = phase('dmn_demand', () => generateDemands(ctx, size.demands))
    phase('benefits', () => generateBenefits(ctx, size.benefitPeriods, demands, projects))
    phase('pm_project', () => insertProjects(ctx, projects))
    phase('indexes', () => {
        restore()
        sqlite.pragma('journal_mode = WAL')
        sqlite.pragma('synchronous = NORMAL')
        sqlite.pragma('cache_size = -2000')
    })
    return { ...report, phaseMs, ms: Date.now() - started }
}

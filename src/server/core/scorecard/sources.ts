/**
 * The data behind the scorecard. Each source is a table, an encoded query over the period's dates and the
 * aggregates read (COUNT, SUM, AVG), cut by the dimensions it applies to. {@link sourceSpec} is a source's
 * GlideAggregate for one dimension; the roll-up reads a source once per period grouped by all its dimensions'
 * columns at once (groups.ts) and adds the groups up per dimension. The adapter runs a spec as it is; nothing here
 * depends on how many records match, so a roll-up issues sources × periods queries whatever the volume of
 * incidents, demands or benefits.
 *
 * Dates: fiscal periods are UTC dates. A date-time column is in a period when it lies between the first day at
 * 00:00:00 and the last day at 23:59:59 (UTC); a date column when its date lies between the two days.
 */
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import { periodsBetween } from '../fiscal/calendar.ts'
import type { FiscalConfig } from '../fiscal/config.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import { addDays, toDayNumber } from '../fiscal/dates.ts'

/**
 * The dimensions a scorecard is cut by: the whole app (`all`, key ''), a portfolio (`pm_portfolio` sys_id), a
 * business service (`cmdb_ci_service` sys_id) or a value category (choice value).
 * @example DIMENSIONS.includes('portfolio') //=> true
 */
export const DIMENSIONS = ['all', 'portfolio', 'business_service', 'value_category'] as const

/** A scorecard dimension. */
export type Dimension = (typeof DIMENSIONS)[number]

/** Display labels of the dimensions. */
export const DIMENSION_LABELS: { readonly [d in Dimension]: string } = {
    all: 'All',
    portfolio: 'Portfolio',
    business_service: 'Business service',
    value_category: 'Value category',
}

/** Tables and columns the sources read. Rename here when a table definition changes. */
export const SCORECARD_FIELDS = {
    incident: {
        table: 'incident',
        opened: 'opened_at',
        resolved: 'resolved_at',
        state: 'state',
        priority: 'priority',
        service: 'business_service',
        category: 'x_itvc_value_value_category',
        revenueAtRisk: 'x_itvc_value_revenue_at_risk',
        usersAffected: 'x_itvc_value_users_affected',
        impactCost: 'x_itvc_value_impact_cost',
        outageMinutes: 'x_itvc_value_outage_minutes',
    },
    demand: {
        table: 'dmn_demand',
        opened: 'opened_at',
        state: 'state',
        portfolio: 'portfolio',
        approvedAt: 'x_itvc_value_approved_at',
        leadTimeDays: 'x_itvc_value_lead_time_days',
        scoreStatus: 'x_itvc_value_score_status',
    },
    project: {
        table: 'pm_project',
        start: 'start_date',
        end: 'end_date',
        state: 'state',
        portfolio: 'primary_portfolio',
        plannedBenefit: 'x_itvc_value_planned_benefit',
    },
    benefitPeriod: {
        table: 'x_itvc_value_benefit_period',
        end: 'period_end',
        planned: 'planned_functional',
        realised: 'realised_functional',
        measuredAt: 'measured_at',
        benefitState: 'benefit.state',
        benefitType: 'benefit.type',
        benefitMeasure: 'benefit.measure',
        /** A benefit's portfolio: its project's, else (not converted yet) its demand's. */
        portfolio: ['benefit.project.primary_portfolio', 'benefit.demand.portfolio'],
    },
} as const

/**
 * Where the label of a dimension key comes from: a reference's display column, or a choice's label.
 * @example DIMENSION_LABEL_SOURCES.portfolio //=> { table: 'pm_portfolio', field: 'name', choice: false }
 */
export const DIMENSION_LABEL_SOURCES: {
    readonly [d in Exclude<Dimension, 'all'>]: {
        readonly table: string
        readonly field: string
        readonly choice: boolean
    }
} = {
    portfolio: { table: 'pm_portfolio', field: 'name', choice: false },
    business_service: { table: 'cmdb_ci_service', field: 'name', choice: false },
    value_category: { table: 'incident', field: 'x_itvc_value_value_category', choice: true },
}

/** Stored values the sources filter on. */
export const SCORECARD_VALUES = {
    incidentCanceled: '8',
    highPriorities: '1,2',
    demandDraft: '1',
    demandScored: 'scored',
    projectSkipped: '7',
    /** Benefits in these states are not (or no longer) a commitment. */
    benefitNotCommitted: 'draft,cancelled',
    currencyMeasure: 'currency',
    costAvoidance: 'cost_avoidance',
} as const

/**
 * The sources, by the records they aggregate.
 * @example SOURCE_IDS.includes('incidents_opened_tagged') //=> true
 */
export const SOURCE_IDS = [
    'incidents_opened_tagged',
    'incidents_opened_p1_p2',
    'incidents_resolved',
    'incidents_resolved_tagged',
    'demands_approved',
    'demands_opened',
    'demands_opened_scored',
    'projects_in_flight',
    'projects_in_flight_planned',
    'benefits_ending',
    'benefits_due',
    'benefits_cost_avoided',
    'actuals_due',
    'actuals_on_time',
] as const

/** A source of scorecard data. */
export type SourceId = (typeof SOURCE_IDS)[number]

/** One aggregate of a spec: COUNT of records (of a column's values, with a field), or SUM / AVG of a column. */
export interface AggregateField {
    readonly fn: 'COUNT' | 'SUM' | 'AVG'
    readonly field?: string
}

/** One GlideAggregate to run. */
export interface AggregateSpec {
    readonly source: SourceId
    readonly table: string
    readonly query: string
    /**
     * The group-by columns (dot-walks allowed); empty for one row. In a spec of one dimension ({@link sourceSpec}):
     * the dimension's column, none for `all`; several columns are alternatives: a row's key is the first non-empty
     * one, and rows with the same key add up.
     */
    readonly groupBy: readonly string[]
    readonly aggregates: readonly AggregateField[]
}

/** One result row: the group key (`''` for `all` or an empty group), its display value and the aggregates. */
export interface AggregateRow {
    /** The first non-empty group column's value (`''` when none). */
    readonly key: string
    readonly label: string
    /** The value of every group column (`''` when empty), by column; optional for one group column (`key` is it). */
    readonly groups?: Readonly<Record<string, string>>
    /** By {@link aggregateName}; values as Glide returns them (strings, `''` for an empty SUM or AVG). */
    readonly values: Readonly<Record<string, string>>
}

/** What the period-independent parts of a query depend on. */
export interface SourceContext {
    /** The run's as-of date: benefit periods after it are not due yet. */
    readonly asOf: IsoDate
    /** Days after a benefit period's end within which its actual counts as recorded on time. */
    readonly graceDays: number
    readonly fiscal: FiscalConfig
}

/**
 * The key under which a row carries an aggregate.
 * @example aggregateName({ fn: 'SUM', field: 'x_itvc_value_revenue_at_risk' }) //=> 'SUM(x_itvc_value_revenue_at_risk)'
 * @example aggregateName({ fn: 'COUNT' }) //=> 'COUNT'
 */
export function aggregateName(aggregate: AggregateField): string {
    return aggregate.field === undefined ? aggregate.fn : `${aggregate.fn}(${aggregate.field})`
}

const INC = SCORECARD_FIELDS.incident
const DMN = SCORECARD_FIELDS.demand
const PRJ = SCORECARD_FIELDS.project
const BEN = SCORECARD_FIELDS.benefitPeriod
const V = SCORECARD_VALUES

const INCIDENT_DIMENSIONS = { all: [], business_service: [INC.service], value_category: [INC.category] }
const DEMAND_DIMENSIONS = { all: [], portfolio: [DMN.portfolio] }
const PROJECT_DIMENSIONS = { all: [], portfolio: [PRJ.portfolio] }
const BENEFIT_DIMENSIONS = { all: [], portfolio: BEN.portfolio }

interface SourceDef {
    readonly table: string
    /** Group-by columns per dimension the source can be cut by (empty: no grouping). */
    readonly dimensions: { readonly [d in Dimension]?: readonly string[] }
    readonly aggregates: readonly AggregateField[]
    /** The encoded query, or `null` when nothing can match (a range that ends before it starts). */
    readonly query: (period: FiscalPeriod, context: SourceContext) => string | null
}

function dateTimeRange(column: string, from: IsoDate, to: IsoDate): string {
    return `${column}>=${from} 00:00:00^${column}<=${to} 23:59:59`
}

function dateRange(column: string, from: IsoDate, to: IsoDate): string {
    return `${column}>=${from}^${column}<=${to}`
}

function earlier(a: IsoDate, b: IsoDate): IsoDate {
    return toDayNumber(a) <= toDayNumber(b) ? a : b
}

const notCanceled = `${INC.state}!=${V.incidentCanceled}`
const tagged = `${INC.category}ISNOTEMPTY`
const benefitLive = `${BEN.benefitState}NOT IN${V.benefitNotCommitted}`
const money = `${BEN.benefitMeasure}=${V.currencyMeasure}`

/** Benefit periods ending in the period, up to `cutoff`; `null` when the cutoff is before the period. */
function endingUpTo(period: FiscalPeriod, cutoff: IsoDate, extra: string): string | null {
    const last = earlier(period.end, cutoff)
    if (toDayNumber(last) < toDayNumber(period.start)) return null
    return `${dateRange(BEN.end, period.start, last)}^${benefitLive}${extra}`
}

/** Projects whose planned span overlaps the period (an empty end date is open-ended), not skipped. */
function inFlight(period: FiscalPeriod, extra: string): string {
    const started = `${PRJ.start}<=${period.end} 23:59:59`
    const live = `${PRJ.state}!=${V.projectSkipped}${extra}`
    return `${started}^${PRJ.end}>=${period.start} 00:00:00^${live}^NQ${started}^${PRJ.end}ISEMPTY^${live}`
}

/** The last day whose benefit periods are past their grace days at the as-of date. */
function measurementCutoff(context: SourceContext): IsoDate {
    return addDays(context.asOf, -context.graceDays)
}

const SOURCES: { readonly [s in SourceId]: SourceDef } = {
    incidents_opened_tagged: {
        table: INC.table,
        dimensions: INCIDENT_DIMENSIONS,
        aggregates: [
            { fn: 'COUNT' },
            { fn: 'SUM', field: INC.revenueAtRisk },
            { fn: 'SUM', field: INC.usersAffected },
            { fn: 'SUM', field: INC.impactCost },
        ],
        query: (p) => `${dateTimeRange(INC.opened, p.start, p.end)}^${tagged}^${notCanceled}`,
    },
    incidents_opened_p1_p2: {
        table: INC.table,
        dimensions: INCIDENT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        query: (p) =>
            `${dateTimeRange(INC.opened, p.start, p.end)}^${INC.priority}IN${V.highPriorities}^${notCanceled}`,
    },
    incidents_resolved: {
        table: INC.table,
        dimensions: { all: [], business_service: [INC.service] },
        aggregates: [{ fn: 'COUNT' }],
        query: (p) => `${dateTimeRange(INC.resolved, p.start, p.end)}^${notCanceled}`,
    },
    incidents_resolved_tagged: {
        table: INC.table,
        dimensions: INCIDENT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }, { fn: 'AVG', field: INC.outageMinutes }],
        query: (p) => `${dateTimeRange(INC.resolved, p.start, p.end)}^${tagged}^${notCanceled}`,
    },
    demands_approved: {
        table: DMN.table,
        dimensions: DEMAND_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }, { fn: 'AVG', field: DMN.leadTimeDays }],
        query: (p) => dateTimeRange(DMN.approvedAt, p.start, p.end),
    },
    demands_opened: {
        table: DMN.table,
        dimensions: DEMAND_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        query: (p) => `${dateTimeRange(DMN.opened, p.start, p.end)}^${DMN.state}!=${V.demandDraft}`,
    },
    demands_opened_scored: {
        table: DMN.table,
        dimensions: DEMAND_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        query: (p) =>
            `${dateTimeRange(DMN.opened, p.start, p.end)}^${DMN.state}!=${V.demandDraft}^${DMN.scoreStatus}=${V.demandScored}`,
    },
    projects_in_flight: {
        table: PRJ.table,
        dimensions: PROJECT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        query: (p) => inFlight(p, ''),
    },
    projects_in_flight_planned: {
        table: PRJ.table,
        dimensions: PROJECT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        query: (p) => inFlight(p, `^${PRJ.plannedBenefit}>0`),
    },
    benefits_ending: {
        table: BEN.table,
        dimensions: BENEFIT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }, { fn: 'SUM', field: BEN.planned }, { fn: 'SUM', field: BEN.realised }],
        query: (p) => `${dateRange(BEN.end, p.start, p.end)}^${benefitLive}^${money}`,
    },
    benefits_due: {
        table: BEN.table,
        dimensions: BENEFIT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }, { fn: 'SUM', field: BEN.planned }, { fn: 'SUM', field: BEN.realised }],
        query: (p, c) => endingUpTo(p, c.asOf, `^${money}`),
    },
    benefits_cost_avoided: {
        table: BEN.table,
        dimensions: BENEFIT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }, { fn: 'SUM', field: BEN.realised }],
        query: (p) =>
            `${dateRange(BEN.end, p.start, p.end)}^${benefitLive}^${money}^${BEN.benefitType}=${V.costAvoidance}`,
    },
    actuals_due: {
        table: BEN.table,
        dimensions: BENEFIT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        query: (p, c) => endingUpTo(p, measurementCutoff(c), ''),
    },
    actuals_on_time: {
        table: BEN.table,
        dimensions: BENEFIT_DIMENSIONS,
        aggregates: [{ fn: 'COUNT' }],
        // A benefit period is a fiscal month or quarter, so it ends on a fiscal month's last day: one OR-ed group
        // per such day compares the measurement with that day + grace (a date-to-date comparison per row).
        query: (p, c) => {
            const cutoff = toDayNumber(measurementCutoff(c))
            const groups = periodsBetween(p.start, p.end, 'month', c.fiscal)
                .filter((month) => toDayNumber(month.end) <= cutoff)
                .map(
                    (month) =>
                        `${BEN.end}=${month.end}^${BEN.measuredAt}<=${addDays(month.end, c.graceDays)} 23:59:59^${benefitLive}`
                )
            return groups.length ? groups.join('^NQ') : null
        },
    },
}

/**
 * Whether a source can be cut by a dimension (incidents have no portfolio; demands, projects and benefits have no
 * business service or value category).
 * @example sourceAppliesTo('incidents_resolved', 'business_service') //=> true
 * @example sourceAppliesTo('benefits_ending', 'value_category') //=> false
 */
export function sourceAppliesTo(source: SourceId, dimension: Dimension): boolean {
    return SOURCES[source].dimensions[dimension] !== undefined
}

/**
 * The GlideAggregate of a source for a period and a dimension, or `null` when the source does not apply to the
 * dimension or nothing can match (benefit periods not due yet).
 * @example sourceSpec('incidents_opened_p1_p2', month, 'business_service', context)
 * //=> { source: 'incidents_opened_p1_p2', table: 'incident', groupBy: ['business_service'], aggregates: [{ fn: 'COUNT' }],
 * //     query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^priorityIN1,2^state!=8' }
 */
export function sourceSpec(
    source: SourceId,
    period: FiscalPeriod,
    dimension: Dimension,
    context: SourceContext
): AggregateSpec | null {
    const def = SOURCES[source]
    const groupBy = def.dimensions[dimension]
    if (groupBy === undefined) return null
    const query = def.query(period, context)
    if (query === null) return null
    return { source, table: def.table, query, groupBy, aggregates: def.aggregates }
}

/** The records behind a number: a table and an encoded query (the platform's list view shows them). */
export interface RecordsQuery {
    readonly table: string
    readonly query: string
}

/** Narrows every `^NQ` alternative of a query to the records whose first non-empty column of `columns` is `key`. */
function narrowToKey(query: string, columns: readonly string[], key: string): string {
    const value = key.replace(/\^/g, '')
    return query
        .split('^NQ')
        .flatMap((segment) =>
            columns.map((column, i) => {
                const before = columns.slice(0, i).map((c) => `^${c}ISEMPTY`)
                return `${segment}${before.join('')}^${column}=${value}`
            })
        )
        .join('^NQ')
}

/**
 * The records a source aggregates for one key of a dimension: the source's table and its query for the period,
 * narrowed to the key the way the roll-up groups them (a dimension read from alternative columns keys a record by
 * the first non-empty one: `a=K`, or `a` empty and `b=K`). So the list view of the answer holds exactly the records
 * the roll-up counted for that key. The `all` dimension ignores `key`; `null` when the source does not apply to the
 * dimension, nothing can match, or a keyed dimension gets an empty key.
 * @example sourceRecords('incidents_opened_p1_p2', month, 'business_service', 'svc1', context)
 * //=> { table: 'incident',
 * //     query: 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^priorityIN1,2^state!=8^business_service=svc1' }
 */
export function sourceRecords(
    source: SourceId,
    period: FiscalPeriod,
    dimension: Dimension,
    key: string,
    context: SourceContext
): RecordsQuery | null {
    const def = SOURCES[source]
    const columns = def.dimensions[dimension]
    if (columns === undefined) return null
    const query = def.query(period, context)
    if (query === null) return null
    if (columns.length === 0) return { table: def.table, query }
    if (key.trim() === '') return null
    return { table: def.table, query: narrowToKey(query, columns, key.trim()) }
}

/**
 * The demo data set: users, groups, locations, services, the 890 incidents of the event log, business units,
 * portfolios, demands and projects, benefits and demand ratings, as plain Table API rows. No database and no HTTP: the lab seeds its SQLite from
 * it and `itvc seed --demo` posts it to an instance. Deterministic for a given `now` (and CSV).
 */
import { readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { formatCents } from '../../src/server/core/money.ts'
import { BENEFIT_TABLES, buildBenefitRecords } from './benefits.ts'
import { DAY_MS, floorToMinute, formatGlideDateTime, parseGlideDateTime } from './dates.ts'
import type { CsvIncident } from './incident-csv.ts'
import { naturalCompare, parseIncidentCsv, verifyIncidentCsv } from './incident-csv.ts'
import { DEMO_USERS, csvUserNames, demoUserFor } from './people.ts'
import { buildPortfolioRecords } from './portfolio.ts'
import { RATING_TABLES, buildRatingRecords, shippedCriterion, shippedModel, withScoringModels } from './ratings.ts'
import { DEMO_SERVICES, criticalityRank, serviceByCategory } from './services.ts'
import type { DemoService } from './services.ts'
import { demoSysId } from './sys-id.ts'
import type { DemoDataset, DemoDatasetOptions, DemoRecord } from './types.ts'
import { valueTagFor, valueTagValues } from './value-tags.ts'

/** The repository root (this file is scripts/seed/dataset.ts). */
export const REPO_ROOT = resolve(__dirname, '..', '..')

/** Default event log location, relative to the repo root. */
export const DEFAULT_CSV_PATH = '../shared/data/incident_event_log.csv'

/** The app's own tables the data set fills (behind `appTables`). Rename here when the table definitions change. */
export const APP_TABLES = {
    serviceValueProfile: {
        table: 'x_itvc_value_service_profile',
        columns: {
            service: 'service',
            hourlyRevenue: 'hourly_revenue',
            hourlyLabourCost: 'hourly_labour_cost',
            typicalUsers: 'typical_users',
            criticality: 'criticality',
            active: 'active',
        },
    },
} as const

/**
 * Every reference column the data set fills: table → column → target table. A loader uses it to remap ids (roles);
 * the tests use it to prove that references point backwards.
 */
export const DEMO_REFERENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    sys_user_has_role: { user: 'sys_user', role: 'sys_user_role' },
    sys_user_grmember: { user: 'sys_user', group: 'sys_user_group' },
    pm_portfolio: { portfolio_manager: 'sys_user', business_unit: 'business_unit' },
    cmdb_ci_service: { owned_by: 'sys_user', support_group: 'sys_user_group' },
    [APP_TABLES.serviceValueProfile.table]: { [APP_TABLES.serviceValueProfile.columns.service]: 'cmdb_ci_service' },
    incident: {
        caller_id: 'sys_user',
        opened_by: 'sys_user',
        assigned_to: 'sys_user',
        resolved_by: 'sys_user',
        assignment_group: 'sys_user_group',
        location: 'cmn_location',
        business_service: 'cmdb_ci_service',
    },
    dmn_demand: {
        portfolio: 'pm_portfolio',
        business_unit: 'business_unit',
        demand_manager: 'sys_user',
        submitter: 'sys_user',
        opened_by: 'sys_user',
        project: 'pm_project',
        [RATING_TABLES.demandModel]: shippedModel('wsjf').table,
    },
    pm_project: {
        demand: 'dmn_demand',
        primary_portfolio: 'pm_portfolio',
        business_unit: 'business_unit',
        project_manager: 'sys_user',
    },
    [BENEFIT_TABLES.benefit]: { demand: 'dmn_demand', project: 'pm_project', owner: 'sys_user' },
    [BENEFIT_TABLES.period]: { benefit: BENEFIT_TABLES.benefit, measured_by: 'sys_user' },
    [RATING_TABLES.rating]: {
        demand: 'dmn_demand',
        criterion: shippedCriterion('weighted', 'effort').table,
        assessor: 'sys_user',
    },
}

/**
 * Tables whose rows the app ships (scoring models and criteria, installed with its demo data): the data set points to
 * them by the sys_ids the build gives them (`shippedRecord`), never creates them.
 */
export const SHIPPED_TABLES: readonly string[] = [
    shippedModel('wsjf').table,
    shippedCriterion('wsjf', 'job_size').table,
]

/**
 * The sys_id a `sys_user_has_role` row carries for a role. It is not the instance's id (roles are app metadata):
 * loaders map it back to the name with {@link DEMO_ROLE_NAMES} and look the real role up.
 * @example demoRoleSysId('x_itvc_value.viewer') === demoSysId('sys_user_role', 'x_itvc_value.viewer') //=> true
 */
export function demoRoleSysId(roleName: string): string {
    return demoSysId('sys_user_role', roleName)
}

function resolveCsvPath(csvPath: string | undefined): string {
    const path = csvPath ?? DEFAULT_CSV_PATH
    return isAbsolute(path) ? path : join(REPO_ROOT, path)
}

/** Values without the empty ones (the Table API default for an omitted column is empty). */
function compact(values: Record<string, string | number | boolean | null | undefined>): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(values)) {
        if (value === null || value === undefined || value === '') continue
        out[key] = String(value)
    }
    return out
}

function incidentShortDescription(inc: CsvIncident): string {
    const where = [inc.category, inc.subcategory].filter((part) => part !== null).join(' / ') || 'Incident'
    return inc.symptom === null ? where : `${where}: ${inc.symptom}`
}

const ATTRIBUTION =
    'Source: incident event log by Amaral, Fantinato & Peres (2018), UCI Machine Learning Repository, ' +
    'https://doi.org/10.24432/C57S4H, CC BY 4.0.'

function incidentDescription(inc: CsvIncident): string {
    const lines = [
        inc.symptom === null ? null : `Symptom: ${inc.symptom}`,
        inc.cmdbCi === null ? null : `Configuration item: ${inc.cmdbCi}`,
        inc.problem === null ? null : `Problem: ${inc.problem}`,
        inc.rfc === null ? null : `Change request: ${inc.rfc}`,
        inc.causedBy === null ? null : `Caused by change: ${inc.causedBy}`,
        `Source state "${inc.sourceState}" after ${inc.events} events.`,
        ATTRIBUTION,
    ]
    return lines.filter((line) => line !== null).join('\n')
}

/**
 * Builds the demo data set. Reads the event log (checking its sha256 first; throws on a mismatch), never the clock.
 * Record order: sys_user, sys_user_has_role, sys_user_group, sys_user_grmember, cmn_location, business_unit,
 * pm_portfolio, cmdb_ci_service, service value profiles, incident, dmn_demand, pm_project, the demand → project
 * back-link updates, then exchange rates, benefits, benefit periods and demand ratings.
 * @param options - `now` is required; see {@link DemoDatasetOptions}
 * @returns the records, the demo logins and counts
 * @example buildDemoDataset({ now: new Date('2026-11-30T12:00:00Z') }).summary.incident //=> 890
 */
export function buildDemoDataset(options: DemoDatasetOptions): DemoDataset {
    if (!(options.now instanceof Date) || Number.isNaN(options.now.getTime())) {
        throw new TypeError('buildDemoDataset: options.now must be a valid Date')
    }
    if (
        options.shiftTo !== undefined &&
        (!(options.shiftTo instanceof Date) || Number.isNaN(options.shiftTo.getTime()))
    ) {
        throw new TypeError('buildDemoDataset: options.shiftTo must be a valid Date')
    }
    const now = floorToMinute(options.now.getTime())
    const valueTags = options.valueTags ?? true
    const appTables = options.appTables ?? true

    const csvPath = resolveCsvPath(options.csvPath)
    const bytes = readFileSync(csvPath)
    verifyIncidentCsv(bytes, csvPath)
    const csv = parseIncidentCsv(bytes.toString('utf8'))

    // Date shift. With shiftTo: one constant for every date-time, the latest opened_at lands on shiftTo. Without it
    // (the default), the event log's incidents, which all open within three days, are spread over the last twelve
    // months: each incident moves by its own whole-minute offset, so its own durations are kept, and nothing of it
    // lies after `now` (its last date lands at least a week before).
    const openedTimes = csv.incidents.map((inc) => (inc.openedAt === null ? null : parseGlideDateTime(inc.openedAt)))
    const latestOpened = Math.max(...openedTimes.filter((t): t is number => t !== null))
    const target = floorToMinute(options.shiftTo?.getTime() ?? now - 30 * DAY_MS)
    const shift = Number.isFinite(latestOpened) ? target - latestOpened : 0
    const spread = options.shiftTo === undefined
    let incidentShift = shift
    const shifted = (value: string | null): number | null => {
        const ms = value === null ? null : parseGlideDateTime(value)
        return ms === null ? null : ms + incidentShift
    }
    const spreadShift = (inc: CsvIncident): number => {
        const times = [inc.openedAt, inc.resolvedAt, inc.closedAt, inc.updatedOn, inc.createdOn]
            .map((t) => (t === null ? null : parseGlideDateTime(t)))
            .filter((t): t is number => t !== null)
        const opened = inc.openedAt === null ? null : parseGlideDateTime(inc.openedAt)
        if (opened === null || times.length === 0) return shift
        const span = Math.max(...times) - opened
        const earliest = now - 365 * DAY_MS
        const latest = Math.max(earliest, now - 7 * DAY_MS - span)
        const fraction = Number.parseInt(demoSysId('spread', inc.number).slice(0, 8), 16) / 0x100000000
        return floorToMinute(earliest + fraction * (latest - earliest)) - opened
    }
    const fmt = (ms: number | null): string | null => (ms === null ? null : formatGlideDateTime(ms))

    const records: DemoRecord[] = []
    const idCache = new Map<string, string>()
    const cachedId = (table: string, key: string): string => {
        const cacheKey = `${table}\u0000${key}`
        let id = idCache.get(cacheKey)
        if (id === undefined) {
            id = demoSysId(table, key)
            idCache.set(cacheKey, id)
        }
        return id
    }
    const userId = (key: string): string => cachedId('sys_user', key)
    const userNames = new Set<string>()
    const claimUserName = (userName: string, key: string): void => {
        if (userNames.has(userName)) throw new Error(`demo data: user_name "${userName}" (${key}) is not unique`)
        userNames.add(userName)
    }

    // Demo logins, then the CSV's people.
    for (const user of DEMO_USERS) {
        claimUserName(user.userName, user.userName)
        records.push({
            table: 'sys_user',
            sysId: userId(user.userName),
            values: {
                user_name: user.userName,
                first_name: user.firstName,
                last_name: user.lastName,
                email: `${user.userName}@example.com`,
                title: user.title,
                user_password: user.password,
                active: 'true',
            },
        })
    }
    const csvUserName = new Map<string, string>()
    for (const name of csv.directory.people) {
        const names = csvUserNames(name)
        claimUserName(names.userName, name)
        csvUserName.set(name, names.userName)
        records.push({
            table: 'sys_user',
            sysId: userId(name),
            values: compact({
                user_name: names.userName,
                first_name: names.firstName,
                last_name: names.lastName,
                email: `${names.userName}@example.com`,
                active: 'true',
            }),
        })
    }

    // Roles: demo logins get theirs; people who worked incidents get itil (the assigned_to qualifier).
    const grant = (userKey: string, userName: string, role: string): void => {
        records.push({
            table: 'sys_user_has_role',
            sysId: demoSysId('sys_user_has_role', `${userName}|${role}`),
            values: { user: userId(userKey), role: cachedId('sys_user_role', role), state: 'active' },
        })
    }
    for (const user of DEMO_USERS) for (const role of user.roles) grant(user.userName, user.userName, role)
    for (const name of csv.directory.agents) grant(name, csvUserName.get(name) ?? name, 'itil')

    // Groups, memberships, locations.
    const groupId = (name: string): string => cachedId('sys_user_group', name)
    for (const name of csv.directory.groups) {
        records.push({
            table: 'sys_user_group',
            sysId: groupId(name),
            values: { name, description: 'Assignment group of the incident event log', active: 'true' },
        })
    }
    for (const { group, user } of csv.directory.memberships) {
        records.push({
            table: 'sys_user_grmember',
            sysId: demoSysId('sys_user_grmember', `${group}|${user}`),
            values: { group: groupId(group), user: userId(user) },
        })
    }
    for (const name of csv.directory.locations) {
        records.push({ table: 'cmn_location', sysId: cachedId('cmn_location', name), values: { name } })
    }

    // Organisation and portfolios (demands and projects come after the incidents).
    const portfolio = buildPortfolioRecords(now)
    records.push(...portfolio.organisation)

    // Services: categories dealt over the 8 services; support group = the busiest group of the service's incidents.
    const categoryCounts = new Map<string, number>()
    for (const inc of csv.incidents) {
        if (inc.category !== null) categoryCounts.set(inc.category, (categoryCounts.get(inc.category) ?? 0) + 1)
    }
    const serviceOfCategory = serviceByCategory(categoryCounts)
    const serviceByName = new Map(DEMO_SERVICES.map((s) => [s.name, s] as const))
    const serviceOf = (inc: CsvIncident): DemoService | null =>
        inc.category === null ? null : (serviceByName.get(serviceOfCategory.get(inc.category) ?? '') ?? null)
    const serviceId = (name: string): string => cachedId('cmdb_ci_service', name)
    const serviceOwner = userId(demoUserFor('x_itvc_value.portfolio_owner').userName)
    for (const service of DEMO_SERVICES) {
        const groupCounts = new Map<string, number>()
        for (const inc of csv.incidents) {
            if (inc.assignmentGroup !== null && serviceOf(inc) === service) {
                groupCounts.set(inc.assignmentGroup, (groupCounts.get(inc.assignmentGroup) ?? 0) + 1)
            }
        }
        const busiest = [...groupCounts.entries()].sort(([a, ca], [b, cb]) => cb - ca || naturalCompare(a, b))[0]
        records.push({
            table: 'cmdb_ci_service',
            sysId: serviceId(service.name),
            values: compact({
                name: service.name,
                short_description: service.description,
                busines_criticality: service.businessCriticality,
                used_for: 'Production',
                service_classification: 'Business Service',
                operational_status: '1',
                owned_by: serviceOwner,
                support_group: busiest ? groupId(busiest[0]) : null,
            }),
        })
    }
    if (appTables) {
        const profile = APP_TABLES.serviceValueProfile
        for (const service of DEMO_SERVICES) {
            records.push({
                table: profile.table,
                sysId: demoSysId(profile.table, service.name),
                values: {
                    [profile.columns.service]: serviceId(service.name),
                    [profile.columns.hourlyRevenue]: formatCents(service.hourlyRevenueCents),
                    [profile.columns.hourlyLabourCost]: formatCents(service.hourlyLabourCostCents),
                    [profile.columns.typicalUsers]: String(service.typicalUsers),
                    [profile.columns.criticality]: String(criticalityRank(service.businessCriticality)),
                    [profile.columns.active]: 'true',
                },
            })
        }
    }

    // Incidents: the last event of each, shifted, references as sys_ids.
    let tagged = 0
    let future = 0
    for (const inc of csv.incidents) {
        if (spread) incidentShift = spreadShift(inc)
        const openedAt = shifted(inc.openedAt)
        const resolvedAt = shifted(inc.resolvedAt)
        const closedAt = shifted(inc.closedAt)
        const updatedOn = shifted(inc.updatedOn)
        const createdOn = shifted(inc.createdOn) ?? openedAt
        const service = serviceOf(inc)
        if ([openedAt, resolvedAt, closedAt, updatedOn, createdOn].some((t) => t !== null && t > now)) future++
        const person = (name: string | null): string | null => (name === null ? null : userId(name))
        const login = (name: string | null): string | null => (name === null ? null : (csvUserName.get(name) ?? null))
        const values = compact({
            number: inc.number,
            short_description: incidentShortDescription(inc),
            description: incidentDescription(inc),
            state: inc.state,
            incident_state: inc.state,
            hold_reason: inc.holdReason,
            active: inc.active,
            impact: inc.impact,
            urgency: inc.urgency,
            priority: inc.priority,
            category: inc.category,
            subcategory: inc.subcategory,
            caller_id: person(inc.caller),
            opened_by: person(inc.openedBy),
            opened_at: fmt(openedAt),
            contact_type: inc.contactType,
            notify: inc.notify,
            location: inc.location === null ? null : cachedId('cmn_location', inc.location),
            business_service: service === null ? null : serviceId(service.name),
            assignment_group: inc.assignmentGroup === null ? null : groupId(inc.assignmentGroup),
            assigned_to: person(inc.assignedTo),
            reassignment_count: inc.reassignmentCount,
            reopen_count: inc.reopenCount,
            made_sla: inc.madeSla,
            knowledge: inc.knowledge,
            close_code: inc.closeCode,
            close_notes:
                inc.closeCode === null ? null : `Resolution code "${inc.closeCode}" from the source event log.`,
            resolved_by: person(inc.resolvedBy),
            resolved_at: fmt(resolvedAt),
            closed_at: fmt(closedAt),
            sys_created_on: fmt(createdOn),
            sys_created_by: login(inc.createdBy),
            sys_updated_on: fmt(updatedOn),
            sys_updated_by: login(inc.updatedBy),
            sys_mod_count: inc.sysModCount,
        })
        if (valueTags) {
            const tag = valueTagFor({
                number: inc.number,
                priority: inc.priority,
                impact: inc.impact,
                reassignmentCount: inc.reassignmentCount,
                service,
                openedAt,
                resolvedAt,
                closedAt,
            })
            if (tag) {
                Object.assign(values, valueTagValues(tag))
                tagged++
            }
        }
        records.push({ table: 'incident', sysId: demoSysId('incident', inc.number), values })
    }

    // Demands keep the default scoring model unless the data set names one (app column: with appTables only).
    const work = appTables ? withScoringModels(portfolio.work) : portfolio.work
    records.push(...work)
    // Benefit tracking (app tables): exchange rates, benefits of the demands and projects, their periods.
    if (appTables) records.push(...buildBenefitRecords(now, work))
    // Demand scoring (app tables): the ratings, last, so the app's rules score the demands and their projects.
    if (appTables) records.push(...buildRatingRecords(work))

    const summary: Record<string, number> = {}
    for (const record of records) {
        if (!record.update) summary[record.table] = (summary[record.table] ?? 0) + 1
    }
    summary['updates'] = records.filter((r) => r.update).length
    summary['csv.events'] = csv.eventCount
    summary['incident.value_tagged'] = tagged
    summary['incident.after_now'] = future
    summary['incident.shift_days'] = spread ? 0 : Math.round((shift / DAY_MS) * 100) / 100

    return {
        records,
        users: DEMO_USERS.map((u) => ({ userName: u.userName, password: u.password, roles: [...u.roles] })),
        summary,
    }
}

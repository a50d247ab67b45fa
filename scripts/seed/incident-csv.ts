/**
 * The incident event log (`shared/data/incident_event_log.csv`, see `shared/data/README.md`): integrity check and a
 * pure parser that replays the events into one record state per incident (the last event wins), with the README's
 * value mappings applied. References stay natural keys (`'Caller 2403'`); the data set builder turns them into sys_ids.
 */
import { createHash } from 'node:crypto'
import { formatGlideDateTime, parseCsvDateTime } from './dates.ts'

/** sha256 of the pinned CSV (README "Integrity"). */
export const INCIDENT_CSV_SHA256 = '85eb91cbd6ac7a7fab7640a844acec20e0a40a9ff6c7fc66f67439e413d7d5e3'

/**
 * Throws when the bytes do not hash to the expected sha256 (the file was changed or is another file).
 * @example verifyIncidentCsv(readFileSync(path), path) // throws on a tampered copy
 */
export function verifyIncidentCsv(bytes: Uint8Array, source = 'incident CSV', expected = INCIDENT_CSV_SHA256): void {
    const actual = createHash('sha256').update(bytes).digest('hex')
    if (actual !== expected) {
        throw new Error(
            `${source}: sha256 mismatch (expected ${expected}, got ${actual}). The event log is read-only demo data: ` +
                'restore the pinned file (shared/data/README.md) instead of editing it.'
        )
    }
}

/** CSV `incident_state` label → incident `state` (README mapping; every `Awaiting …` label is On Hold). */
export const INCIDENT_STATE_BY_LABEL: Readonly<Record<string, number>> = {
    New: 1,
    Active: 2,
    Resolved: 6,
    Closed: 7,
}

/** On Hold reason per `Awaiting …` label; any other `Awaiting …` label gets `5`. */
export const HOLD_REASON_BY_LABEL: Readonly<Record<string, number>> = {
    'Awaiting User Info': 1,
    'Awaiting Problem': 3,
    'Awaiting Vendor': 4,
}

/** Hold reason for an `Awaiting …` label without its own entry in {@link HOLD_REASON_BY_LABEL}. */
export const DEFAULT_HOLD_REASON = 5

/** CSV `notify` label → stored integer. */
export const NOTIFY_BY_LABEL: Readonly<Record<string, number>> = {
    'Do Not Notify': 1,
    'Send Email': 2,
    'Send SMS': 3,
}

/** Incident state values used by the mapping. */
export const STATE_RESOLVED = 6
export const STATE_CLOSED = 7

/**
 * Maps a CSV `incident_state` label to `state` and `hold_reason`; `null` for an unknown label.
 * @example incidentStateOf('Awaiting Vendor') //=> { state: 3, holdReason: 4 }
 * @example incidentStateOf('Closed') //=> { state: 7, holdReason: null }
 */
export function incidentStateOf(label: string): { state: number; holdReason: number | null } | null {
    const state = INCIDENT_STATE_BY_LABEL[label]
    if (state !== undefined) return { state, holdReason: null }
    if (/^Awaiting\b/.test(label)) return { state: 3, holdReason: HOLD_REASON_BY_LABEL[label] ?? DEFAULT_HOLD_REASON }
    return null
}

/** The record state of one incident: its last event, mapped. Dates are UTC `yyyy-MM-dd HH:mm:ss`, not yet shifted. */
export interface CsvIncident {
    readonly number: string
    /** Events of this incident in the file. */
    readonly events: number
    /** The CSV `incident_state` label of the last event (the platform's integer choice cannot hold it). */
    readonly sourceState: string
    readonly state: number
    /** Set only in On Hold (3). */
    readonly holdReason: number | null
    readonly active: boolean | null
    readonly reassignmentCount: number | null
    readonly reopenCount: number | null
    readonly sysModCount: number | null
    readonly madeSla: boolean | null
    readonly knowledge: boolean | null
    readonly priorityConfirmed: boolean | null
    readonly caller: string | null
    readonly openedBy: string | null
    readonly openedAt: string | null
    readonly createdBy: string | null
    readonly createdOn: string | null
    readonly updatedBy: string | null
    readonly updatedOn: string | null
    /** Stored value (`phone`). */
    readonly contactType: string | null
    readonly notify: number | null
    readonly location: string | null
    readonly category: string | null
    readonly subcategory: string | null
    readonly symptom: string | null
    readonly cmdbCi: string | null
    readonly problem: string | null
    readonly rfc: string | null
    readonly causedBy: string | null
    readonly vendor: string | null
    readonly impact: number | null
    readonly urgency: number | null
    readonly priority: number | null
    readonly assignmentGroup: string | null
    readonly assignedTo: string | null
    /** Exposed from Resolved (6) on; the CSV carries it on every event ("enriched"). */
    readonly closeCode: string | null
    readonly resolvedBy: string | null
    readonly resolvedAt: string | null
    /** Exposed only in Closed (7). */
    readonly closedAt: string | null
}

/** Everyone and everything the events name, across all events (not only the last ones), in natural order. */
export interface CsvDirectory {
    /** Names in any user column: caller_id, opened_by, sys_created_by, sys_updated_by, assigned_to, resolved_by. */
    readonly people: readonly string[]
    /** People who worked incidents (assigned_to, resolved_by). */
    readonly agents: readonly string[]
    readonly groups: readonly string[]
    readonly locations: readonly string[]
    /** (assignment_group, assigned_to) pairs seen on one event. */
    readonly memberships: readonly { readonly group: string; readonly user: string }[]
}

/** Result of {@link parseIncidentCsv}. */
export interface ParsedIncidentCsv {
    readonly eventCount: number
    /** One per incident, in order of first appearance. */
    readonly incidents: readonly CsvIncident[]
    readonly directory: CsvDirectory
}

const NULL = '?'
const PERSON_COLUMNS = ['caller_id', 'opened_by', 'sys_created_by', 'sys_updated_by', 'assigned_to', 'resolved_by']
const AGENT_COLUMNS = ['assigned_to', 'resolved_by']

interface NaturalKey {
    readonly prefix: string
    readonly n: number
    readonly name: string
}

function naturalKey(name: string): NaturalKey {
    const m = /^(.*?)(\d+)$/.exec(name)
    return m ? { prefix: m[1] ?? '', n: Number(m[2]), name } : { prefix: name, n: -1, name }
}

function compareKeys(a: NaturalKey, b: NaturalKey): number {
    if (a.prefix !== b.prefix) return a.prefix < b.prefix ? -1 : 1
    if (a.n !== b.n) return a.n - b.n
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

/**
 * Orders anonymised names naturally: by the text before the trailing number, then by that number
 * (`Caller 9` before `Caller 10`). A total order, so sorting is stable across runs.
 * @example ['Caller 10', 'Caller 9'].sort(naturalCompare) //=> ['Caller 9', 'Caller 10']
 */
export function naturalCompare(a: string, b: string): number {
    return compareKeys(naturalKey(a), naturalKey(b))
}

/** Sorts names with {@link naturalCompare}, parsing each name once. */
function naturalSort(names: readonly string[]): string[] {
    return names
        .map(naturalKey)
        .sort(compareKeys)
        .map((k) => k.name)
}

/** Reads the cells of one event by column name; absent columns read as `?`. Errors carry the line number. */
class EventRow {
    constructor(
        private readonly cells: readonly string[],
        private readonly index: ReadonlyMap<string, number>,
        readonly line: number
    ) {}

    raw(column: string): string {
        const i = this.index.get(column)
        return i === undefined ? NULL : (this.cells[i] ?? NULL)
    }

    text(column: string): string | null {
        const value = this.raw(column)
        return value === NULL || value === '' ? null : value
    }

    fail(column: string, what: string): never {
        throw new Error(`incident CSV line ${this.line}, ${column}: ${what} (got "${this.raw(column)}")`)
    }

    bool(column: string): boolean | null {
        const value = this.text(column)
        if (value === null) return null
        if (value === 'TRUE') return true
        if (value === 'FALSE') return false
        return this.fail(column, 'expected TRUE, FALSE or ?')
    }

    int(column: string): number | null {
        const value = this.text(column)
        if (value === null) return null
        if (!/^-?\d+$/.test(value)) return this.fail(column, 'expected an integer')
        return Number(value)
    }

    /** `2 - Medium` → 2. */
    choice(column: string): number | null {
        const value = this.text(column)
        if (value === null) return null
        const m = /^(\d+) - \S/.exec(value)
        if (!m) return this.fail(column, 'expected "<n> - <label>"')
        return Number(m[1])
    }

    /** `dd-mm-yyyy HH:MM` → `yyyy-MM-dd HH:mm:00`. */
    dateTime(column: string): string | null {
        const value = this.text(column)
        if (value === null) return null
        const ms = parseCsvDateTime(value)
        if (ms === null) return this.fail(column, 'expected a date-time dd-mm-yyyy HH:MM')
        return formatGlideDateTime(ms)
    }
}

function toIncident(row: EventRow, events: number): CsvIncident {
    const number = row.text('number') ?? row.fail('number', 'missing incident number')
    const sourceState = row.text('incident_state') ?? row.fail('incident_state', 'missing state')
    const mapped = incidentStateOf(sourceState) ?? row.fail('incident_state', 'unknown state label')
    const resolved = mapped.state === STATE_RESOLVED || mapped.state === STATE_CLOSED
    const closed = mapped.state === STATE_CLOSED
    const notify = row.text('notify')
    return {
        number,
        events,
        sourceState,
        state: mapped.state,
        holdReason: mapped.holdReason,
        active: row.bool('active'),
        reassignmentCount: row.int('reassignment_count'),
        reopenCount: row.int('reopen_count'),
        sysModCount: row.int('sys_mod_count'),
        madeSla: row.bool('made_sla'),
        knowledge: row.bool('knowledge'),
        priorityConfirmed: row.bool('u_priority_confirmation'),
        caller: row.text('caller_id'),
        openedBy: row.text('opened_by'),
        openedAt: row.dateTime('opened_at'),
        createdBy: row.text('sys_created_by'),
        createdOn: row.dateTime('sys_created_at'),
        updatedBy: row.text('sys_updated_by'),
        updatedOn: row.dateTime('sys_updated_at'),
        contactType: row.text('contact_type')?.toLowerCase() ?? null,
        notify: notify === null ? null : (NOTIFY_BY_LABEL[notify] ?? null),
        location: row.text('location'),
        category: row.text('category'),
        subcategory: row.text('subcategory'),
        symptom: row.text('u_symptom'),
        cmdbCi: row.text('cmdb_ci'),
        problem: row.text('problem_id'),
        rfc: row.text('rfc'),
        causedBy: row.text('caused_by'),
        vendor: row.text('vendor'),
        impact: row.choice('impact'),
        urgency: row.choice('urgency'),
        priority: row.choice('priority'),
        assignmentGroup: row.text('assignment_group'),
        assignedTo: row.text('assigned_to'),
        closeCode: resolved ? row.text('closed_code') : null,
        resolvedBy: resolved ? row.text('resolved_by') : null,
        resolvedAt: resolved ? row.dateTime('resolved_at') : null,
        closedAt: closed ? row.dateTime('closed_at') : null,
    }
}

/**
 * Parses the event log text (any line ending; a plain split on `,`, as the README allows) and replays it into one
 * record state per incident: the last event in file order wins, and the enriched resolution fields are exposed only
 * once that state reached them (`close_code`, `resolved_by`, `resolved_at` from Resolved on, `closed_at` at Closed).
 * Only `number` and `incident_state` columns are required; missing columns read as `?`. Throws on malformed input
 * with the line number.
 * @param text - the whole CSV, header first
 * @returns incidents in order of first appearance, the event count and the names the events use
 * @example parseIncidentCsv('number,incident_state\nINC1,New\nINC1,Active\n').incidents[0].state //=> 2
 */
export function parseIncidentCsv(text: string): ParsedIncidentCsv {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
    const header = (lines[0] ?? '').split(',').map((h) => h.trim())
    const index = new Map(header.map((name, i) => [name, i] as const))
    for (const required of ['number', 'incident_state']) {
        if (!index.has(required)) throw new Error(`incident CSV: the header has no "${required}" column`)
    }

    const column = (name: string): number => index.get(name) ?? -1
    const numberAt = column('number')
    const personAt = PERSON_COLUMNS.map((name) => ({ at: column(name), agent: AGENT_COLUMNS.includes(name) }))
    const groupAt = column('assignment_group')
    const locationAt = column('location')
    const assigneeAt = column('assigned_to')
    const valueAt = (cells: readonly string[], at: number): string | null => {
        const value = at < 0 ? NULL : (cells[at] ?? NULL)
        return value === NULL || value === '' ? null : value
    }

    const last = new Map<string, { cells: string[]; line: number; events: number }>()
    const people = new Set<string>()
    const agents = new Set<string>()
    const groups = new Set<string>()
    const locations = new Set<string>()
    const memberships = new Map<string, { group: string; user: string }>()

    for (let i = 1; i < lines.length; i++) {
        const cells = (lines[i] ?? '').split(',')
        if (cells.length !== header.length) {
            throw new Error(`incident CSV line ${i + 1}: expected ${header.length} fields, got ${cells.length}`)
        }
        const number =
            valueAt(cells, numberAt) ?? new EventRow(cells, index, i + 1).fail('number', 'missing incident number')
        last.set(number, { cells, line: i + 1, events: (last.get(number)?.events ?? 0) + 1 })

        for (const { at, agent } of personAt) {
            const name = valueAt(cells, at)
            if (name === null) continue
            people.add(name)
            if (agent) agents.add(name)
        }
        const group = valueAt(cells, groupAt)
        const location = valueAt(cells, locationAt)
        const assignee = valueAt(cells, assigneeAt)
        if (group !== null) groups.add(group)
        if (location !== null) locations.add(location)
        if (group !== null && assignee !== null) memberships.set(`${group}\u0000${assignee}`, { group, user: assignee })
    }

    const sorted = (names: Set<string>): string[] => naturalSort([...names])
    return {
        eventCount: lines.length - 1,
        incidents: [...last.values()].map(({ cells, line, events }) =>
            toIncident(new EventRow(cells, index, line), events)
        ),
        directory: {
            people: sorted(people),
            agents: sorted(agents),
            groups: sorted(groups),
            locations: sorted(locations),
            memberships: [...memberships.values()]
                .map((m) => ({ m, group: naturalKey(m.group), user: naturalKey(m.user) }))
                .sort((a, b) => compareKeys(a.group, b.group) || compareKeys(a.user, b.user))
                .map(({ m }) => m),
        },
    }
}

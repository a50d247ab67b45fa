import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
    INCIDENT_CSV_SHA256,
    incidentStateOf,
    naturalCompare,
    parseIncidentCsv,
    verifyIncidentCsv,
} from '../../scripts/seed/incident-csv.ts'

const CSV_PATH = join(__dirname, '..', '..', '..', 'shared', 'data', 'incident_event_log.csv')

/** A small event log: the named columns only, CRLF like the real file. */
function csv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
    return [columns, ...rows].map((cells) => cells.join(',')).join('\r\n') + '\r\n'
}

const ENRICHED = ['number', 'incident_state', 'closed_code', 'resolved_by', 'resolved_at', 'closed_at']
const FUTURE = ['code 6', 'Resolved by 149', '01-03-2016 10:00', '06-03-2016 12:00']

describe('incidentStateOf', () => {
    it.each([
        ['New', 1, null],
        ['Active', 2, null],
        ['Awaiting User Info', 3, 1],
        ['Awaiting Problem', 3, 3],
        ['Awaiting Vendor', 3, 4],
        ['Awaiting Evidence', 3, 5],
        ['Resolved', 6, null],
        ['Closed', 7, null],
    ])('maps %s to state %d, hold reason %p', (label, state, holdReason) => {
        expect(incidentStateOf(label)).toEqual({ state, holdReason })
    })

    it('returns null for an unknown label', () => {
        expect(incidentStateOf('Canceled')).toBeNull()
    })
})

describe('parseIncidentCsv', () => {
    it('keeps the last event of each incident, in order of first appearance', () => {
        const parsed = parseIncidentCsv(
            csv(
                ['number', 'incident_state', 'sys_mod_count'],
                [
                    ['INC2', 'New', '0'],
                    ['INC1', 'New', '0'],
                    ['INC2', 'Active', '1'],
                    ['INC1', 'Awaiting Vendor', '3'],
                ]
            )
        )
        expect(parsed.eventCount).toBe(4)
        expect(parsed.incidents.map((i) => [i.number, i.state, i.holdReason, i.sysModCount, i.events])).toEqual([
            ['INC2', 2, null, 1, 2],
            ['INC1', 3, 4, 3, 2],
        ])
        expect(parsed.incidents[1]?.sourceState).toBe('Awaiting Vendor')
    })

    it('hides the enriched resolution fields before Resolved', () => {
        const parsed = parseIncidentCsv(
            csv(ENRICHED, [
                ['INC1', 'New', ...FUTURE],
                ['INC1', 'Active', ...FUTURE],
            ])
        )
        expect(parsed.incidents[0]).toMatchObject({
            state: 2,
            closeCode: null,
            resolvedBy: null,
            resolvedAt: null,
            closedAt: null,
        })
    })

    it('hides them in On Hold too', () => {
        const parsed = parseIncidentCsv(csv(ENRICHED, [['INC1', 'Awaiting User Info', ...FUTURE]]))
        expect(parsed.incidents[0]).toMatchObject({ state: 3, holdReason: 1, closeCode: null, resolvedAt: null })
    })

    it('exposes the resolution but not closed_at in Resolved', () => {
        const parsed = parseIncidentCsv(
            csv(ENRICHED, [
                ['INC1', 'New', ...FUTURE],
                ['INC1', 'Resolved', ...FUTURE],
            ])
        )
        expect(parsed.incidents[0]).toMatchObject({
            state: 6,
            closeCode: 'code 6',
            resolvedBy: 'Resolved by 149',
            resolvedAt: '2016-03-01 10:00:00',
            closedAt: null,
        })
    })

    it('exposes closed_at in Closed', () => {
        const parsed = parseIncidentCsv(csv(ENRICHED, [['INC1', 'Closed', ...FUTURE]]))
        expect(parsed.incidents[0]).toMatchObject({ state: 7, closedAt: '2016-03-06 12:00:00' })
    })

    it('maps ? to null, TRUE/FALSE to booleans, numbered labels to their integer and dates to UTC', () => {
        const parsed = parseIncidentCsv(
            csv(
                [
                    'number',
                    'incident_state',
                    'active',
                    'made_sla',
                    'impact',
                    'urgency',
                    'priority',
                    'opened_at',
                    'location',
                ],
                [['INC1', 'New', 'TRUE', 'FALSE', '1 - High', '2 - Medium', '2 - High', '29-02-2016 01:16', '?']]
            )
        )
        expect(parsed.incidents[0]).toMatchObject({
            active: true,
            madeSla: false,
            impact: 1,
            urgency: 2,
            priority: 2,
            openedAt: '2016-02-29 01:16:00',
            location: null,
        })
    })

    it('reads absent columns as ?', () => {
        const parsed = parseIncidentCsv(csv(['number', 'incident_state'], [['INC1', 'New']]))
        expect(parsed.incidents[0]).toMatchObject({ caller: null, priority: null, active: null, openedAt: null })
    })

    it('maps contact type and notify to their stored values', () => {
        const parsed = parseIncidentCsv(
            csv(['number', 'incident_state', 'contact_type', 'notify'], [['INC1', 'New', 'Phone', 'Do Not Notify']])
        )
        expect(parsed.incidents[0]).toMatchObject({ contactType: 'phone', notify: 1 })
    })

    it('lists people, agents, groups, locations and memberships across all events, double spaces kept', () => {
        const parsed = parseIncidentCsv(
            csv(
                ['number', 'incident_state', 'caller_id', 'opened_by', 'assigned_to', 'assignment_group', 'location'],
                [
                    ['INC1', 'New', 'Caller 10', 'Opened by  8', '?', 'Group 2', 'Location 1'],
                    ['INC1', 'Active', 'Caller 10', 'Opened by  8', 'Resolver 3', 'Group 2', 'Location 1'],
                    ['INC2', 'New', 'Caller 9', '?', 'Resolver 3', 'Group 10', '?'],
                ]
            )
        )
        expect(parsed.directory).toEqual({
            people: ['Caller 9', 'Caller 10', 'Opened by  8', 'Resolver 3'],
            agents: ['Resolver 3'],
            groups: ['Group 2', 'Group 10'],
            locations: ['Location 1'],
            memberships: [
                { group: 'Group 2', user: 'Resolver 3' },
                { group: 'Group 10', user: 'Resolver 3' },
            ],
        })
    })

    it('accepts LF line endings and no trailing newline', () => {
        expect(parseIncidentCsv('number,incident_state\nINC1,New\nINC1,Closed').incidents[0]?.state).toBe(7)
    })

    it('throws with the line number when a line has the wrong field count', () => {
        expect(() => parseIncidentCsv('number,incident_state\r\nINC1,New\r\nINC1,New,extra\r\n')).toThrow(
            'incident CSV line 3: expected 2 fields, got 3'
        )
    })

    it('throws on an unknown state label', () => {
        expect(() => parseIncidentCsv('number,incident_state\nINC1,Canceled\n')).toThrow(/line 2, incident_state/)
    })

    it('throws on a malformed boolean, choice or date', () => {
        expect(() => parseIncidentCsv('number,incident_state,active\nINC1,New,yes\n')).toThrow(/active/)
        expect(() => parseIncidentCsv('number,incident_state,priority\nINC1,New,High\n')).toThrow(/priority/)
        expect(() => parseIncidentCsv('number,incident_state,opened_at\nINC1,New,2016-02-29\n')).toThrow(/opened_at/)
    })

    it('throws when the header lacks number or incident_state', () => {
        expect(() => parseIncidentCsv('number,state\nINC1,New\n')).toThrow('no "incident_state" column')
    })

    it('does not mutate or depend on anything but its input', () => {
        const text = csv(['number', 'incident_state'], [['INC1', 'New']])
        expect(parseIncidentCsv(text)).toEqual(parseIncidentCsv(text))
    })
})

describe('naturalCompare', () => {
    it('orders trailing numbers numerically and is a total order', () => {
        expect(['A 10', 'A 9', 'A 1b', 'B 1', 'A 9'].sort(naturalCompare)).toEqual([
            'A 9',
            'A 9',
            'A 10',
            'A 1b',
            'B 1',
        ])
    })
})

describe('the pinned event log', () => {
    const bytes = readFileSync(CSV_PATH)
    const parsed = parseIncidentCsv(bytes.toString('utf8'))

    it('has the sha256 the README pins', () => {
        expect(() => verifyIncidentCsv(bytes)).not.toThrow()
    })

    it('refuses bytes with another sha256', () => {
        const tampered = Buffer.from(bytes)
        tampered[100] = tampered[100] === 0x31 ? 0x32 : 0x31
        expect(() => verifyIncidentCsv(tampered, 'copy.csv')).toThrow(
            `copy.csv: sha256 mismatch (expected ${INCIDENT_CSV_SHA256}`
        )
    })

    it('holds 5,998 events of 890 incidents, INC0000045 … INC0001434', () => {
        expect(parsed.eventCount).toBe(5998)
        expect(parsed.incidents).toHaveLength(890)
        expect(parsed.incidents[0]?.number).toBe('INC0000045')
        expect(parsed.incidents[889]?.number).toBe('INC0001434')
    })

    it('ends every incident Closed', () => {
        expect(new Set(parsed.incidents.map((i) => i.state))).toEqual(new Set([7]))
    })

    it('matches the README priority profile of the record state (15/33/757/85)', () => {
        const counts: Record<number, number> = {}
        for (const i of parsed.incidents) counts[i.priority ?? 0] = (counts[i.priority ?? 0] ?? 0) + 1
        expect(counts).toEqual({ 1: 15, 2: 33, 3: 757, 4: 85 })
    })

    it('matches the README SLA and reopen profile', () => {
        expect(parsed.incidents.filter((i) => i.madeSla === true)).toHaveLength(495)
        expect(parsed.incidents.filter((i) => (i.reopenCount ?? 0) > 0)).toHaveLength(10)
    })

    it('names 639 callers and 52 groups in the record states (the README counts ? as one of them)', () => {
        expect(new Set(parsed.incidents.map((i) => i.caller)).size).toBe(639)
        expect(new Set(parsed.incidents.map((i) => i.assignmentGroup ?? '?')).size).toBe(52)
    })

    it('names 62 groups and 85 locations across all events, ? included (README profile)', () => {
        expect(parsed.directory.groups).toHaveLength(61)
        expect(parsed.directory.locations).toHaveLength(84)
    })

    it('never resolves before opening or closes before resolving', () => {
        for (const i of parsed.incidents) {
            if (i.openedAt !== null && i.resolvedAt !== null) expect(i.resolvedAt >= i.openedAt).toBe(true)
            if (i.resolvedAt !== null && i.closedAt !== null) expect(i.closedAt >= i.resolvedAt).toBe(true)
        }
    })
})

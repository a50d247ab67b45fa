import { beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseGlideDateTime } from '../../scripts/seed/dates.ts'
import {
    APP_ROLES,
    APP_TABLES,
    DEMO_REFERENCES,
    DEMO_ROLE_NAMES,
    SHIPPED_TABLES,
    VALUE_CATEGORIES,
    VALUE_TAG_COLUMNS,
    buildDemoDataset,
    demoRoleSysId,
    demoSysId,
    parseIncidentCsv,
} from '../../scripts/seed/index.ts'
import { KEYS_FILE, parseKeys } from '../../scripts/seed/shipped.ts'
import type { DemoDataset, DemoRecord } from '../../scripts/seed/index.ts'

const NOW = new Date('2026-11-30T12:00:30.500Z')
const NOW_MINUTE = Date.UTC(2026, 10, 30, 12, 0)
const DAY = 86_400_000
const CSV_PATH = join(__dirname, '..', '..', '..', 'shared', 'data', 'incident_event_log.csv')

const inserts = (ds: DemoDataset, table: string): DemoRecord[] =>
    ds.records.filter((r) => r.table === table && !r.update)
const time = (value: string | undefined): number => {
    const ms = value === undefined ? null : parseGlideDateTime(value)
    if (ms === null) throw new Error(`not a date-time: ${value}`)
    return ms
}

let ds: DemoDataset
let incidents: DemoRecord[]
beforeAll(() => {
    ds = buildDemoDataset({ now: NOW })
    incidents = inserts(ds, 'incident')
})

describe('buildDemoDataset: incidents', () => {
    it('emits the 890 incidents of the event log', () => {
        expect(incidents).toHaveLength(890)
        expect(ds.summary['incident']).toBe(890)
        expect(ds.summary['csv.events']).toBe(5998)
    })

    it('keeps the README priority profile of the record state (15/33/757/85)', () => {
        const counts: Record<string, number> = {}
        for (const r of incidents) counts[r.values['priority'] ?? ''] = (counts[r.values['priority'] ?? ''] ?? 0) + 1
        expect(counts).toEqual({ '1': 15, '2': 33, '3': 757, '4': 85 })
    })

    it('maps the last event: Closed → state 7, incident_state mirrors it, inactive, resolution exposed', () => {
        const first = incidents.find((r) => r.values['number'] === 'INC0000045')
        expect(first?.sysId).toBe(demoSysId('incident', 'INC0000045'))
        expect(first?.values).toMatchObject({
            state: '7',
            incident_state: '7',
            active: 'false',
            impact: '2',
            urgency: '2',
            priority: '3',
            close_code: 'code 5',
            caller_id: demoSysId('sys_user', 'Caller 2403'),
            opened_by: demoSysId('sys_user', 'Opened by  8'),
            resolved_by: demoSysId('sys_user', 'Resolved by 149'),
            assignment_group: demoSysId('sys_user_group', 'Group 56'),
            location: demoSysId('cmn_location', 'Location 143'),
            short_description: 'Category 55 / Subcategory 170: Symptom 72',
            sys_created_by: 'created.by.6',
            contact_type: 'phone',
            made_sla: 'true',
            knowledge: 'true',
        })
    })

    it('writes only strings, never ?, TRUE/FALSE or numbered labels, and no CSV-only columns', () => {
        const csvOnly = ['u_symptom', 'u_priority_confirmation', 'closed_code', 'sys_created_at', 'vendor']
        const bad = incidents.flatMap((r) =>
            Object.entries(r.values)
                .filter(
                    ([key, value]) =>
                        typeof value !== 'string' ||
                        value === '' ||
                        value === '?' ||
                        /^(TRUE|FALSE)$|^\d - /.test(value) ||
                        csvOnly.includes(key)
                )
                .map(([key, value]) => `${r.values['number']}.${key}=${value}`)
        )
        expect(bad).toEqual([])
    })

    it('writes every date-time as UTC yyyy-MM-dd HH:mm:00', () => {
        const columns = ['opened_at', 'resolved_at', 'closed_at', 'sys_created_on', 'sys_updated_on']
        const bad = incidents.flatMap((r) =>
            columns
                .map((key) => r.values[key])
                .filter((value) => value !== undefined && !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/.test(value))
        )
        expect(bad).toEqual([])
    })

    it('spreads the incidents over the last twelve months by default, nothing after now', () => {
        const opened = incidents.map((r) => time(r.values['opened_at']))
        expect(Math.min(...opened)).toBeGreaterThanOrEqual(NOW_MINUTE - 365 * DAY)
        const months = new Set(incidents.map((r) => (r.values['opened_at'] ?? '').slice(0, 7)))
        expect(months.size).toBeGreaterThanOrEqual(12)
        expect(ds.summary['incident.after_now']).toBe(0)
    })

    it('moves the latest opened_at to shiftTo (floored to the minute) when given', () => {
        const shiftTo = new Date('2026-06-15T09:30:45Z')
        const shiftedSet = buildDemoDataset({ now: NOW, shiftTo, valueTags: false, appTables: false })
        const latest = Math.max(...inserts(shiftedSet, 'incident').map((r) => time(r.values['opened_at'])))
        expect(latest).toBe(Date.UTC(2026, 5, 15, 9, 30))
    })

    it("keeps each incident's own durations when spreading", () => {
        const source = new Map(parseIncidentCsv(readFileSync(CSV_PATH, 'utf8')).incidents.map((i) => [i.number, i]))
        for (const r of incidents) {
            const csv = source.get(r.values['number'] ?? '')
            if (!csv?.openedAt || !csv.closedAt) continue
            expect(time(r.values['closed_at']) - time(r.values['opened_at'])).toBe(
                time(csv.closedAt) - time(csv.openedAt)
            )
        }
    })

    it('preserves every duration of the event log when shifting', () => {
        const source = new Map(parseIncidentCsv(readFileSync(CSV_PATH, 'utf8')).incidents.map((i) => [i.number, i]))
        const shiftTo = new Date('2025-06-01T00:00:00Z')
        const incidents = inserts(buildDemoDataset({ now: NOW, shiftTo }), 'incident')
        const other = inserts(buildDemoDataset({ now: NOW, shiftTo: new Date('2025-01-01T00:00:00Z') }), 'incident')
        const columns = [
            ['opened_at', 'openedAt'],
            ['resolved_at', 'resolvedAt'],
            ['closed_at', 'closedAt'],
            ['sys_updated_on', 'updatedOn'],
        ] as const
        const againstCsv = new Set<number>()
        const betweenBuilds = new Set<number>()
        const presence: string[] = []
        incidents.forEach((r, i) => {
            const csv = source.get(r.values['number'] ?? '')
            for (const [column, field] of columns) {
                const original = csv?.[field] ?? null
                if ((r.values[column] === undefined) !== (original === null))
                    presence.push(`${r.values['number']}.${column}`)
                if (original === null) continue
                againstCsv.add(time(r.values[column]) - time(original))
                betweenBuilds.add(time(r.values[column]) - time(other[i]?.values[column]))
            }
        })
        expect(presence).toEqual([])
        expect(againstCsv.size).toBe(1)
        expect(betweenBuilds.size).toBe(1)
    })

    it('counts incidents with date-times after now (the CSV closes some incidents months after opening)', () => {
        const after = incidents.filter((r) =>
            ['opened_at', 'resolved_at', 'closed_at', 'sys_updated_on'].some(
                (key) => r.values[key] !== undefined && time(r.values[key]) > NOW_MINUTE
            )
        )
        expect(ds.summary['incident.after_now']).toBe(after.length)
        const early = buildDemoDataset({ now: NOW, shiftTo: new Date(NOW_MINUTE - 340 * DAY) })
        expect(early.summary['incident.after_now']).toBe(0)
    })

    it('links every categorised incident to one of the 8 services, and every service gets incidents', () => {
        const services = new Set(inserts(ds, 'cmdb_ci_service').map((r) => r.sysId))
        expect(services.size).toBe(8)
        const used = new Set<string>()
        for (const r of incidents) {
            if (r.values['category'] === undefined) expect(r.values['business_service']).toBeUndefined()
            else used.add(r.values['business_service'] ?? 'missing')
        }
        expect(used).toEqual(services)
    })
})

describe('buildDemoDataset: value tags', () => {
    const tagged = (r: DemoRecord): boolean => r.values[VALUE_TAG_COLUMNS.valueCategory] !== undefined

    it('tags about 40% of incidents', () => {
        const share = incidents.filter(tagged).length / incidents.length
        expect(share).toBeGreaterThan(0.35)
        expect(share).toBeLessThan(0.45)
        expect(ds.summary['incident.value_tagged']).toBe(incidents.filter(tagged).length)
    })

    it('tags P1/P2 more often than P3/P4', () => {
        const rate = (priorities: string[]): number => {
            const some = incidents.filter((r) => priorities.includes(r.values['priority'] ?? ''))
            return some.filter(tagged).length / some.length
        }
        expect(rate(['1', '2'])).toBeGreaterThan(rate(['3', '4']) + 0.2)
    })

    it('fills every tag column with a plausible value', () => {
        for (const r of incidents.filter(tagged)) {
            const v = (key: keyof typeof VALUE_TAG_COLUMNS): string => r.values[VALUE_TAG_COLUMNS[key]] ?? ''
            expect(VALUE_CATEGORIES).toContain(v('valueCategory'))
            expect(v('revenueAtRisk')).toMatch(/^\d+\.\d{2}$/)
            expect(v('directCost')).toMatch(/^\d+\.\d{2}$/)
            expect(v('productivityHours')).toMatch(/^\d+\.\d{2}$/)
            expect(Number(v('directCost'))).toBeGreaterThan(0)
            expect(Number(v('usersAffected'))).toBeGreaterThanOrEqual(1)
            expect(Number(v('outageMinutes'))).toBeGreaterThanOrEqual(5)
            expect(Number(v('outageMinutes'))).toBeLessThanOrEqual(720)
        }
    })

    it('uses every value category', () => {
        const used = new Set(incidents.filter(tagged).map((r) => r.values[VALUE_TAG_COLUMNS.valueCategory]))
        expect([...used].sort()).toEqual([...VALUE_CATEGORIES].sort())
    })

    it('leaves the app columns out with valueTags: false', () => {
        const plain = buildDemoDataset({ now: NOW, valueTags: false })
        const columns = inserts(plain, 'incident').flatMap((r) => Object.keys(r.values))
        expect(columns.filter((c) => c.startsWith('x_itvc_value_'))).toEqual([])
        expect(plain.summary['incident.value_tagged']).toBe(0)
    })
})

describe('buildDemoDataset: app tables', () => {
    const profileTable = APP_TABLES.serviceValueProfile.table

    it('emits one service value profile per service', () => {
        const profiles = inserts(ds, profileTable)
        expect(profiles).toHaveLength(8)
        for (const p of profiles) {
            expect(p.values).toMatchObject({ active: 'true' })
            expect(p.values['hourly_revenue']).toMatch(/^\d+\.\d{2}$/)
            expect(p.values['criticality']).toMatch(/^[1-4]$/)
        }
    })

    it('leaves them out with appTables: false', () => {
        const plain = buildDemoDataset({ now: NOW, appTables: false })
        expect(plain.records.filter((r) => r.table.startsWith('x_itvc_value_'))).toEqual([])
    })
})

describe('buildDemoDataset: users and roles', () => {
    it('has a demo login with a password for every app role', () => {
        for (const role of APP_ROLES) {
            const user = ds.users.find((u) => u.roles.includes(role))
            expect(user?.password).toMatch(/^\S{8,}$/)
            const row = inserts(ds, 'sys_user').find((r) => r.values['user_name'] === user?.userName)
            expect(row?.values['user_password']).toBe(user?.password)
            expect(row?.values['email']).toBe(`${user?.userName}@example.com`)
        }
    })

    it('has admin, itil.agent (itil, no app role) and no.roles (no role)', () => {
        expect(ds.users.find((u) => u.userName === 'admin')?.roles).toEqual(['admin'])
        expect(ds.users.find((u) => u.userName === 'itil.agent')?.roles).toEqual(['itil'])
        expect(ds.users.find((u) => u.userName === 'no.roles')?.roles).toEqual([])
        expect(ds.users.find((u) => u.userName === 'itvc.viewer')?.password).toBe('Viewer#2026')
    })

    it('grants each login its roles through sys_user_has_role', () => {
        const grants = inserts(ds, 'sys_user_has_role')
        for (const user of ds.users) {
            const userId = demoSysId('sys_user', user.userName)
            const roles = grants.filter((g) => g.values['user'] === userId).map((g) => g.values['role'])
            expect(roles).toEqual(user.roles.map(demoRoleSysId))
        }
    })

    it('gives passwords to the demo logins only', () => {
        const withPassword = inserts(ds, 'sys_user').filter((r) => r.values['user_password'] !== undefined)
        expect(withPassword.map((r) => r.values['user_name'])).toEqual(ds.users.map((u) => u.userName))
    })

    it('creates the CSV people with derived, unique user names', () => {
        const users = inserts(ds, 'sys_user')
        const names = users.map((r) => r.values['user_name'])
        expect(new Set(names).size).toBe(names.length)
        expect(users.find((r) => r.sysId === demoSysId('sys_user', 'Opened by  8'))?.values).toMatchObject({
            user_name: 'opened.by.8',
            email: 'opened.by.8@example.com',
        })
    })
})

describe('buildDemoDataset: portfolio, demands and projects', () => {
    it('emits 4 business units and 3 portfolios managed by the portfolio owner', () => {
        expect(inserts(ds, 'business_unit')).toHaveLength(4)
        const portfolios = inserts(ds, 'pm_portfolio')
        expect(portfolios.map((p) => p.values['name'])).toEqual([
            'Digital Growth',
            'Operational Excellence',
            'Risk & Compliance',
        ])
        for (const p of portfolios) {
            expect(p.values['portfolio_manager']).toBe(demoSysId('sys_user', 'itvc.portfolio_owner'))
        }
    })

    it('emits 40 demands DMND0001001 … with the planned state mix', () => {
        const demands = inserts(ds, 'dmn_demand')
        expect(demands.map((d) => d.values['number'])).toEqual(
            Array.from({ length: 40 }, (_, i) => `DMND${String(1001 + i).padStart(7, '0')}`)
        )
        const states: Record<string, number> = {}
        for (const d of demands) states[d.values['state'] ?? ''] = (states[d.values['state'] ?? ''] ?? 0) + 1
        expect(states).toEqual({ '1': 4, '2': 6, '3': 5, '-4': 4, '8': 10, '9': 6, '10': 3, '7': 2 })
        for (const d of demands) {
            expect(['strategic', 'operational']).toContain(d.values['category'])
            expect(['project', 'enhancement']).toContain(d.values['type'])
            expect(Number(d.values['financial_benefit'])).toBeGreaterThan(0)
            expect(d.values['total_costs']).toMatch(/^\d+\.\d{2}$/)
            expect(d.values['start_date']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        }
    })

    it('opens every demand within the last 18 months', () => {
        for (const d of inserts(ds, 'dmn_demand')) {
            const opened = time(d.values['opened_at'])
            expect(opened).toBeLessThanOrEqual(NOW_MINUTE)
            expect(opened).toBeGreaterThan(NOW_MINUTE - 548 * DAY)
        }
    })

    it('emits 12 projects PRJ0010001 …, each linked both ways with its approved or completed demand', () => {
        const projects = inserts(ds, 'pm_project')
        expect(projects.map((p) => p.values['number'])).toEqual(
            Array.from({ length: 12 }, (_, i) => `PRJ${String(10001 + i).padStart(7, '0')}`)
        )
        const links = ds.records.filter((r) => r.update)
        for (const p of projects) {
            const demand = inserts(ds, 'dmn_demand').find((d) => d.sysId === p.values['demand'])
            expect(['8', '9']).toContain(demand?.values['state'])
            expect(links.find((l) => l.sysId === demand?.sysId)?.values).toEqual({ project: p.sysId })
            expect(time(p.values['end_date'])).toBeGreaterThan(time(p.values['start_date']))
            expect(['-5', '1', '2', '3']).toContain(p.values['state'])
            if (p.values['state'] === '3') expect(time(p.values['end_date'])).toBeLessThan(NOW_MINUTE)
        }
        expect(links).toHaveLength(12)
    })
})

describe('buildDemoDataset: integrity', () => {
    it('points every reference to an earlier record of the target table, a demo role or a record the app ships', () => {
        const seen = new Map<string, string>()
        const roles = new Set(DEMO_ROLE_NAMES.map(demoRoleSysId))
        const shipped = new Map([...parseKeys(readFileSync(KEYS_FILE, 'utf8')).values()].map((r) => [r.sysId, r.table]))
        const bad: string[] = []
        let checked = 0
        for (const record of ds.records) {
            for (const [column, target] of Object.entries(DEMO_REFERENCES[record.table] ?? {})) {
                const value = record.values[column]
                if (value === undefined) continue
                checked++
                const ok =
                    target === 'sys_user_role'
                        ? roles.has(value)
                        : SHIPPED_TABLES.includes(target)
                          ? shipped.get(value) === target
                          : seen.get(value) === target
                if (!ok) bad.push(`${record.table}/${record.sysId}.${column} → ${value} (${seen.get(value)})`)
            }
            if (record.update) {
                if (seen.get(record.sysId) !== record.table)
                    bad.push(`update of unknown ${record.table}/${record.sysId}`)
            } else {
                if (seen.has(record.sysId)) bad.push(`duplicate sys_id ${record.table}/${record.sysId}`)
                seen.set(record.sysId, record.table)
            }
        }
        expect(bad).toEqual([])
        expect(checked).toBeGreaterThan(5000)
    })

    it('lists every sys_id-valued column in DEMO_REFERENCES', () => {
        const unlisted = new Set<string>()
        for (const record of ds.records) {
            for (const [column, value] of Object.entries(record.values)) {
                if (/^[0-9a-f]{32}$/.test(value) && DEMO_REFERENCES[record.table]?.[column] === undefined) {
                    unlisted.add(`${record.table}.${column}`)
                }
            }
        }
        expect([...unlisted]).toEqual([])
    })

    it('is deterministic: two builds are equal', () => {
        expect(JSON.stringify(buildDemoDataset({ now: NOW }))).toBe(JSON.stringify(ds))
    })

    it('depends on now for generated dates only', () => {
        const later = buildDemoDataset({ now: new Date(NOW.getTime() + 7 * DAY) })
        expect(later.records.length).toBe(ds.records.length)
        expect(time(inserts(later, 'dmn_demand')[0]?.values['opened_at'])).toBe(
            time(inserts(ds, 'dmn_demand')[0]?.values['opened_at']) + 7 * DAY
        )
    })

    it('builds in well under a second of CPU time', () => {
        const before = process.cpuUsage()
        buildDemoDataset({ now: NOW })
        const used = process.cpuUsage(before)
        expect((used.user + used.system) / 1000).toBeLessThan(1000)
    })
})

describe('buildDemoDataset: options and input', () => {
    it('throws a TypeError without a valid now', () => {
        expect(() => buildDemoDataset({ now: new Date('nope') })).toThrow(TypeError)
    })

    it('resolves a relative csvPath against the repo root, not the working directory', () => {
        const cwd = process.cwd()
        try {
            process.chdir(tmpdir())
            const relative = buildDemoDataset({ now: NOW, csvPath: '../shared/data/incident_event_log.csv' })
            expect(relative.summary['incident']).toBe(890)
        } finally {
            process.chdir(cwd)
        }
    })

    it('refuses a tampered copy of the event log with a sha256 mismatch', () => {
        const dir = mkdtempSync(join(tmpdir(), 'itvc-seed-'))
        try {
            const copy = join(dir, 'incident_event_log.csv')
            copyFileSync(CSV_PATH, copy)
            const bytes = readFileSync(copy)
            writeFileSync(copy, Buffer.from(bytes.toString('latin1').replace('Caller 2403', 'Caller 2404'), 'latin1'))
            expect(() => buildDemoDataset({ now: NOW, csvPath: copy })).toThrow(
                `${copy}: sha256 mismatch (expected 85eb91cbd6ac7a7fab7640a844acec20e0a40a9ff6c7fc66f67439e413d7d5e3`
            )
        } finally {
            rmSync(dir, { recursive: true, force: true })
        }
    })

    it('reports a missing file clearly', () => {
        expect(() => buildDemoDataset({ now: NOW, csvPath: '/nonexistent/incident_event_log.csv' })).toThrow(/ENOENT/)
    })
})

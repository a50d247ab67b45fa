import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { PLATFORM_COLUMN_NAMES } from '@servicenow/sdk-core/runtime/db'
import { DOCUMENTED_OVERRIDES, EXTRA_TABLES } from '../../../scripts/lab/schema/base-extra.ts'
import {
    REFERENCES_OUTSIDE_LAB,
    SYSTEM_COLUMNS,
    ancestorsOf,
    baseTables,
    inheritedColumns,
} from '../../../scripts/lab/schema/base.ts'
import {
    GENERATED_PATH,
    SDK_BASE_TABLES,
    generateBaseTables,
    serializeBaseTables,
} from '../../../scripts/lab/schema/generate-base.ts'
import type { ColumnDef, TableDef } from '../../../scripts/lab/schema/types.ts'

/** Platform tables the app reads or writes directly. */
const APP_TABLES = [
    'incident',
    'dmn_demand',
    'pm_project',
    'pm_portfolio',
    'cmdb_ci_service',
    'sys_user',
    'business_unit',
]

const tables = baseTables()
const byName = new Map(tables.map((t) => [t.name, t]))

function table(name: string): TableDef {
    const found = byName.get(name)
    if (!found) throw new Error(`no table ${name}`)
    return found
}

function columnOf(tableName: string, columnName: string): ColumnDef {
    const found = inheritedColumns(tables, tableName).find((c) => c.name === columnName)
    if (!found) throw new Error(`no column ${tableName}.${columnName}`)
    return found
}

function choicePairs(c: ColumnDef): [string, string][] {
    return (c.choices ?? []).map((ch) => [ch.value, ch.label])
}

describe('generateBaseTables', () => {
    const generated = generateBaseTables()

    it('matches the committed base-tables.generated.json byte for byte', () => {
        expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(serializeBaseTables(generated))
    })

    it('captures every requested table the SDK ships, and names the ones it does not', () => {
        const names = generated.tables.map((t) => t.name)
        for (const name of SDK_BASE_TABLES) expect(names.includes(name) || name in generated.missing).toBe(true)
        expect(Object.keys(generated.missing)).toEqual(['cmdb', 'sys_choice'])
        for (const name of Object.keys(generated.missing)) expect(EXTRA_TABLES.map((t) => t.name)).toContain(name)
        expect(names).toEqual(expect.arrayContaining(['sys_metadata', 'sys_package']))
    })

    it('is sorted: tables and columns by name', () => {
        const names = generated.tables.map((t) => t.name)
        expect(names).toEqual([...names].sort())
        for (const t of generated.tables) {
            const columns = t.columns.map((c) => c.name)
            expect(columns).toEqual([...columns].sort())
        }
    })

    it('maps factories to internal types (ReferenceColumn, DateTimeColumn, GenericColumn column_type)', () => {
        const task = generated.tables.find((t) => t.name === 'task')
        const col = (name: string): ColumnDef | undefined => task?.columns.find((c) => c.name === name)
        expect(col('assigned_to')).toMatchObject({ type: 'reference', reference: 'sys_user', label: 'Assigned to' })
        expect(col('opened_at')).toMatchObject({ type: 'glide_date_time', label: 'Opened' })
        expect(col('watch_list')).toMatchObject({ type: 'glide_list', reference: 'sys_user' })
        expect(col('short_description')).toMatchObject({ type: 'string', maxLength: 160 })
        const metadata = generated.tables.find((t) => t.name === 'sys_metadata')
        expect(metadata?.columns.find((c) => c.name === 'sys_id')).toMatchObject({ type: 'GUID' })
    })

    it('reads labels from label arrays (the en entry) and the auto-number format', () => {
        const incident = generated.tables.find((t) => t.name === 'incident')
        expect(incident).toMatchObject({ label: 'Incident', extends: 'task' })
        expect(incident?.number).toEqual({ prefix: 'INC', base: 10000, digits: 7 })
        expect(incident?.columns.find((c) => c.name === 'caller_id')?.label).toBe('Caller')
    })
})

describe('SYSTEM_COLUMNS', () => {
    it('are the platform columns the SDK adds to every table', () => {
        expect(SYSTEM_COLUMNS.map((c) => c.name).sort()).toEqual([...PLATFORM_COLUMN_NAMES].sort())
    })

    it('are never listed as a table column', () => {
        const system = new Set(SYSTEM_COLUMNS.map((c) => c.name))
        for (const t of tables) expect(t.columns.filter((c) => system.has(c.name))).toEqual([])
    })
})

describe('baseTables', () => {
    it('has every table the app touches, each global', () => {
        const names = tables.map((t) => t.name)
        expect(names).toEqual(expect.arrayContaining([...APP_TABLES, 'task', 'planned_task', 'pm_program']))
        expect(names).toEqual(
            expect.arrayContaining([
                'sys_user_has_role',
                'sys_user_grmember',
                'sysevent',
                'syslog',
                'sys_upgrade_history',
                'fiscal_period',
                'sys_number',
                'sys_choice',
            ])
        )
        for (const t of tables) expect(t.scope).toBe('global')
    })

    it('returns new objects on every call', () => {
        expect(baseTables()).toEqual(tables)
        expect(baseTables()[0]).not.toBe(tables[0])
    })

    it('has incident extend task, with caller_id a reference to sys_user', () => {
        expect(table('incident').extends).toBe('task')
        expect(columnOf('incident', 'caller_id')).toMatchObject({ type: 'reference', reference: 'sys_user' })
    })

    it('overrides the incident state choices: 1, 2, 3, 6, 7, 8 with labels', () => {
        const state = table('incident').columns.find((c) => c.name === 'state')
        expect(state?.type).toBe('integer')
        expect(state && choicePairs(state)).toEqual([
            ['1', 'New'],
            ['2', 'In Progress'],
            ['3', 'On Hold'],
            ['6', 'Resolved'],
            ['7', 'Closed'],
            ['8', 'Canceled'],
        ])
        expect(choicePairs(columnOf('task', 'state')).map(([v]) => v)).toEqual(['-5', '1', '2', '3', '4', '7'])
    })

    it('copies the incident state choices to incident_state (choices from another column)', () => {
        expect(columnOf('incident', 'incident_state').choices).toEqual(columnOf('incident', 'state').choices)
    })

    it('has priority as an integer choice 1..5 with labels, default 4', () => {
        const priority = columnOf('incident', 'priority')
        expect(priority).toMatchObject({ type: 'integer', default: '4' })
        expect(choicePairs(priority)).toEqual([
            ['1', '1 - Critical'],
            ['2', '2 - High'],
            ['3', '3 - Moderate'],
            ['4', '4 - Low'],
            ['5', '5 - Planning'],
        ])
    })

    it('has the documented number formats', () => {
        expect(table('incident').number).toEqual({ prefix: 'INC', base: 10000, digits: 7 })
        expect(table('dmn_demand').number).toEqual({ prefix: 'DMND', base: 1000, digits: 7 })
        expect(table('pm_project').number).toEqual({ prefix: 'PRJ', base: 10000, digits: 7 })
        expect(table('task').number).toEqual({ prefix: 'TASK', base: 20000, digits: 7 })
    })

    it('keeps the real column names', () => {
        expect(columnOf('cmdb_ci_service', 'busines_criticality')).toMatchObject({
            type: 'string',
            default: '2 - somewhat critical',
        })
        expect(columnOf('dmn_demand', 'requested_by')).toMatchObject({ type: 'glide_date', label: 'Due date' })
    })

    it('has the demand states in their documented order', () => {
        expect(choicePairs(columnOf('dmn_demand', 'state'))).toEqual([
            ['1', 'Draft'],
            ['2', 'Submitted'],
            ['3', 'Screening'],
            ['-4', 'Qualified'],
            ['8', 'Approved'],
            ['9', 'Completed'],
            ['10', 'Deferred'],
            ['5', 'Incomplete'],
            ['7', 'Rejected'],
        ])
    })

    it('chains pm_project to task through planned_task', () => {
        expect(ancestorsOf(tables, 'pm_project')).toEqual(['planned_task', 'task'])
        expect(columnOf('pm_project', 'start_date').type).toBe('glide_date_time')
        expect(columnOf('pm_project', 'cost').type).toBe('currency')
        expect(columnOf('pm_project', 'demand').reference).toBe('dmn_demand')
    })

    it('marks one display column per table at most, and the documented ones', () => {
        for (const t of tables) expect(t.columns.filter((c) => c.display).length).toBeLessThanOrEqual(1)
        const display = (name: string): string | undefined =>
            inheritedColumns(tables, name).find((c) => c.display)?.name
        expect(display('task')).toBe('number')
        expect(display('incident')).toBe('number')
        expect(display('sys_user')).toBe('name')
        expect(display('cmdb_ci_service')).toBe('name')
        expect(display('sys_email')).toBe('subject')
    })

    it('keeps sys_class_name on the root of each task, cmdb and app-file hierarchy', () => {
        for (const root of ['task', 'cmdb', 'sys_metadata', 'sys_package']) {
            expect(table(root).columns.find((c) => c.name === 'sys_class_name')?.type).toBe('sys_class_name')
        }
    })

    it.each(tables.map((t) => [t.name, t] as const))('%s: extends and references resolve', (_name, t) => {
        const outside = new Set(REFERENCES_OUTSIDE_LAB)
        if (t.extends !== undefined) expect(byName.has(t.extends)).toBe(true)
        const unresolved = t.columns
            .filter((c) => c.reference !== undefined && !byName.has(c.reference) && !outside.has(c.reference))
            .map((c) => `${c.name} -> ${c.reference}`)
        expect(unresolved).toEqual([])
    })

    it.each(APP_TABLES)('%s: every inherited reference resolves or is allow-listed', (name) => {
        const outside = new Set(REFERENCES_OUTSIDE_LAB)
        const unresolved = inheritedColumns(tables, name)
            .filter((c) => c.reference !== undefined && !byName.has(c.reference) && !outside.has(c.reference))
            .map((c) => `${c.name} -> ${c.reference}`)
        expect(unresolved).toEqual([])
    })

    it('allow-lists only tables the lab does not model, each still referenced', () => {
        const referenced = new Set(tables.flatMap((t) => t.columns.flatMap((c) => (c.reference ? [c.reference] : []))))
        for (const name of REFERENCES_OUTSIDE_LAB) {
            expect(byName.has(name)).toBe(false)
            expect(referenced.has(name)).toBe(true)
        }
    })

    it('declares each column once along an extends chain, except documented overrides', () => {
        const repeated: string[] = []
        for (const t of tables) {
            const inherited = new Set(ancestorsOf(tables, t.name).flatMap((a) => table(a).columns.map((c) => c.name)))
            for (const c of t.columns) if (inherited.has(c.name)) repeated.push(`${t.name}.${c.name}`)
        }
        expect(repeated.sort()).toEqual([...DOCUMENTED_OVERRIDES].sort())
    })

    it('declares each column once per table', () => {
        for (const t of [...tables, ...EXTRA_TABLES]) {
            const names = t.columns.map((c) => c.name)
            expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
        }
    })

    it('gives integer choice columns numeric values, and every choice list distinct values', () => {
        for (const t of tables) {
            for (const c of t.columns) {
                const values = (c.choices ?? []).map((ch) => ch.value)
                expect(new Set(values).size).toBe(values.length)
                if (c.type === 'integer') for (const v of values) expect(v).toMatch(/^-?\d+$/)
            }
        }
    })
})

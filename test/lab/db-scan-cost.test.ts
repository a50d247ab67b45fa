/**
 * What keeps date-range aggregates cheap on a large lab (scripts/bench, issue #10): the task time columns are indexed,
 * and a file database is read through a memory map.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LabDatabase } from '../../scripts/lab/db/database.ts'
import { parseQuery, whereClause } from '../../scripts/lab/engine/query-bridge.ts'
import { LabInstance } from '../../scripts/lab/instance.ts'

let lab: LabInstance
beforeAll(() => {
    lab = new LabInstance()
})
afterAll(() => lab.close())

function plan(table: string, query: string): string {
    const where = whereClause(parseQuery(query, table), table)
    return lab.db
        .internal(`EXPLAIN QUERY PLAN SELECT COUNT(*) FROM "${table}" WHERE ${where.sql}`, where.params)
        .map((r) => String(r['detail']))
        .join('\n')
}

describe('indexes on the task time columns', () => {
    it.each([
        ['incident', 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59^stateNOT IN8', 'opened_at'],
        ['incident', 'resolved_at>=2026-10-01 00:00:00^resolved_at<=2026-10-31 23:59:59', 'resolved_at'],
        ['dmn_demand', 'opened_at>=2026-10-01 00:00:00^opened_at<=2026-10-31 23:59:59', 'opened_at'],
    ])('%s: a range on %s searches its index', (table, query, column) => {
        expect(plan(table, query)).toMatch(new RegExp(`USING (COVERING )?INDEX idx_${table}_${column} `))
    })
})

describe('memory map', () => {
    it('reads a database file through a memory map; an in-memory database needs none', () => {
        const dir = mkdtempSync(join(tmpdir(), 'itvc-lab-db-'))
        const file = new LabDatabase(join(dir, 'lab.db'))
        try {
            expect(Number(file.sqlite.pragma('mmap_size', { simple: true }))).toBeGreaterThan(0)
        } finally {
            file.close()
            rmSync(dir, { recursive: true, force: true })
        }
        expect(Number(lab.db.sqlite.pragma('mmap_size', { simple: true }) ?? 0)).toBe(0)
    })
})

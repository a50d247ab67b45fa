/** Lookups by sys_id and by reference use an index although the lab matches text case-insensitively. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
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
        .internal(`EXPLAIN QUERY PLAN SELECT * FROM "${table}" WHERE ${where.sql}`, where.params)
        .map((r) => String(r['detail']))
        .join('\n')
}

describe('indexes for case-insensitive lookups', () => {
    it.each([
        ['incident', 'caller_id=0123456789abcdef0123456789abcdef', 'idx_incident_caller_id_ci'],
        ['incident', 'caller_idINa,b,c', 'idx_incident_caller_id_ci'],
        ['incident', 'sys_idINa,b,c', 'idx_incident_sys_id_ci'],
        ['incident', 'sys_id>abc', 'idx_incident_sys_id_ci'],
    ])('%s: %s searches %s', (table, query, index) => {
        expect(plan(table, query)).toContain(`USING INDEX ${index}`)
    })
})

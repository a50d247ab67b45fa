/**
 * `itvc actuals import FILE`: bad rows are reported with their line numbers and nothing is sent; a benefit the route
 * refuses makes the whole file roll back unless --partial says otherwise.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkRows, parseCsv } from '../../scripts/cli/commands/actuals-import.ts'
import type { CliLab } from './harness.ts'
import { itvc, startCliLab } from './harness.ts'

const A = 'a1000000000000000000000000000001'
const B = 'a1000000000000000000000000000002'

let t: CliLab
let dir: string

beforeAll(async () => {
    t = await startCliLab()
    dir = mkdtempSync(join(tmpdir(), 'itvc-actuals-'))
    t.lab.runAsSystem(() => {
        for (const [id, number, end] of [
            [A, 'BEN0000901', '2027-12-31'],
            [B, 'BEN0000902', '2026-03-31'],
        ] as const) {
            t.lab.upsert('x_itvc_value_benefit', id, {
                number,
                short_description: `Benefit ${number}`,
                type: 'cost_saving',
                state: 'realising',
                currency: 'USD', // the functional currency: no exchange rate needed
                granularity: 'month',
                start_date: '2026-01-01',
                end_date: end,
            })
        }
    })
})

afterAll(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
})

beforeEach(() => {
    t.requests.length = 0
})

function file(name: string, text: string): string {
    writeFileSync(join(dir, name), text)
    return name
}

function realised(benefit: string): Record<string, string | null> {
    const rows = t.lab.db.internal(
        'SELECT period_label, realised_amount FROM "x_itvc_value_benefit_period" WHERE benefit = ? ORDER BY period_label',
        [benefit]
    )
    return Object.fromEntries(
        rows.map((r) => [
            String(r['period_label']),
            r['realised_amount'] === null || r['realised_amount'] === '' ? null : String(r['realised_amount']),
        ])
    )
}

async function importFile(name: string, extra: string[] = []) {
    return itvc(t.url, ['actuals', 'import', name, ...extra], { user: 'itvc.admin', cwd: dir })
}

describe('itvc actuals import', () => {
    it('reports every bad row with its line number and sends nothing (exit 6)', async () => {
        const name = file(
            'bad.csv',
            [
                'benefit,period,realised,evidence',
                'BEN0000901,FY2026-M03,1250.00,ok',
                'BEN0000901,2026-04,100,bad period',
                'BEN0000901,FY2026-M05,12.345,too many decimals',
                'BEN0000901,FY2026-M03,10,duplicate of line 2',
                '"BEN0000901","FY2026-M06","-5","negative"',
            ].join('\n')
        )
        const run = await importFile(name)
        expect(run.code).toBe(6)
        expect(run.stderr).toMatch(/bad\.csv: 4 bad rows, nothing was sent/)
        expect(run.stderr).toMatch(/line 3: period '2026-04' is not a label/)
        expect(run.stderr).toMatch(/line 4: realised '12\.345' is not an amount/)
        expect(run.stderr).toMatch(/line 5: benefit BEN0000901 period FY2026-M03 is already on line 2/)
        expect(run.stderr).toMatch(/line 6: realised '-5'/)
        expect(t.requests).toHaveLength(0)
    })

    it('refuses a file naming an unknown benefit before posting anything', async () => {
        const run = await importFile(
            file('unknown.csv', 'benefit,period,realised\nBEN0000901,FY2026-M02,5\nBEN9999999,FY2026-M02,5\n')
        )
        expect(run.code).toBe(6)
        expect(run.stderr).toMatch(/line 3: no benefit BEN9999999/)
        expect(t.requests.filter((r) => r.method === 'POST')).toHaveLength(0)
    })

    it('records the actuals, one request per benefit', async () => {
        const run = await importFile(
            file('good.csv', 'benefit,period,realised\r\nBEN0000901,FY2026-M02,100.50\r\nBEN0000901,FY2026-M03,200\r\n')
        )
        expect(run.stderr).not.toMatch(/error/)
        expect(run.code).toBe(0)
        expect(realised(A)).toMatchObject({
            'FY2026-M02': expect.stringMatching(/^100\.50?$/),
            'FY2026-M03': expect.stringMatching(/^200(\.00?)?$/),
        })
        expect(t.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual([
            `/api/x_itvc_value/v1/benefits/${A}/actuals`,
        ])
    })

    it('rolls the applied benefits back when a later one is refused (nothing half-applied)', async () => {
        const before = realised(A)
        const name = file(
            'refused.csv',
            // B ends in March 2026: FY2027-M01 is outside its range, so the route refuses B as a whole
            'benefit,period,realised\nBEN0000901,FY2026-M02,999\nBEN0000901,FY2026-M04,50\nBEN0000902,FY2027-M01,10\n'
        )
        const run = await importFile(name)
        expect(run.code).toBe(6)
        expect(run.stderr).toMatch(/benefit BEN0000902 was refused; the 1 benefit\(s\) already applied were put back/)
        expect(run.stderr).toMatch(/lines 4: /)
        const after = realised(A)
        expect(after['FY2026-M02']).toBe(before['FY2026-M02'])
        expect(after['FY2026-M04'] ?? null).toBeNull()
    })

    it('with --partial keeps the accepted benefits and reports the refused rows (exit 5)', async () => {
        const name = file(
            'partial.csv',
            'benefit,period,realised\nBEN0000902,FY2027-M01,10\nBEN0000901,FY2026-M05,75\n'
        )
        const run = await importFile(name, ['--partial', '--format', 'csv'])
        expect(run.code).toBe(5)
        expect(run.stdout).toMatch(
            /^line,benefit,period,realised,outcome,message\r\n2,BEN0000902,FY2027-M01,10,refused,/
        )
        expect(run.stdout).toMatch(/3,BEN0000901,FY2026-M05,75,applied,/)
        expect(realised(A)['FY2026-M05']).toMatch(/^75(\.00?)?$/)
    })
})

describe('parseCsv and checkRows', () => {
    it('keeps quoted commas, doubled quotes and line breaks, and counts lines', () => {
        expect(parseCsv('a,b\n"x,1","say ""hi""\nthere"\n\nc,d')).toEqual([
            { line: 1, fields: ['a', 'b'] },
            { line: 2, fields: ['x,1', 'say "hi"\nthere'] },
            { line: 5, fields: ['c', 'd'] },
        ])
    })

    it('names a missing column', () => {
        expect(checkRows(parseCsv('benefit,realised\nX,1\n')).problems).toEqual([
            "line 1: missing column 'period' (header: benefit,period,realised[,evidence])",
        ])
    })
})

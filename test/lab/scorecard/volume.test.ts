/**
 * The query count of a roll-up depends on metrics × dimensions × periods, never on the number of records: the demo
 * data set and the same data with every incident copied 9 times (10×) cost the same queries. Prints the figures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../../scripts/lab/instance.ts'
import { appLab } from '../app-lab.ts'
import { entries, latestRun } from './helpers.ts'

/** Inserts `copies` copies of every incident (new sys_id and number, same values). */
function multiplyIncidents(lab: LabInstance, copies: number): void {
    const columns = lab.db
        .internal('PRAGMA table_info("incident")')
        .map((c) => String(c['name']))
        .filter((c) => c !== 'sys_id' && c !== 'number')
    const list = columns.map((c) => `"${c}"`).join(', ')
    for (let k = 1; k <= copies; k++) {
        lab.db.internal(
            `INSERT INTO "incident" (sys_id, number, ${list}) SELECT lower(hex(randomblob(16))), number || '-${k}', ${list} FROM "incident" WHERE number NOT LIKE '%-%'`
        )
    }
}

interface Measure {
    readonly incidents: number
    readonly ms: number
    /** SQL statements the lab ran (every transaction of the roll-up, async ones included). */
    readonly labQueries: number
    /** Glide queries the run counted itself (x_itvc_value_rollup_run.queries). */
    readonly runQueries: number
    readonly rowsRead: number
    readonly entries: number
}

/** Runs a roll-up and measures it: wall time, the lab's statements and rows, and the run's own count. */
function measure(lab: LabInstance, kind: string, start: () => void): Measure {
    const before = { ...lab.totals }
    const started = Date.now()
    start()
    lab.settle()
    const ms = Date.now() - started
    const run = latestRun(lab, kind)
    expect(run['state']).toBe('complete')
    return {
        incidents: lab.count('incident'),
        ms,
        labQueries: lab.totals.queries - before.queries,
        runQueries: Number(run['queries']),
        rowsRead: lab.totals.rowsRead - before.rowsRead,
        entries: Number(run['entries_written']),
    }
}

const nightly = (lab: LabInstance): Measure =>
    measure(lab, 'nightly', () => lab.runJob('IT Value: nightly scorecard roll-up'))

/** A back-fill of the twelve months to FY2026-M11 with their quarters and years, started as a REST call would. */
const backfill = (lab: LabInstance): Measure =>
    measure(lab, 'backfill', () =>
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_rollup_run')
            gr.initialize()
            gr.setValue('kind', 'backfill')
            gr.setValue('state', 'queued')
            gr.setValue('from_period', 'FY2025-M12')
            gr.setValue('to_period', 'FY2026-M11')
            gr.setValue('periods', BACKFILL_PERIODS.join(','))
            gr.setValue('dimensions', 'all,portfolio,business_service,value_category')
            gr.setValue('as_of', '2026-11-15')
            return gr.insert()
        })
    )

const BACKFILL_PERIODS = [
    ...Array.from({ length: 11 }, (_, i) => `FY2026-M${String(i + 1).padStart(2, '0')}`),
    'FY2025-M12',
    'FY2025-Q4',
    'FY2026-Q1',
    'FY2026-Q2',
    'FY2026-Q3',
    'FY2026-Q4',
    'FY2025',
    'FY2026',
]

let demo: LabInstance
let tenfold: LabInstance

beforeAll(() => {
    demo = appLab({ seed: true })
    tenfold = appLab({ seed: true })
    multiplyIncidents(tenfold, 9)
}, 240000)
afterAll(() => {
    demo.close()
    tenfold.close()
})

describe('a roll-up under 10× the incidents', () => {
    it('issues exactly the same number of queries', () => {
        const a = nightly(demo)
        const b = nightly(tenfold)
        expect(b.incidents).toBe(a.incidents * 10)
        expect(b.labQueries).toBe(a.labQueries)
        expect(b.runQueries).toBe(a.runQueries)
        expect(b.entries).toBe(a.entries)
        // eslint-disable-next-line no-console
        console.log(
            `nightly roll-up (4 periods × 4 dimensions):\n  demo: ${JSON.stringify(a)}\n  10×:  ${JSON.stringify(b)}`
        )
    })

    it('counts 10× the incidents, averages and shares unchanged', () => {
        const a = entries(demo, ['FY2026-M10'])
        const b = entries(tenfold, ['FY2026-M10'])
        const metric = (m: Map<string, { value: number | null }>, key: string) =>
            m.get(`FY2026-M10|all|All|${key}`)?.value
        expect(metric(b, 'business_impacting_incidents')).toBe((metric(a, 'business_impacting_incidents') ?? 0) * 10)
        expect(metric(b, 'users_affected')).toBe((metric(a, 'users_affected') ?? 0) * 10)
        expect(metric(b, 'value_tagging_coverage_pct')).toBe(metric(a, 'value_tagging_coverage_pct'))
        expect(metric(b, 'mttr_hours')).toBe(metric(a, 'mttr_hours'))
    })

    it('costs the same queries for a twelve-month back-fill', () => {
        const a = backfill(demo)
        const b = backfill(tenfold)
        expect(b.labQueries).toBe(a.labQueries)
        expect(b.runQueries).toBe(a.runQueries)
        // eslint-disable-next-line no-console
        console.log(
            `back-fill of 19 periods (12 months, 5 quarters, 2 years) × 4 dimensions:\n  demo: ${JSON.stringify(a)}\n  10×:  ${JSON.stringify(b)}`
        )
    })
})

/**
 * Demand value scoring at size (issue #5's closing note): how long the lab takes, and how many queries it runs, to
 * score 10,000 demands, to re-score them after a model edit, and to run the nightly job when nothing changed.
 *
 *   npm run build && npx tsx scripts/bench/rescore-10k.ts [demands=10000]
 *
 * ITVC_APP_DIR=<dir> reads the built app from a copy of dist/app instead (when others build meanwhile).
 *
 * Set-up (not measured): the built app in an in-memory lab with its demo models, N open demands on the weighted
 * model and six ratings each, inserted without business rules. Measured: the real jobs and rules, as the lab runs
 * them (one SQLite database, one process; an instance's absolute times differ, the query counts carry over).
 */
import '../lab/register.ts'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { GlideRecord } from '../lab/glide/index.ts'
import { LabInstance, type TransactionResult } from '../lab/instance.ts'
import { loadAppRecords } from '../metadata/app-records.ts'

const ROOT = join(__dirname, '..', '..')
const DEMANDS = Number(process.argv[2] ?? 10_000)
if (!Number.isInteger(DEMANDS) || DEMANDS < 1) throw new Error(`demands must be a whole number, not ${process.argv[2]}`)

const lab = new LabInstance({ clock: () => '2026-11-15 12:00:00' })
lab.install(loadAppRecords(process.env['ITVC_APP_DIR'] ?? join(ROOT, 'dist', 'app')))

function one(table: string, field: string, value: string): GlideRecord {
    const gr = new GlideRecord(table)
    if (!gr.get(field, value)) throw new Error(`no ${table} with ${field}=${value} (is the demo data in dist/app?)`)
    return gr
}

function setProperty(name: string, value: string): void {
    lab.runAsSystem(() => {
        const gr = one('sys_properties', 'name', name)
        gr.setValue('value', value)
        gr.update() // with business rules: the lab drops its property cache
    })
}

const { model, criteria } = lab.runAsSystem(() => {
    const m = one('x_itvc_value_scoring_model', 'name', 'Weighted business value')
    const c = new GlideRecord('x_itvc_value_criterion')
    c.addQuery('model', m.getUniqueValue())
    c.orderBy('order')
    c.query()
    const ids: string[] = []
    while (c.next()) ids.push(c.getUniqueValue())
    return { model: m.getUniqueValue(), criteria: ids }
}).value

const setUpStarted = performance.now()
for (let start = 0; start < DEMANDS; start += 1000) {
    lab.runAsSystem(() => {
        for (let i = start; i < Math.min(start + 1000, DEMANDS); i++) {
            const d = new GlideRecord('dmn_demand')
            d.setWorkflow(false)
            d.initialize()
            d.setValue('short_description', `Bench demand ${i}`)
            d.setValue('state', '2')
            d.setValue('active', 'true')
            d.setValue('x_itvc_value_model', model)
            const id = d.insert() as string
            criteria.forEach((criterion, k) => {
                const r = new GlideRecord('x_itvc_value_rating')
                r.setWorkflow(false)
                r.initialize()
                r.setValue('demand', id)
                r.setValue('criterion', criterion)
                r.setValue('assessor', 'bench')
                r.setValue('value', String(1 + ((i * 7 + k * 3) % 10)))
                r.insert()
            })
        }
    })
}
const setUpSeconds = (performance.now() - setUpStarted) / 1000
// one job run takes every batch (the default, 20 × 500, stops at exactly 10,000 and leaves the re-rank to the next run)
setProperty('x_itvc_value.scoring.max_batches_per_run', '1000')

interface Figure {
    readonly step: string
    readonly ms: number
    readonly queries: number
    readonly rowsRead: number
    readonly rowsWritten: number
}
const figures: Figure[] = []

function measure(step: string, run: () => TransactionResult<unknown>): void {
    const started = performance.now()
    const { stats } = run()
    figures.push({ step, ms: Math.round(performance.now() - started), ...stats })
}

const history = () => lab.count('x_itvc_value_score_history')
const scored = () => lab.count('dmn_demand', `x_itvc_value_score_status = 'scored'`)
const ranked = () => lab.count('dmn_demand', 'x_itvc_value_rank IS NOT NULL')

measure('nightly job: first scoring + ranking', () => lab.runJob('IT Value: nightly demand scoring'))
const afterFirst = { history: history(), scored: scored(), ranked: ranked() }

measure('criterion weight edit (the saving transaction)', () =>
    lab.runAsSystem(() => {
        const c = new GlideRecord('x_itvc_value_criterion')
        c.get(criteria[criteria.length - 1] as string) // effort
        c.setValue('weight', '30')
        return c.update()
    })
)
measure('re-score job after the edit: re-score + re-rank', () => lab.runJob('IT Value: re-score demands'))
const afterEdit = { history: history() - afterFirst.history, ranked: ranked() }
measure('nightly job with nothing to change', () => lab.runJob('IT Value: nightly demand scoring'))

console.log(
    `Demand value scoring, ${DEMANDS} open demands × ${criteria.length} ratings (set-up ${setUpSeconds.toFixed(1)} s)`
)
console.log(
    `after the first scoring: ${afterFirst.scored} scored, ${afterFirst.ranked} ranked, ${afterFirst.history} history rows`
)
console.log(`after the weight edit: ${afterEdit.history} history rows added, ${afterEdit.ranked} ranked\n`)
console.log('| step | time | queries | rows read | rows written |')
console.log('|---|---:|---:|---:|---:|')
for (const f of figures) {
    const time = f.ms >= 1000 ? `${(f.ms / 1000).toFixed(1)} s` : `${f.ms} ms`
    console.log(`| ${f.step} | ${time} | ${f.queries} | ${f.rowsRead} | ${f.rowsWritten} |`)
}
lab.close()

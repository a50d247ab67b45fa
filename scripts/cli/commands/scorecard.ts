/**
 * The scorecard commands over the app's REST API (README "The value scorecard"): `itvc scorecard`, `itvc trend` and
 * `itvc rollup` (back-fill, with `--wait` polling its progress).
 */
import type { Command } from '../command.ts'
import { choiceOption, intOption, requiredOption, stringOption } from '../command.ts'
import type { CommandContext } from '../context.ts'
import { ItvcError, isItvcError } from '../http/errors.ts'
import { callApi } from '../http/rest.ts'
import { barChart, sparkline } from '../output/chart.ts'
import { render } from '../output/format.ts'
import type { MetricView, RunView as Run } from '../schemas/rest.ts'
import { RunView, ScorecardView, TrendView } from '../schemas/rest.ts'

/** The scorecard dimensions. */
export const DIMENSIONS = ['all', 'portfolio', 'business_service', 'value_category'] as const

const PERIOD = /^FY\d{4}(?:-(?:Q[1-4]|M(?:0[1-9]|1[0-2])))?$/i

function period(value: string | undefined, name: string): string | undefined {
    if (value === undefined) return undefined
    if (!PERIOD.test(value))
        throw new ItvcError('USAGE', `--${name} must be a fiscal period label such as FY2027-Q1 or FY2027-M01`)
    return value.toUpperCase()
}

function fmt(n: number | null, unit?: string): string {
    if (n === null) return '–'
    const text = Number.isInteger(n)
        ? n.toLocaleString('en-US')
        : n.toLocaleString('en-US', { maximumFractionDigits: 2 })
    return unit === 'percent' ? `${text}%` : text
}

/** `itvc scorecard` */
export const scorecardCommand: Command = {
    path: ['scorecard'],
    synopsis: `scorecard [--period FY2027-Q1] [--dimension ${DIMENSIONS.join('|')}] [--key KEY]`,
    summary: 'Shows a balanced scorecard (default: the current quarter, all of IT).',
    options: {
        period: { type: 'string', help: '--period LABEL       fiscal period (default: the quarter of today)' },
        dimension: { type: 'string', help: `--dimension NAME     ${DIMENSIONS.join(', ')} (default all)` },
        key: { type: 'string', help: '--key KEY            the portfolio/service/category (sys_id or value)' },
    },
    async run(ctx, values) {
        const dimension = choiceOption(values, 'dimension', DIMENSIONS, 'all')
        const key = stringOption(values, 'key')
        const { value, raw } = await callApi(
            ctx.client(),
            {
                method: 'GET',
                path: '/scorecard',
                params: {
                    period: period(stringOption(values, 'period'), 'period'),
                    dimension,
                    key,
                    // the table and CSV show no trend: spare the instance the history read (JSON prints the API's answer)
                    ...(ctx.options.format === 'json' ? {} : { history: 0 }),
                },
                what: 'the scorecard API',
            },
            ScorecardView
        )
        const rows = value.perspectives.flatMap((p) => p.metrics.map((m) => ({ perspective: p.label, ...m })))
        if (ctx.options.format === 'table') {
            ctx.out(
                `${value.period.label} (${value.period.start} – ${value.period.end}) · ${value.dimension}${value.label ? ` · ${value.label}` : ''}${value.computed_at ? ` · computed ${value.computed_at}` : ''}\n\n`
            )
            if (value.key === null) {
                ctx.out(`No key given: pick one with --key\n\n`)
                ctx.out(
                    render('table', {
                        rows: value.keys,
                        json: raw,
                        columns: [
                            { header: 'key', value: (k) => k.key },
                            { header: 'label', value: (k) => k.label },
                        ],
                    })
                )
                return 0
            }
            if (rows.length === 0) {
                ctx.out('No scorecard for this period yet (run itvc rollup).\n')
                return 0
            }
        }
        ctx.out(
            render(ctx.options.format, {
                rows,
                json: raw,
                columns: [
                    { header: 'perspective', value: (r: MetricView & { perspective: string }) => r.perspective },
                    { header: 'metric', value: (r) => r.key },
                    { header: 'name', value: (r) => r.name },
                    {
                        header: 'value',
                        value: (r) => (ctx.options.format === 'csv' ? r.value : fmt(r.value, r.unit)),
                        align: 'right',
                    },
                    {
                        header: 'target',
                        value: (r) => (ctx.options.format === 'csv' ? r.target : fmt(r.target, r.unit)),
                        align: 'right',
                    },
                    { header: 'status', value: (r) => r.status },
                    { header: 'trend', value: (r) => r.trend },
                    { header: 'delta', value: (r) => r.delta, align: 'right' },
                ],
            })
        )
        return 0
    },
}

/** `itvc trend` */
export const trendCommand: Command = {
    path: ['trend'],
    synopsis: 'trend --metric KEY [--periods 12] [--period-type month|quarter|year] [--dimension D --key KEY]',
    summary: "Shows a metric's trend over the last periods as a terminal chart.",
    options: {
        metric: { type: 'string', help: '--metric KEY         metric key (see itvc scorecard --format csv)' },
        periods: { type: 'string', help: '--periods N          how many periods (default 12, at most 60)' },
        'period-type': { type: 'string', help: '--period-type TYPE   month, quarter or year (default month)' },
        to: { type: 'string', help: '--to LABEL           last period (default: the current one)' },
        dimension: { type: 'string', help: `--dimension NAME     ${DIMENSIONS.join(', ')} (default all)` },
        key: { type: 'string', help: '--key KEY            needed with a dimension other than all' },
    },
    async run(ctx, values) {
        const { value, raw } = await callApi(
            ctx.client(),
            {
                method: 'GET',
                path: '/scorecard/trend',
                params: {
                    metric: requiredOption(values, 'metric'),
                    periods: intOption(values, 'periods', 12, 1, 60),
                    period_type: choiceOption(values, 'period-type', ['month', 'quarter', 'year'], 'month'),
                    to: period(stringOption(values, 'to'), 'to'),
                    dimension: choiceOption(values, 'dimension', DIMENSIONS, 'all'),
                    key: stringOption(values, 'key'),
                },
                what: 'the scorecard trend API',
            },
            TrendView
        )
        const unit = value.metric.unit
        if (ctx.options.format === 'table') {
            const values = value.points.map((p) => p.value)
            ctx.out(
                `${value.metric.name} (${value.metric.key}) · ${value.dimension}${value.label ? ` · ${value.label}` : ''} · target ${fmt(value.metric.target, unit)}\n`
            )
            ctx.out(`${sparkline(values)}  ${value.points[0]?.period ?? ''} → ${value.points.at(-1)?.period ?? ''}\n\n`)
            ctx.out(
                barChart(
                    value.points.map((p) => ({
                        label: p.period,
                        value: p.value,
                        note: p.value === null ? '–' : `${fmt(p.value, unit)}${p.status ? ` ${p.status}` : ''}`,
                    }))
                )
            )
            return 0
        }
        ctx.out(
            render(ctx.options.format, {
                rows: value.points,
                json: raw,
                columns: [
                    { header: 'period', value: (p) => p.period },
                    { header: 'value', value: (p) => p.value },
                    { header: 'target', value: (p) => p.target },
                    { header: 'status', value: (p) => p.status },
                    { header: 'delta', value: (p) => p.delta },
                    { header: 'trend', value: (p) => p.trend },
                ],
            })
        )
        return 0
    },
}

function runLine(run: Run): string {
    return `run ${run.sys_id} ${run.state}: ${run.chunks_done}/${run.chunks_total} chunks, ${run.entries_written} entries (${run.from_period} → ${run.to_period})`
}

async function pollRun(ctx: CommandContext, id: string, intervalMs: number, timeoutMs: number): Promise<Run> {
    const client = ctx.client()
    const progress = ctx.progress('back-fill')
    const deadline = Date.now() + timeoutMs
    let waited = 0
    for (;;) {
        const { value } = await callApi(
            client,
            { method: 'GET', path: `/scorecard/rollups/${encodeURIComponent(id)}`, what: `roll-up run ${id}` },
            RunView
        )
        progress.update(value.chunks_done, value.chunks_total)
        if (value.state === 'complete' || value.state === 'failed') {
            progress.finish()
            return value
        }
        if (Date.now() > deadline || waited > timeoutMs)
            throw new ItvcError('HTTP.TIMEOUT', `gave up waiting for ${runLine(value)}; it goes on on the instance`)
        await client.sleep(intervalMs)
        waited += intervalMs
    }
}

/** `itvc rollup` */
export const rollupCommand: Command = {
    path: ['rollup'],
    synopsis: 'rollup --from PERIOD --to PERIOD [--period-types month,quarter,year] [--dimensions all,...] [--wait]',
    summary: 'Starts a scorecard back-fill over a range of periods; --wait shows its progress until it ends.',
    options: {
        from: { type: 'string', help: '--from LABEL         first period, e.g. FY2026-M01' },
        to: { type: 'string', help: '--to LABEL           last period (default: --from)' },
        'period-types': { type: 'string', help: '--period-types LIST  month, quarter, year (default all three)' },
        dimensions: { type: 'string', help: '--dimensions LIST    dimensions (default all four)' },
        wait: { type: 'boolean', help: '--wait               poll the run until it is complete or failed' },
        interval: { type: 'string', help: '--interval SECONDS   polling interval with --wait (default 2)' },
        'wait-timeout': { type: 'string', help: '--wait-timeout SEC   give up waiting after (default 1800)' },
    },
    async run(ctx, values) {
        const from = period(requiredOption(values, 'from'), 'from') ?? ''
        const to = period(stringOption(values, 'to'), 'to') ?? from
        const body: Record<string, string> = { from, to }
        const types = stringOption(values, 'period-types')
        const dims = stringOption(values, 'dimensions')
        if (types !== undefined) body['period_types'] = types
        if (dims !== undefined) body['dimensions'] = dims
        let started: Run
        try {
            started = (
                await callApi(
                    ctx.client(),
                    { method: 'POST', path: '/scorecard/rollups', body, what: 'the roll-up API' },
                    RunView
                )
            ).value
        } catch (error) {
            if (isItvcError(error, 'HTTP.UNCERTAIN_WRITE'))
                throw new ItvcError(
                    'HTTP.UNCERTAIN_WRITE',
                    `${error.message}. The back-fill may have started: check the roll-up runs before starting it again`,
                    error.info
                )
            throw error
        }
        let run = started
        if (values['wait'] === true) {
            ctx.info(`started ${runLine(run)}`)
            run = await pollRun(
                ctx,
                started.sys_id,
                intOption(values, 'interval', 2, 1, 3600) * 1000,
                intOption(values, 'wait-timeout', 1800, 1, 86_400) * 1000
            )
        }
        ctx.out(
            render(ctx.options.format, {
                rows: [run],
                json: run,
                columns: [
                    { header: 'run', value: (r) => r.sys_id },
                    { header: 'state', value: (r) => r.state },
                    { header: 'from', value: (r) => r.from_period },
                    { header: 'to', value: (r) => r.to_period },
                    { header: 'chunks', value: (r) => `${r.chunks_done}/${r.chunks_total}` },
                    { header: 'entries', value: (r) => r.entries_written, align: 'right' },
                    { header: 'errors', value: (r) => r.errors.join('; ') },
                ],
            })
        )
        if (run.state === 'failed')
            throw new ItvcError('HTTP.SERVER_ERROR', `the back-fill failed: ${run.errors.join('; ') || 'no detail'}`)
        return 0
    },
}

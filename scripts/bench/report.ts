/**
 * The bench report: the results as JSON, a Markdown table per size (printed and written to bench/results.md), the
 * issue #10 targets judged against them, and the time-vs-size plot.
 */
import type { Measurement, MeasurementName } from './measure.ts'
import { lineChartSvg, type Series } from './plot.ts'
import type { BenchSize } from './sizes.ts'
import { round } from './stats.ts'

/** A measurement that could not be taken (what is missing, or why it failed), with zero figures. */
export function unavailable(name: MeasurementName, reason: string): Measurement {
    return {
        name,
        available: false,
        reason,
        ms: 0,
        cpuMs: 0,
        queries: 0,
        rowsRead: 0,
        rowsWritten: 0,
        peakRssMb: 0,
        mappedMb: 0,
        largestRead: 0,
        details: {},
    }
}

/** Everything measured for one size. */
export interface SizeResult {
    readonly size: BenchSize
    /** Rows generated per table. */
    readonly rows: Record<string, number>
    /** The generator's report (phases, columns the app does not have yet, initial scoring). */
    readonly generate: Record<string, unknown>
    readonly measurements: readonly Measurement[]
    /** Wall time of each step's process (setup included), ms. */
    readonly stepMs: Record<string, number>
}

/** A run of `npm run bench`. */
export interface BenchResults {
    readonly startedAt: string
    readonly durationMs: number
    readonly machine: Record<string, unknown>
    readonly options: Record<string, unknown>
    readonly sizes: readonly SizeResult[]
    readonly targets: readonly TargetResult[]
}

/** One target of issue #10, judged. */
export interface TargetResult {
    readonly target: string
    readonly status: 'met' | 'missed' | 'not measured'
    readonly measured: string
}

const TITLES: Record<MeasurementName, string> = {
    rollup: 'Nightly roll-up (all metrics × dimensions, prev + current month and quarter)',
    floor: 'SQL floor (one GROUP BY per source, same aggregates)',
    pricing: 'Incident pricing rule: one save (median of the saves)',
    rescore: 'Re-score open demands after a model edit',
    scorecard_api: 'GET /scorecard (median of the requests)',
    trend_api: 'GET /scorecard/trend (median of the requests)',
}

const ORDER: MeasurementName[] = ['rollup', 'floor', 'pricing', 'rescore', 'scorecard_api', 'trend_api']

/**
 * A duration for the tables.
 * @example formatMs(1234) //=> '1.23 s'
 * @example formatMs(0.0123) //=> '12.3 µs'
 */
export function formatMs(ms: number): string {
    if (ms >= 60_000) return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
    if (ms >= 1000) return `${round(ms / 1000)} s`
    if (ms >= 1) return `${round(ms)} ms`
    return `${round(ms * 1000)} µs`
}

/** 1234567 → '1,234,567'. */
export function formatCount(n: number): string {
    return Math.round(n).toLocaleString('en-US')
}

function get(size: SizeResult, name: MeasurementName): Measurement | undefined {
    return size.measurements.find((m) => m.name === name && m.available)
}

/** Roll-up wall time over the floor's, or null. */
export function floorRatio(size: SizeResult): number | null {
    const rollup = get(size, 'rollup')
    const floor = get(size, 'floor')
    return rollup && floor && floor.ms > 0 ? rollup.ms / floor.ms : null
}

/** The same ratio in CPU time, or null. */
export function cpuFloorRatio(size: SizeResult): number | null {
    const rollup = get(size, 'rollup')
    const floor = get(size, 'floor')
    return rollup?.cpuMs && floor?.cpuMs ? rollup.cpuMs / floor.cpuMs : null
}

function num(details: Record<string, unknown>, ...path: string[]): number | undefined {
    let v: unknown = details
    for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined
    return typeof v === 'number' ? v : undefined
}

function note(m: Measurement): string {
    const d = m.details
    switch (m.name) {
        case 'rollup': {
            const run = (d['run'] ?? {}) as Record<string, unknown>
            return `${String(run['chunks_done'] ?? '?')} chunks, ${formatCount(Number(d['scorecards'] ?? 0))} scorecards, ${formatCount(Number(d['entries'] ?? 0))} entries`
        }
        case 'floor': {
            const check = (d['check'] ?? {}) as { compared?: number; mismatches?: string[] }
            return check.mismatches?.length
                ? `check: ${check.mismatches.length} mismatches (${check.mismatches[0] ?? ''})`
                : `check: equal to the roll-up on ${formatCount(check.compared ?? 0)} entries`
        }
        case 'pricing':
            return (
                `rule: ${num(d, 'ruleQueriesPerSave') ?? '?'} query/save, ~${formatMs(num(d, 'ruleMsMedian') ?? 0)}; ` +
                `pricing core: ${formatMs(num(d, 'coreMs', 'median') ?? 0)} median; ${formatCount(num(d, 'saves') ?? 0)} saves`
            )
        case 'rescore':
            return (
                `${formatCount(num(d, 'openDemands') ?? 0)} open demands, ${num(d, 'batches') ?? '?'} batches of ≤ ${num(d, 'batchSize') ?? '?'} ` +
                `(~${formatCount(num(d, 'perBatch', 'rowsRead') ?? 0)} rows read each), ${num(d, 'jobRuns') ?? '?'} job runs; ` +
                `largest single read ${formatCount(m.largestRead)} rows`
            )
        case 'scorecard_api':
        case 'trend_api':
            return `p95 ${formatMs(num(d, 'ms', 'p95') ?? 0)}, ${num(d, 'requests') ?? '?'} requests`
    }
}

/** The Markdown table of one size. */
export function sizeTable(size: SizeResult): string {
    const s = size.size
    const lines = [
        `### ${s.name}: ${formatCount(size.rows['incident'] ?? s.incidents)} incidents, ` +
            `${formatCount(size.rows['x_itvc_value_benefit_period'] ?? 0)} benefit periods, ` +
            `${formatCount(size.rows['dmn_demand'] ?? s.demands)} demands`,
        '',
        `Generated in ${formatMs(size.stepMs['generate'] ?? 0)}; all steps of this size ${formatMs(
            Object.values(size.stepMs).reduce((a, b) => a + b, 0)
        )}.`,
        '',
        '| Measurement | Wall time | CPU time | Queries | Rows read | Rows written | Peak RSS | Notes |',
        '|---|--:|--:|--:|--:|--:|--:|---|',
    ]
    for (const name of ORDER) {
        const m = size.measurements.find((x) => x.name === name)
        if (!m) continue
        if (!m.available) {
            lines.push(`| ${TITLES[name]} | n/a | | | | | | ${m.reason ?? ''} |`)
            continue
        }
        lines.push(
            `| ${TITLES[name]} | ${formatMs(m.ms)} | ${m.cpuMs === undefined ? '' : formatMs(m.cpuMs)} | ` +
                `${formatCount(m.queries)} | ${formatCount(m.rowsRead)} | ` +
                `${formatCount(m.rowsWritten)} | ${m.peakRssMb} MB | ${note(m)} |`
        )
    }
    const ratio = floorRatio(size)
    const cpuRatio = cpuFloorRatio(size)
    if (ratio !== null) {
        lines.push(
            `| **Roll-up / floor** | **${round(ratio)}×** | ${cpuRatio === null ? '' : `${round(cpuRatio)}×`} | | | | | |`
        )
    }
    return lines.join('\n')
}

const SHORT: Record<MeasurementName, string> = {
    rollup: 'Nightly roll-up',
    floor: 'SQL floor of the roll-up',
    pricing: 'Pricing rule, one save (median)',
    rescore: 'Re-score after a model edit',
    scorecard_api: 'GET /scorecard (median)',
    trend_api: 'GET /scorecard/trend (median)',
}

/** One table over every size: wall time, CPU time and queries of each measurement. */
export function summaryTable(results: BenchResults): string {
    const sizes = results.sizes
    const head = sizes.map(
        (s) =>
            `${s.size.name} (${formatCount(s.rows['incident'] ?? s.size.incidents)} inc., ` +
            `${formatCount(s.rows['x_itvc_value_benefit_period'] ?? 0)} periods, ` +
            `${formatCount(s.rows['dmn_demand'] ?? s.size.demands)} demands)`
    )
    const lines = [
        `| Wall time / CPU time · queries | ${head.join(' | ')} |`,
        `|---|${sizes.map(() => '--:').join('|')}|`,
    ]
    for (const name of ORDER) {
        const cells = sizes.map((s) => {
            const m = get(s, name)
            return m
                ? `${formatMs(m.ms)} / ${m.cpuMs === undefined ? '?' : formatMs(m.cpuMs)} · ${formatCount(m.queries)}`
                : 'n/a'
        })
        lines.push(`| ${SHORT[name]} | ${cells.join(' | ')} |`)
    }
    const ratios = sizes.map((s) => {
        const r = floorRatio(s)
        const c = cpuFloorRatio(s)
        return r === null ? 'n/a' : `${round(r)}× / ${c === null ? '?' : `${round(c)}×`}`
    })
    lines.push(`| Roll-up / floor | ${ratios.join(' | ')} |`)
    return lines.join('\n')
}

/** Judges the issue's targets. */
export function judgeTargets(sizes: readonly SizeResult[]): TargetResult[] {
    const named = (n: string) => sizes.find((s) => s.size.name === n)
    const out: TargetResult[] = []
    const rollups = sizes.map((s) => ({ s, m: get(s, 'rollup') })).filter((x) => x.m)
    out.push(
        rollups.length < 2
            ? {
                  target: 'Roll-up queries identical at 10k, 100k and 1M incidents',
                  status: 'not measured',
                  measured: '',
              }
            : {
                  target: 'Roll-up queries identical at 10k, 100k and 1M incidents',
                  status: new Set(rollups.map((x) => x.m?.queries)).size === 1 ? 'met' : 'missed',
                  measured: rollups.map((x) => `${x.s.size.name}: ${x.m?.queries}`).join(', '),
              }
    )
    const big = named('1m')
    const ratio = big ? floorRatio(big) : null
    out.push({
        target: 'Roll-up wall time at 1M incidents ≤ 1.5 × the SQL floor',
        status: ratio === null ? 'not measured' : ratio <= 1.5 ? 'met' : 'missed',
        measured:
            ratio === null || !big
                ? ''
                : `${formatMs(get(big, 'rollup')?.ms ?? 0)} / ${formatMs(get(big, 'floor')?.ms ?? 0)} = ${round(ratio)}× ` +
                  `(CPU time: ${round(cpuFloorRatio(big) ?? 0)}×)`,
    })
    const pricing = sizes.map((s) => ({ s, m: get(s, 'pricing') })).filter((x) => x.m)
    const ruleQueries = pricing.map((x) => num(x.m?.details ?? {}, 'ruleQueriesPerSave') ?? Infinity)
    const coreMs = pricing.map((x) => num(x.m?.details ?? {}, 'coreMs', 'median') ?? Infinity)
    out.push({
        target: 'Incident rule: ≤ 2 queries per save and ≤ 1 ms median for the pricing core',
        status: !pricing.length
            ? 'not measured'
            : Math.max(...ruleQueries) <= 2 && Math.max(...coreMs) <= 1
              ? 'met'
              : 'missed',
        measured: pricing
            .map((x, i) => `${x.s.size.name}: ${ruleQueries[i]} query, core ${formatMs(coreMs[i] ?? 0)}`)
            .join('; '),
    })
    const rescores = sizes
        .filter((s) => s.size.demands >= 50_000)
        .map((s) => ({ s, m: get(s, 'rescore') }))
        .filter((x) => x.m)
    const batchRows = (m: Measurement | undefined): number =>
        Math.max(num(m?.details ?? {}, 'batchSize') ?? Infinity, m?.largestRead ?? Infinity)
    out.push({
        target: 'Re-scoring 50k demands ≤ 20 s in the lab, in batches under 1,000 rows',
        status: !rescores.length
            ? 'not measured'
            : rescores.every((x) => (x.m?.ms ?? Infinity) <= 20_000 && batchRows(x.m) < 1000)
              ? 'met'
              : 'missed',
        measured: rescores
            .map(
                (x) =>
                    `${x.s.size.name}: ${formatMs(x.m?.ms ?? 0)} for ${formatCount(num(x.m?.details ?? {}, 'openDemands') ?? 0)} open demands; ` +
                    `batches of ${num(x.m?.details ?? {}, 'batchSize') ?? '?'} demands, largest single read ${formatCount(x.m?.largestRead ?? 0)} rows`
            )
            .join('; '),
    })
    const api = big ? [get(big, 'scorecard_api'), get(big, 'trend_api')] : []
    out.push({
        target: 'Scorecard API median ≤ 100 ms at the 1M size',
        status:
            !api.length || api.some((m) => !m)
                ? 'not measured'
                : api.every((m) => (m?.ms ?? Infinity) <= 100)
                  ? 'met'
                  : 'missed',
        measured: api
            .filter((m): m is Measurement => m !== undefined)
            .map((m) => `${m.name === 'trend_api' ? '/trend' : '/scorecard'} ${formatMs(m.ms)}`)
            .join(', '),
    })
    return out
}

/** The whole Markdown report. */
export function markdownReport(results: BenchResults): string {
    const machine = results.machine
    const lines = [
        '# Benchmark results',
        '',
        `Generated by \`npm run bench\` (scripts/bench/) on ${results.startedAt}, in ${formatMs(results.durationMs)}. ` +
            `Machine: ${String(machine['cpus'])} × ${String(machine['cpuModel'])}, ${String(machine['memoryGb'])} GB, ` +
            `Node ${String(machine['node'])}, SQLite ${String(machine['sqlite'])}; load average ${String(machine['loadBefore'])} ` +
            `before and ${String(machine['loadAfter'])} after the run (the CPU is shared with other work: wall times are upper bounds).`,
        '',
        'Wall time is the whole operation (roll-up, floor, re-score) or the median of the repeated one (save, request); ' +
            "CPU time is the measuring process's for the same work (less sensitive to other work on the machine). " +
            "Queries, rows read and rows written are the lab's counters for the same work (the floor: statements and rows returned). " +
            'Peak RSS is the measuring process (lab with the app installed, plus the operation; each measurement runs in ' +
            'its own process), less the pages of the database file the lab reads through a memory map (page cache).',
        '',
        '## All sizes',
        '',
        summaryTable(results),
        '',
        ...results.sizes.flatMap((s) => [sizeTable(s), '']),
        '## Targets (issue #10)',
        '',
        '| Target | Status | Measured |',
        '|---|---|---|',
        ...results.targets.map((t) => `| ${t.target} | ${t.status} | ${t.measured} |`),
        '',
        '![Wall time vs data size](results-time-vs-size.svg)',
        '',
    ]
    return lines.join('\n')
}

/** The time-vs-size chart (x: incidents). */
export function timeVsSizeSvg(results: BenchResults): string {
    const series: Series[] = ORDER.map((name) => ({
        name: {
            rollup: 'nightly roll-up',
            floor: 'SQL floor',
            pricing: 'pricing: one save',
            rescore: 're-score open demands',
            scorecard_api: 'GET /scorecard',
            trend_api: 'GET /scorecard/trend',
        }[name],
        points: results.sizes
            .map((s) => [s.rows['incident'] ?? s.size.incidents, get(s, name)?.ms ?? 0] as const)
            .filter(([, y]) => y > 0),
    }))
    const sizes = results.sizes
        .map(
            (s) =>
                `${s.size.name}: ${formatCount(s.rows['incident'] ?? s.size.incidents)} inc., ` +
                `${formatCount(s.rows['x_itvc_value_benefit_period'] ?? 0)} periods, ${formatCount(s.rows['dmn_demand'] ?? s.size.demands)} demands`
        )
        .join('; ')
    return lineChartSvg('IT Value Center: wall time vs data size', 'incidents', series, sizes)
}

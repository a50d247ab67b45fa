/**
 * `npm run bench` (issue #10): generates synthetic data at several sizes straight into lab databases and measures
 * what the app costs at each size: the nightly roll-up against its SQL floor, the incident pricing rule, re-scoring
 * open demands after a model edit and the scorecard API. Each measurement runs in its own process
 * (scripts/bench/worker.ts) on a temporary SQLite file. Writes results.json, results.md and
 * results-time-vs-size.svg and prints the tables.
 *
 *   npm run bench                          # every size (10k, 100k, 1m), into bench/
 *   npm run bench -- --sizes 10k,100k      # some sizes (written to bench/out/ unless --out is given)
 *   npm run bench -- --quick               # 10k only, 200 saves and 20 requests (bench/out/)
 *   options: --out <dir>  --work <dir> (databases; default: a temporary directory)  --keep (keep the databases)
 *            --build (rebuild dist/app first; it is built when missing)  --app <dir> (a built app other than
 *            dist/app)  --saves <n>  --requests <n>  --from <results.json> (render an earlier run again)
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { format, resolveConfig } from 'prettier'
import type { Measurement, MeasurementName } from './measure.ts'
import {
    judgeTargets,
    markdownReport,
    sizeTable,
    timeVsSizeSvg,
    unavailable,
    type BenchResults,
    type SizeResult,
} from './report.ts'
import { QUICK_SIZES, SIZES, selectSizes, type BenchSize } from './sizes.ts'
import type { Step, StepOutput } from './worker.ts'

const ROOT = resolve(__dirname, '..', '..')
const WORKER = join(__dirname, 'worker.ts')
const MEASURE_STEPS: readonly Step[] = ['rollup', 'floor', 'scorecard_api', 'pricing', 'rescore']

interface Args {
    readonly sizes: BenchSize[]
    readonly out: string
    readonly work: string | undefined
    readonly keep: boolean
    readonly build: boolean
    readonly saves: number
    readonly requests: number
    readonly quick: boolean
    readonly app: string | undefined
    /** Re-render this results.json (targets judged again) instead of measuring. */
    readonly from: string | undefined
}

function parseArgs(argv: readonly string[]): Args {
    const value = (name: string): string | undefined => {
        const i = argv.indexOf(name)
        if (i < 0) return undefined
        const v = argv[i + 1]
        if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`)
        return v
    }
    const known = [
        '--sizes',
        '--out',
        '--work',
        '--app',
        '--from',
        '--saves',
        '--requests',
        '--quick',
        '--keep',
        '--build',
    ]
    for (const a of argv) if (a.startsWith('--') && !known.includes(a)) throw new Error(`unknown option ${a}`)
    const quick = argv.includes('--quick')
    const sizeNames = value('--sizes') ?? (quick ? QUICK_SIZES.join(',') : SIZES.map((s) => s.name).join(','))
    const sizes = selectSizes(sizeNames)
    const full = sizes.length === SIZES.length && !quick
    const from = value('--from')
    return {
        sizes,
        out: resolve(ROOT, value('--out') ?? (from ? dirname(from) : full ? 'bench' : join('bench', 'out'))),
        work: value('--work'),
        keep: argv.includes('--keep'),
        build: argv.includes('--build'),
        saves: Number(value('--saves') ?? (quick ? 200 : 1000)),
        requests: Number(value('--requests') ?? (quick ? 20 : 50)),
        quick,
        app: value('--app'),
        from,
    }
}

/** Runs one worker step in its own process; its stderr goes to ours. */
function runStep(step: Step, size: BenchSize, db: string, app: string, extra: readonly string[]): Promise<StepOutput> {
    return new Promise((done, fail) => {
        const child = spawn(process.execPath, [...process.execArgv, WORKER, step, size.name, db, app, ...extra], {
            cwd: ROOT,
            stdio: ['ignore', 'pipe', 'pipe'],
        })
        let stdout = ''
        let stderr = ''
        child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString('utf8')
        })
        child.stderr.on('data', (chunk: Buffer) => {
            process.stderr.write(chunk)
            stderr = (stderr + chunk.toString('utf8')).slice(-4000)
        })
        child.on('error', fail)
        child.on('close', (code) => {
            const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
            if (code !== 0 || !line) {
                const reason = stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit code ${code}`
                fail(new Error(`bench step ${step} (${size.name}) failed: ${reason.trim()}`))
                return
            }
            done(JSON.parse(line.slice('BENCH_RESULT '.length)) as StepOutput)
        })
    })
}

function message(error: unknown): string {
    return error instanceof Error ? error.message : String(error)
}

/** The measurements of a step that failed, with the reason. */
function failed(step: Step, reason: string): Measurement[] {
    const names: Record<Step, MeasurementName[]> = {
        generate: [],
        rollup: ['rollup'],
        floor: ['floor'],
        scorecard_api: ['scorecard_api', 'trend_api'],
        pricing: ['pricing'],
        rescore: ['rescore'],
    }
    return names[step].map((name) => unavailable(name, `failed: ${reason}`))
}

function ensureBuiltApp(rebuild: boolean): string {
    const app = join(ROOT, 'dist', 'app')
    if (rebuild || !existsSync(app)) {
        process.stdout.write(rebuild ? 'Building dist/app (--build) ...\n' : 'dist/app is missing: building it ...\n')
        const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
        if (built.status !== 0) throw new Error('npm run build failed')
    }
    return app
}

function removeDb(path: string): void {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true })
}

function machine(): Record<string, unknown> {
    const sqlite = new Database(':memory:')
    const version = (sqlite.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
    sqlite.close()
    return {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
        sqlite: version,
        platform: `${process.platform} ${process.arch}`,
        loadBefore: loadavg()
            .map((l) => l.toFixed(2))
            .join(' '),
    }
}

async function writeJson(path: string, value: unknown): Promise<void> {
    const config = (await resolveConfig(path)) ?? {}
    writeFileSync(path, await format(JSON.stringify(value), { ...config, parser: 'json' }))
}

/** Writes results.json, results.md and the plot into `out`; prints the Markdown. */
async function writeReport(out: string, bench: BenchResults): Promise<void> {
    mkdirSync(out, { recursive: true })
    await writeJson(join(out, 'results.json'), bench)
    const markdown = markdownReport(bench)
    writeFileSync(join(out, 'results.md'), markdown)
    writeFileSync(join(out, 'results-time-vs-size.svg'), timeVsSizeSvg(bench))
    process.stdout.write(`${markdown}\nWritten: ${join(out, 'results.{json,md}')}, results-time-vs-size.svg\n`)
}

async function main(): Promise<void> {
    const args = parseArgs(process.argv.slice(2))
    if (args.from) {
        const prior = JSON.parse(readFileSync(resolve(ROOT, args.from), 'utf8')) as BenchResults
        await writeReport(args.out, { ...prior, targets: judgeTargets(prior.sizes) })
        return
    }
    const started = Date.now()
    const startedAt = new Date(started).toISOString().replace(/\.\d+Z$/, 'Z')
    const host = machine()
    const work = args.work ? resolve(args.work) : mkdtempSync(join(tmpdir(), 'itvc-bench-'))
    mkdirSync(work, { recursive: true })
    // a private copy of the built app, so a rebuild in the working tree during the run changes nothing
    const app = join(work, 'app')
    rmSync(app, { recursive: true, force: true })
    cpSync(args.app ? resolve(args.app) : ensureBuiltApp(args.build), app, { recursive: true })
    process.stdout.write(
        `Bench: sizes ${args.sizes.map((s) => s.name).join(', ')}; databases in ${work}; results to ${args.out}\n`
    )
    const results: SizeResult[] = []
    for (const size of args.sizes) {
        const db = join(work, `bench-${size.name}.db`)
        removeDb(db)
        const stepMs: Record<string, number> = {}
        const timed = async (step: Step, extra: readonly string[] = []): Promise<StepOutput> => {
            const t = Date.now()
            process.stdout.write(`  ${size.name}: ${step} ...`)
            const output = await runStep(step, size, db, app, extra)
            stepMs[step] = Date.now() - t
            process.stdout.write(` ${(stepMs[step] / 1000).toFixed(1)} s\n`)
            return output
        }
        const measurements: Measurement[] = []
        let generated: StepOutput | undefined
        try {
            generated = await timed('generate')
        } catch (error) {
            process.stdout.write(' failed\n')
            measurements.push(
                ...MEASURE_STEPS.flatMap((step) => failed(step, `data set not generated: ${message(error)}`))
            )
        }
        for (const step of generated ? MEASURE_STEPS : []) {
            const extra = step === 'pricing' ? ['--saves', String(args.saves)] : ['--requests', String(args.requests)]
            try {
                measurements.push(...(await timed(step, extra)).measurements)
            } catch (error) {
                // one failing measurement (a feature half landed) does not stop the others
                process.stdout.write(' failed\n')
                measurements.push(...failed(step, message(error)))
            }
        }
        const generate = (generated?.generate ?? {}) as Record<string, unknown>
        const result: SizeResult = {
            size,
            rows: (generate['rows'] ?? {}) as Record<string, number>,
            generate,
            measurements,
            stepMs,
        }
        results.push(result)
        process.stdout.write(`\n${sizeTable(result)}\n\n`)
        if (!args.keep) removeDb(db)
    }
    if (!args.keep && !args.work) rmSync(work, { recursive: true, force: true })
    const bench: BenchResults = {
        startedAt,
        durationMs: Date.now() - started,
        machine: {
            ...host,
            loadAfter: loadavg()
                .map((l) => l.toFixed(2))
                .join(' '),
        },
        options: { saves: args.saves, requests: args.requests, quick: args.quick },
        sizes: results,
        targets: judgeTargets(results),
    }
    await writeReport(args.out, bench)
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
})

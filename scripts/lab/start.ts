/**
 * `npm start`: builds and packs the app if its sources changed (`npm run pack`), boots the lab with a persistent
 * database under .lab/, installs the package through the same installer `now-sdk install` reaches over HTTP
 * (an upgrade in place: data rows kept), seeds the demo data on first start, runs the app's jobs once and serves
 * the lab on 127.0.0.1 (where `npm run deploy -- --lab` installs newer builds). While it runs, the scheduler runs the
 * app's jobs on their schedules and processes the event queue (scripts/lab/scheduler.ts).
 *
 *   npm start -- [--reset] [--port 8080] [--no-seed] [--no-scheduler]
 */
import './register.ts'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { serveLab } from './boot.ts'
import { LabInstaller } from './deploy/installer.ts'
import { LabInstance } from './instance.ts'
import { LabScheduler } from './scheduler.ts'
import { backfillScorecardHistory } from './demo-history.ts'
import { seedLab } from './seed-lab.ts'

const ROOT = join(__dirname, '..', '..')
const LAB_DIR = join(ROOT, '.lab')
const DB_PATH = join(LAB_DIR, 'lab.db')

interface Args {
    reset: boolean
    port: number
    seed: boolean
    scheduler: boolean
}

function parseArgs(argv: string[]): Args {
    const args: Args = { reset: false, port: 8080, seed: true, scheduler: true }
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]
        if (a === '--reset') args.reset = true
        else if (a === '--no-seed') args.seed = false
        else if (a === '--no-scheduler') args.scheduler = false
        else if (a === '--port') {
            const p = Number(argv[++i])
            if (!Number.isInteger(p) || p < 0 || p > 65535)
                throw new Error(`--port needs a port number, got ${argv[i]}`)
            args.port = p
        } else if (a === '--help' || a === '-h') {
            console.log('npm start -- [--reset] [--port 8080] [--no-seed] [--no-scheduler]')
            process.exit(0)
        } else throw new Error(`unknown option ${a} (try --help)`)
    }
    return args
}

function newest(dir: string): number {
    let t = 0
    for (const name of readdirSync(dir)) {
        const p = join(dir, name)
        const s = statSync(p)
        t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs)
    }
    return t
}

/** The newest package under target/ (`now-sdk pack` names it after package.json's name and version). */
function newestPackage(): string | undefined {
    const dir = join(ROOT, 'target')
    if (!existsSync(dir)) return undefined
    return readdirSync(dir)
        .filter((name) => name.endsWith('.zip'))
        .map((name) => join(dir, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
}

/** Builds and packs (`npm run pack`) when no package is newer than the sources; returns the package's path. */
function packIfStale(): string {
    const sources = Math.max(
        newest(join(ROOT, 'src')),
        statSync(join(ROOT, 'package.json')).mtimeMs,
        statSync(join(ROOT, 'now.config.json')).mtimeMs
    )
    const current = newestPackage()
    if (current !== undefined && statSync(current).mtimeMs >= sources) return current
    console.log('[lab] building and packing the app (npm run pack) ...')
    execFileSync('npm', ['run', '--silent', 'pack'], { cwd: ROOT, stdio: 'inherit' })
    const packed = newestPackage()
    if (packed === undefined) throw new Error('npm run pack wrote no package under target/')
    return packed
}

async function main(): Promise<void> {
    const args = parseArgs(process.argv.slice(2))
    const pkg = packIfStale()
    if (args.reset) rmSync(LAB_DIR, { recursive: true, force: true })
    mkdirSync(LAB_DIR, { recursive: true })
    const lab = new LabInstance({ dbPath: DB_PATH })
    const installer = new LabInstaller(lab)
    const app = await installer.install(readFileSync(pkg))
    console.log(
        `[lab] installed ${basename(pkg)}: ${app.name} ${app.version} (${app.tables.length} tables, ${app.rules.length} rules, ${app.routes.length} routes, ${app.jobs.length} jobs)`
    )
    const seeding = args.seed && lab.db.getMeta('seeded') === undefined
    if (seeding) {
        let last = -1
        const report = seedLab(lab, {
            now: new Date(),
            progress: (done, total) => {
                const pct = Math.floor((done / total) * 100)
                if (pct >= last + 10 || done === total) {
                    last = pct
                    process.stdout.write(`\r[lab] seeding demo data ${String(pct).padStart(3)}% (${done}/${total})`)
                }
            },
        })
        process.stdout.write('\n')
        lab.db.setMeta('seeded', new Date().toISOString())
        lab.db.setMeta('demo_users', JSON.stringify(report.users))
        const counts = Object.entries(report.inserted)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')
        console.log(`[lab] seeded in ${(report.ms / 1000).toFixed(1)} s: ${counts}`)
        if (report.skippedTables.length)
            console.log(`[lab] not installed yet, skipped: ${report.skippedTables.join(', ')}`)
        for (const job of lab.jobs()) {
            const run = lab.runJob(job.name)
            console.log(`[lab] ran job "${job.name}" (${run.stats.queries} queries)`)
        }
    }
    const running = await serveLab(lab, args.port, { installer })
    if (seeding) {
        // a year of scorecards, so the page's trends have history (the nightly job computes two periods)
        await backfillScorecardHistory(running).then(
            (h) => console.log(`[lab] back-filled scorecards ${h.from} … ${h.to} (${h.periods} periods) in ${h.ms} ms`),
            (e: unknown) =>
                console.warn(`[lab] scorecard back-fill skipped: ${e instanceof Error ? e.message : String(e)}`)
        )
    }
    const scheduler = new LabScheduler(lab)
    if (args.scheduler) scheduler.start()
    const users = JSON.parse(lab.db.getMeta('demo_users') ?? '[]') as {
        userName: string
        password: string
        roles: string[]
    }[]
    console.log(`\n[lab] IT Value Center lab is running at ${running.url}`)
    console.log(`[lab] scorecard page: ${running.url}/x_itvc_value_scorecard.do (e.g. as itvc.portfolio_owner)`)
    console.log('[lab] demo users (user / password: roles):')
    for (const u of users)
        console.log(`        ${u.userName.padEnd(24)} ${u.password.padEnd(18)} ${u.roles.join(', ') || '(no roles)'}`)
    console.log(
        `[lab] try: curl -u ${users.find((u) => u.roles.includes('itil'))?.userName ?? 'admin'}:<password> '${running.url}/api/now/table/incident?sysparm_limit=2'`
    )
    console.log(
        `[lab] deploy a new build here: npm run deploy -- --lab${args.port === 8080 ? '' : ` --port ${running.port}`}`
    )
    if (args.scheduler) {
        const upcoming = [...scheduler.upcoming()].sort((a, b) => a[1] - b[1])
        console.log('[lab] scheduled jobs (UTC; events every 10 s):')
        for (const [name, at] of upcoming)
            console.log(`        ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')}  ${name}`)
    } else console.log('[lab] scheduler off (--no-scheduler): jobs run only when asked')
    console.log(`[lab] memory: ${Math.round(process.memoryUsage().rss / 1048576)} MiB RSS. Ctrl-C stops.`)
    const stop = (): void => {
        console.log('\n[lab] stopping ...')
        scheduler.stop()
        void running.close().then(() => {
            lab.close()
            process.exit(0)
        })
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
    console.error(`[lab] ${e instanceof Error ? e.message : String(e)}`)
    process.exit(1)
})

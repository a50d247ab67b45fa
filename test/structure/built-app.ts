/** The built app under test: `dist/app` as `npm test` leaves it after `now-sdk build --frozenKeys`. */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadAppRecords, type AppRecords } from '../../scripts/metadata/app-records.ts'

export const ROOT = join(__dirname, '..', '..')
export const APP_DIR = join(ROOT, 'dist', 'app')
export const SCOPE = 'x_itvc_value'

let cached: AppRecords | undefined

/** Loads dist/app once per test file; fails with a clear message when the build has not run. */
export function builtApp(): AppRecords {
    if (!existsSync(APP_DIR)) throw new Error(`${APP_DIR} is missing: run "npm run build" before the structure tests`)
    cached ??= loadAppRecords(APP_DIR)
    return cached
}

/** Platform tables the app may add columns to (never creates). */
export const AUGMENTED_PLATFORM_TABLES = ['incident', 'dmn_demand', 'pm_project'] as const

/** The SOURCE_DATE_EPOCH the build pins (scripts/build/reproducible.ts): the env value, else the last commit's time. */
export function sourceDateEpoch(): string {
    const fromEnv = process.env['SOURCE_DATE_EPOCH']
    if (fromEnv && /^\d+$/.test(fromEnv)) return fromEnv
    try {
        return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim()
    } catch {
        return '0'
    }
}

/** The timestamp the build pinned into the SBOM module (scripts/build/reproducible.ts), as epoch seconds. */
export function pinnedSbomEpoch(): string {
    const sbom = builtApp()
        .of('sys_module')
        .find((m) => m.fields.path.endsWith('/bom.json'))
    const m = /"timestamp": "([^"]+)"/.exec(sbom?.fields.content ?? '')
    if (!m) throw new Error('the built app has no pinned SBOM timestamp')
    return String(Math.round(Date.parse(m[1] as string) / 1000))
}

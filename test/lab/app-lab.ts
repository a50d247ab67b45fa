/**
 * Test harness over the REAL built app (dist/app, as `npm test` builds it): a lab instance with the app installed,
 * the demo users (one per role, see scripts/seed/people.ts) and, optionally, the whole demo data set, served on a
 * free port. Feature tests drive it as a real client would: the Table API and the app's REST routes.
 */
import { join } from 'node:path'
import { loadAppRecords, type AppRecords } from '../../scripts/metadata/app-records.ts'
import { serveLab, type RunningLab } from '../../scripts/lab/boot.ts'
import { LabInstance, type LabOptions } from '../../scripts/lab/instance.ts'
import { seedLab } from '../../scripts/lab/seed-lab.ts'
import { DEMO_USERS } from '../../scripts/seed/people.ts'

export const DIST_APP = join(__dirname, '..', '..', 'dist', 'app')

let records: AppRecords | undefined
/** The built app's records (loaded once per test file). */
export function builtAppRecords(): AppRecords {
    records ??= loadAppRecords(DIST_APP)
    return records
}

export interface AppLabOptions extends LabOptions {
    /** Seed the whole demo data set (890 incidents, demands, projects, ...). Default false: users only. */
    readonly seed?: boolean
    /** "Now" of the demo data set. */
    readonly seedNow?: Date
}

/** A lab with the built app installed and the demo users created (passwords as in DEMO_USERS). */
export function appLab(options: AppLabOptions = {}): LabInstance {
    const lab = new LabInstance({ clock: () => '2026-11-15 12:00:00', ...options })
    lab.install(builtAppRecords())
    if (options.seed) {
        seedLab(lab, { now: options.seedNow ?? new Date('2026-11-15T12:00:00Z') })
    } else {
        for (const u of DEMO_USERS) lab.createUser(u.userName, u.password, u.roles)
    }
    return lab
}

/** appLab() served over HTTP on a free port. Close it in afterAll. */
export async function servedAppLab(options: AppLabOptions = {}): Promise<RunningLab> {
    return serveLab(appLab(options), 0)
}

/** Basic-auth header for a demo user. */
export function basicAuth(userName: string): string {
    const u = DEMO_USERS.find((d) => d.userName === userName)
    if (!u) throw new Error(`no demo user ${userName}`)
    return `Basic ${Buffer.from(`${u.userName}:${u.password}`).toString('base64')}`
}

/** fetch JSON from a running lab as a demo user. */
export async function call(
    lab: RunningLab,
    userName: string,
    method: string,
    path: string,
    body?: unknown
): Promise<{ status: number; headers: Headers; body: any }> {
    const res = await fetch(`${lab.url}${path}`, {
        method,
        headers: {
            Authorization: basicAuth(userName),
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await res.text()
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
}

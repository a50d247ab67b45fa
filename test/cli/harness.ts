/**
 * Test harness of the itvc client: a lab with the built app (test/lab/app-lab.ts) served on a free port with a request
 * log, fault injection (`lab.http.setFaults`) and an in-process `itvc(...)` runner whose sleeps are recorded, never
 * waited.
 */
import type { LabOptions } from '../../scripts/lab/instance.ts'
import { LabInstance } from '../../scripts/lab/instance.ts'
import { LabAuthService, LabRestService, LabTableService } from '../../scripts/lab/engine/services.ts'
import type { LabHttpServer, RequestInfo } from '../../scripts/lab/http/server.ts'
import { createLabHttpServer } from '../../scripts/lab/http/server.ts'
import type { FaultPlan } from '../../scripts/lab/http/faults.ts'
import { run } from '../../scripts/cli/main.ts'
import type { ItvcClient } from '../../scripts/cli/http/client.ts'
import { createClient } from '../../scripts/cli/http/client.ts'
import { DEMO_USERS } from '../../scripts/seed/people.ts'
import { loadAppRecords } from '../../scripts/metadata/app-records.ts'
import { DIST_APP } from '../lab/app-lab.ts'

/** A served lab with its request log. */
export interface CliLab {
    readonly url: string
    readonly lab: LabInstance
    readonly http: LabHttpServer
    /** Every request the lab answered (method, path, status, faults). */
    readonly requests: RequestInfo[]
    faults(plan: FaultPlan | undefined): void
    close(): Promise<void>
}

/** The built app the labs install: dist/app, or `ITVC_TEST_DIST_APP` (a build of another tree). */
export const APP_DIR = process.env['ITVC_TEST_DIST_APP'] ?? DIST_APP

/** A lab with the built app and the demo users (passwords as in DEMO_USERS), no demo data. */
export function cliLabInstance(options: LabOptions = {}): LabInstance {
    const lab = new LabInstance({ clock: () => '2026-11-15 12:00:00', ...options })
    lab.install(loadAppRecords(APP_DIR))
    for (const u of DEMO_USERS) lab.createUser(u.userName, u.password, u.roles)
    return lab
}

/** Starts a lab with the built app and the demo users (no demo data). */
export async function startCliLab(options: LabOptions = {}): Promise<CliLab> {
    const lab = cliLabInstance(options)
    const requests: RequestInfo[] = []
    const http = createLabHttpServer({
        tables: new LabTableService(lab),
        rest: new LabRestService(lab),
        auth: new LabAuthService(lab),
        onRequest: (info) => {
            requests.push(info)
            if (lab.pendingAsync()) setImmediate(() => lab.settle())
        },
    })
    const { url } = await http.listen(0)
    return {
        url,
        lab,
        http,
        requests,
        faults: (plan) => http.setFaults(plan),
        close: async () => {
            await http.close()
            lab.close()
        },
    }
}

/** The password of a demo user. */
export function passwordOf(userName: string): string {
    const user = DEMO_USERS.find((u) => u.userName === userName)
    if (user === undefined) throw new Error(`no demo user ${userName}`)
    return user.password
}

/** What a run of itvc printed and returned. */
export interface CliRun {
    readonly code: number
    readonly stdout: string
    readonly stderr: string
    /** Every sleep the client asked for, in ms (never actually waited). */
    readonly sleeps: number[]
}

/** Options of `itvc()`. */
export interface ItvcOptions {
    /** Demo user (basic auth); admin by default. */
    readonly user?: string
    /** Extra or replacing environment variables. */
    readonly env?: Readonly<Record<string, string | undefined>>
    readonly cwd?: string
    /** Clock of the client (ms). */
    readonly now?: () => number
}

/** Runs itvc in-process against a lab URL. */
export async function itvc(url: string, argv: readonly string[], options: ItvcOptions = {}): Promise<CliRun> {
    let stdout = ''
    let stderr = ''
    const sleeps: number[] = []
    const user = options.user ?? 'admin'
    const code = await run(['--instance', url, ...argv], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: (t: string) => (stderr += t) },
        env: { ITVC_USER: user, ITVC_PASSWORD: passwordOf(user), ...options.env },
        cwd: options.cwd ?? process.cwd(),
        sleep: async (ms) => {
            sleeps.push(ms)
        },
        random: () => 0.5,
        ...(options.now === undefined ? {} : { now: options.now }),
    })
    return { code, stdout, stderr, sleeps }
}

/** A client for a demo user whose sleeps are recorded in `sleeps`. */
export function testClient(
    url: string,
    user = 'admin',
    extra: { sleeps?: number[]; notes?: string[]; now?: () => number; maxAttempts?: number } = {}
): ItvcClient {
    return createClient({
        instance: url,
        credentials: { kind: 'basic', user, password: passwordOf(user) },
        sleep: async (ms) => {
            extra.sleeps?.push(ms)
        },
        random: () => 0.5,
        notify: (line) => extra.notes?.push(line),
        ...(extra.now === undefined ? {} : { now: extra.now }),
        ...(extra.maxAttempts === undefined ? {} : { retry: { maxAttempts: extra.maxAttempts } }),
    })
}

/** Inserts `count` rows into a table as the system, fast (one transaction, no business rules). */
export function insertRows(
    lab: LabInstance,
    table: string,
    count: number,
    values: (i: number) => Readonly<Record<string, string>>
): string[] {
    const ids: string[] = []
    lab.runAsSystem(() => {
        for (let i = 0; i < count; i++) {
            const id = `${table.length.toString(16).padStart(2, '0')}${i.toString(16).padStart(30, '0')}`
            lab.upsert(table, id, values(i))
            ids.push(id)
        }
    })
    return ids
}

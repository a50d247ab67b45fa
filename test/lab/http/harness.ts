/** Starts the lab HTTP server over the fakes on a free port, with fetch helpers for the tests. */
import type { LabHttpDeps, LabHttpServer, RequestInfo } from '../../../scripts/lab/http/server.ts'
import { createLabHttpServer } from '../../../scripts/lab/http/server.ts'
import {
    FakeAuthService,
    FakeScriptedRestService,
    FakeTableService,
    USERS,
    fixtureRoutes,
    fixtureTables,
} from './fakes.ts'

/** A running lab over fresh fixtures. */
export interface TestLab {
    readonly url: string
    readonly lab: LabHttpServer
    readonly tables: FakeTableService
    readonly rest: FakeScriptedRestService
    readonly requests: RequestInfo[]
    readonly logs: string[]
    /** fetch with basic auth as a fixture user (admin by default). */
    fetchAs(user: keyof typeof USERS | 'anonymous', path: string, init?: RequestInit): Promise<Response>
}

/** Basic auth header value. */
export function basic(userName: string, password: string): string {
    return `Basic ${Buffer.from(`${userName}:${password}`).toString('base64')}`
}

/** Starts a lab; close it with `lab.close()`. */
export async function startLab(options: Partial<Omit<LabHttpDeps, 'tables' | 'rest' | 'auth'>> = {}): Promise<TestLab> {
    const tables = new FakeTableService(fixtureTables())
    const rest = new FakeScriptedRestService(fixtureRoutes())
    const requests: RequestInfo[] = []
    const logs: string[] = []
    const lab = createLabHttpServer({
        tables,
        rest,
        auth: new FakeAuthService(Object.values(USERS)),
        onRequest: (info) => requests.push(info),
        log: (level, message) => logs.push(`${level}: ${message}`),
        ...options,
    })
    const { url } = await lab.listen(0)
    return {
        url,
        lab,
        tables,
        rest,
        requests,
        logs,
        fetchAs(user, path, init = {}) {
            const headers = new Headers(init.headers)
            if (user !== 'anonymous') headers.set('Authorization', basic(USERS[user].userName, USERS[user].password))
            return fetch(`${url}${path}`, { ...init, headers })
        },
    }
}

/** A JSON request init. */
export function json(method: string, body: unknown): RequestInit {
    return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
}

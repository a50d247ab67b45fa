/**
 * A tiny scripted HTTP server for the contract cases the lab cannot produce (the Batch API, a 202 without content,
 * a 429 without Retry-After). Each request is answered by the handler and recorded.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A recorded request. */
export interface FakeRequest {
    readonly method: string
    readonly url: string
    readonly headers: Readonly<Record<string, string | string[] | undefined>>
    readonly body: string
}

/** An answer. */
export interface FakeResponse {
    readonly status: number
    readonly headers?: Readonly<Record<string, string>>
    readonly body?: string
}

/** A running fake. */
export interface FakeServer {
    readonly url: string
    readonly requests: FakeRequest[]
    close(): Promise<void>
}

/** Starts a fake on a free port of 127.0.0.1. */
export async function startFake(handler: (req: FakeRequest, index: number) => FakeResponse): Promise<FakeServer> {
    const requests: FakeRequest[] = []
    const server = createServer((req, res) => {
        const chunks: Buffer[] = []
        req.on('data', (c: Buffer) => chunks.push(c))
        req.on('end', () => {
            const request: FakeRequest = {
                method: req.method ?? 'GET',
                url: req.url ?? '/',
                headers: req.headers,
                body: Buffer.concat(chunks).toString('utf8'),
            }
            requests.push(request)
            const answer = handler(request, requests.length - 1)
            res.statusCode = answer.status
            for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v)
            res.end(answer.body ?? '')
        })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return {
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
            new Promise((resolve) => {
                server.closeAllConnections()
                server.close(() => resolve())
            }),
    }
}

/** A JSON answer. */
export function json(status: number, value: unknown, headers: Readonly<Record<string, string>> = {}): FakeResponse {
    return {
        status,
        headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
        body: JSON.stringify(value),
    }
}

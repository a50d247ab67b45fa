/**
 * What a command runs with: the parsed options, the streams, the connection (from `--instance` and the environment,
 * parsed with zod) and a lazily created HTTP client. Everything a test needs to replace is injectable here.
 */
import { isAbsolute, resolve } from 'node:path'
import { z } from 'zod'
import type { Credentials, ItvcClient } from './http/client.ts'
import { createClient, instanceOrigin } from './http/client.ts'
import { ItvcError } from './http/errors.ts'
import type { Redactor } from './http/redact.ts'
import { createRedactor } from './http/redact.ts'
import type { Format } from './output/format.ts'
import type { Progress, ProgressStream } from './output/progress.ts'
import { createProgress } from './output/progress.ts'

/** The default instance: the local lab (`npm start`). */
export const DEFAULT_INSTANCE = 'http://127.0.0.1:8080'

/** Streams and hooks of one run (the process's by default; fakes in tests). */
export interface CliIo {
    readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean }
    readonly stderr: ProgressStream
    readonly env: Readonly<Record<string, string | undefined>>
    /** Directory relative file names resolve against. */
    readonly cwd: string
    /** Test hooks passed to the HTTP client. */
    readonly sleep?: (ms: number) => Promise<void>
    readonly now?: () => number
    readonly random?: () => number
    readonly onExchange?: (exchange: { method: string; url: string; status: number; attempt: number }) => void
}

/** Options every command accepts. */
export interface GlobalOptions {
    readonly instance: string | undefined
    readonly format: Format
    /** `--format` when given (commands writing files pick their own default otherwise). */
    readonly explicitFormat: Format | undefined
    readonly verbose: boolean
    readonly progress: boolean
    readonly quiet: boolean
    /** Longest wait for a rate limit, seconds. */
    readonly maxWait: number
    /** Tries per request. */
    readonly retries: number
    /** Per-request timeout, seconds. */
    readonly timeout: number
}

const Env = z.object({
    ITVC_INSTANCE: z.string().trim().min(1).optional(),
    ITVC_USER: z.string().min(1).optional(),
    ITVC_PASSWORD: z.string().min(1).optional(),
    ITVC_TOKEN: z.string().min(1).optional(),
})

/** The connection: instance origin and credentials. */
export interface Connection {
    readonly instance: string
    readonly credentials: Credentials
}

/**
 * Reads the connection from `--instance` (else `ITVC_INSTANCE`, else the lab) and the credentials from `ITVC_TOKEN`
 * (bearer) or `ITVC_USER` + `ITVC_PASSWORD` (basic). Messages name the variables, never their values.
 */
export function readConnection(instanceFlag: string | undefined, env: CliIo['env']): Connection {
    const parsed = Env.safeParse({
        ITVC_INSTANCE: env['ITVC_INSTANCE'] || undefined,
        ITVC_USER: env['ITVC_USER'] || undefined,
        ITVC_PASSWORD: env['ITVC_PASSWORD'] || undefined,
        ITVC_TOKEN: env['ITVC_TOKEN'] || undefined,
    })
    if (!parsed.success)
        throw new ItvcError(
            'CONFIG',
            `invalid environment: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`
        )
    const vars = parsed.data
    const instance = instanceOrigin(instanceFlag ?? vars.ITVC_INSTANCE ?? DEFAULT_INSTANCE)
    if (vars.ITVC_TOKEN !== undefined) return { instance, credentials: { kind: 'bearer', token: vars.ITVC_TOKEN } }
    if (vars.ITVC_USER !== undefined && vars.ITVC_PASSWORD !== undefined)
        return { instance, credentials: { kind: 'basic', user: vars.ITVC_USER, password: vars.ITVC_PASSWORD } }
    throw new ItvcError(
        'CONFIG',
        'no credentials: set ITVC_USER and ITVC_PASSWORD (basic auth) or ITVC_TOKEN (OAuth bearer token)'
    )
}

/** What a command's `run` receives. */
export interface CommandContext {
    readonly io: CliIo
    readonly options: GlobalOptions
    /** The HTTP client (created on first use; configuration errors surface then). */
    client(): ItvcClient
    /** Masks the session's secrets (also before the client exists). */
    readonly redact: Redactor
    /** Prints data to stdout. */
    out(text: string): void
    /** Prints a message to stderr (redacted) unless `--quiet`. */
    info(text: string): void
    /** Prints a warning to stderr (redacted), even with `--quiet`. */
    warn(text: string): void
    /** A progress bar on stderr (TTY or `--progress`). */
    progress(label: string, total?: number): Progress
    /** Resolves a file name against the working directory. */
    path(file: string): string
}

/** Builds the context of one run. */
export function createContext(io: CliIo, options: GlobalOptions): CommandContext {
    let client: ItvcClient | undefined
    const secrets = [io.env['ITVC_PASSWORD'], io.env['ITVC_TOKEN']].filter(
        (s): s is string => typeof s === 'string' && s !== ''
    )
    const user = io.env['ITVC_USER']
    const redact = createRedactor(user !== undefined && user !== '' ? { secrets, user } : { secrets })
    const err = (text: string): void => {
        io.stderr.write(`${redact(text)}\n`)
    }
    return {
        io,
        options,
        redact,
        client() {
            if (client === undefined) {
                const connection = readConnection(options.instance, io.env)
                client = createClient({
                    ...connection,
                    timeoutMs: options.timeout * 1000,
                    retry: { maxAttempts: options.retries, maxWaitMs: options.maxWait * 1000 },
                    ...(io.sleep === undefined ? {} : { sleep: io.sleep }),
                    ...(io.now === undefined ? {} : { now: io.now }),
                    ...(io.random === undefined ? {} : { random: io.random }),
                    ...(io.onExchange === undefined ? {} : { onExchange: io.onExchange }),
                    ...(options.verbose ? { log: (line: string) => err(`[verbose] ${line}`) } : {}),
                    notify: (line: string) => err(`itvc: ${line}`),
                })
                if (options.verbose)
                    err(
                        `[verbose] instance ${client.instance}, ${connection.credentials.kind === 'basic' ? `basic auth as ${connection.credentials.user}` : 'bearer token'} (Authorization: ***)`
                    )
            }
            return client
        },
        out(text) {
            io.stdout.write(text)
        },
        info(text) {
            if (!options.quiet) err(text)
        },
        warn(text) {
            err(`itvc: warning: ${text}`)
        },
        progress(label, total) {
            return createProgress({
                label,
                ...(total === undefined ? {} : { total }),
                stream: io.stderr,
                force: options.progress,
                quiet: options.quiet,
            })
        },
        path(file) {
            return isAbsolute(file) ? file : resolve(io.cwd, file)
        },
    }
}

/**
 * Arguments and environment of `npm run deploy` (scripts/deploy.ts): the SDK's own `now-sdk install`, pointed at
 * the lab or at an instance through the CLI's CI variables (`SN_SDK_NODE_ENV=SN_SDK_CI_INSTALL`,
 * `SN_SDK_AUTH_TYPE=basic`, `SN_SDK_INSTANCE_URL`, `SN_SDK_USER`, `SN_SDK_USER_PWD`; read by
 * `@servicenow/sdk-cli/src/auth/index.ts` getCIAuthConfig), so nothing is stored in the user's keychain.
 */
import { join } from 'node:path'

/** The project's pinned SDK CLI (what `node_modules/.bin/now-sdk` links to). */
export const NOW_SDK_BIN = join(__dirname, '..', '..', '..', 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js')

/** Port `npm start` serves the lab on. */
export const LAB_PORT = 8080

/** Where to install. */
export type DeployTarget =
    | { readonly kind: 'lab'; readonly url: string }
    | { readonly kind: 'url'; readonly url: string }
    /** `now-sdk install` as configured: its CI variables if set, else its stored credential (`--auth <alias>`). */
    | { readonly kind: 'sdk' }

/** Parsed `npm run deploy -- ...` arguments. */
export interface DeployArgs {
    readonly target: DeployTarget
    /** Run `npm run build` first (default true; `--no-build`). */
    readonly build: boolean
    readonly user?: string
    readonly password?: string
    /** Passed on to `now-sdk install` (after `--`). */
    readonly extra: readonly string[]
}

/** Usage line. */
export const DEPLOY_USAGE =
    'npm run deploy -- [--lab [--port 8080] | --url <instance URL> | --auth <alias>] [--user <name> --password <pw>] [--no-build] [-- <now-sdk install options>]'

/**
 * Parses the wrapper's arguments.
 * @example parseDeployArgs(['--lab']).target //=> { kind: 'lab', url: 'http://127.0.0.1:8080' }
 * @example parseDeployArgs(['--url', 'https://dev1.service-now.com/']).target //=> { kind: 'url', url: 'https://dev1.service-now.com' }
 */
export function parseDeployArgs(argv: readonly string[]): DeployArgs {
    let lab = false
    let port = LAB_PORT
    let url: string | undefined
    let build = true
    let user: string | undefined
    let password: string | undefined
    const extra: string[] = []
    const value = (i: number, flag: string): string => {
        const v = argv[i]
        if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value (${DEPLOY_USAGE})`)
        return v
    }
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i] as string
        if (a === '--') {
            extra.push(...argv.slice(i + 1))
            break
        } else if (a === '--lab') lab = true
        else if (a === '--no-build') build = false
        else if (a === '--port') {
            port = Number(value(++i, a))
            if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port needs a port number`)
        } else if (a === '--url') {
            const raw = value(++i, a)
            let parsed: URL
            try {
                parsed = new URL(raw)
            } catch {
                throw new Error(`--url needs an absolute URL, got ${JSON.stringify(raw)}`)
            }
            if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
                throw new Error(`--url needs an http(s) URL, got ${JSON.stringify(raw)}`)
            // basic credentials travel with every request: never in clear text to another machine, never in the URL
            if (parsed.protocol === 'http:' && !isLoopback(parsed.hostname))
                throw new Error(`--url must be https for ${parsed.hostname} (http only for a lab on this machine)`)
            if (parsed.username !== '' || parsed.password !== '')
                throw new Error('--url must not carry credentials: use --user and SN_SDK_USER_PWD')
            url = parsed.origin
        } else if (a === '--auth') extra.push('--auth', value(++i, a))
        else if (a === '--user') user = value(++i, a)
        else if (a === '--password') password = value(++i, a)
        else throw new Error(`unknown option ${a} (${DEPLOY_USAGE})`)
    }
    const target: DeployTarget = lab
        ? { kind: 'lab', url: url ?? `http://127.0.0.1:${port}` }
        : url !== undefined
          ? { kind: 'url', url }
          : { kind: 'sdk' }
    return {
        target,
        build,
        ...(user === undefined ? {} : { user }),
        ...(password === undefined ? {} : { password }),
        extra,
    }
}

/**
 * Whether a host name is this machine (where plain http is acceptable: the lab).
 * @example isLoopback('127.0.0.1') //=> true
 * @example isLoopback('dev1.service-now.com') //=> false
 */
export function isLoopback(hostname: string): boolean {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
}

/**
 * The environment `now-sdk install` runs with. The lab: its URL and (unless given) the lab's admin. An instance:
 * its URL and `--user`/`--password` or `SN_SDK_USER`/`SN_SDK_USER_PWD` from the environment. Neither: the
 * environment as it is (the CLI's own CI variables or stored credential).
 */
export function deployEnv(
    args: DeployArgs,
    env: Readonly<NodeJS.ProcessEnv>,
    labAdmin: { readonly userName: string; readonly password: string }
): NodeJS.ProcessEnv {
    const out: NodeJS.ProcessEnv = { ...env }
    if (args.target.kind === 'sdk') return out
    // a pre-authenticated session in the environment would win over the credentials given here
    for (const name of ['SN_SDK_SESSION_TOKEN', 'SN_SDK_SESSION_COOKIE', 'SN_SDK_SESSION_BEARER_TOKEN'])
        delete out[name]
    const user = args.user ?? (args.target.kind === 'lab' ? labAdmin.userName : env['SN_SDK_USER'])
    const password =
        args.password ??
        (args.target.kind === 'lab' && args.user === undefined ? labAdmin.password : env['SN_SDK_USER_PWD'])
    if (!user || !password)
        throw new Error(
            `installing on ${args.target.url} needs a user and password: --user/--password or SN_SDK_USER/SN_SDK_USER_PWD`
        )
    return {
        ...out,
        SN_SDK_NODE_ENV: 'SN_SDK_CI_INSTALL',
        SN_SDK_AUTH_TYPE: 'basic',
        SN_SDK_INSTANCE_URL: args.target.url,
        SN_SDK_USER: user,
        SN_SDK_USER_PWD: password,
    }
}

/**
 * `npm run deploy`: builds the app and installs it with the SDK's own `now-sdk install` (which packs dist/app and
 * uploads the package): on the lab or on an instance, the same command with a different URL.
 *
 *   npm run deploy -- --lab                         # the lab `npm start` serves on :8080, as its demo admin
 *   npm run deploy -- --lab --port 8181             # a lab on another port
 *   npm run deploy -- --url https://<instance>      # as SN_SDK_USER / SN_SDK_USER_PWD (or --user/--password)
 *   npm run deploy -- --auth dev                    # the credential stored with `now-sdk auth --add ... --alias dev`
 *   npm run deploy                                  # the SDK's own SN_SDK_* variables, or its default credential
 *   npm run deploy -- --lab --no-build -- --info    # skip the build; options after `--` go to now-sdk install
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { DEPLOY_USAGE, NOW_SDK_BIN, deployEnv, parseDeployArgs } from './lab/deploy/deploy-args.ts'
import { DEMO_USERS } from './seed/people.ts'

const ROOT = join(__dirname, '..')

function main(): void {
    const argv = process.argv.slice(2)
    if (argv.includes('--help') || argv.includes('-h')) {
        console.log(DEPLOY_USAGE)
        return
    }
    const args = parseDeployArgs(argv)
    const admin = DEMO_USERS.find((u) => u.roles.includes('admin'))
    if (admin === undefined) throw new Error('scripts/seed/people.ts has no demo admin')
    if (args.password !== undefined && args.target.kind !== 'lab')
        console.warn('[deploy] --password shows in the process list and shell history: prefer SN_SDK_USER_PWD')
    const env = deployEnv(args, process.env, admin)
    if (args.build) {
        console.log('[deploy] npm run build ...')
        execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' })
    }
    const where = args.target.kind === 'sdk' ? 'the instance now-sdk is configured for' : args.target.url
    console.log(`[deploy] now-sdk install on ${where} ...`)
    execFileSync(process.execPath, [NOW_SDK_BIN, 'install', '--source', ROOT, ...args.extra], {
        cwd: ROOT,
        env,
        stdio: 'inherit',
    })
}

try {
    main()
} catch (error) {
    // now-sdk has printed its own error; exit with its status
    const status = (error as { status?: unknown }).status
    if (typeof status !== 'number') console.error(`[deploy] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(typeof status === 'number' ? status : 1)
}

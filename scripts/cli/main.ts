/**
 * `itvc`: the IT Value Center command-line client. `run(argv, io)` parses the arguments, runs one command and
 * returns the exit code (README "The itvc command-line client"); it never calls `process.exit` so tests run it
 * in-process. Every line it prints passes through the session's redactor.
 */
import { parseArgs } from 'node:util'
import type { Command, OptionSpec, OptionValues } from './command.ts'
import { intOption } from './command.ts'
import { COMMANDS } from './commands/index.ts'
import type { CliIo, GlobalOptions } from './context.ts'
import { DEFAULT_INSTANCE, createContext } from './context.ts'
import { EXIT, isItvcError } from './http/errors.ts'
import { createRedactor } from './http/redact.ts'
import { FORMATS, parseFormat } from './output/format.ts'

/** Options every command accepts. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
    instance: {
        type: 'string',
        help: `--instance URL     instance (default: ITVC_INSTANCE, else ${DEFAULT_INSTANCE})`,
    },
    format: { type: 'string', help: `--format ${FORMATS.join('|')}  output format (default: table)` },
    verbose: {
        type: 'boolean',
        short: 'v',
        help: '--verbose, -v       log every request (credentials are never shown)',
    },
    progress: { type: 'boolean', help: '--progress          progress bars even when stderr is not a terminal' },
    quiet: { type: 'boolean', short: 'q', help: '--quiet, -q         no progress and no notes on stderr' },
    'max-wait': {
        type: 'string',
        help: '--max-wait SECONDS  longest wait a rate limit (429) may ask for (default 60)',
    },
    retries: { type: 'string', help: '--retries N         tries per request (default 5)' },
    timeout: { type: 'string', help: '--timeout SECONDS   per-request timeout (default 60)' },
    help: { type: 'boolean', short: 'h', help: '--help, -h          help' },
}

const EXIT_HELP = `Exit codes:
  0  ok
  1  usage: bad arguments, unknown field in a query, missing configuration
  2  authentication (401) or permission (403) failure
  3  not found (404: missing or not readable)
  4  server or contract error: 5xx after retries, rate limit given up, network, 200 with an error, bad response
  5  partial import: some rows applied, others rejected (--partial)
  6  input file rejected (bad CSV rows): nothing was applied
  130 interrupted`

function usage(): string {
    const lines = ['Usage: itvc <command> [options]', '', 'Commands:']
    for (const c of COMMANDS) lines.push(`  ${c.synopsis}`, `      ${c.summary}`)
    lines.push('', 'Options of every command:')
    for (const o of Object.values(GLOBAL_OPTIONS)) lines.push(`  ${o.help}`)
    lines.push(
        '',
        'Connection: ITVC_INSTANCE, and ITVC_USER + ITVC_PASSWORD (basic) or ITVC_TOKEN (OAuth bearer).',
        '',
        EXIT_HELP,
        ''
    )
    return lines.join('\n')
}

function commandHelp(command: Command): string {
    const lines = [`Usage: itvc ${command.synopsis}`, '', command.summary, '']
    const own = Object.values(command.options)
    if (own.length > 0) {
        lines.push('Options:')
        for (const o of own) lines.push(`  ${o.help}`)
        lines.push('')
    }
    lines.push('Options of every command:')
    for (const o of Object.values(GLOBAL_OPTIONS)) lines.push(`  ${o.help}`)
    lines.push('', EXIT_HELP, '')
    return lines.join('\n')
}

/** Finds the command named by the leading words (global options may come first); returns its index span. */
function findCommand(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
    const words: { word: string; index: number }[] = []
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i] ?? ''
        if (token === '--') break
        if (token.startsWith('-')) {
            const name = token.replace(/^--?/, '').split('=')[0] ?? ''
            const spec = GLOBAL_OPTIONS[name] ?? Object.values(GLOBAL_OPTIONS).find((o) => o.short === name)
            if (spec === undefined) break
            if (spec.type === 'string' && !token.includes('=')) i++
            continue
        }
        words.push({ word: token, index: i })
        if (words.length >= 2) break
    }
    const candidates = [...COMMANDS].sort((a, b) => b.path.length - a.path.length)
    for (const command of candidates) {
        if (command.path.every((p, i) => words[i]?.word === p)) {
            const drop = new Set(words.slice(0, command.path.length).map((w) => w.index))
            return { command, rest: argv.filter((_, i) => !drop.has(i)) }
        }
    }
    return undefined
}

function readGlobals(values: OptionValues): GlobalOptions {
    const instance = values['instance']
    return {
        instance: typeof instance === 'string' ? instance : undefined,
        format: parseFormat(typeof values['format'] === 'string' ? values['format'] : undefined),
        explicitFormat: typeof values['format'] === 'string' ? parseFormat(values['format']) : undefined,
        verbose: values['verbose'] === true,
        progress: values['progress'] === true,
        quiet: values['quiet'] === true,
        maxWait: intOption(values, 'max-wait', 60, 0, 86_400),
        retries: intOption(values, 'retries', 5, 1, 20),
        timeout: intOption(values, 'timeout', 60, 1, 3600),
    }
}

/** The process's streams and environment. */
export function processIo(): CliIo {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }
}

/**
 * Runs itvc with arguments (without `node` and the script) and returns the exit code.
 * @example await run(['--help'], processIo()) //=> 0
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
    const secrets = [io.env['ITVC_PASSWORD'], io.env['ITVC_TOKEN']].filter((s): s is string => !!s)
    const user = io.env['ITVC_USER']
    const redact = createRedactor(user ? { secrets, user } : { secrets })
    const fail = (message: string, lines: readonly string[] = []): void => {
        io.stderr.write(`${redact(`itvc: error: ${message}`)}\n`)
        for (const line of lines) io.stderr.write(`${redact(`  ${line}`)}\n`)
    }
    const found = findCommand(argv)
    if (found === undefined) {
        const wantsHelp = argv.includes('--help') || argv.includes('-h')
        if (wantsHelp || argv.length === 0) {
            ;(wantsHelp ? io.stdout : io.stderr).write(usage())
            return wantsHelp ? EXIT.ok : EXIT.usage
        }
        const word = argv.find((a) => !a.startsWith('-')) ?? argv[0] ?? ''
        fail(`unknown command '${word}' (try itvc --help)`)
        return EXIT.usage
    }
    const { command, rest } = found
    const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}
    for (const [name, spec] of Object.entries({ ...GLOBAL_OPTIONS, ...command.options }))
        options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short }
    let values: OptionValues
    let positionals: string[]
    try {
        const parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true })
        values = parsed.values as OptionValues
        positionals = parsed.positionals
    } catch (error) {
        fail(`${error instanceof Error ? error.message : String(error)} (try itvc ${command.path.join(' ')} --help)`)
        return EXIT.usage
    }
    if (values['help'] === true) {
        io.stdout.write(commandHelp(command))
        return EXIT.ok
    }
    const [min, max] = command.positionals ?? [0, 0]
    if (positionals.length < min || positionals.length > max) {
        fail(
            positionals.length > max
                ? `unexpected argument '${positionals[max] ?? ''}' (usage: itvc ${command.synopsis})`
                : `missing argument (usage: itvc ${command.synopsis})`
        )
        return EXIT.usage
    }
    try {
        const ctx = createContext(io, readGlobals(values))
        return await command.run(ctx, values, positionals)
    } catch (error) {
        if (isItvcError(error)) {
            fail(error.message, error.info.lines ?? [])
            return error.exitCode
        }
        fail(`internal error: ${error instanceof Error ? error.message : String(error)}`)
        return EXIT.server
    }
}

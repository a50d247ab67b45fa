/**
 * `itvc actuals import FILE`: realised amounts from a CSV (benefit, period, realised[, evidence]) posted to
 * `POST /api/x_itvc_value/v1/benefits/{sys_id}/actuals`, one request per benefit (the route validates a benefit's
 * actuals as a whole).
 *
 * All or nothing unless `--partial`:
 * 1. every row is checked before anything is sent (columns, period label, amount, duplicates, known benefit); a bad
 *    row is reported with its line number and nothing is sent (exit 6);
 * 2. the periods' current amounts are read first; if a benefit is refused while applying, the benefits already
 *    applied are put back (their previous amounts re-posted; amounts that were empty are cleared through the Table
 *    API) and the run fails with the refused rows' line numbers (exit 6), or exit 5 if the rollback itself failed.
 * With `--partial`, refused benefits are reported and the others stay applied (exit 5 when any was refused).
 * A POST is never repeated blindly: after a failure that may have committed, the periods are read back and the
 * request is repeated only if they do not hold the amounts yet.
 */
import { readFile } from 'node:fs/promises'
import type { Command } from '../command.ts'
import type { CommandContext } from '../context.ts'
import type { ItvcClient } from '../http/client.ts'
import { ItvcError, isItvcError } from '../http/errors.ts'
import { chunks } from '../http/pool.ts'
import { inTerm } from '../http/query.ts'
import { callApi } from '../http/rest.ts'
import { listAll, patchRecord } from '../http/table.ts'
import { render } from '../output/format.ts'
import { BENEFIT_PERIOD_TABLE, BENEFIT_TABLE } from '../schemas/benefits.ts'
import { z } from 'zod'
import { rawValue } from '../schemas/wire.ts'

/** One parsed CSV record with the line it starts on. */
export interface CsvRecord {
    readonly line: number
    readonly fields: readonly string[]
}

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF); blank lines are skipped.
 * @example parseCsv('a,b\n"x,1",2\n') //=> [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x,1', '2'] }]
 */
export function parseCsv(text: string): CsvRecord[] {
    const out: CsvRecord[] = []
    let fields: string[] = []
    let field = ''
    let quoted = false
    let line = 1
    let start = 1
    let any = false
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text
    for (let i = 0; i < body.length; i++) {
        const c = body[i]
        if (quoted) {
            if (c === '"' && body[i + 1] === '"') {
                field += '"'
                i++
            } else if (c === '"') quoted = false
            else {
                if (c === '\n') line++
                field += c
            }
            continue
        }
        if (c === '"') {
            quoted = true
            any = true
        } else if (c === ',') {
            fields.push(field)
            field = ''
            any = true
        } else if (c === '\n' || c === '\r') {
            if (c === '\r' && body[i + 1] === '\n') i++
            fields.push(field)
            if (any || fields.some((f) => f !== '')) out.push({ line: start, fields })
            fields = []
            field = ''
            any = false
            line++
            start = line
        } else {
            field += c
            any = true
        }
    }
    if (any || field !== '' || fields.length > 0) {
        fields.push(field)
        out.push({ line: start, fields })
    }
    return out
}

const PERIOD = /^FY\d{4}-(?:Q[1-4]|M(?:0[1-9]|1[0-2]))$/
const AMOUNT = /^\d+(?:\.\d{1,2})?$/
const SYS_ID = /^[0-9a-f]{32}$/

/** A checked row. */
interface ActualRow {
    readonly line: number
    readonly benefit: string
    readonly period: string
    readonly realised: string
    readonly evidence?: string
}

interface Applied {
    readonly benefitId: string
    readonly rows: readonly ActualRow[]
}

function text(value: unknown): string {
    const raw = rawValue(value)
    return typeof raw === 'string' ? raw : ''
}

function cents(amount: string): number {
    return Math.round(Number(amount) * 100)
}

/** Checks the file's rows; returns them or the problems with line numbers. */
export function checkRows(records: readonly CsvRecord[]): { rows: ActualRow[]; problems: string[] } {
    const problems: string[] = []
    const rows: ActualRow[] = []
    const header = records[0]
    if (header === undefined)
        return { rows, problems: ['line 1: the file is empty (expected a header benefit,period,realised)'] }
    const names = header.fields.map((f) => f.trim().toLowerCase())
    const col = (name: string): number => names.indexOf(name)
    for (const required of ['benefit', 'period', 'realised'])
        if (col(required) < 0)
            problems.push(
                `line ${header.line}: missing column '${required}' (header: benefit,period,realised[,evidence])`
            )
    const unknown = names.filter((n) => !['benefit', 'period', 'realised', 'evidence'].includes(n))
    if (unknown.length > 0)
        problems.push(`line ${header.line}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`)
    if (problems.length > 0) return { rows, problems }
    const seen = new Map<string, number>()
    for (const record of records.slice(1)) {
        const at = `line ${record.line}`
        if (record.fields.length !== names.length) {
            problems.push(`${at}: ${record.fields.length} fields, expected ${names.length}`)
            continue
        }
        const get = (name: string): string => (col(name) < 0 ? '' : (record.fields[col(name)] ?? '').trim())
        const benefit = get('benefit')
        const period = get('period').toUpperCase()
        const realised = get('realised')
        const evidence = col('evidence') < 0 ? undefined : get('evidence')
        const issues: string[] = []
        if (benefit === '') issues.push('benefit is empty')
        if (!PERIOD.test(period))
            issues.push(`period '${get('period')}' is not a label such as FY2027-M01 or FY2027-Q1`)
        if (!AMOUNT.test(realised)) issues.push(`realised '${realised}' is not an amount ≥ 0 with at most 2 decimals`)
        if (evidence !== undefined && evidence.length > 1000) issues.push('evidence is longer than 1000 characters')
        const key = `${benefit}\u0000${period}`
        const earlier = seen.get(key)
        if (earlier !== undefined) issues.push(`benefit ${benefit} period ${period} is already on line ${earlier}`)
        seen.set(key, record.line)
        if (issues.length > 0) problems.push(`${at}: ${issues.join('; ')}`)
        else rows.push({ line: record.line, benefit, period, realised, ...(evidence ? { evidence } : {}) })
    }
    if (records.length === 1) problems.push(`line ${header.line}: no data rows`)
    return { rows, problems }
}

async function resolveBenefits(client: ItvcClient, refs: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>()
    const ids = refs.filter((r) => SYS_ID.test(r))
    const numbers = refs.filter((r) => !SYS_ID.test(r))
    for (const [field, values] of [
        ['sys_id', ids],
        ['number', numbers],
    ] as const) {
        for (const part of chunks([...new Set(values)], 100)) {
            const { rows } = await listAll(client, BENEFIT_TABLE, {
                query: inTerm(field, part),
                fields: ['sys_id', 'number'],
            })
            for (const row of rows)
                out.set(field === 'sys_id' ? text(row['sys_id']) : text(row['number']), text(row['sys_id']))
        }
    }
    return out
}

/** Current realised amounts: benefit sys_id → period label → { sys_id, realised ('' when empty) }. */
async function readPeriods(
    client: ItvcClient,
    benefitIds: readonly string[]
): Promise<Map<string, Map<string, { sysId: string; realised: string; evidence: string }>>> {
    const out = new Map<string, Map<string, { sysId: string; realised: string; evidence: string }>>()
    for (const part of chunks([...new Set(benefitIds)], 100)) {
        const { rows } = await listAll(client, BENEFIT_PERIOD_TABLE, {
            query: inTerm('benefit', part),
            fields: ['sys_id', 'benefit', 'period_label', 'realised_amount', 'evidence'],
        })
        for (const row of rows) {
            const benefit = text(row['benefit'])
            const periods = out.get(benefit) ?? new Map()
            periods.set(text(row['period_label']).toUpperCase(), {
                sysId: text(row['sys_id']),
                realised: text(row['realised_amount']),
                evidence: text(row['evidence']),
            })
            out.set(benefit, periods)
        }
    }
    return out
}

async function postActuals(
    client: ItvcClient,
    benefitId: string,
    actuals: readonly { period: string; realised: string; evidence?: string }[]
): Promise<void> {
    const request = {
        method: 'POST' as const,
        path: `/benefits/${encodeURIComponent(benefitId)}/actuals`,
        body: { actuals },
        what: `the actuals API (benefit ${benefitId})`,
    }
    for (let attempt = 1; ; attempt++) {
        try {
            await callApi(client, request, z.unknown())
            return
        } catch (error) {
            if (!isItvcError(error, 'HTTP.UNCERTAIN_WRITE')) throw error
            // idempotency key: the benefit's periods; applied when they hold the amounts sent
            const now = (await readPeriods(client, [benefitId])).get(benefitId) ?? new Map()
            const applied = actuals.every((a) => {
                const stored = now.get(a.period)
                return stored !== undefined && stored.realised !== '' && cents(stored.realised) === cents(a.realised)
            })
            if (applied) return
            if (attempt >= client.policy.maxAttempts) throw error
            await client.sleep(client.policy.baseDelayMs * 2 ** (attempt - 1))
        }
    }
}

/** Puts the applied benefits back as they were; returns the problems (empty when all went back). */
async function rollback(
    client: ItvcClient,
    applied: readonly Applied[],
    before: Map<string, Map<string, { sysId: string; realised: string; evidence: string }>>
): Promise<string[]> {
    const problems: string[] = []
    for (const { benefitId, rows } of [...applied].reverse()) {
        const previous = before.get(benefitId) ?? new Map()
        const repost = rows
            .map((r) => ({ row: r, old: previous.get(r.period) }))
            .filter((x) => x.old !== undefined && x.old.realised !== '')
        const clear = rows.filter(
            (r) => previous.get(r.period) === undefined || previous.get(r.period)?.realised === ''
        )
        try {
            if (repost.length > 0)
                await postActuals(
                    client,
                    benefitId,
                    repost.map((x) => ({
                        period: x.row.period,
                        realised: x.old?.realised ?? '0',
                        evidence: x.old?.evidence ?? '',
                    }))
                )
            if (clear.length > 0) {
                const now = (await readPeriods(client, [benefitId])).get(benefitId) ?? new Map()
                for (const r of clear) {
                    const period = now.get(r.period)
                    if (period !== undefined)
                        await patchRecord(client, BENEFIT_PERIOD_TABLE, period.sysId, { realised_amount: '' })
                }
            }
        } catch (error) {
            problems.push(
                `lines ${rows.map((r) => r.line).join(', ')}: could not be put back (${error instanceof Error ? error.message : String(error)})`
            )
        }
    }
    return problems
}

async function importActuals(ctx: CommandContext, file: string, partial: boolean): Promise<number> {
    let content: string
    try {
        content = await readFile(ctx.path(file), 'utf8')
    } catch {
        throw new ItvcError('USAGE', `cannot read ${file}`)
    }
    const { rows, problems } = checkRows(parseCsv(content))
    if (problems.length > 0)
        throw new ItvcError(
            'IMPORT.INVALID_ROWS',
            `${file}: ${problems.length} bad row${problems.length > 1 ? 's' : ''}, nothing was sent`,
            {
                lines: problems,
            }
        )
    const client = ctx.client()
    const ids = await resolveBenefits(
        client,
        rows.map((r) => r.benefit)
    )
    const unknown = rows.filter((r) => !ids.has(r.benefit))
    if (unknown.length > 0)
        throw new ItvcError(
            'IMPORT.INVALID_ROWS',
            `${file}: ${unknown.length} row${unknown.length > 1 ? 's name' : ' names'} an unknown benefit, nothing was sent`,
            {
                lines: unknown.map((r) => `line ${r.line}: no benefit ${r.benefit} readable by ${client.who}`),
            }
        )
    const byBenefit = new Map<string, ActualRow[]>()
    for (const row of rows) {
        const id = ids.get(row.benefit) ?? ''
        byBenefit.set(id, [...(byBenefit.get(id) ?? []), row])
    }
    for (const [id, list] of byBenefit)
        if (list.length > 120)
            throw new ItvcError(
                'IMPORT.INVALID_ROWS',
                `${file}: benefit ${list[0]?.benefit ?? id} has ${list.length} periods, at most 120 per import`
            )
    const before = partial ? new Map() : await readPeriods(client, [...byBenefit.keys()])
    const progress = ctx.progress('importing actuals', rows.length)
    const applied: Applied[] = []
    const refused: { rows: readonly ActualRow[]; message: string }[] = []
    let done = 0
    for (const [benefitId, list] of byBenefit) {
        try {
            await postActuals(
                client,
                benefitId,
                list.map((r) => ({
                    period: r.period,
                    realised: r.realised,
                    ...(r.evidence ? { evidence: r.evidence } : {}),
                }))
            )
            applied.push({ benefitId, rows: list })
        } catch (error) {
            if (
                !isItvcError(error) ||
                ['AUTH.NOT_AUTHENTICATED', 'HTTP.RATE_LIMITED', 'HTTP.NETWORK'].includes(error.code)
            ) {
                if (partial || applied.length === 0) throw error
                const undo = await rollback(client, applied, before)
                if (undo.length > 0)
                    throw new ItvcError(
                        'IMPORT.PARTIAL',
                        `${error instanceof Error ? error.message : String(error)}; the rollback failed`,
                        { lines: undo }
                    )
                throw error
            }
            refused.push({ rows: list, message: error.message })
            if (!partial) {
                progress.finish()
                const undo = await rollback(client, applied, before)
                const lines = [`lines ${list.map((r) => r.line).join(', ')}: ${error.message}`]
                if (undo.length > 0)
                    throw new ItvcError(
                        'IMPORT.PARTIAL',
                        `${file}: benefit ${list[0]?.benefit ?? ''} was refused and the rollback failed: the file is partly applied`,
                        {
                            lines: [...lines, ...undo],
                        }
                    )
                throw new ItvcError(
                    'IMPORT.INVALID_ROWS',
                    `${file}: benefit ${list[0]?.benefit ?? ''} was refused; ${applied.length > 0 ? `the ${applied.length} benefit(s) already applied were put back, ` : ''}nothing is applied`,
                    { lines }
                )
            }
        }
        done += list.length
        progress.update(done)
    }
    progress.finish()
    const report = [
        ...applied.flatMap((a) => a.rows.map((r) => ({ ...r, outcome: 'applied', message: '' }))),
        ...refused.flatMap((f) => f.rows.map((r) => ({ ...r, outcome: 'refused', message: f.message }))),
    ].sort((a, b) => a.line - b.line)
    ctx.out(
        render(ctx.options.format, {
            rows: report,
            json: report,
            columns: [
                { header: 'line', value: (r) => r.line, align: 'right' },
                { header: 'benefit', value: (r) => r.benefit },
                { header: 'period', value: (r) => r.period },
                { header: 'realised', value: (r) => r.realised, align: 'right' },
                { header: 'outcome', value: (r) => r.outcome },
                { header: 'message', value: (r) => r.message },
            ],
        })
    )
    if (refused.length > 0) {
        ctx.warn(`${refused.reduce((n, f) => n + f.rows.length, 0)} row(s) refused, the others are applied (--partial)`)
        return 5
    }
    ctx.info(`imported ${rows.length} actuals for ${byBenefit.size} benefit(s)`)
    return 0
}

/** `itvc actuals import FILE` */
export const actualsImportCommand: Command = {
    path: ['actuals', 'import'],
    synopsis: 'actuals import FILE [--partial]',
    summary:
        'Records realised amounts from a CSV (benefit,period,realised[,evidence]); all or nothing unless --partial.',
    options: {
        partial: {
            type: 'boolean',
            help: '--partial            apply the benefits that are accepted, report the others',
        },
    },
    positionals: [1, 1],
    async run(ctx, values, positionals) {
        return importActuals(ctx, positionals[0] ?? '', values['partial'] === true)
    },
}

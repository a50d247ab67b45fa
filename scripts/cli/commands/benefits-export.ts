/**
 * `itvc benefits export`: every benefit (or those of a project or portfolio) through all pages of the Table API, to
 * a CSV or JSON file. Rows are validated and coerced page by page and streamed to `FILE.partial`, which is renamed
 * to FILE only when the last page arrived, so a failed export never leaves a truncated file behind.
 */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import type { Command } from '../command.ts'
import { requiredOption, stringOption } from '../command.ts'
import type { CommandContext } from '../context.ts'
import { ItvcError } from '../http/errors.ts'
import { eqTerm } from '../http/query.ts'
import type { ListSummary } from '../http/table.ts'
import { findOne, listPages } from '../http/table.ts'
import type { Column, Format } from '../output/format.ts'
import { csvField } from '../output/format.ts'
import { BENEFIT_FIELDS, BENEFIT_TABLE, BenefitRow, PORTFOLIO_TABLE, PROJECT_TABLE } from '../schemas/benefits.ts'
import { parseResponse } from '../schemas/parse.ts'

const SYS_ID = /^[0-9a-f]{32}$/

/** The export's columns: every field of BenefitRow, in order. */
export const BENEFIT_COLUMNS: readonly Column<BenefitRow>[] = BENEFIT_FIELDS.map((field) => ({
    header: field,
    value: (row: BenefitRow) => row[field],
}))

async function scopeQuery(ctx: CommandContext, project?: string, portfolio?: string): Promise<string | undefined> {
    if (project !== undefined && portfolio !== undefined)
        throw new ItvcError('USAGE', 'use either --project or --portfolio, not both')
    const client = ctx.client()
    if (project !== undefined) {
        const id = SYS_ID.test(project) ? project : await findOne(client, PROJECT_TABLE, eqTerm('number', project))
        if (id === undefined)
            throw new ItvcError('HTTP.NOT_FOUND', `project ${project}: missing or not readable by ${client.who}`)
        return eqTerm('project', id)
    }
    if (portfolio !== undefined) {
        const id = SYS_ID.test(portfolio)
            ? portfolio
            : await findOne(client, PORTFOLIO_TABLE, eqTerm('name', portfolio))
        if (id === undefined)
            throw new ItvcError('HTTP.NOT_FOUND', `portfolio ${portfolio}: missing or not readable by ${client.who}`)
        return eqTerm('project.primary_portfolio', id)
    }
    return undefined
}

function exportFormat(ctx: CommandContext, out: string): Exclude<Format, 'table'> {
    const given = ctx.options.explicitFormat
    if (given === 'table') throw new ItvcError('USAGE', 'benefits export writes csv or json, not table')
    if (given !== undefined) return given
    return out.toLowerCase().endsWith('.json') ? 'json' : 'csv'
}

/** Writes text to a stream and waits when it is full. */
function writer(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
    return (text) =>
        new Promise((resolve, reject) => {
            const onError = (error: unknown): void => reject(error)
            stream.once('error', onError)
            const flushed = stream.write(text)
            const done = (): void => {
                stream.off('error', onError)
                resolve()
            }
            if (flushed) done()
            else stream.once('drain', done)
        })
}

/** `itvc benefits export` */
export const benefitsExportCommand: Command = {
    path: ['benefits', 'export'],
    synopsis: 'benefits export [--project NUMBER | --portfolio NAME] [--query ENCODED] --out FILE',
    summary: 'Exports benefits through all pages of the Table API to a CSV or JSON file (FILE "-" is stdout).',
    options: {
        project: { type: 'string', help: '--project NUMBER     only the benefits of a project (number or sys_id)' },
        portfolio: {
            type: 'string',
            help: "--portfolio NAME     only the benefits of a portfolio's projects (name or sys_id)",
        },
        query: { type: 'string', help: '--query ENCODED      extra encoded-query filter (fields are checked first)' },
        out: { type: 'string', help: '--out FILE           target file; .json → JSON, else CSV (or --format)' },
        'page-size': { type: 'string', help: '--page-size N        rows per page (default 1000)' },
    },
    async run(ctx, values) {
        const out = requiredOption(values, 'out')
        const format = exportFormat(ctx, out)
        const extra = stringOption(values, 'query')
        const pageSizeText = stringOption(values, 'page-size')
        const pageSize = pageSizeText === undefined ? 1000 : Number(pageSizeText)
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000)
            throw new ItvcError('USAGE', `--page-size must be an integer from 1 to 10000, not '${pageSizeText ?? ''}'`)
        const scope = await scopeQuery(ctx, stringOption(values, 'project'), stringOption(values, 'portfolio'))
        const query = [scope, extra].filter((q): q is string => q !== undefined && q !== '').join('^')
        const pages = listPages(ctx.client(), BENEFIT_TABLE, {
            ...(query === '' ? {} : { query }),
            fields: BENEFIT_FIELDS,
            orderBy: ['number', 'sys_id'],
            pageSize,
        })
        const toStdout = out === '-'
        const target = toStdout ? undefined : ctx.path(out)
        const partial = target === undefined ? undefined : `${target}.partial`
        const stream = partial === undefined ? undefined : createWriteStream(partial, { encoding: 'utf8' })
        const write = stream === undefined ? async (text: string) => void ctx.out(text) : writer(stream)
        const started = Date.now()
        const progress = ctx.progress('exporting benefits')
        let summary: ListSummary | undefined
        let first = true
        try {
            if (format === 'csv') await write(`${BENEFIT_COLUMNS.map((c) => csvField(c.header)).join(',')}\r\n`)
            else await write('[')
            for (;;) {
                const step = await pages.next()
                if (step.done === true) {
                    summary = step.value
                    break
                }
                const page = step.value
                const rows = parseResponse(BenefitRow.array(), page.rows, `table ${BENEFIT_TABLE.name}`)
                let text = ''
                for (const row of rows) {
                    if (format === 'csv') text += `${BENEFIT_COLUMNS.map((c) => csvField(c.value(row))).join(',')}\r\n`
                    else {
                        text += `${first ? '' : ','}\n  ${JSON.stringify(row)}`
                        first = false
                    }
                }
                await write(text)
                progress.update(page.received, page.total)
            }
            if (format === 'json') await write(first ? ']\n' : '\n]\n')
            if (stream !== undefined)
                await new Promise<void>((resolve, reject) => stream.end((e?: unknown) => (e ? reject(e) : resolve())))
            if (partial !== undefined && target !== undefined) await rename(partial, target)
        } catch (error) {
            stream?.destroy()
            if (partial !== undefined) await rm(partial, { force: true })
            throw error
        }
        progress.finish()
        if (summary.warning !== undefined) ctx.warn(summary.warning)
        ctx.info(
            `exported ${summary.rows} benefits in ${summary.pages} page${summary.pages === 1 ? '' : 's'} (${summary.paging} paging, ${((Date.now() - started) / 1000).toFixed(1)} s)${toStdout ? '' : ` to ${out}`}`
        )
        return 0
    },
}

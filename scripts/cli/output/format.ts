/**
 * Output formatters shared by every command: `table` (aligned text for people), `json` (the data as the API gave it)
 * and `csv` (RFC 4180, for spreadsheets and BI).
 */
import { ItvcError } from '../http/errors.ts'

/** The output formats of `--format`. */
export const FORMATS = ['table', 'json', 'csv'] as const

/** One output format. */
export type Format = (typeof FORMATS)[number]

/** A column of a table or CSV. */
export interface Column<T> {
    /** Header (table) and column name (CSV). */
    readonly header: string
    readonly value: (row: T) => string | number | boolean | null | undefined
    /** Right-align (numbers) in tables. */
    readonly align?: 'left' | 'right'
}

/**
 * Reads `--format`.
 * @example parseFormat('csv') //=> 'csv'
 */
export function parseFormat(value: string | undefined, fallback: Format = 'table'): Format {
    if (value === undefined) return fallback
    if ((FORMATS as readonly string[]).includes(value)) return value as Format
    throw new ItvcError('USAGE', `--format must be one of ${FORMATS.join(', ')}, not '${value}'`)
}

function cellText(value: string | number | boolean | null | undefined): string {
    if (value === null || value === undefined) return ''
    return String(value)
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula
 * (`=`, `+`, `@`, or `-` not starting a number) is prefixed with `'`.
 * @example csvField('a,b') //=> '"a,b"'
 */
export function csvField(value: string | number | boolean | null | undefined): string {
    let text = cellText(value)
    if (typeof value === 'string' && (/^[=+@\t\r]/.test(text) || /^-(?![\d.])/.test(text))) text = `'${text}`
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Rows as CSV with a header line; lines end with CRLF (RFC 4180).
 * @example toCsv([{ a: 1 }], [{ header: 'a', value: (r) => r.a }]) //=> 'a\r\n1\r\n'
 */
export function toCsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
    const lines = [columns.map((c) => csvField(c.header)).join(',')]
    for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(','))
    return `${lines.join('\r\n')}\r\n`
}

/** The display width of a string (code points; good enough for labels and box characters). */
function width(text: string): number {
    return [...text].length
}

/**
 * Rows as an aligned text table: a header, a rule, one line per row.
 * @example toTable([{ a: 1 }], [{ header: 'a', value: (r) => r.a, align: 'right' }]) //=> 'a\n-\n1\n'
 */
export function toTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
    const cells = rows.map((row) => columns.map((c) => cellText(c.value(row)).replace(/\s*[\r\n]+\s*/g, ' ')))
    const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((line) => width(line[i] ?? ''))))
    const pad = (text: string, i: number): string => {
        const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(text)))
        return columns[i]?.align === 'right' ? `${fill}${text}` : `${text}${fill}`
    }
    const line = (texts: readonly string[]): string =>
        texts
            .map((t, i) => pad(t, i))
            .join('  ')
            .trimEnd()
    const out = [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  ')]
    for (const row of cells) out.push(line(row))
    return `${out.join('\n')}\n`
}

/**
 * Renders data in a format: `json` prints `json` (the API's own shape), `table`/`csv` print the rows.
 * @example render('json', { rows: [], columns: [], json: { ok: true } }) //=> '{\n  "ok": true\n}\n'
 */
export function render<T>(
    format: Format,
    data: { rows: readonly T[]; columns: readonly Column<T>[]; json: unknown }
): string {
    switch (format) {
        case 'json':
            return `${JSON.stringify(data.json, null, 2)}\n`
        case 'csv':
            return toCsv(data.rows, data.columns)
        case 'table':
            return toTable(data.rows, data.columns)
    }
}

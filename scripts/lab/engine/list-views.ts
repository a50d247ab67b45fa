/**
 * The engine side of the lab's list views and forms (scripts/lab/http/list-views.ts): the installed app's list
 * layouts (`sys_ui_list` + `sys_ui_list_element`) and form layouts (`sys_ui_form` → `sys_ui_form_section` →
 * `sys_ui_section` + `sys_ui_element`) read from the records the app was installed from, and the rows read as the
 * user through GlideRecordSecure and the ACL engine, exactly as the Table API reads them (services.ts): the count is
 * taken before row-level ACLs, the page's unreadable rows are dropped after the window, unreadable fields are blank.
 * Dot-walked columns read each step as the user (field ACL on the reference, row ACL on the record it names).
 */
import type { AppRecord } from '../../metadata/app-records.ts'
import { quoteIdent } from '../db/database.ts'
import { GlideRecordSecure } from '../glide/record.ts'
import type { EngineFailure, EngineResult, LabUser } from '../http/contract.ts'
import type {
    Crumb,
    FormBlock,
    FormField,
    FormPage,
    FormSection,
    ListCell,
    ListColumn,
    ListPage,
    ListRow,
    ListViewService,
    SortKey,
} from '../http/list-views.ts'
import type { LabInstance } from '../instance.ts'
import { isQueryError, type Term } from '../query/ast.ts'
import { NO_VALUE_OPERATORS } from '../query/ast.ts'
import { toEncodedQuery } from '../query/print.ts'
import type { ResolvedColumn } from '../schema/lab-schema.ts'
import { parseQuery, whereClause } from './query-bridge.ts'

/** Columns of a list when the app defines no layout for the table: the first of these the table has, in order. */
const FALLBACK_COLUMNS = [
    'number',
    'name',
    'short_description',
    'title',
    'label',
    'state',
    'priority',
    'active',
    'assigned_to',
    'sys_updated_on',
] as const

const NUMERIC_TYPES = new Set(['integer', 'longint', 'decimal', 'float', 'currency', 'price', 'percent_complete'])
const DATE_STORAGE = new Set(['datetime', 'date'])

/** Breadcrumb words of the operators (date fields say before / after). */
const OPERATOR_WORDS: Readonly<Record<string, string>> = {
    '=': '=',
    '!=': '!=',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>=',
    BETWEEN: 'between',
    STARTSWITH: 'starts with',
    ENDSWITH: 'ends with',
    LIKE: 'contains',
    'NOT LIKE': 'does not contain',
    ISEMPTY: 'is empty',
    ISNOTEMPTY: 'is not empty',
    ANYTHING: 'is anything',
    EMPTYSTRING: 'is empty string',
    IN: 'is one of',
    'NOT IN': 'is not one of',
    SAMEAS: 'is same as',
    NSAMEAS: 'is different from',
}
const DATE_WORDS: Readonly<Record<string, string>> = {
    '<': 'before',
    '<=': 'at or before',
    '>': 'after',
    '>=': 'at or after',
}

function fail<T>(failure: EngineFailure): EngineResult<T> {
    return { ok: false, failure }
}

/** A field path resolved through the schema. */
interface ResolvedPath {
    readonly label: string
    /** The last step's column. */
    readonly column: ResolvedColumn
}

const isDefaultView = (value: string | undefined): boolean =>
    value === undefined || value === '' || value === 'Default view' || value === 'NULL' || value === 'default'

export class LabListViewService implements ListViewService {
    constructor(private readonly lab: LabInstance) {}

    // ---- layouts --------------------------------------------------------------------------------------------
    private records(table: string): AppRecord[] {
        return this.lab.installed()?.records.of(table) ?? []
    }

    /** The view name a layout record's `view` field names ('' for the default view). */
    private viewName(value: string | undefined): string {
        if (isDefaultView(value)) return ''
        const view = this.records('sys_ui_view').find((v) => v.sysId === value)
        return view?.fields['name'] ?? value ?? ''
    }

    /** The views to try for a requested view: it, then the default view (as the platform falls back). */
    private static views(view: string): string[] {
        const wanted = isDefaultView(view) ? '' : view
        return wanted === '' ? [''] : [wanted, '']
    }

    private resolvePath(table: string, path: string): ResolvedPath | undefined {
        const labels: string[] = []
        let current = table
        const steps = path.split('.')
        for (const [i, step] of steps.entries()) {
            const column = this.lab.schema.column(current, step)
            if (column === undefined) return undefined
            labels.push(column.label)
            if (i === steps.length - 1) return { label: labels.join('.'), column }
            if (column.type !== 'reference' || column.reference === undefined) return undefined
            current = column.reference
        }
        return undefined
    }

    /** The list layout's columns for a view (the table's, else its parents'), or the fallback columns. */
    listColumns(table: string, view: string): string[] {
        const hierarchy = this.lab.schema.require(table).hierarchy
        const lists = this.records('sys_ui_list').filter(
            (l) => (l.fields['parent'] ?? '') === '' && (l.fields['relationship'] ?? '') === ''
        )
        for (const wanted of LabListViewService.views(view)) {
            for (const name of hierarchy) {
                const list = lists.find((l) => l.fields['name'] === name && this.viewName(l.fields['view']) === wanted)
                if (list === undefined) continue
                const columns = this.records('sys_ui_list_element')
                    .filter((e) => e.fields['list_id'] === list.sysId)
                    .sort((a, b) => Number(a.fields['position'] ?? 0) - Number(b.fields['position'] ?? 0))
                    .map((e) => e.fields['element'] ?? '')
                    .filter((e) => e !== '' && this.resolvePath(table, e) !== undefined)
                if (columns.length > 0) return columns
            }
        }
        const t = this.lab.schema.require(table)
        const columns: string[] = FALLBACK_COLUMNS.filter((c) => t.columns.has(c))
        if (t.displayField !== undefined && !columns.includes(t.displayField)) columns.unshift(t.displayField)
        if (columns.length < 3) {
            for (const c of t.columns.keys()) {
                if (columns.length >= 6) break
                if (!c.startsWith('sys_') && !columns.includes(c)) columns.push(c)
            }
        }
        return columns.length > 0 ? columns : ['sys_id']
    }

    /** The form layout's sections for a view (elements as written: field names and split markers). */
    formLayout(table: string, view: string): { caption: string; elements: string[] }[] | undefined {
        const forms = this.records('sys_ui_form')
        for (const wanted of LabListViewService.views(view)) {
            const form = forms.find((f) => f.fields['name'] === table && this.viewName(f.fields['view']) === wanted)
            if (form === undefined) continue
            const sections = this.records('sys_ui_form_section')
                .filter((s) => s.fields['sys_ui_form'] === form.sysId)
                .sort((a, b) => Number(a.fields['position'] ?? 0) - Number(b.fields['position'] ?? 0))
                .map((s) => this.records('sys_ui_section').find((r) => r.sysId === s.fields['sys_ui_section']))
                .filter((s): s is AppRecord => s !== undefined)
            if (sections.length === 0) continue
            return sections.map((section, i) => ({
                caption: i === 0 ? '' : (section.fields['caption'] ?? ''),
                elements: this.records('sys_ui_element')
                    .filter((e) => e.fields['sys_ui_section'] === section.sysId)
                    .sort((a, b) => Number(a.fields['position'] ?? 0) - Number(b.fields['position'] ?? 0))
                    .map((e) => e.fields['element'] ?? ''),
            }))
        }
        return undefined
    }

    // ---- reading as the user --------------------------------------------------------------------------------
    /** Runs a read as the user; a query the lab cannot read is an `invalid_query` failure. */
    private read<T>(user: LabUser, table: string, fn: () => EngineResult<T>): EngineResult<T> {
        if (this.lab.schema.table(table) === undefined) return fail({ kind: 'invalid_table', table })
        try {
            return this.lab.runAs(user, (): EngineResult<T> => {
                if (!this.lab.canAccess(table, 'read', undefined, undefined))
                    return fail({ kind: 'acl', operation: 'read' })
                return fn()
            }).value
        } catch (e) {
            if (isQueryError(e)) return fail({ kind: 'invalid_query', detail: e.message })
            throw e
        }
    }

    /** The value of a (dot-walked) field as the user sees it: '' when a step is empty or not readable. */
    private cell(gr: GlideRecordSecure, path: string, cache: Map<string, GlideRecordSecure | null>): ListCell {
        const steps = path.split('.')
        let record: GlideRecordSecure = gr
        for (const step of steps.slice(0, -1)) {
            const table = record.getTableName()
            const column = this.lab.schema.column(table, step)
            if (column?.reference === undefined) return { display: '' }
            if (!this.lab.canAccess(table, 'read', step, record.snapshot())) return { display: '' }
            const id = record.snapshot()[step]
            if (id === null || id === undefined || id === '') return { display: '' }
            const key = `${column.reference}:${id}`
            let next = cache.get(key)
            if (next === undefined) {
                const target = new GlideRecordSecure(column.reference)
                next = target.get(id) ? target : null
                cache.set(key, next)
            }
            if (next === null) return { display: '' }
            record = next
        }
        const field = steps[steps.length - 1] ?? ''
        const table = record.getTableName()
        const column = this.lab.schema.column(table, field)
        if (column === undefined) return { display: '' }
        const snapshot = record.snapshot()
        if (!this.lab.canAccess(table, 'read', field, snapshot)) return { display: '' }
        const raw = snapshot[field] ?? null
        if (raw === null || raw === '') return { display: '' }
        const display = record.getDisplayValue(field) || raw
        return column.type === 'reference' && column.reference !== undefined
            ? { display, link: { table: column.reference, sysId: raw } }
            : { display }
    }

    /** A value of a query term as a person reads it: choice labels, reference display values, true/false. */
    private valueText(column: ResolvedColumn, value: string): string {
        if (column.choices?.length) return column.choices.find((c) => c.value === value)?.label ?? value
        if (column.type === 'reference' && column.reference !== undefined && /^[0-9a-zA-Z_]{1,64}$/.test(value)) {
            const target = new GlideRecordSecure(column.reference)
            return target.get(value) ? target.getDisplayValue() || value : value
        }
        return value
    }

    private termText(table: string, term: Term): string {
        const path = this.resolvePath(table, term.field)
        const label = path?.label ?? term.field
        if (NO_VALUE_OPERATORS.includes(term.op)) return `${label} ${OPERATOR_WORDS[term.op] ?? term.op}`
        if (term.op === '=' && term.value === '') return `${label} is empty`
        if (term.op === '!=' && term.value === '') return `${label} is not empty`
        const column = path?.column
        const isDate = column !== undefined && DATE_STORAGE.has(column.storage)
        const word = (isDate ? DATE_WORDS[term.op] : undefined) ?? OPERATOR_WORDS[term.op] ?? term.op
        const text = (v: string): string => (column === undefined ? v : this.valueText(column, v))
        let value: string
        if (term.op === 'BETWEEN') {
            const [from = '', to = ''] = term.value.split('@')
            value = `${text(from)} and ${text(to)}`
        } else if (term.op === 'IN' || term.op === 'NOT IN') {
            value = term.value.split(',').map(text).join(', ')
        } else if (term.op === 'SAMEAS' || term.op === 'NSAMEAS') {
            value = this.resolvePath(table, term.value)?.label ?? term.value
        } else {
            value = text(term.value)
        }
        return `${label} ${word} ${value}`
    }

    /** The filter as breadcrumbs: one per AND term (ORs joined), each with the query up to it. */
    private breadcrumb(table: string, query: string): { crumbs: Crumb[]; orderBy: SortKey[] } {
        const { ast } = parseQuery(query, table)
        const crumbs: Crumb[] = []
        ast.groups.forEach((andQuery, i) => {
            andQuery.forEach((orGroup, j) => {
                let prefix: string | undefined
                try {
                    prefix = toEncodedQuery({
                        groups: [...ast.groups.slice(0, i), andQuery.slice(0, j + 1)],
                        orderBy: [],
                    })
                } catch {
                    prefix = undefined
                }
                crumbs.push({
                    text: orGroup.map((term) => this.termText(table, term)).join(' or '),
                    query: prefix,
                    startsNewQuery: i > 0 && j === 0,
                })
            })
        })
        const orderBy = ast.orderBy.map((k) => ({
            field: k.field,
            label: this.resolvePath(table, k.field)?.label ?? k.field,
            desc: k.desc,
        }))
        return { crumbs, orderBy }
    }

    list(
        user: LabUser,
        table: string,
        params: { readonly query: string; readonly offset: number; readonly rows: number; readonly view: string }
    ): EngineResult<ListPage> {
        return this.read(user, table, () => {
            const t = this.lab.schema.require(table)
            const { crumbs, orderBy } = this.breadcrumb(table, params.query)
            const where = whereClause(parseQuery(params.query, table), table)
            const totalRow = this.lab.db.select(
                `SELECT COUNT(*) AS n FROM ${quoteIdent(table)}${where.sql ? ` WHERE ${where.sql}` : ''}`,
                where.params
            )[0]
            const total = Number(totalRow?.['n'] ?? 0)
            const offset =
                params.offset >= total && total > 0
                    ? Math.floor((total - 1) / params.rows) * params.rows
                    : params.offset
            const names = this.listColumns(table, params.view)
            const columns: ListColumn[] = names.map((name) => {
                const path = this.resolvePath(table, name)
                const numeric = NUMERIC_TYPES.has(path?.column.type ?? '') && !(path?.column.choices?.length ?? 0)
                return { name, label: path?.label ?? name, numeric }
            })
            const gr = new GlideRecordSecure(table)
            if (params.query !== '') gr.addEncodedQuery(params.query)
            gr.chooseWindow(offset, offset + params.rows)
            gr.query()
            const cache = new Map<string, GlideRecordSecure | null>()
            const rows: ListRow[] = []
            while (gr.next()) {
                rows.push({ sysId: gr.getUniqueValue(), cells: names.map((name) => this.cell(gr, name, cache)) })
            }
            const expected = Math.max(0, Math.min(params.rows, total - offset))
            return {
                ok: true,
                value: {
                    table,
                    label: t.def.label,
                    breadcrumb: crumbs,
                    orderBy,
                    columns,
                    rows,
                    total,
                    offset,
                    removed: Math.max(0, expected - rows.length),
                },
            }
        })
    }

    form(user: LabUser, table: string, sysId: string, view: string): EngineResult<FormPage> {
        return this.read(user, table, () => {
            const t = this.lab.schema.require(table)
            const gr = new GlideRecordSecure(table)
            if (!/^[0-9a-zA-Z_]{1,64}$/.test(sysId) || !gr.get(sysId)) return fail({ kind: 'not_found' })
            const cache = new Map<string, GlideRecordSecure | null>()
            const field = (name: string): FormField | undefined => {
                const path = this.resolvePath(table, name)
                if (path === undefined) return undefined
                // A form leaves out what the user may not read (a list shows it blank).
                const head = name.split('.')[0] ?? name
                if (!this.lab.canAccess(table, 'read', head, gr.snapshot())) return undefined
                const cell = this.cell(gr, name, cache)
                return { name, label: path.label, ...cell }
            }
            const present = (f: FormField | undefined): f is FormField => f !== undefined
            const layout = this.formLayout(table, view)
            let sections: FormSection[]
            if (layout === undefined) {
                const names = [...t.columns.keys()]
                const ordered = [
                    ...names.filter((n) => !n.startsWith('sys_')),
                    ...names.filter((n) => n.startsWith('sys_')),
                ]
                sections = [{ caption: '', blocks: [{ columns: [ordered.map(field).filter(present)] }] }]
            } else {
                sections = layout.map((section) => ({
                    caption: section.caption,
                    blocks: blocksOf(section.elements, field),
                }))
            }
            return {
                ok: true,
                value: {
                    table,
                    label: t.def.label,
                    sysId: gr.getUniqueValue(),
                    display: gr.getDisplayValue() || sysId,
                    sections,
                },
            }
        })
    }
}

/** Groups a section's elements into blocks: `.begin_split` … `.split` … `.end_split` is a two-column block. */
function blocksOf(elements: readonly string[], field: (name: string) => FormField | undefined): FormBlock[] {
    const blocks: FormBlock[] = []
    let columns: FormField[][] | undefined
    let single: FormField[] = []
    const flush = (): void => {
        if (single.length > 0) blocks.push({ columns: [single] })
        single = []
    }
    for (const element of elements) {
        if (element === '.begin_split') {
            flush()
            columns = [[]]
        } else if (element === '.split') {
            columns?.push([])
        } else if (element === '.end_split') {
            if (columns !== undefined) blocks.push({ columns: columns.filter((c) => c.length > 0) })
            columns = undefined
        } else if (!element.startsWith('.')) {
            const f = field(element)
            if (f === undefined) continue
            if (columns !== undefined) columns[columns.length - 1]?.push(f)
            else single.push(f)
        }
    }
    if (columns !== undefined) blocks.push({ columns: columns.filter((c) => c.length > 0) })
    flush()
    return blocks.filter((b) => b.columns.length > 0)
}

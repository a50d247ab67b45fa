/**
 * Grouped reads: the roll-up reads each source once per period, with one GlideAggregate grouped by every column of
 * every dimension the source can be cut by (business service × value category for incidents, portfolio for
 * demands, projects and benefit periods), and adds the groups up here into each dimension's keys and `all`. A
 * record is then read once per source and period (the SQL floor), not once per source, period and dimension.
 *
 * Adding up is exact: COUNT as integers, SUM as decimals (not floats). An AVG cannot be added up, so it is read as
 * the SUM of its column and the COUNT of the column's values (records without a value are not averaged, as AVG
 * does) and divided once over all the groups of a key: the average of the key's records.
 */
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import type { AggregateField, AggregateRow, AggregateSpec, Dimension, SourceContext, SourceId } from './sources.ts'
import { aggregateName, DIMENSIONS, sourceSpec } from './sources.ts'

/** One GlideAggregate of a source for a period, grouped by the columns of all its dimensions. */
export interface GroupedSpec extends AggregateSpec {
    /**
     * The group columns of each dimension the source can be cut by (`[]` for `all`); several columns of one
     * dimension are alternatives: a group's key is the first non-empty one.
     */
    readonly dimensions: { readonly [d in Dimension]?: readonly string[] }
    /** The aggregates the source's metrics read, by {@link aggregateName} (an AVG among them). */
    readonly reads: readonly AggregateField[]
}

function unique<T>(list: readonly T[]): T[] {
    return list.filter((item, i) => list.indexOf(item) === i)
}

/** What to ask the platform for: AVG(f) as SUM(f) and COUNT(f); each aggregate once. */
function asked(reads: readonly AggregateField[]): AggregateField[] {
    const out: AggregateField[] = []
    const add = (a: AggregateField): void => {
        if (!out.some((o) => aggregateName(o) === aggregateName(a))) out.push(a)
    }
    for (const a of reads) {
        if (a.fn === 'AVG') {
            add({ fn: 'SUM', field: a.field })
            add({ fn: 'COUNT', field: a.field })
        } else add(a)
    }
    return out
}

/**
 * The grouped read of a source for a period: the source's query and table (as {@link sourceSpec} has them for
 * any dimension), grouped by the columns of every dimension it can be cut by, with each AVG asked as SUM and
 * COUNT of its column. `null` when nothing can match (benefit periods not due yet). The group-by list is never
 * empty (every source can be cut by a keyed dimension), so a COUNT of a column counts its values per group.
 * @example groupedSpec('incidents_resolved_tagged', month, context)
 * //=> { source: 'incidents_resolved_tagged', table: 'incident', query: 'resolved_at>=2026-10-01 00:00:00^…',
 * //     groupBy: ['business_service', 'x_itvc_value_value_category'],
 * //     dimensions: { all: [], business_service: ['business_service'], value_category: ['x_itvc_value_value_category'] },
 * //     reads: [{ fn: 'COUNT' }, { fn: 'AVG', field: 'x_itvc_value_outage_minutes' }],
 * //     aggregates: [{ fn: 'COUNT' }, { fn: 'SUM', field: 'x_itvc_value_outage_minutes' },
 * //                  { fn: 'COUNT', field: 'x_itvc_value_outage_minutes' }] }
 */
export function groupedSpec(source: SourceId, period: FiscalPeriod, context: SourceContext): GroupedSpec | null {
    const specs = DIMENSIONS.flatMap((d) => {
        const spec = sourceSpec(source, period, d, context)
        return spec ? [{ dimension: d, spec }] : []
    })
    const base = specs[0]?.spec
    if (base === undefined) return null
    const dimensions: { [d in Dimension]?: readonly string[] } = {}
    for (const { dimension, spec } of specs) dimensions[dimension] = spec.groupBy
    return {
        source,
        table: base.table,
        query: base.query,
        groupBy: unique(specs.flatMap((s) => s.spec.groupBy)),
        aggregates: asked(base.aggregates),
        dimensions,
        reads: base.aggregates,
    }
}

/**
 * A group's value of a group column: from the row's `groups`; a row without them (a source that reports only the
 * key) has its key in the spec's first group column.
 */
function groupValue(spec: AggregateSpec, row: AggregateRow, column: string): string {
    if (row.groups) return row.groups[column] ?? ''
    return column === spec.groupBy[0] ? row.key : ''
}

const PLAIN_DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** A decimal string as integer units at a scale (digits after the point), or `null` when it is not one. */
function units(text: string, scale: number): number | null {
    const m = PLAIN_DECIMAL.exec(text)
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null
    const frac = (m[3] ?? '').replace(/0+$/, '')
    if (frac.length > scale) return null
    const n = Number(`${m[2] || '0'}${frac.padEnd(scale, '0')}`)
    if (!Number.isSafeInteger(n)) return null
    return m[1] === '-' ? -n : n
}

/** Digits after the point: significant ones, or all of them as written. */
function scaleOf(text: string, written = false): number {
    const frac = PLAIN_DECIMAL.exec(text)?.[3] ?? ''
    return written ? frac.length : frac.replace(/0+$/, '').length
}

/**
 * The exact sum of decimal strings as a decimal string with as many decimals as the longest; `''` when there is
 * none (an empty SUM). Values Glide would not give (an exponent, beyond 2^53 units) are added as numbers.
 * @example addDecimals(['0.10', '0.20', '']) //=> '0.30'
 * @example addDecimals(['', '']) //=> ''
 */
export function addDecimals(texts: readonly string[]): string {
    const values = texts.map((t) => t.trim()).filter((t) => t !== '')
    if (values.length === 0) return ''
    const scale = Math.max(...values.map((v) => scaleOf(v)))
    let total = 0
    for (const v of values) {
        const u = units(v, scale)
        total += u ?? NaN
    }
    if (!Number.isSafeInteger(total)) {
        const sum = values.reduce((a, v) => a + Number(v), 0)
        return Number.isFinite(sum) ? String(sum) : ''
    }
    const digits = String(Math.abs(total)).padStart(scale + 1, '0')
    const decimals = Math.max(scale, ...values.map((v) => scaleOf(v, true)))
    const whole = digits.slice(0, digits.length - scale)
    const text = decimals === 0 ? whole : `${whole}.${digits.slice(whole.length).padEnd(decimals, '0')}`
    return total < 0 ? `-${text}` : text
}

function countOf(text: string | undefined): number {
    const n = Number((text ?? '').trim())
    return Number.isFinite(n) ? Math.trunc(n) : 0
}

/**
 * The rows of one dimension from a grouped read: one row per key of the dimension (`''` for `all`, and for groups
 * without a key), its values added up over the key's groups and named as the source's metrics read them
 * ({@link GroupedSpec.reads}): COUNT, SUM(f) and AVG(f) = SUM(f) / COUNT(f). No rows when the source cannot be cut
 * by the dimension.
 * @example rowsOfDimension(spec, [
 *     { key: 's1', label: '', groups: { business_service: 's1', x_itvc_value_value_category: 'cost' }, values: { COUNT: '2' } },
 *     { key: 's2', label: '', groups: { business_service: 's2', x_itvc_value_value_category: 'cost' }, values: { COUNT: '3' } },
 * ], 'value_category') //=> [{ key: 'cost', label: '', values: { COUNT: '5' } }]
 */
export function rowsOfDimension(
    spec: GroupedSpec,
    rows: readonly AggregateRow[],
    dimension: Dimension
): AggregateRow[] {
    const columns = spec.dimensions[dimension]
    if (columns === undefined) return []
    const byKey = new Map<string, AggregateRow[]>()
    for (const row of rows) {
        const column = columns.find((c) => groupValue(spec, row, c) !== '')
        const key = column === undefined ? '' : groupValue(spec, row, column)
        byKey.set(key, [...(byKey.get(key) ?? []), row])
    }
    return [...byKey.entries()].map(([key, group]) => {
        const sum = (name: string): string => addDecimals(group.map((r) => r.values[name] ?? ''))
        const count = (name: string): number => group.reduce((n, r) => n + countOf(r.values[name]), 0)
        const values: Record<string, string> = {}
        for (const a of spec.reads) {
            const name = aggregateName(a)
            if (a.fn === 'COUNT') values[name] = String(count(name))
            else if (a.fn === 'SUM') values[name] = sum(name)
            else {
                const n = count(aggregateName({ fn: 'COUNT', field: a.field }))
                const total = sum(aggregateName({ fn: 'SUM', field: a.field }))
                values[name] = n > 0 && total !== '' ? String(Number(total) / n) : ''
            }
        }
        return { key, label: '', values }
    })
}

/**
 * Runs the scorecard's aggregates (src/server/core/scorecard/sources.ts, groups.ts) with GlideAggregate: one query
 * per spec, whatever the number of records it aggregates; the rows returned are its groups (at most the
 * combinations of the dimensions' keys), each with the value of every group column.
 */
import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import type { AggregateRow, AggregateSpec, Dimension, QueryMeter, ScorecardSource } from '../core/index.ts'
import { aggregateName, DIMENSION_LABEL_SOURCES } from '../core/index.ts'

/** A query counter the scorecard adapters share within one invocation. */
export interface Meter extends QueryMeter {
    tick(): void
}

/** A fresh counter. */
export function newMeter(): Meter {
    let n = 0
    return {
        count: () => n,
        tick: () => {
            n += 1
        },
    }
}

/**
 * Labels of a dimension's keys: a choice's labels without a query (an unsaved record shows them), a reference's
 * display column in one query.
 */
function labelsOf(dimension: Exclude<Dimension, 'all'>, keys: readonly string[], meter: Meter): Map<string, string> {
    const source = DIMENSION_LABEL_SOURCES[dimension]
    const labels = new Map<string, string>()
    if (source.choice) {
        const gr = new GlideRecord(source.table)
        gr.initialize()
        for (const key of keys) {
            gr.setValue(source.field, key)
            labels.set(key, gr.getDisplayValue(source.field) || key)
        }
        return labels
    }
    const gr = new GlideRecord(source.table)
    gr.addQuery('sys_id', 'IN', keys.join(','))
    gr.setLimit(keys.length)
    gr.query()
    meter.tick()
    while (gr.next()) labels.set(gr.getUniqueValue(), gr.getValue(source.field) ?? '')
    return labels
}

/**
 * The GlideAggregate source. A row carries every group column's value and, as its key, the first non-empty one
 * (alternative columns); a COUNT with a field counts that column's values. Labels come from {@link labelsOf} (the
 * scoped GlideAggregate has no display values).
 */
export function glideScorecardSource(meter: Meter): ScorecardSource {
    return {
        aggregate(spec: AggregateSpec): AggregateRow[] {
            const agg = new GlideAggregate(spec.table)
            agg.addEncodedQuery(spec.query)
            // COUNT takes no field (the types want one; the platform and the lab accept none)
            for (const a of spec.aggregates) agg.addAggregate(a.fn, a.field as string)
            for (const column of spec.groupBy) agg.groupBy(column)
            agg.query()
            meter.tick()
            const rows: AggregateRow[] = []
            while (agg.next()) {
                const groups: Record<string, string> = {}
                for (const column of spec.groupBy) groups[column] = agg.getValue(column) ?? ''
                const column = spec.groupBy.find((c) => groups[c] !== '')
                const values: Record<string, string> = {}
                for (const a of spec.aggregates) {
                    values[aggregateName(a)] = agg.getAggregate(a.fn, a.field as string) ?? ''
                }
                rows.push({ key: column === undefined ? '' : (groups[column] ?? ''), label: '', groups, values })
            }
            return rows
        },
        labels: (dimension, keys) => labelsOf(dimension, keys, meter),
    }
}

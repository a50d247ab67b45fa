/** Builders for scorecard core tests: catalog metrics and aggregate rows. */
import type { Metric } from '../../../src/server/core/scorecard/catalog.ts'
import type { AggregateRow, SourceId } from '../../../src/server/core/scorecard/sources.ts'
import type { SourceRows } from '../../../src/server/core/scorecard/metrics.ts'

/** A catalog metric; override what the test is about. */
export function aMetric(overrides: Partial<Metric> = {}): Metric {
    return {
        sysId: `sys_${overrides.key ?? 'p1_p2_incidents'}`,
        key: 'p1_p2_incidents',
        name: 'P1/P2 incidents',
        perspective: 'customer',
        unit: 'count',
        direction: 'lower_better',
        target: 5,
        tolerancePercent: 10,
        active: true,
        order: 40,
        description: '',
        ...overrides,
    }
}

/** An aggregate row. */
export function aRow(key: string, values: Record<string, string>, label = key): AggregateRow {
    return { key, label, values }
}

/** Source rows from a plain object. */
export function rowsOf(rows: Partial<Record<SourceId, AggregateRow[]>>): SourceRows {
    return new Map(Object.entries(rows) as [SourceId, AggregateRow[]][])
}

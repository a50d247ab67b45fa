import { describe, expect, it } from '@jest/globals'
import { DEFAULT_FISCAL_CONFIG } from '../../../src/server/core/fiscal/config.ts'
import type { StoredScorecard } from '../../../src/server/core/scorecard/entries.ts'
import { planWrites } from '../../../src/server/core/scorecard/entries.ts'
import type { ChunkScorecards, RollupPorts, RollupRun } from '../../../src/server/core/scorecard/ports.ts'
import type { RollupContext } from '../../../src/server/core/scorecard/runner.ts'
import { runRollup } from '../../../src/server/core/scorecard/runner.ts'
import type { AggregateRow, AggregateSpec } from '../../../src/server/core/scorecard/sources.ts'
import { aMetric } from './builders.ts'

/** P1/P2 counts by month (opened_at>=yyyy-MM-01 …) and service. */
const P1P2: Record<string, AggregateRow[]> = {
    '2026-09': [{ key: 'svc1', label: '', values: { COUNT: '2' } }],
    '2026-10': [
        { key: 'svc1', label: '', values: { COUNT: '7' } },
        { key: 'svc2', label: '', values: { COUNT: '1' } },
    ],
    '2026-11': [{ key: 'svc2', label: '', values: { COUNT: '3' } }],
}

class FakeSource {
    specs: AggregateSpec[] = []
    labelCalls = 0
    labels(_dimension: string, keys: readonly string[]): ReadonlyMap<string, string> {
        this.labelCalls++
        return new Map(keys.filter((k) => k !== 'svc2').map((k) => [k, k === 'svc1' ? 'Billing' : k]))
    }
    aggregate(spec: AggregateSpec): AggregateRow[] {
        this.specs.push(spec)
        const month = /opened_at>=(\d{4}-\d{2})/.exec(spec.query)?.[1] ?? ''
        const rows = P1P2[month] ?? []
        if (spec.groupBy.length > 0) return rows
        const total = rows.reduce((n, r) => n + Number(r.values['COUNT']), 0)
        return [{ key: '', label: '', values: { COUNT: String(total) } }]
    }
}

class FakeStore {
    scorecards = new Map<string, StoredScorecard[]>()
    runs: RollupRun[] = []
    failOn: string | undefined
    private id = 0
    replace(chunk: ChunkScorecards): number {
        const where = `${chunk.period.label}|${chunk.dimension}`
        if (where === this.failOn) throw new Error('transaction cancelled')
        const plan = planWrites(this.scorecards.get(where) ?? [], chunk.drafts)
        let written = 0
        const next: StoredScorecard[] = plan.scorecards.map((s) => {
            written += s.insert.length + s.update.length
            return {
                sysId: s.sysId ?? `S${++this.id}`,
                key: s.draft.key,
                label: s.draft.label,
                entries: s.draft.entries.map((e) => ({ sysId: `E${++this.id}`, ...e })),
            }
        })
        this.scorecards.set(where, next)
        return written
    }
    saveRun(run: RollupRun): void {
        this.runs.push(run)
    }
    snapshot(): unknown {
        return [...this.scorecards.entries()]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([where, list]) => [
                where,
                list.map((s) => ({ key: s.key, label: s.label, entries: s.entries.map(({ sysId: _s, ...e }) => e) })),
            ])
    }
}

function ports(source: FakeSource, store: FakeStore, clock = { t: 0, step: 0 }): RollupPorts {
    return {
        source,
        store,
        clock: {
            now: () => '2026-11-15 02:00:00',
            nowMillis: () => (clock.t += clock.step),
        },
        meter: { count: () => source.specs.length },
        logger: { info: () => undefined, error: () => undefined },
    }
}

const run: RollupRun = {
    sysId: 'run1',
    kind: 'nightly',
    state: 'queued',
    fromPeriod: 'FY2026-M10',
    toPeriod: 'FY2026-M11',
    periods: ['FY2026-M10', 'FY2026-M11'],
    dimensions: ['all', 'business_service', 'portfolio'],
    asOf: '2026-11-15',
    resumePoint: '',
    chunksDone: 0,
    chunksTotal: 0,
    entriesWritten: 0,
    queries: 0,
    errors: [],
    started: null,
    finished: null,
}
const context: RollupContext = { metrics: [aMetric()], fiscal: DEFAULT_FISCAL_CONFIG, graceDays: 30 }
const unlimited = { maxChunks: 0, maxMillis: 0 }

describe('runRollup', () => {
    it('computes every chunk: values, previous values and keys seen in either period', () => {
        const store = new FakeStore()
        const done = runRollup(run, context, ports(new FakeSource(), store), unlimited)
        expect(done).toMatchObject({
            state: 'complete',
            chunksDone: 6,
            chunksTotal: 6,
            resumePoint: '',
            entriesWritten: 6,
        })
        const services = store.scorecards.get('FY2026-M11|business_service') ?? []
        expect(
            services.map((s) => [s.key, s.label, s.entries[0]?.value, s.entries[0]?.previous, s.entries[0]?.status])
        ).toEqual([
            ['svc1', 'Billing', 0, 7, 'green'],
            ['svc2', 'svc2', 3, 1, 'green'],
        ])
        expect(store.scorecards.get('FY2026-M11|all')?.[0]?.entries[0]).toMatchObject({
            value: 3,
            previous: 8,
            trend: 'down',
            judgement: 'improving',
        })
        expect(store.scorecards.get('FY2026-M11|portfolio')).toEqual([])
    })

    it('reads each period and dimension once per invocation (the previous month is shared)', () => {
        const source = new FakeSource()
        const done = runRollup(run, context, ports(source, new FakeStore()), unlimited)
        // months 09, 10, 11: one read each, grouped by service × category, shared by all and business_service;
        // incidents have no portfolio
        expect(source.specs).toHaveLength(3)
        expect(done.queries).toBe(3)
        // labels: one lookup per chunk of a keyed dimension that has keys
        expect(source.labelCalls).toBe(2)
    })

    it('stops after the chunk budget with a resume point, and continues from it to the same scorecards', () => {
        const once = new FakeStore()
        runRollup(run, context, ports(new FakeSource(), once), unlimited)

        const store = new FakeStore()
        const first = runRollup(run, context, ports(new FakeSource(), store), { maxChunks: 1, maxMillis: 0 })
        expect(first).toMatchObject({
            state: 'queued',
            chunksDone: 1,
            resumePoint: 'FY2026-M10|business_service',
            finished: null,
        })
        const second = runRollup(first, context, ports(new FakeSource(), store), unlimited)
        expect(second).toMatchObject({ state: 'complete', chunksDone: 6, started: first.started })
        expect(store.snapshot()).toEqual(once.snapshot())
    })

    it('stops when the time budget is spent, after at least one chunk', () => {
        const store = new FakeStore()
        const r = runRollup(run, context, ports(new FakeSource(), store, { t: 0, step: 1000 }), {
            maxChunks: 0,
            maxMillis: 1000,
        })
        expect(r).toMatchObject({ state: 'queued', chunksDone: 1 })
    })

    it('gives the same scorecards when a chunk is run again after an interruption inside it', () => {
        const once = new FakeStore()
        runRollup(run, context, ports(new FakeSource(), once), unlimited)
        const store = new FakeStore()
        runRollup(run, context, ports(new FakeSource(), store), unlimited)
        // killed after writing its scorecards, before recording progress: the run is re-run from the start
        runRollup(run, context, ports(new FakeSource(), store), unlimited)
        expect(store.snapshot()).toEqual(once.snapshot())
    })

    it('fails the run at the chunk that threw, and retries that chunk when run again', () => {
        const store = new FakeStore()
        store.failOn = 'FY2026-M11|all'
        const failed = runRollup(run, context, ports(new FakeSource(), store), unlimited)
        expect(failed).toMatchObject({ state: 'failed', resumePoint: 'FY2026-M11|all', chunksDone: 3 })
        expect(failed.errors).toEqual(['FY2026-M11|all: transaction cancelled'])
        store.failOn = undefined
        const retried = runRollup({ ...failed, state: 'queued' }, context, ports(new FakeSource(), store), unlimited)
        expect(retried).toMatchObject({ state: 'complete', chunksDone: 6 })
    })

    it('leaves a complete run alone', () => {
        const store = new FakeStore()
        const complete = { ...run, state: 'complete' as const }
        expect(runRollup(complete, context, ports(new FakeSource(), store), unlimited)).toBe(complete)
        expect(store.runs).toEqual([])
    })

    it('skips inactive metrics and reports metrics without a computation', () => {
        const store = new FakeStore()
        const metrics = [aMetric(), aMetric({ key: 'nps', sysId: 'x' }), aMetric({ key: 'mttr_hours', active: false })]
        const done = runRollup(run, { ...context, metrics }, ports(new FakeSource(), store), unlimited)
        expect(done.errors).toEqual(['SCORECARD.METRIC_UNKNOWN: metric "nps" has no computation and was skipped'])
        expect(store.scorecards.get('FY2026-M10|all')?.[0]?.entries.map((e) => e.metric)).toEqual(['p1_p2_incidents'])
    })

    it('fails a run whose resume point names no chunk', () => {
        const done = runRollup(
            { ...run, resumePoint: 'FY2030-M01|all' },
            context,
            ports(new FakeSource(), new FakeStore()),
            unlimited
        )
        expect(done).toMatchObject({ state: 'failed' })
        expect(done.errors[0]).toContain('FY2030-M01|all')
    })
})

describe('runRollup targets', () => {
    it('scales the monthly target of an additive metric to a quarter', () => {
        const store = new FakeStore()
        const quarter = { ...run, periods: ['FY2026-Q4'], dimensions: ['all' as const] }
        runRollup(quarter, context, ports(new FakeSource(), store), unlimited)
        expect(store.scorecards.get('FY2026-Q4|all')?.[0]?.entries[0]).toMatchObject({ target: 15 })
    })
})

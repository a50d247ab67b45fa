/**
 * Scorecard snapshots and roll-up runs in the app's tables: reads the stored scorecards of a chunk, applies the
 * core's write plan (insert, update, delete by sys_id), and reads and writes run records. Used by the jobs and the
 * async rule (as the system); REST reads go through glide-scorecard-api.ts with the caller's ACLs.
 */
import { GlideRecord, GlideRecordSecure } from '@servicenow/glide'
import type {
    ChunkScorecards,
    Dimension,
    EntryValues,
    IsoDate,
    RollupRun,
    RunKind,
    RunState,
    ScorecardDraft,
    ScorecardStore,
    StoredEntry,
    StoredScorecard,
} from '../core/index.ts'
import { DIMENSIONS, planWrites } from '../core/index.ts'
import type { Meter } from './glide-scorecard-source.ts'

export const SCORECARD_TABLE = 'x_itvc_value_snapshot'
export const ENTRY_TABLE = 'x_itvc_value_scorecard_entry'
export const RUN_TABLE = 'x_itvc_value_rollup_run'

/** Scorecards of one period and dimension read at most (keys of a dimension). */
export const MAX_SCORECARDS = 5000
/** Entries of one period and dimension read at most. */
export const MAX_ENTRIES = 100000
/** Ids per delete statement. */
const DELETE_BATCH = 100
/** Characters of the errors column. */
const ERRORS_LENGTH = 4000

/** A decimal column as a number; empty is `null`. */
export function decimal(text: string | null): number | null {
    if (text === null || text.trim() === '') return null
    const n = Number(text)
    return Number.isFinite(n) ? n : null
}

function text(n: number | null): string {
    return n === null ? '' : String(n)
}

/** An entry record's values (the metric as stored; the caller maps it to a key). */
export function entryOf(gr: GlideRecord, metric: string): EntryValues {
    return {
        metric,
        value: decimal(gr.getValue('value')),
        target: decimal(gr.getValue('target')),
        status: (gr.getValue('status') ?? 'no_data') as EntryValues['status'],
        previous: decimal(gr.getValue('previous_value')),
        delta: decimal(gr.getValue('delta')),
        trend: (gr.getValue('trend') ?? null) as EntryValues['trend'],
        judgement: (gr.getValue('judgement') ?? null) as EntryValues['judgement'],
    }
}

function setEntry(gr: GlideRecord, entry: EntryValues): void {
    gr.setValue('value', text(entry.value))
    gr.setValue('target', text(entry.target))
    gr.setValue('status', entry.status)
    gr.setValue('previous_value', text(entry.previous))
    gr.setValue('delta', text(entry.delta))
    gr.setValue('trend', entry.trend ?? '')
    gr.setValue('judgement', entry.judgement ?? '')
}

function deleteIds(table: string, ids: readonly string[], meter: Meter): void {
    for (let i = 0; i < ids.length; i += DELETE_BATCH) {
        const gr = new GlideRecord(table)
        gr.addQuery('sys_id', 'IN', ids.slice(i, i + DELETE_BATCH).join(','))
        gr.deleteMultiple()
        meter.tick()
    }
}

/** The stored scorecards of a period and dimension with their entries (two queries). */
function readStored(
    period: string,
    dimension: Dimension,
    keyOf: (metric: string) => string,
    meter: Meter
): StoredScorecard[] {
    const sc = new GlideRecord(SCORECARD_TABLE)
    sc.addQuery('period_label', period)
    sc.addQuery('dimension', dimension)
    sc.orderBy('sys_created_on')
    sc.setLimit(MAX_SCORECARDS)
    sc.query()
    meter.tick()
    const cards = new Map<string, { key: string; label: string; entries: StoredEntry[] }>()
    while (sc.next()) {
        cards.set(sc.getUniqueValue(), {
            key: sc.getValue('dimension_key') ?? '',
            label: sc.getValue('dimension_label') ?? '',
            entries: [],
        })
    }
    if (cards.size > 0) {
        const en = new GlideRecord(ENTRY_TABLE)
        en.addQuery('scorecard.period_label', period)
        en.addQuery('scorecard.dimension', dimension)
        en.orderBy('sys_created_on')
        en.setLimit(MAX_ENTRIES)
        en.query()
        meter.tick()
        while (en.next()) {
            const card = cards.get(en.getValue('scorecard') ?? '')
            if (card)
                card.entries.push({ sysId: en.getUniqueValue(), ...entryOf(en, keyOf(en.getValue('metric') ?? '')) })
        }
    }
    return [...cards.entries()].map(([sysId, c]) => ({ sysId, ...c }))
}

function writeScorecard(sysId: string | null, chunk: ChunkScorecards, draft: ScorecardDraft, meter: Meter): string {
    const gr = new GlideRecord(SCORECARD_TABLE)
    if (sysId === null || !gr.get(sysId)) gr.initialize()
    if (sysId !== null) meter.tick()
    gr.setValue('period_label', chunk.period.label)
    gr.setValue('period_type', chunk.period.type)
    gr.setValue('period_start', chunk.period.start)
    gr.setValue('period_end', chunk.period.end)
    gr.setValue('dimension', chunk.dimension)
    gr.setValue('dimension_key', draft.key)
    gr.setValue('dimension_label', draft.label)
    gr.setValue('computed_at', chunk.computedAt)
    gr.setValue('run', chunk.runId)
    const id = gr.isNewRecord() ? gr.insert() : gr.update()
    meter.tick()
    if (!id) throw new Error(`could not write the ${chunk.dimension} scorecard of ${chunk.period.label} (${draft.key})`)
    return id
}

/** The store the roll-up writes through (as the system). */
export function glideScorecardStore(meter: Meter): ScorecardStore {
    return {
        replace(chunk: ChunkScorecards): number {
            const idOf = new Map(chunk.metrics.map((m) => [m.key, m.sysId]))
            const keyOf = new Map(chunk.metrics.map((m) => [m.sysId, m.key]))
            // An entry of a metric no longer computed keeps its sys_id as key, so the plan removes it.
            const stored = readStored(
                chunk.period.label,
                chunk.dimension,
                (id) => keyOf.get(id) ?? `sys_id:${id}`,
                meter
            )
            const plan = planWrites(stored, chunk.drafts)
            deleteIds(ENTRY_TABLE, plan.removeEntries, meter)
            deleteIds(SCORECARD_TABLE, plan.removeScorecards, meter)
            let written = 0
            for (const s of plan.scorecards) {
                const scorecard = writeScorecard(s.sysId, chunk, s.draft, meter)
                for (const entry of s.insert) {
                    const gr = new GlideRecord(ENTRY_TABLE)
                    gr.initialize()
                    gr.setValue('scorecard', scorecard)
                    gr.setValue('metric', idOf.get(entry.metric) ?? '')
                    setEntry(gr, entry)
                    if (!gr.insert())
                        throw new Error(`could not insert the ${entry.metric} entry of ${chunk.period.label}`)
                    meter.tick()
                    written++
                }
                for (const { sysId, entry } of s.update) {
                    const gr = new GlideRecord(ENTRY_TABLE)
                    if (!gr.get(sysId)) continue
                    setEntry(gr, entry)
                    gr.update()
                    meter.tick()
                    meter.tick()
                    written++
                }
                deleteIds(ENTRY_TABLE, s.remove, meter)
            }
            return written
        },
        saveRun(run: RollupRun): void {
            const gr = new GlideRecord(RUN_TABLE)
            meter.tick()
            if (!gr.get(run.sysId)) throw new Error(`no roll-up run ${run.sysId}`)
            gr.setValue('state', run.state)
            gr.setValue('chunks_total', String(run.chunksTotal))
            gr.setValue('chunks_done', String(run.chunksDone))
            gr.setValue('resume_point', run.resumePoint)
            gr.setValue('entries_written', String(run.entriesWritten))
            gr.setValue('queries', String(run.queries))
            gr.setValue('errors', run.errors.join('\n').slice(0, ERRORS_LENGTH))
            gr.setValue('started', run.started ?? '')
            gr.setValue('finished', run.finished ?? '')
            gr.update()
            meter.tick()
        },
    }
}

/** A run record as the core's run. */
export function runOf(gr: GlideRecord): RollupRun {
    const list = (value: string | null, separator: string): string[] =>
        (value ?? '')
            .split(separator)
            .map((s) => s.trim())
            .filter(Boolean)
    const count = (field: string): number => Number(gr.getValue(field) ?? '0') || 0
    return {
        sysId: gr.getUniqueValue(),
        kind: (gr.getValue('kind') ?? 'backfill') as RunKind,
        state: (gr.getValue('state') ?? 'queued') as RunState,
        fromPeriod: gr.getValue('from_period') ?? '',
        toPeriod: gr.getValue('to_period') ?? '',
        periods: list(gr.getValue('periods'), ','),
        dimensions: list(gr.getValue('dimensions'), ',').filter((d): d is Dimension =>
            (DIMENSIONS as readonly string[]).includes(d)
        ),
        asOf: gr.getValue('as_of') ?? '',
        resumePoint: gr.getValue('resume_point') ?? '',
        chunksDone: count('chunks_done'),
        chunksTotal: count('chunks_total'),
        entriesWritten: count('entries_written'),
        queries: count('queries'),
        errors: list(gr.getValue('errors'), '\n'),
        started: gr.getValue('started'),
        finished: gr.getValue('finished'),
    }
}

/** What a new run is. */
export interface NewRun {
    readonly kind: RunKind
    readonly from: string
    readonly to: string
    readonly periods: readonly string[]
    readonly dimensions: readonly Dimension[]
    readonly asOf: IsoDate
    readonly requestedBy: string
}

/**
 * Inserts a queued run; `secure` inserts it with the session user's ACLs (REST: portfolio owners only). Returns the
 * run and who requested it, or `null` when the insert was refused.
 */
export function insertRun(run: NewRun, secure: boolean): { run: RollupRun; requestedBy: string | null } | null {
    const gr = secure ? new GlideRecordSecure(RUN_TABLE) : new GlideRecord(RUN_TABLE)
    gr.initialize()
    gr.setValue('kind', run.kind)
    gr.setValue('state', 'queued')
    gr.setValue('from_period', run.from)
    gr.setValue('to_period', run.to)
    gr.setValue('periods', run.periods.join(','))
    gr.setValue('dimensions', run.dimensions.join(','))
    gr.setValue('as_of', run.asOf)
    gr.setValue('chunks_total', String(run.periods.length * run.dimensions.length))
    gr.setValue('requested_by', run.requestedBy)
    const id = gr.insert()
    if (!id) return null
    return readRun(id, secure)
}

/** A run by sys_id (`secure`: only if the session user may read it), with who requested it. */
export function readRun(sysId: string, secure: boolean): { run: RollupRun; requestedBy: string | null } | null {
    const gr = secure ? new GlideRecordSecure(RUN_TABLE) : new GlideRecord(RUN_TABLE)
    if (!/^[0-9a-f]{32}$/i.test(sysId) || !gr.get(sysId)) return null
    return { run: runOf(gr), requestedBy: gr.getValue('requested_by') }
}

/**
 * The runs a worker should continue, oldest first: queued ones, and running ones without progress since
 * `staleBefore` (UTC 'yyyy-MM-dd HH:mm:ss': their transaction was killed). At most `limit`.
 */
export function runsToContinue(staleBefore: string, limit: number): string[] {
    const gr = new GlideRecord(RUN_TABLE)
    gr.addEncodedQuery(`state=queued^NQstate=running^sys_updated_on<${staleBefore}`)
    gr.orderBy('sys_created_on')
    gr.setLimit(limit)
    gr.query()
    const ids: string[] = []
    while (gr.next()) ids.push(gr.getUniqueValue())
    return ids
}

/** Whether the `all` scorecard of a period was computed after a moment (UTC 'yyyy-MM-dd HH:mm:ss'). */
export function computedSince(period: string, since: string): boolean {
    const gr = new GlideRecord(SCORECARD_TABLE)
    gr.addQuery('period_label', period)
    gr.addQuery('dimension', 'all')
    gr.addQuery('computed_at', '>', since)
    gr.setLimit(1)
    gr.query()
    return gr.hasNext()
}

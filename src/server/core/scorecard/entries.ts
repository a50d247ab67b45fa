/**
 * Scorecard entries: one per metric of a scorecard, with its value, the target it was judged against, the RAG
 * status, the previous period's value and the trend. And the plan that turns the stored entries of a period and
 * dimension into the computed ones (insert, update, remove), so a re-run replaces them and never duplicates.
 */
import type { Metric } from './catalog.ts'
import type { RagStatus, TrendJudgement, TrendMovement } from './rag.ts'
import { ragStatus, trend } from './rag.ts'

/** One computed entry. */
export interface EntryValues {
    /** The metric's key. */
    readonly metric: string
    readonly value: number | null
    readonly target: number | null
    readonly status: RagStatus
    readonly previous: number | null
    readonly delta: number | null
    readonly trend: TrendMovement | null
    readonly judgement: TrendJudgement | null
}

/**
 * The entry of a metric: status against the metric's target and tolerance, trend against the previous value,
 * judged by the metric's direction. A tolerance the RAG rules refuse (never the case for a parsed metric) counts
 * as the default.
 * @example scorecardEntry(p1p2, 7, 4) // p1p2: lower_better, target 5
 * //=> { metric: 'p1_p2_incidents', value: 7, target: 5, status: 'red', previous: 4, delta: 3, trend: 'up', judgement: 'worsening' }
 */
export function scorecardEntry(
    metric: Pick<Metric, 'key' | 'direction' | 'target' | 'tolerancePercent'>,
    value: number | null,
    previous: number | null
): EntryValues {
    const reading = { value, target: metric.target, direction: metric.direction }
    const judged = ragStatus(reading, { tolerancePercent: metric.tolerancePercent })
    const fallback = ragStatus(reading)
    const status: RagStatus = judged.ok ? judged.value : fallback.ok ? fallback.value : 'no_data'
    const t = trend({ value, previous, direction: metric.direction })
    return {
        metric: metric.key,
        value,
        target: metric.target,
        status,
        previous,
        delta: t.delta,
        trend: t.movement,
        judgement: t.judgement,
    }
}

/** A stored scorecard (one period, dimension and key) with its entries. */
export interface StoredScorecard<E extends StoredEntry = StoredEntry> {
    readonly sysId: string
    readonly key: string
    readonly label: string
    readonly entries: readonly E[]
}

/** A stored entry. */
export interface StoredEntry extends EntryValues {
    readonly sysId: string
}

/** A computed scorecard of one dimension key. */
export interface ScorecardDraft {
    readonly key: string
    readonly label: string
    readonly entries: readonly EntryValues[]
}

/** What to write so the stored scorecards of a period and dimension equal the computed ones. */
export interface WritePlan {
    /** Scorecards to insert (with all their entries) or update (label, computed at, run) by sys_id. */
    readonly scorecards: readonly {
        readonly sysId: string | null
        readonly draft: ScorecardDraft
        readonly insert: readonly EntryValues[]
        readonly update: readonly { readonly sysId: string; readonly entry: EntryValues }[]
        readonly remove: readonly string[]
    }[]
    /** Scorecards no longer computed (their key has no data now): delete them with their entries. */
    readonly removeScorecards: readonly string[]
    /** Entries of those scorecards, to delete first. */
    readonly removeEntries: readonly string[]
}

function sameEntry(a: EntryValues, b: EntryValues): boolean {
    return (
        a.value === b.value &&
        a.target === b.target &&
        a.status === b.status &&
        a.previous === b.previous &&
        a.delta === b.delta &&
        a.trend === b.trend &&
        a.judgement === b.judgement
    )
}

/**
 * Plans the writes that replace the stored scorecards of one period and dimension by the computed ones. Stored
 * scorecards and entries are matched by key and metric, so their sys_ids stay; an entry is updated only when a
 * value changed; duplicates (left by an interrupted run on an instance that does not roll back) are removed.
 * @example planWrites([], [{ key: '', label: 'All', entries: [entry] }]).scorecards[0].insert.length //=> 1
 */
export function planWrites(stored: readonly StoredScorecard[], drafts: readonly ScorecardDraft[]): WritePlan {
    const byKey = new Map<string, StoredScorecard[]>()
    for (const s of stored) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s])
    const removeScorecards: string[] = []
    const removeEntries: string[] = []
    const scorecards = drafts.map((draft) => {
        const [keep, ...duplicates] = byKey.get(draft.key) ?? []
        byKey.delete(draft.key)
        for (const d of duplicates) {
            removeScorecards.push(d.sysId)
            removeEntries.push(...d.entries.map((e) => e.sysId))
        }
        const existing = new Map<string, StoredEntry[]>()
        for (const e of keep?.entries ?? []) existing.set(e.metric, [...(existing.get(e.metric) ?? []), e])
        const insert: EntryValues[] = []
        const update: { sysId: string; entry: EntryValues }[] = []
        const remove: string[] = []
        for (const entry of draft.entries) {
            const [match, ...extra] = existing.get(entry.metric) ?? []
            existing.delete(entry.metric)
            remove.push(...extra.map((e) => e.sysId))
            if (!match) insert.push(entry)
            else if (!sameEntry(match, entry)) update.push({ sysId: match.sysId, entry })
        }
        for (const list of existing.values()) remove.push(...list.map((e) => e.sysId))
        return { sysId: keep?.sysId ?? null, draft, insert, update, remove }
    })
    for (const list of byKey.values()) {
        for (const s of list) {
            removeScorecards.push(s.sysId)
            removeEntries.push(...s.entries.map((e) => e.sysId))
        }
    }
    return { scorecards, removeScorecards, removeEntries }
}

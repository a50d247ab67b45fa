/**
 * The demand side of value scoring: a demand's scoring columns read into plain data and written back, its ratings,
 * its score history, the score copy on the project it became, and its rank. Plain GlideRecord: these run as the
 * app's own logic (rules and jobs), after the user's write passed its ACLs.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import type { DemandScoreState, RankedDemand, RatingRow, ScoreChange, ScoreReason, StoredScore } from '../core/index.ts'
import {
    changeHistoryKey,
    CLOSED_DEMAND_STATES,
    historyKey,
    isOpenDemand,
    MAX_ROWS_PER_READ,
    OPEN_DEMANDS_QUERY,
    parseStoredNumber,
    parseStoredStatus,
} from '../core/index.ts'
import { DEMAND_COLUMNS as D, IDS_PER_QUERY, PROJECT_COLUMNS, SCORING_TABLES } from './glide-scoring-schema.ts'

/** A demand's scoring columns, with what ranking needs. */
export interface DemandScoreRow extends DemandScoreState {
    readonly number: string
    readonly open: boolean
    readonly rank: number | null
}

/** Most ratings read per demand in a batch (criteria × assessors; a bound, not an expectation). */
export const MAX_RATINGS_PER_DEMAND = 200

/** Most history rows of one reason and model version read per demand (one per re-score; a bound). */
export const MAX_HISTORY_PER_DEMAND = 20

const text = (record: GlideRecord, column: string): string => record.getValue(column) ?? ''
const flag = (record: GlideRecord, column: string): boolean => ['1', 'true'].indexOf(text(record, column)) >= 0

/** Now, as Glide stores date-times (UTC `yyyy-MM-dd HH:mm:ss`). */
export function nowUtc(): string {
    return new GlideDateTime().getValue()
}

/** The columns among `columns` that this save changes (before and after rules). */
export function changedColumns(record: GlideRecord, columns: readonly string[]): string[] {
    return columns.filter((column) => record.getElement(column)?.changes() === true)
}

/** A demand record's scoring state. */
export function demandRowOf(record: GlideRecord): DemandScoreRow {
    return {
        sysId: record.getUniqueValue(),
        number: text(record, 'number'),
        model: text(record, D.model) || null,
        open: isOpenDemand(flag(record, 'active'), text(record, 'state')),
        overrideValue: parseStoredNumber(text(record, D.override)),
        overrideReason: text(record, D.overrideReason),
        rank: parseStoredNumber(text(record, D.rank)),
        stored: {
            score: parseStoredNumber(text(record, D.score)),
            wsjf: parseStoredNumber(text(record, D.wsjf)),
            rice: parseStoredNumber(text(record, D.rice)),
            rankingValue: parseStoredNumber(text(record, D.rankingValue)),
            status: parseStoredStatus(text(record, D.status)),
            breakdown: text(record, D.breakdown),
            explanation: text(record, D.explanation),
        },
    }
}

/** One demand's scoring state, or `null`. One query. */
export function readDemandRow(sysId: string): DemandScoreRow | null {
    const gr = new GlideRecord('dmn_demand')
    return sysId && gr.get(sysId) ? demandRowOf(gr) : null
}

/**
 * The open demands of a model after a resume point, in sys_id order, at most `limit` (one batch). One query.
 * @example readOpenDemandBatch(modelId, '', 500).length //=> 500
 */
export function readOpenDemandBatch(modelId: string, after: string, limit: number): DemandScoreRow[] {
    const gr = new GlideRecord('dmn_demand')
    gr.addQuery(D.model, modelId)
    gr.addEncodedQuery(OPEN_DEMANDS_QUERY)
    if (after) gr.addQuery('sys_id', '>', after)
    gr.orderBy('sys_id')
    gr.setLimit(limit)
    gr.query()
    const rows: DemandScoreRow[] = []
    while (gr.next()) rows.push(demandRowOf(gr))
    return rows
}

function chunks(ids: readonly string[], size = IDS_PER_QUERY): string[][] {
    const out: string[][] = []
    for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size))
    return out
}

/**
 * Reads a query in pages of `MAX_ROWS_PER_READ` rows (`chooseWindow`; the query's order must be total, e.g. end in
 * sys_id), at most `max` rows in all; `visit` gets each record. Stops after a short page. Returns the rows visited.
 */
function readPaged(build: () => GlideRecord, max: number, visit: (record: GlideRecord) => void): number {
    let read = 0
    while (read < max) {
        const page = Math.min(MAX_ROWS_PER_READ, max - read)
        const gr = build()
        gr.chooseWindow(read, read + page, false)
        gr.query()
        let got = 0
        while (gr.next()) {
            visit(gr)
            got++
        }
        read += got
        if (got < page) break
    }
    return read
}

/**
 * Every rating of the demands, in reads of under 1,000 rows: `perRead` demands a read (`demandsPerRatingRead` of the
 * largest model's criteria; default: one read per 500 demands), paged on when assessors make it more (never one read
 * per demand).
 * @example readRatingRows(batchIds, demandsPerRatingRead(6)).length //=> 6 per demand with one assessor
 */
export function readRatingRows(demandIds: readonly string[], perRead = IDS_PER_QUERY): RatingRow[] {
    const rows: RatingRow[] = []
    for (const ids of chunks(demandIds, Math.max(1, Math.min(perRead, IDS_PER_QUERY)))) {
        const build = (): GlideRecord => {
            const gr = new GlideRecord(SCORING_TABLES.rating)
            gr.addQuery('demand', 'IN', ids.join(','))
            gr.orderBy('sys_id')
            return gr
        }
        readPaged(build, ids.length * MAX_RATINGS_PER_DEMAND, (gr) =>
            rows.push({
                demand: text(gr, 'demand'),
                criterion: text(gr, 'criterion'),
                assessor: text(gr, 'assessor'),
                value: parseStoredNumber(text(gr, 'value')),
            })
        )
    }
    return rows
}

const decimal = (value: number | null): string => (value === null ? '' : value.toFixed(2))

/** Sets a demand's scoring columns (no write: a before rule's `current`, or a record the caller updates). */
export function setScoreFields(record: GlideRecord, stored: StoredScore, scoredAt: string): void {
    record.setValue(D.score, decimal(stored.score))
    record.setValue(D.wsjf, decimal(stored.wsjf))
    record.setValue(D.rice, decimal(stored.rice))
    record.setValue(D.rankingValue, decimal(stored.rankingValue))
    record.setValue(D.status, stored.status)
    record.setValue(D.breakdown, stored.breakdown)
    record.setValue(D.explanation, stored.explanation)
    record.setValue(D.scoredAt, stored.breakdown === '' ? '' : scoredAt)
}

/** A new demand: unscored, with `model` when it has none (no write: a before rule's `current`). */
export function startDemand(record: GlideRecord, model: string | null): void {
    if (text(record, D.status) === '') record.setValue(D.status, 'unscored')
    if (model && text(record, D.model) === '') record.setValue(D.model, model)
}

/** Clears a demand's rank (its model changed: the new model's re-rank gives it one). */
export function clearRank(record: GlideRecord): void {
    record.setValue(D.rank, '')
}

/** Writes changed scores to their demands: one query per 500 demands, one update per changed demand. */
export function writeDemandScores(changes: readonly ScoreChange[], scoredAt: string): void {
    const byId = new Map(changes.map((c) => [c.sysId, c]))
    for (const ids of chunks([...byId.keys()])) {
        const gr = new GlideRecord('dmn_demand')
        gr.addQuery('sys_id', 'IN', ids.join(','))
        gr.setLimit(ids.length)
        gr.query()
        while (gr.next()) {
            const change = byId.get(gr.getUniqueValue())
            if (!change) continue
            setScoreFields(gr, change.after, scoredAt)
            gr.update()
        }
    }
}

/**
 * The history keys (`historyKey`) of the rows already written for these changes and this reason: what a re-run of a
 * killed re-score batch finds. One query per 500 changed demands, only when a change leaves a history row.
 */
export function recordedHistoryKeys(changes: readonly ScoreChange[], reason: ScoreReason): Set<string> {
    const keys = new Set<string>()
    const historic = changes.filter((c) => c.historic && c.modelVersion !== null)
    const versions = [...new Set(historic.map((c) => String(c.modelVersion)))]
    for (const ids of chunks(historic.map((c) => c.sysId))) {
        const gr = new GlideRecord(SCORING_TABLES.history)
        gr.addQuery('demand', 'IN', ids.join(','))
        gr.addQuery('reason', reason)
        gr.addQuery('model_version', 'IN', versions.join(','))
        gr.orderByDesc('changed_at')
        gr.setLimit(ids.length * MAX_HISTORY_PER_DEMAND)
        gr.query()
        while (gr.next()) {
            keys.add(
                historyKey({
                    demand: text(gr, 'demand'),
                    modelVersion: parseStoredNumber(text(gr, 'model_version')),
                    reason: text(gr, 'reason'),
                    oldScore: parseStoredNumber(text(gr, 'old_score')),
                    newScore: parseStoredNumber(text(gr, 'new_score')),
                    oldRankingValue: parseStoredNumber(text(gr, 'old_ranking_value')),
                    newRankingValue: parseStoredNumber(text(gr, 'new_ranking_value')),
                })
            )
        }
    }
    return keys
}

/**
 * Before re-scored demands are written: copies each new score and breakdown to the projects the demands became (one
 * query per 500 demands, one update per project whose copy differs) and writes a history row for each changed score
 * or ranking value, except those whose key is in `recorded` (written by an earlier, killed run of the same batch).
 * The demands come last (`writeDemandScores`): a run killed before them leaves the demands as they were, so the
 * re-run sees the same changes and completes them.
 */
export function recordScoreChanges(
    changes: readonly ScoreChange[],
    reason: ScoreReason,
    changedAt: string,
    recorded: ReadonlySet<string> = new Set()
): void {
    if (changes.length === 0) return
    const projectOf = copyScoresToProjects(changes)
    const user = gs.getUserID()
    for (const c of changes) {
        if (!c.historic || recorded.has(changeHistoryKey(c, reason))) continue
        const gr = new GlideRecord(SCORING_TABLES.history)
        gr.initialize()
        gr.setValue('demand', c.sysId)
        gr.setValue('project', projectOf.get(c.sysId) ?? '')
        gr.setValue('old_score', decimal(c.before.score))
        gr.setValue('new_score', decimal(c.after.score))
        gr.setValue('old_ranking_value', decimal(c.before.rankingValue))
        gr.setValue('new_ranking_value', decimal(c.after.rankingValue))
        gr.setValue('model', c.model ?? '')
        gr.setValue('model_version', c.modelVersion === null ? '' : String(c.modelVersion))
        gr.setValue('breakdown', c.after.breakdown)
        gr.setValue('reason', reason)
        gr.setValue('changed_by', user)
        gr.setValue('changed_at', changedAt)
        gr.insert()
    }
}

/**
 * Copies new scores to the demands' projects (an update only where the copy differs, so a re-run writes nothing
 * twice); returns demand → project (the first one, for history rows).
 */
function copyScoresToProjects(changes: readonly ScoreChange[]): Map<string, string> {
    const byDemand = new Map(changes.map((c) => [c.sysId, c]))
    const projectOf = new Map<string, string>()
    for (const ids of chunks([...byDemand.keys()])) {
        const gr = new GlideRecord('pm_project')
        gr.addQuery('demand', 'IN', ids.join(','))
        gr.orderBy('number')
        gr.setLimit(ids.length * 10)
        gr.query()
        while (gr.next()) {
            const demand = text(gr, 'demand')
            const change = byDemand.get(demand)
            if (!change) continue
            if (!projectOf.has(demand)) projectOf.set(demand, gr.getUniqueValue())
            const score = decimal(change.after.score)
            if (
                text(gr, PROJECT_COLUMNS.score) === score &&
                text(gr, PROJECT_COLUMNS.breakdown) === change.after.breakdown
            )
                continue
            setProjectScore(gr, change.after.score, change.after.breakdown)
            gr.update()
        }
    }
    return projectOf
}

/** Sets a project's copy of its demand's score (no write). */
export function setProjectScore(record: GlideRecord, score: number | null, breakdown: string): void {
    record.setValue(PROJECT_COLUMNS.score, decimal(score))
    record.setValue(PROJECT_COLUMNS.breakdown, breakdown)
}

/**
 * The demands a model's re-rank looks at: its open demands (best ranking value first, ties by sys_id, at most
 * `limit`) and the closed ones that still hold a rank, each read in pages of under 1,000 rows. `overflow` tells
 * whether open demands were left out.
 * @example readRankRows(modelId, 20000).rows.length //=> the model's open demands plus its ranked closed ones
 */
export function readRankRows(modelId: string, limit: number): { rows: RankedDemand[]; overflow: boolean } {
    const rows: RankedDemand[] = []
    readPaged(
        () => {
            const open = new GlideRecord('dmn_demand')
            open.addQuery(D.model, modelId)
            open.addEncodedQuery(OPEN_DEMANDS_QUERY)
            open.orderByDesc(D.rankingValue)
            open.orderBy('sys_id')
            return open
        },
        limit + 1,
        (open) => rows.push(rankedOf(open, modelId))
    )
    const overflow = rows.length > limit
    if (overflow) rows.length = limit
    const ranked = `${D.model}=${modelId}^${D.rank}ISNOTEMPTY`
    readPaged(
        () => {
            const closed = new GlideRecord('dmn_demand')
            closed.addEncodedQuery(`${ranked}^active=false^NQ${ranked}^stateIN${CLOSED_DEMAND_STATES.join(',')}`)
            closed.orderBy('sys_id')
            return closed
        },
        limit,
        (closed) => rows.push(rankedOf(closed, modelId))
    )
    return { rows, overflow }
}

function rankedOf(record: GlideRecord, modelId: string): RankedDemand {
    const row = demandRowOf(record)
    return {
        sysId: row.sysId,
        model: modelId,
        number: row.number,
        rankingValue: row.stored.rankingValue,
        score: row.stored.score,
        isOpen: row.open,
        currentRank: row.rank,
    }
}

/** Writes new ranks: one query per 500 demands, one update per demand. */
export function writeRanks(updates: readonly { sysId: string; rank: number | null }[]): void {
    const rankOf = new Map(updates.map((u) => [u.sysId, u.rank]))
    for (const ids of chunks([...rankOf.keys()])) {
        const gr = new GlideRecord('dmn_demand')
        gr.addQuery('sys_id', 'IN', ids.join(','))
        gr.setLimit(ids.length)
        gr.query()
        while (gr.next()) {
            const rank = rankOf.get(gr.getUniqueValue())
            gr.setValue(D.rank, rank === null || rank === undefined ? '' : String(rank))
            gr.update()
        }
    }
}

/**
 * What the demands REST API (src/server/entry/scoring-rest.ts) returns, read through GlideRecordSecure: the
 * caller's table, row and field ACLs apply (a field they may not read comes back `null`), and records become plain
 * DTOs, never raw records.
 */
import { GlideRecordSecure } from '@servicenow/glide'
import type { GlideRecord } from '@servicenow/glide'
import type { Page } from '../core/index.ts'
import { parseStoredNumber } from '../core/index.ts'
import { DEMAND_COLUMNS as D, SCORING_TABLES } from './glide-scoring-schema.ts'

/** A scoring model as the API shows it. */
export interface ModelDto {
    readonly sys_id: string
    readonly name: string
    readonly method: string
    readonly version: number | null
}

/** A demand's score as the API shows it. */
export interface DemandScoreDto {
    readonly sys_id: string
    readonly number: string | null
    readonly short_description: string | null
    /** `dmn_demand.state` (choice value) and its display value (Submitted, Screening, Qualified, Approved, …). */
    readonly state: string | null
    readonly state_label: string | null
    readonly rank: number | null
    readonly score: number | null
    readonly wsjf: number | null
    readonly rice: number | null
    readonly ranking_value: number | null
    readonly score_status: string | null
    readonly scored_at: string | null
    readonly override: { readonly value: number; readonly reason: string } | null
    /** The stored breakdown (modelVersion, method, criteria with rating, weight, contribution), parsed. */
    readonly breakdown: unknown
}

/** One row of a demand's score history. */
export interface ScoreHistoryDto {
    readonly changed_at: string | null
    readonly changed_by: string | null
    readonly reason: string | null
    readonly old_score: number | null
    readonly new_score: number | null
    readonly old_ranking_value: number | null
    readonly new_ranking_value: number | null
    readonly model_version: number | null
    readonly breakdown: unknown
}

/** Most history rows one score request returns (newest first). */
export const MAX_HISTORY_ROWS = 50

const value = (record: GlideRecord, column: string): string | null => {
    const v = record.getValue(column)
    return v === null || v === undefined || v === '' ? null : v
}
const numberOf = (record: GlideRecord, column: string): number | null => parseStoredNumber(value(record, column))

function parseJson(text: string | null): unknown {
    if (!text) return null
    try {
        return JSON.parse(text) as unknown
    } catch {
        return null
    }
}

/**
 * The model a ranking request names: a sys_id, a name, or nothing for the active default model. `null` when there
 * is none the caller may read. One query.
 */
export function findModel(ref: string): ModelDto | null {
    const gr = new GlideRecordSecure(SCORING_TABLES.model)
    let found: boolean
    if (ref === '') {
        gr.addQuery('active', true)
        gr.addQuery('is_default', true)
        gr.setLimit(1)
        gr.query()
        found = gr.next()
    } else {
        found = /^[0-9a-f]{32}$/.test(ref) ? gr.get(ref) : gr.get('name', ref)
    }
    if (!found) return null
    return {
        sys_id: gr.getUniqueValue(),
        name: value(gr, 'name') ?? '',
        method: value(gr, 'method') ?? '',
        version: numberOf(gr, 'version'),
    }
}

/** Whether the caller may read demands at all (the platform's table ACL on dmn_demand). */
export function canReadDemands(): boolean {
    return new GlideRecordSecure('dmn_demand').canRead()
}

function demandDto(gr: GlideRecord): DemandScoreDto {
    const overrideValue = numberOf(gr, D.override)
    const overrideReason = value(gr, D.overrideReason)
    return {
        sys_id: gr.getUniqueValue(),
        number: value(gr, 'number'),
        short_description: value(gr, 'short_description'),
        state: value(gr, 'state'),
        state_label: value(gr, 'state') === null ? null : gr.getDisplayValue('state') || null,
        rank: numberOf(gr, D.rank),
        score: numberOf(gr, D.score),
        wsjf: numberOf(gr, D.wsjf),
        rice: numberOf(gr, D.rice),
        ranking_value: numberOf(gr, D.rankingValue),
        score_status: value(gr, D.status),
        scored_at: value(gr, D.scoredAt),
        override: overrideValue === null || !overrideReason ? null : { value: overrideValue, reason: overrideReason },
        breakdown: parseJson(value(gr, D.breakdown)),
    }
}

/**
 * One page of a model's ranking: its ranked demands by rank, and how many it ranks in all (the highest rank, read
 * like every other row through the caller's ACLs). Demand rows the caller may not read are left out of the page
 * (ACLs apply after the window, as on the platform). Two queries.
 */
export function readRankingPage(modelId: string, page: Page): { total: number; demands: DemandScoreDto[] } {
    const ranked = `${D.model}=${modelId}^${D.rank}ISNOTEMPTY`
    const last = new GlideRecordSecure('dmn_demand')
    last.addEncodedQuery(ranked)
    last.orderByDesc(D.rank)
    last.setLimit(1)
    last.query()
    const highest = last.next() ? (numberOf(last, D.rank) ?? 0) : 0
    const gr = new GlideRecordSecure('dmn_demand')
    gr.addEncodedQuery(ranked)
    gr.orderBy(D.rank)
    gr.chooseWindow(page.offset, page.offset + page.limit, false)
    gr.query()
    const demands: DemandScoreDto[] = []
    while (gr.next()) demands.push(demandDto(gr))
    return { total: Math.max(highest, page.offset + demands.length), demands }
}

/** A demand's score and model, or `null` when it does not exist or the caller may not read it. One or two queries. */
export function readDemandScore(sysId: string): { demand: DemandScoreDto; model: ModelDto | null } | null {
    const gr = new GlideRecordSecure('dmn_demand')
    if (!/^[0-9a-f]{32}$/.test(sysId) || !gr.get(sysId)) return null
    const modelId = value(gr, D.model)
    return { demand: demandDto(gr), model: modelId ? findModel(modelId) : null }
}

/** A demand's score history, newest first, at most `MAX_HISTORY_ROWS`. One query. */
export function readScoreHistory(demandId: string): ScoreHistoryDto[] {
    const gr = new GlideRecordSecure(SCORING_TABLES.history)
    gr.addQuery('demand', demandId)
    gr.orderByDesc('changed_at')
    gr.setLimit(MAX_HISTORY_ROWS)
    gr.query()
    const rows: ScoreHistoryDto[] = []
    while (gr.next()) {
        rows.push({
            changed_at: value(gr, 'changed_at'),
            changed_by: gr.getDisplayValue('changed_by') || value(gr, 'changed_by'),
            reason: value(gr, 'reason'),
            old_score: numberOf(gr, 'old_score'),
            new_score: numberOf(gr, 'new_score'),
            old_ranking_value: numberOf(gr, 'old_ranking_value'),
            new_ranking_value: numberOf(gr, 'new_ranking_value'),
            model_version: numberOf(gr, 'model_version'),
            breakdown: parseJson(value(gr, 'breakdown')),
        })
    }
    return rows
}

/**
 * Scoring models and their criteria (x_itvc_value_scoring_model, x_itvc_value_criterion) read into the plain data
 * the core scores with, and the model's queue columns (version, re-score and re-rank flags) written back.
 */
import { GlideRecord } from '@servicenow/glide'
import type {
    Criterion,
    CriterionDirection,
    FormulaRole,
    ScoreReason,
    ScoringMethod,
    ScoringModel,
} from '../core/index.ts'
import { nextModelVersion } from '../core/index.ts'
import { DEMAND_COLUMNS, SCORING_TABLES } from './glide-scoring-schema.ts'

/** A criterion with its record id and model. */
export interface CriterionRecord extends Criterion {
    readonly sysId: string
    /** The model's sys_id. */
    readonly model: string
}

/** A model with its criteria, ready to score with. */
export interface LoadedModel {
    readonly sysId: string
    readonly model: ScoringModel
    readonly criteria: readonly CriterionRecord[]
    /** Criterion sys_id → key, for reading ratings. */
    readonly keyOf: Readonly<Record<string, string>>
}

/** A model whose open demands wait for the re-score job. */
export interface PendingRescore {
    readonly sysId: string
    readonly reason: Extract<ScoreReason, 'model_change' | 'recalculation'>
    /** The last demand sys_id done; '' to start from the first. */
    readonly cursor: string
}

/** The model columns people edit (the others are the app's queue and version). */
export const MODEL_EDIT_COLUMNS = ['name', 'active', 'is_default', 'method', 'description'] as const

/** Most criteria a model is read with (bounded query; a model has a handful). */
export const MAX_CRITERIA = 100

const text = (record: GlideRecord, column: string): string => record.getValue(column) ?? ''
const flag = (record: GlideRecord, column: string): boolean => ['1', 'true'].indexOf(text(record, column)) >= 0
const num = (record: GlideRecord, column: string): number => {
    const value = text(record, column).trim()
    return value === '' ? NaN : Number(value)
}

/** A model record as the core's model (the column `is_default` is `isDefault`). */
export function modelOf(record: GlideRecord): ScoringModel {
    return {
        name: text(record, 'name'),
        active: flag(record, 'active'),
        isDefault: flag(record, 'is_default'),
        method: text(record, 'method') as ScoringMethod,
        version: Math.max(1, Math.floor(num(record, 'version')) || 1),
        description: text(record, 'description'),
    }
}

/** A criterion record as the core's criterion (`min_value`/`max_value` are `min`/`max`). */
export function criterionOf(record: GlideRecord): CriterionRecord {
    return {
        sysId: record.getUniqueValue(),
        model: text(record, 'model'),
        name: text(record, 'name'),
        key: text(record, 'key'),
        weight: num(record, 'weight'),
        direction: text(record, 'direction') as CriterionDirection,
        min: num(record, 'min_value'),
        max: num(record, 'max_value'),
        order: num(record, 'order') || 0,
        formulaRole: (text(record, 'formula_role') || 'none') as FormulaRole,
    }
}

/** The criteria of a model in order, optionally without one (the criterion being saved). One query. */
export function readCriteria(modelId: string, exceptSysId = ''): CriterionRecord[] {
    const gr = new GlideRecord(SCORING_TABLES.criterion)
    gr.addQuery('model', modelId)
    if (exceptSysId) gr.addQuery('sys_id', '!=', exceptSysId)
    gr.orderBy('order')
    gr.setLimit(MAX_CRITERIA)
    gr.query()
    const out: CriterionRecord[] = []
    while (gr.next()) out.push(criterionOf(gr))
    return out
}

/** A model without its criteria, or `null` when there is no such model. One query. */
export function readScoringModel(sysId: string): ScoringModel | null {
    const gr = new GlideRecord(SCORING_TABLES.model)
    return sysId && gr.get(sysId) ? modelOf(gr) : null
}

/** A model with its criteria, or `null` when there is no such model. Two queries. */
export function readModel(sysId: string): LoadedModel | null {
    if (!sysId) return null
    const gr = new GlideRecord(SCORING_TABLES.model)
    if (!gr.get(sysId)) return null
    const criteria = readCriteria(sysId)
    const keyOf: Record<string, string> = {}
    for (const c of criteria) keyOf[c.sysId] = c.key
    return { sysId, model: modelOf(gr), criteria, keyOf }
}

/** `readModel` with a cache for one transaction (a batch reads each model once). */
export function modelLoader(): (sysId: string | null) => LoadedModel | null {
    const cache = new Map<string, LoadedModel | null>()
    return (sysId) => {
        if (!sysId) return null
        if (!cache.has(sysId)) cache.set(sysId, readModel(sysId))
        return cache.get(sysId) ?? null
    }
}

/** The active default model's sys_id, or `null`. One query. */
export function defaultModelId(): string | null {
    const gr = new GlideRecord(SCORING_TABLES.model)
    gr.addQuery('active', true)
    gr.addQuery('is_default', true)
    gr.orderBy('name')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? gr.getUniqueValue() : null
}

/** The models and their active default flag, other than `exceptSysId` (for the single-default check). One query. */
export function otherActiveDefaults(exceptSysId: string): Pick<ScoringModel, 'name' | 'active' | 'isDefault'>[] {
    const gr = new GlideRecord(SCORING_TABLES.model)
    gr.addQuery('active', true)
    gr.addQuery('is_default', true)
    if (exceptSysId) gr.addQuery('sys_id', '!=', exceptSysId)
    gr.orderBy('name')
    gr.setLimit(10)
    gr.query()
    const out: Pick<ScoringModel, 'name' | 'active' | 'isDefault'>[] = []
    while (gr.next()) out.push({ name: text(gr, 'name'), active: true, isDefault: true })
    return out
}

/** Whether any demand is scored with the model. One query. */
export function isModelInUse(modelId: string): boolean {
    const gr = new GlideRecord('dmn_demand')
    gr.addQuery(DEMAND_COLUMNS.model, modelId)
    gr.setLimit(1)
    gr.query()
    return gr.next()
}

/** A new model: version 1, nothing queued (no write: a before rule's `current`). */
export function startModel(record: GlideRecord): void {
    record.setValue('version', 1)
    record.setValue('rescore_pending', false)
    record.setValue('rescore_reason', '')
    record.setValue('rescore_cursor', '')
    record.setValue('rerank_pending', false)
}

/** Queues a full re-score of the model's open demands, starting over (a newer reason wins over recalculation). */
export function queueRescore(record: GlideRecord, reason: PendingRescore['reason']): void {
    const pending = flag(record, 'rescore_pending')
    if (!pending || reason === 'model_change') record.setValue('rescore_reason', reason)
    record.setValue('rescore_pending', true)
    record.setValue('rescore_cursor', '')
}

/**
 * After a criterion changed: raises the model's version and queues the re-score of its open demands (the job does
 * it, never the saving transaction). One query and one update.
 */
export function bumpModelVersion(modelId: string): void {
    const gr = new GlideRecord(SCORING_TABLES.model)
    if (!modelId || !gr.get(modelId)) return
    gr.setValue('version', nextModelVersion(text(gr, 'version')))
    queueRescore(gr, 'model_change')
    gr.update()
}

/** Asks for the model's ranks to be refreshed in the background (its async rule). At most one query and one update. */
export function requestRerank(modelId: string): void {
    const gr = new GlideRecord(SCORING_TABLES.model)
    if (!modelId || !gr.get(modelId) || flag(gr, 'rerank_pending')) return
    gr.setValue('rerank_pending', true)
    gr.update()
}

/** Marks the model's ranks as fresh. */
export function clearRerank(modelId: string): void {
    const gr = new GlideRecord(SCORING_TABLES.model)
    if (!gr.get(modelId) || !flag(gr, 'rerank_pending')) return
    gr.setValue('rerank_pending', false)
    gr.update()
}

/** The models waiting for the re-score job, model changes first. One query. */
export function pendingRescores(limit: number): PendingRescore[] {
    const gr = new GlideRecord(SCORING_TABLES.model)
    gr.addQuery('rescore_pending', true)
    gr.orderBy('rescore_reason')
    gr.orderBy('name')
    gr.setLimit(limit)
    gr.query()
    const out: PendingRescore[] = []
    while (gr.next()) {
        const reason = text(gr, 'rescore_reason') === 'recalculation' ? 'recalculation' : 'model_change'
        out.push({ sysId: gr.getUniqueValue(), reason, cursor: text(gr, 'rescore_cursor') })
    }
    return out
}

/**
 * Records how far the re-score got (`cursor`: the last demand done), or, with `null`, that it is done: the flags
 * and resume point are cleared (the caller re-ranked). Skipped when the model was edited since the batch read it
 * (its version moved on and its resume point went back to the start). One query and one update.
 */
export function saveRescoreProgress(modelId: string, version: number, cursor: string | null): void {
    const gr = new GlideRecord(SCORING_TABLES.model)
    if (!gr.get(modelId) || modelOf(gr).version !== version) return
    if (cursor === null) {
        gr.setValue('rescore_pending', false)
        gr.setValue('rescore_reason', '')
        gr.setValue('rerank_pending', false)
    }
    gr.setValue('rescore_cursor', cursor ?? '')
    gr.update()
}

/** Queues a recalculation of every model not already queued (the nightly job). One query, one update per model. */
export function queueRecalculation(limit: number): number {
    const gr = new GlideRecord(SCORING_TABLES.model)
    gr.addQuery('rescore_pending', false)
    gr.orderBy('name')
    gr.setLimit(limit)
    gr.query()
    let queued = 0
    while (gr.next()) {
        queueRescore(gr, 'recalculation')
        gr.update()
        queued++
    }
    return queued
}

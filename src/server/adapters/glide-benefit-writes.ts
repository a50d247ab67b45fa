/**
 * The writes a user makes to a benefit's periods through "Generate periods" and the actuals route: every record goes
 * through GlideRecordSecure, and every permission is checked for the whole change before the first write, so a
 * refused change writes nothing.
 */
import type { GlideRecord } from '@servicenow/glide'
import { GlideRecordSecure } from '@servicenow/glide'
import type { Actual, Cents, PlanChanges, PlanFields, Result } from '../core/index.ts'
import { formatCents } from '../core/index.ts'
import { centsOf, PERIOD_TABLE } from './glide-benefits.ts'

/** What a plan did. */
export interface PlanOutcome {
    readonly created: number
    readonly updated: number
    readonly removed: number
    readonly kept: number
}

/** What recording one actual did. */
export interface ActualOutcome {
    readonly period: string
    readonly sysId: string
    /** 'created' (a period the plan did not have), 'updated', or 'unchanged' (the same amount and note again). */
    readonly outcome: 'created' | 'updated' | 'unchanged'
}

const denied = <T>(what: string): Result<T> => ({
    ok: false,
    error: { code: 'ACL.DENIED', message: `You may not ${what} (security constraints)` },
})

/** The user's periods of a benefit by label (GlideRecordSecure rows, bounded). */
function securePeriods(benefitId: string, labels: readonly string[]): Map<string, GlideRecordSecure> {
    const out = new Map<string, GlideRecordSecure>()
    if (labels.length === 0) return out
    const gr = new GlideRecordSecure(PERIOD_TABLE)
    gr.addQuery('benefit', benefitId)
    gr.addQuery('period_label', 'IN', labels.join(','))
    gr.setLimit(labels.length * 2)
    gr.query()
    while (gr.next()) {
        const record = new GlideRecordSecure(PERIOD_TABLE)
        if (record.get(gr.getUniqueValue())) out.set((record.getValue('period_label') ?? '').toUpperCase(), record)
    }
    return out
}

function newPeriod(benefitId: string, label: string): GlideRecordSecure {
    const record = new GlideRecordSecure(PERIOD_TABLE)
    record.initialize()
    record.setValue('benefit', benefitId)
    record.setValue('period_label', label)
    return record
}

function failedWrite<T>(label: string): Result<T> {
    return {
        ok: false,
        error: {
            code: 'BENEFIT.WRITE_FAILED',
            message: `period ${label} of the benefit could not be saved`,
            field: label,
        },
    }
}

/** Applies a plan's changes to a benefit's periods (removals first, so a new granularity never overlaps). */
export function applyPlan(benefitId: string, changes: PlanChanges): Result<PlanOutcome> {
    const labels = [...changes.remove, ...changes.update.map((p) => p.label), ...changes.create.map((p) => p.label)]
    const rows = securePeriods(benefitId, labels)
    if (changes.remove.some((label) => !rows.get(label)?.canDelete())) return denied('delete periods of this benefit')
    if (changes.update.some((p) => !rows.get(p.label)?.canWrite())) return denied('change periods of this benefit')
    if (changes.create.length > 0 && !newPeriod(benefitId, changes.create[0]?.label ?? '').canCreate()) {
        return denied('add periods to this benefit')
    }
    for (const label of changes.remove) if (!rows.get(label)?.deleteRecord()) return failedWrite(label)
    for (const p of changes.update) {
        const record = rows.get(p.label) as GlideRecordSecure
        record.setValue('planned_amount', formatCents(p.planned))
        if (record.update() === null) return failedWrite(p.label)
    }
    for (const p of changes.create) {
        const record = newPeriod(benefitId, p.label)
        record.setValue('planned_amount', formatCents(p.planned))
        if (record.insert() === null) return failedWrite(p.label)
    }
    return {
        ok: true,
        value: {
            created: changes.create.length,
            updated: changes.update.length,
            removed: changes.remove.length,
            kept: changes.keep.length,
        },
    }
}

/** Whether the stored realised amount and note already are what an actual records. */
function sameActual(record: GlideRecordSecure, realised: Cents, evidence: string | null): boolean {
    return (
        centsOf(record, 'realised_amount') === realised &&
        (evidence === null || (record.getValue('evidence') ?? '') === evidence)
    )
}

/**
 * Records realised amounts, one per period label: updates the period, or creates it (planned 0) when the plan has
 * none; an actual equal to the stored one writes nothing (recording twice changes nothing). All or nothing on
 * permissions: the user must be allowed to write every existing period and, if any is new, to create periods.
 */
export function recordActuals(benefitId: string, actuals: readonly Actual[]): Result<ActualOutcome[]> {
    const rows = securePeriods(
        benefitId,
        actuals.map((a) => a.period.label)
    )
    const fresh = actuals.filter((a) => !rows.has(a.period.label))
    if (actuals.some((a) => rows.has(a.period.label) && !rows.get(a.period.label)?.canWrite())) {
        return denied('record actuals on this benefit')
    }
    if (fresh.length > 0 && !newPeriod(benefitId, fresh[0]?.period.label ?? '').canCreate()) {
        return denied(`add the periods ${fresh.map((a) => a.period.label).join(', ')} to this benefit`)
    }
    const out: ActualOutcome[] = []
    for (const a of actuals) {
        const existing = rows.get(a.period.label)
        const record = existing ?? newPeriod(benefitId, a.period.label)
        if (existing && sameActual(existing, a.realised, a.evidence)) {
            out.push({ period: a.period.label, sysId: existing.getUniqueValue(), outcome: 'unchanged' })
            continue
        }
        record.setValue('realised_amount', formatCents(a.realised))
        if (a.evidence !== null) record.setValue('evidence', a.evidence)
        const id = existing ? record.update() : record.insert()
        if (id === null) return failedWrite(a.period.label)
        out.push({ period: a.period.label, sysId: id, outcome: existing ? 'updated' : 'created' })
    }
    return { ok: true, value: out }
}

/** Saves the plan fields a request sets on a benefit the user may change (record read with GlideRecordSecure). */
export function writePlanFields(record: GlideRecord, fields: PlanFields): Result<true> {
    if (!record.canWrite()) return denied('change this benefit')
    if (fields.plannedTotal !== undefined) record.setValue('planned_total', formatCents(fields.plannedTotal))
    if (fields.startDate !== undefined) record.setValue('start_date', fields.startDate)
    if (fields.endDate !== undefined) record.setValue('end_date', fields.endDate)
    if (fields.granularity !== undefined) record.setValue('granularity', fields.granularity)
    if (record.update() === null) {
        return { ok: false, error: { code: 'BENEFIT.WRITE_FAILED', message: 'the benefit could not be saved' } }
    }
    return { ok: true, value: true }
}

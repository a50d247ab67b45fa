/**
 * Benefits, their periods and exchange rates, read into plain data and written back. Plain GlideRecord for the app's
 * own bookkeeping (rules, jobs: the user's write already passed its ACLs); the functions that act for a user (plan
 * generation, recording actuals) take GlideRecordSecure records so every ACL applies.
 */
import { GlideRecord, GlideRecordSecure, gs } from '@servicenow/glide'
import type { BenefitState, BenefitTotals, Cents, Conversion, ExchangeRate, IsoDate } from '../core/index.ts'
import { formatCents, parseCents } from '../core/index.ts'

export const BENEFIT_TABLE = 'x_itvc_value_benefit'
export const PERIOD_TABLE = 'x_itvc_value_benefit_period'
export const RATE_TABLE = 'x_itvc_value_exchange_rate'

/** Most periods read for one benefit (a plan has at most 600). */
export const MAX_PERIODS_PER_BENEFIT = 1000

/** A benefit's columns as plain data. */
export interface BenefitFacts {
    readonly sysId: string
    readonly number: string
    readonly state: string
    readonly measure: string
    /** The stored currency ('' until the before rule sets it). */
    readonly currency: string
    readonly startDate: IsoDate | null
    readonly endDate: IsoDate | null
    readonly granularity: 'month' | 'quarter'
    readonly plannedTotal: Cents
    readonly project: string
    readonly demand: string
    readonly owner: string
}

/** A stored period: amounts in the benefit's currency and, when converted, in the functional currency. */
export interface StoredPeriod {
    readonly sysId: string
    readonly label: string
    readonly start: IsoDate
    readonly end: IsoDate
    readonly planned: Cents
    readonly realised: Cents | null
    readonly plannedFunctional: Cents | null
    readonly realisedFunctional: Cents | null
}

const text = (record: GlideRecord, column: string): string => record.getValue(column) ?? ''
const date = (record: GlideRecord, column: string): IsoDate | null => text(record, column).substring(0, 10) || null

/** Cents of a stored decimal ('' and unreadable values are `null`). */
export function centsOf(record: GlideRecord, column: string): Cents | null {
    const parsed = parseCents(record.getValue(column))
    return parsed.ok ? parsed.value : null
}

/** A benefit record's columns. */
export function benefitFacts(record: GlideRecord): BenefitFacts {
    return {
        sysId: record.getUniqueValue(),
        number: text(record, 'number'),
        state: text(record, 'state'),
        measure: text(record, 'measure') || 'currency',
        currency: text(record, 'currency').toUpperCase(),
        startDate: date(record, 'start_date'),
        endDate: date(record, 'end_date'),
        granularity: text(record, 'granularity') === 'quarter' ? 'quarter' : 'month',
        plannedTotal: centsOf(record, 'planned_total') ?? 0,
        project: text(record, 'project'),
        demand: text(record, 'demand'),
        owner: text(record, 'owner'),
    }
}

/** A benefit by sys_id: with ACLs (`secure`, acting for the user) or without (the app's own bookkeeping). */
export function findBenefit(sysId: string, secure = false): GlideRecord | null {
    if (!/^[0-9a-f]{32}$/.test(sysId)) return null
    const record = secure ? new GlideRecordSecure(BENEFIT_TABLE) : new GlideRecord(BENEFIT_TABLE)
    return record.get(sysId) ? record : null
}

/** A period record's values. */
export function periodOf(record: GlideRecord): StoredPeriod {
    return {
        sysId: record.getUniqueValue(),
        label: text(record, 'period_label'),
        start: text(record, 'period_start'),
        end: text(record, 'period_end'),
        planned: centsOf(record, 'planned_amount') ?? 0,
        realised: centsOf(record, 'realised_amount'),
        plannedFunctional: centsOf(record, 'planned_functional'),
        realisedFunctional: centsOf(record, 'realised_functional'),
    }
}

/** The periods of a benefit in date order (bounded by MAX_PERIODS_PER_BENEFIT). */
export function readPeriods(benefitId: string, secure = false): StoredPeriod[] {
    const gr = secure ? new GlideRecordSecure(PERIOD_TABLE) : new GlideRecord(PERIOD_TABLE)
    gr.addQuery('benefit', benefitId)
    gr.orderBy('period_start')
    gr.setLimit(MAX_PERIODS_PER_BENEFIT)
    gr.query()
    const out: StoredPeriod[] = []
    while (gr.next()) out.push(periodOf(gr))
    return out
}

/** Writes computed totals and the state on a benefit (only what changed); true when something was written. */
export function writeBenefitTotals(benefitId: string, totals: BenefitTotals, state: BenefitState): boolean {
    const gr = new GlideRecord(BENEFIT_TABLE)
    if (!gr.get(benefitId)) return false
    const values: Record<string, string> = {
        planned_total: formatCents(totals.planned),
        realised_total: totals.measuredCount > 0 ? formatCents(totals.realised) : '',
        planned_to_date: formatCents(totals.plannedToDate),
        realisation_pct:
            totals.realisationPct === null || totals.measuredCount === 0 ? '' : totals.realisationPct.toFixed(2),
        variance: totals.measuredCount > 0 ? formatCents(totals.variance) : '',
        state,
    }
    // a new at-risk episode gets a new notice (glide-benefit-events.ts)
    if (state !== 'at_risk') values['at_risk_notified_on'] = ''
    return setChanged(gr, values) && gr.update() !== null
}

/** Sets the values that differ from the stored ones (numbers compared as numbers); true when any did. */
export function setChanged(gr: GlideRecord, values: Readonly<Record<string, string>>): boolean {
    let changed = false
    for (const [column, value] of Object.entries(values)) {
        const stored = gr.getValue(column) ?? ''
        const same = stored === value || (stored !== '' && value !== '' && Number(stored) === Number(value))
        if (!same) {
            gr.setValue(column, value)
            changed = true
        }
    }
    return changed
}

/**
 * The exchange rates that can apply to a period starting on `onOrBefore`: the latest two of the currency effective
 * on or before it (two, so that two different rates on one date are caught as ambiguous).
 */
export function ratesFor(currency: string, onOrBefore: IsoDate): ExchangeRate[] {
    // system access: a period converts at the rate in force, whoever saves it (every app role may read the rates)
    const gr = new GlideRecord(RATE_TABLE)
    gr.addQuery('currency', currency)
    gr.addQuery('effective_date', '<=', onOrBefore)
    gr.orderByDesc('effective_date')
    gr.setLimit(2)
    gr.query()
    const out: ExchangeRate[] = []
    while (gr.next()) {
        out.push({
            currency: text(gr, 'currency'),
            rate: Number(text(gr, 'rate')),
            effective: text(gr, 'effective_date'),
        })
    }
    return out
}

/** Another period of the benefit with the same label ('duplicate') or overlapping dates ('overlap'), if any. */
export function periodClash(
    benefitId: string,
    sysId: string,
    label: string,
    start: IsoDate,
    end: IsoDate
): { readonly kind: 'duplicate' | 'overlap'; readonly label: string } | null {
    // system access: uniqueness and overlaps are checked against every period of the benefit, readable or not
    const gr = new GlideRecord(PERIOD_TABLE)
    gr.addQuery('benefit', benefitId)
    if (sysId) gr.addQuery('sys_id', '!=', sysId)
    gr.addQuery('period_start', '<=', end)
    gr.addQuery('period_end', '>=', start)
    gr.setLimit(10)
    gr.query()
    let clash: { readonly kind: 'duplicate' | 'overlap'; readonly label: string } | null = null
    while (gr.next()) {
        const other = text(gr, 'period_label')
        if (other.toUpperCase() === label) return { kind: 'duplicate', label: other }
        clash ??= { kind: 'overlap', label: other }
    }
    return clash ?? duplicateLabel(benefitId, sysId, label)
}

/** A period with the label whatever its stored dates (a row written before the dates were derived). */
function duplicateLabel(benefitId: string, sysId: string, label: string): { kind: 'duplicate'; label: string } | null {
    // system access: uniqueness is checked against every period of the benefit, readable or not
    const gr = new GlideRecord(PERIOD_TABLE)
    gr.addQuery('benefit', benefitId)
    gr.addQuery('period_label', label)
    if (sysId) gr.addQuery('sys_id', '!=', sysId)
    gr.setLimit(1)
    gr.query()
    return gr.next() ? { kind: 'duplicate', label } : null
}

/** The derived columns of a period being saved (before rule: values on the record, no update). */
export function setPeriodDerived(
    record: GlideRecord,
    derived: {
        readonly label: string
        readonly start: IsoDate
        readonly end: IsoDate
        readonly planned: Conversion | null
        readonly realised: Conversion | null
    }
): void {
    record.setValue('period_label', derived.label)
    record.setValue('period_start', derived.start)
    record.setValue('period_end', derived.end)
    const rate = derived.planned ?? derived.realised
    record.setValue('planned_functional', derived.planned ? formatCents(derived.planned.functionalCents) : '')
    record.setValue('realised_functional', derived.realised ? formatCents(derived.realised.functionalCents) : '')
    record.setValue('rate', rate ? String(rate.rate) : '')
    record.setValue('rate_date', rate ? rate.rateDate : '')
}

/**
 * Stamps who measured a period and when (a new period, or a changed realised amount), or clears both when an update
 * clears the realised amount. A measurement time the save itself sets is kept (an import of past actuals; the
 * fields are the app admin's, see the ACLs).
 */
export function setMeasured(record: GlideRecord, userId: string, at: string): void {
    if (record.getValue('realised_amount') === null) {
        if (record.isNewRecord()) return
        record.setValue('measured_by', '')
        record.setValue('measured_at', '')
        return
    }
    record.setValue('overdue_notified_on', '')
    if (record.getValue('measured_at') && changedColumns(record, ['measured_at']).length > 0) {
        if (!record.getValue('measured_by')) record.setValue('measured_by', userId)
        return
    }
    record.setValue('measured_by', userId)
    record.setValue('measured_at', at)
}

/** The columns among `columns` that the save in progress changes (before and after rules). */
export function changedColumns(record: GlideRecord, columns: readonly string[]): string[] {
    return columns.filter((column) => record.getElement(column)?.changes() === true)
}

/** A column's value before the save in progress ('' on insert, where the platform passes no previous record). */
export function previousValue(previous: GlideRecord | null | undefined, column: string): string {
    return previous ? (previous.getValue(column) ?? '') : ''
}

/** Refuses the save in progress (before rules only): nothing is written, the user sees the message. */
export function refuseSave(record: GlideRecord, failure: { readonly code: string; readonly message: string }): void {
    gs.addErrorMessage(`${failure.message} (${failure.code})`)
    record.setAbortAction(true)
}

/** Saves the values a form submitted with a UI action (the platform's usual `current.update()` of a UI action). */
export function saveSubmittedForm(record: GlideRecord): boolean {
    return record.update() !== null
}

/** Sets a benefit's defaults on the record being saved (before rule: values only). */
export function setBenefitDefaults(record: GlideRecord, currency: string, perspective: string | null): void {
    record.setValue('currency', currency)
    if (perspective !== null && !record.getValue('perspective')) record.setValue('perspective', perspective)
}

/** Whether a benefit has any period. */
export function hasPeriods(benefitId: string): boolean {
    const gr = new GlideRecord(PERIOD_TABLE)
    gr.addQuery('benefit', benefitId)
    gr.setLimit(1)
    gr.query()
    return gr.next()
}

/** Another exchange rate of the currency with the same effective date, if any. */
export function rateClash(sysId: string, currency: string, effective: IsoDate): boolean {
    const gr = new GlideRecord(RATE_TABLE)
    gr.addQuery('currency', currency)
    gr.addQuery('effective_date', effective)
    if (sysId) gr.addQuery('sys_id', '!=', sysId)
    gr.setLimit(1)
    gr.query()
    return gr.next()
}

/** The ids of the benefits the nightly refresh looks at (all but cancelled ones; bounded). */
export function liveBenefitIds(limit: number): string[] {
    const gr = new GlideRecord(BENEFIT_TABLE)
    gr.addQuery('state', '!=', 'cancelled')
    gr.orderBy('number')
    gr.setLimit(limit)
    gr.query()
    const out: string[] = []
    while (gr.next()) out.push(gr.getUniqueValue())
    return out
}

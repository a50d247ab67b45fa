/**
 * "Generate periods": the benefit periods a plan needs, as changes to the periods that already exist.
 */
import type { FiscalConfig } from '../fiscal/config.ts'
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import { periodByLabel, periodsBetween } from '../fiscal/calendar.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import { parseDate, toDayNumber } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import { splitCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** A plan covers at most this many periods (50 years of months). */
export const MAX_PLAN_PERIODS = 600

/** A benefit period that already exists, identified by its fiscal period label. */
export interface ExistingPeriod {
    readonly label: string
    readonly planned: Cents
    /** True once a realised amount is recorded: the period is never changed by a plan. */
    readonly measured: boolean
}

/** What a plan asks for. */
export interface PlanRequest {
    /** The benefit's total planned amount (all its periods together), in cents. */
    readonly total: Cents
    readonly start: IsoDate
    readonly end: IsoDate
    readonly granularity: 'month' | 'quarter'
    readonly existing?: readonly ExistingPeriod[]
}

/** A period to create or update, with its planned amount. */
export interface PlannedPeriod {
    readonly label: string
    readonly start: IsoDate
    readonly end: IsoDate
    readonly planned: Cents
}

/** The changes that turn the existing periods into the plan. */
export interface PlanChanges {
    /** New periods, in date order. */
    readonly create: readonly PlannedPeriod[]
    /** Unmeasured periods whose planned amount changes, in date order. */
    readonly update: readonly PlannedPeriod[]
    /** Labels left as they are: every measured period, and unmeasured ones whose amount does not change. */
    readonly keep: readonly string[]
    /** Labels of unmeasured periods outside the plan (another range or granularity): delete them. */
    readonly remove: readonly string[]
}

function overlaps(period: FiscalPeriod, from: IsoDate, to: IsoDate): boolean {
    return toDayNumber(period.start) <= toDayNumber(to) && toDayNumber(period.end) >= toDayNumber(from)
}

/**
 * Plans one fiscal period per month or quarter from the period containing `start` to the one containing `end`.
 *
 * Measured periods are never touched, wherever they are: their planned amounts count towards `total`, and the
 * rest (`total` − Σ planned of the measured periods) is split evenly in cents over the plan's unmeasured periods,
 * the remainder on the last one. So once the changes are applied, the benefit's periods add up to `total`.
 * Unmeasured periods outside the plan are listed in `remove`.
 *
 * Fails with `MONEY.NOT_CENTS`, `BENEFIT.PLANNED_NEGATIVE` (total below 0), `FISCAL.DATE_INVALID`,
 * `BENEFIT.PLAN_RANGE_INVALID` (end before start, or an unknown granularity), `BENEFIT.PLAN_TOO_LONG` (more than
 * `MAX_PLAN_PERIODS`), `FISCAL.PERIOD_INVALID` (an existing label), `BENEFIT.PERIOD_DUPLICATE`,
 * `BENEFIT.PLAN_GRANULARITY_MISMATCH` (a measured period of the other granularity overlaps the plan),
 * `BENEFIT.PLAN_BELOW_MEASURED` (measured periods already plan more than `total`) or `BENEFIT.PLAN_NO_OPEN_PERIOD`
 * (every period of the plan is measured and the total still differs).
 * @example generatePlan({ total: 10000, start: '2026-01-01', end: '2026-03-31', granularity: 'month' }, config)
 * //=> { ok: true, value: { create: [{ label: 'FY2026-M01', planned: 3333, ... }, { ... 3333 }, { ... 3334 }], update: [], keep: [], remove: [] } }
 */
export function generatePlan(request: PlanRequest, config: FiscalConfig): Result<PlanChanges> {
    const { total, granularity } = request
    if (!Number.isSafeInteger(total)) return fail('MONEY.NOT_CENTS', 'total must be a whole number of cents', 'total')
    if (total < 0) return fail('BENEFIT.PLANNED_NEGATIVE', 'the planned total must not be negative', 'total')
    const start = parseDate(request.start, 'start')
    if (!start.ok) return start
    const end = parseDate(request.end, 'end')
    if (!end.ok) return end
    if (toDayNumber(end.value) < toDayNumber(start.value)) {
        return fail('BENEFIT.PLAN_RANGE_INVALID', `end ${end.value} is before start ${start.value}`, 'end')
    }
    if (granularity !== 'month' && granularity !== 'quarter') {
        return fail('BENEFIT.PLAN_RANGE_INVALID', `granularity must be month or quarter, not "${granularity}"`)
    }
    const targets = periodsBetween(start.value, end.value, granularity, config)
    if (targets.length > MAX_PLAN_PERIODS) {
        return fail('BENEFIT.PLAN_TOO_LONG', `a plan covers at most ${MAX_PLAN_PERIODS} periods`, 'end')
    }

    const existing: { readonly period: FiscalPeriod; readonly row: ExistingPeriod }[] = []
    for (const row of request.existing ?? []) {
        const parsed = periodByLabel(row.label, config)
        if (!parsed.ok) return fail(parsed.error.code, parsed.error.message, 'label')
        if (existing.some((e) => e.period.label === parsed.value.label)) {
            return fail('BENEFIT.PERIOD_DUPLICATE', `period ${parsed.value.label} exists twice`, 'label')
        }
        existing.push({ period: parsed.value, row })
    }
    const measured = existing.filter((e) => e.row.measured)
    const clash = measured.find((e) => e.period.type !== granularity && overlaps(e.period, start.value, end.value))
    if (clash) {
        return fail(
            'BENEFIT.PLAN_GRANULARITY_MISMATCH',
            `measured period ${clash.period.label} overlaps a ${granularity} plan; plan by ${clash.period.type} instead`
        )
    }

    const remaining = total - measured.reduce((sum, e) => sum + e.row.planned, 0)
    if (remaining < 0) {
        return fail('BENEFIT.PLAN_BELOW_MEASURED', `measured periods already plan ${total - remaining} cents`, 'total')
    }
    const isMeasured = (label: string): boolean => measured.some((e) => e.period.label === label)
    const open = targets.filter((period) => !isMeasured(period.label))
    if (open.length === 0 && remaining !== 0) {
        return fail('BENEFIT.PLAN_NO_OPEN_PERIOD', 'every period of the plan is measured: nothing left to plan')
    }

    const shares = splitCents(remaining, open.length)
    const create: PlannedPeriod[] = []
    const update: PlannedPeriod[] = []
    const keep: string[] = measured.map((e) => e.period.label)
    open.forEach((period, i) => {
        const planned = shares[i] ?? 0
        const current = existing.find((e) => e.period.label === period.label)
        const change = { label: period.label, start: period.start, end: period.end, planned }
        if (current === undefined) create.push(change)
        else if (current.row.planned === planned) keep.push(period.label)
        else update.push(change)
    })
    const remove = existing
        .filter((e) => !e.row.measured && !targets.some((period) => period.label === e.period.label))
        .map((e) => e.period.label)
    return ok({ create, update, keep, remove })
}

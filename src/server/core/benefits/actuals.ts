/**
 * Recording actuals: the request to record realised amounts for periods of a benefit, validated as a whole before
 * anything is written, and the rule that a period must lie within the benefit's date range.
 */
import type { FiscalConfig } from '../fiscal/config.ts'
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import { periodByLabel } from '../fiscal/calendar.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import { parseDate, toDayNumber } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import { parseCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/** Most periods one request may record. */
export const MAX_ACTUALS_PER_REQUEST = 120

/** Longest evidence note (the column's length). */
export const MAX_EVIDENCE_LENGTH = 1000

/** One realised amount to record. */
export interface Actual {
    readonly period: FiscalPeriod
    /** In the benefit's currency. */
    readonly realised: Cents
    /** `null` leaves the stored note as it is. */
    readonly evidence: string | null
}

const AMOUNT = /^\d+(?:\.\d{1,2})?$/

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function amountOf(value: unknown, field: string): Result<Cents> {
    if (value === null || value === undefined || value === '') {
        return fail('BENEFIT.REALISED_REQUIRED', 'a realised amount is required (0 for nothing realised)', field)
    }
    const text = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : ''
    if (/^-/.test(text)) return fail('BENEFIT.REALISED_NEGATIVE', 'the realised amount must not be negative', field)
    if (!AMOUNT.test(text)) {
        return fail('MONEY.NOT_CENTS', `"${String(value)}" is not an amount with at most 2 decimals`, field)
    }
    const cents = parseCents(text, field)
    if (!cents.ok) return cents
    return ok(cents.value ?? 0)
}

/**
 * Reads a request body `{ actuals: [{ period: 'FY2026-M03', realised: '1250.00', evidence?: '...' }] }` (amounts as
 * numbers or decimal strings with at most 2 decimals, in the benefit's currency). Fails on the first problem, with
 * the path of the offending value as `field`: `BENEFIT.ACTUALS_INVALID` (shape, too many), `FISCAL.PERIOD_INVALID`,
 * `BENEFIT.PERIOD_DUPLICATE`, `BENEFIT.REALISED_REQUIRED`, `BENEFIT.REALISED_NEGATIVE`, `MONEY.NOT_CENTS`,
 * `MONEY.TOO_LARGE`, `BENEFIT.EVIDENCE_TOO_LONG`.
 * @example parseActuals({ actuals: [{ period: 'fy2026-m03', realised: 1250.5 }] }, config)
 * //=> { ok: true, value: [{ period: { label: 'FY2026-M03', ... }, realised: 125050, evidence: null }] }
 */
export function parseActuals(body: unknown, config: FiscalConfig): Result<Actual[]> {
    const rows = isObject(body) ? body['actuals'] : undefined
    if (!Array.isArray(rows) || rows.length === 0) {
        return fail(
            'BENEFIT.ACTUALS_INVALID',
            'send { "actuals": [{ "period": "FY2026-M03", "realised": "1250.00" }] }'
        )
    }
    if (rows.length > MAX_ACTUALS_PER_REQUEST) {
        return fail('BENEFIT.ACTUALS_INVALID', `at most ${MAX_ACTUALS_PER_REQUEST} periods per request`, 'actuals')
    }
    const out: Actual[] = []
    for (let i = 0; i < rows.length; i++) {
        const row: unknown = rows[i]
        const at = `actuals[${i}]`
        if (!isObject(row)) return fail('BENEFIT.ACTUALS_INVALID', 'each actual is an object', at)
        const period = periodByLabel(typeof row['period'] === 'string' ? row['period'] : '', config)
        if (!period.ok) return fail(period.error.code, period.error.message, `${at}.period`)
        if (out.some((a) => a.period.label === period.value.label)) {
            return fail('BENEFIT.PERIOD_DUPLICATE', `period ${period.value.label} is sent twice`, `${at}.period`)
        }
        const realised = amountOf(row['realised'], `${at}.realised`)
        if (!realised.ok) return realised
        const evidence = row['evidence']
        if (evidence !== undefined && evidence !== null && typeof evidence !== 'string') {
            return fail('BENEFIT.ACTUALS_INVALID', 'evidence is a text', `${at}.evidence`)
        }
        if (typeof evidence === 'string' && evidence.length > MAX_EVIDENCE_LENGTH) {
            return fail(
                'BENEFIT.EVIDENCE_TOO_LONG',
                `evidence is at most ${MAX_EVIDENCE_LENGTH} characters`,
                `${at}.evidence`
            )
        }
        out.push({
            period: period.value,
            realised: realised.value,
            evidence: typeof evidence === 'string' ? evidence : null,
        })
    }
    return ok(out)
}

/**
 * Whether a fiscal period lies within a benefit's date range: it must overlap `start` … `end` (both inclusive).
 * Fails with `BENEFIT.NO_RANGE` when the benefit has no start or end date, `FISCAL.DATE_INVALID`, or
 * `BENEFIT.PERIOD_OUT_OF_RANGE`.
 * @example checkPeriodInRange(periodByLabel('FY2027-M01', config).value, '2026-01-01', '2026-12-31')
 * //=> { ok: false, error: { code: 'BENEFIT.PERIOD_OUT_OF_RANGE', ... } }
 */
export function checkPeriodInRange(
    period: FiscalPeriod,
    start: IsoDate | null,
    end: IsoDate | null
): Result<FiscalPeriod> {
    if (!start || !end) {
        return fail('BENEFIT.NO_RANGE', 'the benefit needs a start and an end date before it has periods', 'start_date')
    }
    const from = parseDate(start, 'start_date')
    if (!from.ok) return from
    const to = parseDate(end, 'end_date')
    if (!to.ok) return to
    if (toDayNumber(period.end) < toDayNumber(from.value) || toDayNumber(period.start) > toDayNumber(to.value)) {
        return fail(
            'BENEFIT.PERIOD_OUT_OF_RANGE',
            `period ${period.label} (${period.start} to ${period.end}) is outside the benefit's range ${from.value} to ${to.value}`,
            'period_label'
        )
    }
    return ok(period)
}

/** The benefit fields a plan request may set before the periods are generated. */
export interface PlanFields {
    readonly plannedTotal?: Cents
    readonly startDate?: IsoDate
    readonly endDate?: IsoDate
    readonly granularity?: 'month' | 'quarter'
}

/**
 * Reads the optional body of a plan request `{ planned_total?, start_date?, end_date?, granularity? }` (no body: plan
 * from the stored values). Fails with `BENEFIT.PLAN_INVALID` (shape, granularity), `MONEY.NOT_CENTS`,
 * `BENEFIT.PLANNED_NEGATIVE` or `FISCAL.DATE_INVALID`; `field` is the body key.
 * @example parsePlanFields({ planned_total: '120000', granularity: 'quarter' }) //=> { ok: true, value: { plannedTotal: 12000000, granularity: 'quarter' } }
 */
export function parsePlanFields(body: unknown): Result<PlanFields> {
    if (body === undefined || body === null || body === '') return ok({})
    if (!isObject(body))
        return fail('BENEFIT.PLAN_INVALID', 'send { "planned_total", "start_date", "end_date", "granularity" }')
    const out: { plannedTotal?: Cents; startDate?: IsoDate; endDate?: IsoDate; granularity?: 'month' | 'quarter' } = {}
    const total = body['planned_total']
    if (total !== undefined) {
        const text = typeof total === 'number' || typeof total === 'string' ? String(total).trim() : ''
        if (/^-/.test(text))
            return fail('BENEFIT.PLANNED_NEGATIVE', 'the planned total must not be negative', 'planned_total')
        if (!AMOUNT.test(text))
            return fail(
                'MONEY.NOT_CENTS',
                `"${String(total)}" is not an amount with at most 2 decimals`,
                'planned_total'
            )
        const cents = parseCents(text, 'planned_total')
        if (!cents.ok) return cents
        out.plannedTotal = cents.value ?? 0
    }
    for (const [key, field] of [
        ['start_date', 'startDate'],
        ['end_date', 'endDate'],
    ] as const) {
        const value = body[key]
        if (value === undefined) continue
        const parsed = parseDate(typeof value === 'string' ? value : '', key)
        if (!parsed.ok) return parsed
        out[field] = parsed.value
    }
    const granularity = body['granularity']
    if (granularity !== undefined) {
        if (granularity !== 'month' && granularity !== 'quarter') {
            return fail(
                'BENEFIT.PLAN_INVALID',
                `granularity is month or quarter, not "${String(granularity)}"`,
                'granularity'
            )
        }
        out.granularity = granularity
    }
    return ok(out)
}

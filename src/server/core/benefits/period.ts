/**
 * The rules a benefit period must meet before it is saved, however it is written (form, list, Table API, "Generate
 * periods", recording actuals): a month or quarter of the fiscal calendar, inside the benefit's date range, with a
 * planned amount that is not negative and a realised amount that is empty or not negative.
 */
import type { FiscalConfig } from '../fiscal/config.ts'
import type { FiscalPeriod } from '../fiscal/calendar.ts'
import { periodByLabel } from '../fiscal/calendar.ts'
import type { IsoDate } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'
import { parseCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { checkPeriodInRange } from './actuals.ts'
import { validatePeriodAmounts } from './totals.ts'

/** A period as stored: the label and the amounts as decimal strings (Glide values; empty is `null`). */
export interface PeriodInput {
    readonly label: string | null
    readonly planned: string | null
    readonly realised: string | null
}

/** A period that passed the rules. */
export interface CheckedPeriod {
    readonly period: FiscalPeriod
    readonly planned: Cents
    readonly realised: Cents | null
}

/**
 * Checks a period against its benefit's date range. An empty planned amount counts as 0. Fails with
 * `FISCAL.PERIOD_INVALID`, `BENEFIT.PERIOD_TYPE` (a fiscal year), `BENEFIT.NO_RANGE`, `BENEFIT.PERIOD_OUT_OF_RANGE`,
 * `MONEY.NOT_A_NUMBER`, `MONEY.TOO_LARGE`, `BENEFIT.PLANNED_NEGATIVE` or `BENEFIT.REALISED_NEGATIVE`; `field` is the
 * column (`period_label`, `planned_amount`, `realised_amount`).
 * @example checkPeriod({ label: 'fy2026-m02', planned: '100', realised: null }, { start: '2026-01-01', end: '2026-12-31' }, config)
 * //=> { ok: true, value: { period: { label: 'FY2026-M02', start: '2026-02-01', end: '2026-02-28', ... }, planned: 10000, realised: null } }
 */
export function checkPeriod(
    input: PeriodInput,
    range: { readonly start: IsoDate | null; readonly end: IsoDate | null },
    config: FiscalConfig
): Result<CheckedPeriod> {
    const parsed = periodByLabel(input.label ?? '', config)
    if (!parsed.ok) return fail(parsed.error.code, parsed.error.message, 'period_label')
    if (parsed.value.type === 'year') {
        return fail(
            'BENEFIT.PERIOD_TYPE',
            `a benefit period is a month or a quarter, not ${parsed.value.label}`,
            'period_label'
        )
    }
    const inRange = checkPeriodInRange(parsed.value, range.start, range.end)
    if (!inRange.ok) return inRange
    const planned = parseCents(input.planned, 'planned_amount')
    if (!planned.ok) return planned
    const realised = parseCents(input.realised, 'realised_amount')
    if (!realised.ok) return realised
    const amounts = validatePeriodAmounts({ planned: planned.value ?? 0, realised: realised.value })
    if (!amounts.ok) {
        const field = amounts.error.field === 'realised' ? 'realised_amount' : 'planned_amount'
        return fail(amounts.error.code, amounts.error.message, field)
    }
    return ok({ period: parsed.value, planned: amounts.value.planned, realised: amounts.value.realised })
}

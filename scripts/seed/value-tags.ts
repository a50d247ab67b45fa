/**
 * Business-value tags on demo incidents: a deterministic ~40% of incidents (P1/P2 far more often) get a value
 * category and plausible amounts priced from their service's value profile.
 */
import { formatCents, toCents } from '../../src/server/core/money.ts'
import type { Cents } from '../../src/server/core/money.ts'
import { MINUTE_MS } from './dates.ts'
import type { DemoService, ValueCategory } from './services.ts'
import { prng } from './sys-id.ts'

/** The incident columns the app adds for value tags. Rename here when the table definition changes. */
export const VALUE_TAG_COLUMNS = {
    valueCategory: 'x_itvc_value_value_category',
    revenueAtRisk: 'x_itvc_value_revenue_at_risk',
    directCost: 'x_itvc_value_direct_cost',
    usersAffected: 'x_itvc_value_users_affected',
    productivityHours: 'x_itvc_value_productivity_hours',
    outageMinutes: 'x_itvc_value_outage_minutes',
} as const

/** Chance that an incident of a priority is tagged (about 40% over the CSV's priority mix). */
export const VALUE_TAG_RATE_BY_PRIORITY: Readonly<Record<number, number>> = { 1: 0.9, 2: 0.75, 3: 0.4, 4: 0.3, 5: 0.1 }

/** Longest plausible outage per priority, in minutes (the resolution time is capped by it). */
const OUTAGE_CAP_MINUTES: Readonly<Record<number, number>> = { 1: 480, 2: 720, 3: 240, 4: 120, 5: 60 }

/** Loaded hourly rate of IT staff handling an incident, in cents. */
const IT_HOURLY_RATE_CENTS: Cents = 8_500

/** Used when an incident has no service (no CSV category). */
const NO_SERVICE: Pick<DemoService, 'hourlyRevenueCents' | 'typicalUsers' | 'categoryWeights'> = {
    hourlyRevenueCents: 0,
    typicalUsers: 200,
    categoryWeights: { productivity: 3, cost: 2, risk: 1 },
}

/** A value tag, amounts in cents. */
export interface ValueTag {
    readonly category: ValueCategory
    readonly revenueAtRiskCents: Cents
    readonly directCostCents: Cents
    readonly usersAffected: number
    /** Hours of work lost, two decimals. */
    readonly productivityHours: number
    readonly outageMinutes: number
}

/** What {@link valueTagFor} reads from an incident. Times are epoch ms. */
export interface ValueTagInput {
    readonly number: string
    readonly priority: number | null
    readonly impact: number | null
    readonly reassignmentCount: number | null
    readonly service: DemoService | null
    readonly openedAt: number | null
    readonly resolvedAt: number | null
    readonly closedAt: number | null
}

function impactShare(impact: number | null, draw: (min: number, max: number) => number): number {
    if (impact === 1) return draw(0.25, 0.8)
    if (impact === 2) return draw(0.02, 0.15)
    if (impact === 3) return draw(0.002, 0.02)
    return 0.05
}

/**
 * The value tag of one incident, or `null` when the incident stays untagged. Deterministic per incident number.
 * Outage: the time to resolve, capped per priority and scaled by a random share; users: the service's typical users
 * times a share by impact; revenue at risk: hourly revenue × outage hours × that share; productivity: users × hours
 * × share of time lost; direct cost: IT handling hours per assignment (+ an external cost for `cost` tags).
 * @example
 * valueTagFor({ number: 'INC1', priority: 3, impact: 2, reassignmentCount: 0, service: null, openedAt: 0,
 *     resolvedAt: 3_600_000, closedAt: null }) //=> null, or the same tag on every run
 */
export function valueTagFor(input: ValueTagInput): ValueTag | null {
    const rng = prng(`value-tag:${input.number}`)
    const priority = input.priority ?? 4
    if (!rng.chance(VALUE_TAG_RATE_BY_PRIORITY[priority] ?? 0.3)) return null

    const service = input.service ?? NO_SERVICE
    const category = rng.weighted(service.categoryWeights as Record<ValueCategory, number>)
    const cap = OUTAGE_CAP_MINUTES[priority] ?? 120
    const end = input.resolvedAt ?? input.closedAt
    const resolveMinutes =
        end !== null && input.openedAt !== null ? Math.max(0, (end - input.openedAt) / MINUTE_MS) : cap
    const outageMinutes = Math.max(5, Math.round(Math.min(resolveMinutes, cap) * rng.range(0.25, 1)))
    const outageHours = outageMinutes / 60

    const share = impactShare(input.impact, rng.range)
    const usersAffected = Math.max(1, Math.round(service.typicalUsers * share))
    const revenueAtRiskCents = toCents((service.hourlyRevenueCents * outageHours * share) / 100)
    const productivityHours = Math.round(usersAffected * outageHours * rng.range(0.1, 0.4) * 100) / 100
    const handlingHours = ((input.reassignmentCount ?? 0) + 1) * rng.range(0.5, 2.5)
    const externalCents = category === 'cost' ? toCents(rng.range(250, 12_000)) : 0
    const directCostCents = toCents((IT_HOURLY_RATE_CENTS * handlingHours) / 100) + externalCents

    return { category, revenueAtRiskCents, directCostCents, usersAffected, productivityHours, outageMinutes }
}

/**
 * The incident column values of a tag, as the Table API takes them (amounts with two decimals).
 * @example valueTagValues(tag)[VALUE_TAG_COLUMNS.outageMinutes] //=> '95'
 */
export function valueTagValues(tag: ValueTag): Record<string, string> {
    return {
        [VALUE_TAG_COLUMNS.valueCategory]: tag.category,
        [VALUE_TAG_COLUMNS.revenueAtRisk]: formatCents(tag.revenueAtRiskCents),
        [VALUE_TAG_COLUMNS.directCost]: formatCents(tag.directCostCents),
        [VALUE_TAG_COLUMNS.usersAffected]: String(tag.usersAffected),
        [VALUE_TAG_COLUMNS.productivityHours]: tag.productivityHours.toFixed(2),
        [VALUE_TAG_COLUMNS.outageMinutes]: String(tag.outageMinutes),
    }
}

/**
 * Incident impact pricing: what an incident cost the business, in exact cents, and a 0–100 impact score, with an
 * explanation of which rule produced each figure.
 */
import type { Cents } from '../money.ts'
import { formatCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import type { PricingConfig } from './config.ts'
import type { FieldValue, PricingField } from './fields.ts'
import {
    computedTooLarge,
    MAX_AMOUNT_CENTS,
    MAX_QUANTITY,
    parseAmount,
    parseCount,
    parseHundredths,
    parseUtcDateTime,
} from './fields.ts'
import { impactScore } from './impact-score.ts'

/**
 * Incident states in which a missing outage duration is taken from opened to resolved: 6 Resolved, 7 Closed.
 * @example RESOLVED_STATES.includes('6') //=> true
 */
export const RESOLVED_STATES: readonly string[] = ['6', '7']

/** The service profile of the incident's service; its fields as Glide gives them. */
export interface ServiceProfile {
    readonly hourlyRevenue?: FieldValue
    readonly hourlyLabourCost?: FieldValue
    /** Not used by pricing; checked when the profile is saved. */
    readonly typicalUsers?: FieldValue
}

/** The incident fields pricing reads, as Glide gives them (`yyyy-MM-dd HH:mm:ss` UTC for the times). */
export interface PricingInput {
    readonly revenueAtRisk?: FieldValue
    readonly directCost?: FieldValue
    readonly usersAffected?: FieldValue
    readonly productivityHoursLost?: FieldValue
    readonly outageMinutes?: FieldValue
    readonly state?: FieldValue
    readonly openedAt?: FieldValue
    readonly resolvedAt?: FieldValue
    /** `null` or absent when the service has no profile. */
    readonly profile?: ServiceProfile | null
}

/** The figures an explanation step is about. */
export type PricingFigure =
    | 'outage_minutes'
    | 'revenue_loss'
    | 'direct_cost'
    | 'productivity_hours'
    | 'labour_cost'
    | 'impact_cost'
    | 'impact_score'

/** Which rule produced a figure. */
export type PricingBranch =
    // outage_minutes
    | 'entered'
    | 'resolved_duration'
    | 'not_resolved'
    | 'times_missing'
    // revenue_loss ('entered' too)
    | 'outage_x_hourly_revenue'
    | 'no_profile'
    | 'no_hourly_revenue'
    | 'no_outage'
    // direct_cost ('entered' too)
    | 'not_entered'
    // productivity_hours ('entered' and 'no_outage' too)
    | 'users_x_outage_hours'
    // labour_cost
    | 'profile_rate'
    | 'default_rate'
    // impact_cost
    | 'sum'
    // impact_score
    | 'zero_cost'
    | 'scaled'
    | 'capped'

/** One line of the explanation: the figure, the rule that applied and a sentence for the user. */
export interface PricingStep {
    readonly figure: PricingFigure
    readonly branch: PricingBranch
    readonly text: string
}

/** The priced incident. Amounts are in cents. */
export interface Pricing {
    /** Entered, or computed on resolution; `null` while unknown (leave the field empty then). */
    readonly outageMinutes: number | null
    readonly revenueLoss: Cents
    readonly directCost: Cents
    /** Hours with at most two decimals. */
    readonly productivityHours: number
    /** The hourly labour cost used. */
    readonly hourlyLabourCost: Cents
    readonly labourCost: Cents
    /** Revenue loss + direct cost + labour cost. */
    readonly impactCost: Cents
    /** 0–100, see {@link impactScore}. */
    readonly impactScore: number
    /** One step per figure, in the order above. */
    readonly explanation: readonly PricingStep[]
}

interface Figure<T> {
    readonly value: T
    readonly step: PricingStep
}

interface ParsedProfile {
    readonly hourlyRevenue: Cents | null
    readonly hourlyLabourCost: Cents | null
}

interface ParsedInput {
    readonly revenueAtRisk: Cents | null
    readonly directCost: Cents | null
    readonly usersAffected: number | null
    readonly productivityHundredths: number | null
    readonly outageMinutes: number | null
    readonly profile: ParsedProfile | null
}

/**
 * Prices an incident. Every amount and count is validated first (the first bad field is reported); the opened
 * and resolved times are read only when the outage duration has to be computed from them.
 * - outage minutes: as entered; if empty and the incident is resolved or closed, opened → resolved, to the minute.
 * - revenue loss: revenue at risk if entered, else outage hours × the profile's hourly revenue (0 without one).
 * - productivity hours: as entered, else users affected × outage hours.
 * - impact cost: revenue loss + direct cost + productivity hours × hourly labour cost (profile's, else default).
 * - impact score: see {@link impactScore}.
 * @example priceIncident({ directCost: '0.1', revenueAtRisk: '0.2' }, PRICING_CONFIG_DEFAULTS)
 * //=> { ok: true, value: { outageMinutes: null, revenueLoss: 20, directCost: 10, productivityHours: 0,
 * //     hourlyLabourCost: 5000, labourCost: 0, impactCost: 30, impactScore: 2, explanation: [ … ] } }
 * @example priceIncident({ directCost: '-5' }, PRICING_CONFIG_DEFAULTS)
 * //=> { ok: false, error: { code: 'PRICING.NEGATIVE_AMOUNT', message: 'Direct cost must be a positive amount or 0, not "-5".', field: 'direct_cost' } }
 */
export function priceIncident(input: PricingInput, config: PricingConfig): Result<Pricing> {
    const parsed = parseInput(input)
    if (!parsed.ok) return parsed
    const fields = parsed.value
    const outage = priceOutageMinutes(fields.outageMinutes, input)
    if (!outage.ok) return outage
    const revenue = priceRevenueLoss(fields.revenueAtRisk, fields.profile, outage.value.value)
    if (!revenue.ok) return revenue
    const direct = priceDirectCost(fields.directCost)
    const hours = priceProductivityHours(fields.productivityHundredths, fields.usersAffected, outage.value.value)
    if (!hours.ok) return hours
    const rate = fields.profile?.hourlyLabourCost ?? null
    const labour = priceLabourCost(hours.value, rate, config.defaultHourlyLabourCost)
    if (!labour.ok) return labour
    const impactCost = revenue.value.value + direct.value + labour.value.value
    const score = priceImpactScore(impactCost, config.scoreReferenceCost)
    return ok({
        outageMinutes: outage.value.value,
        revenueLoss: revenue.value.value,
        directCost: direct.value,
        productivityHours: hours.value.value / 100,
        hourlyLabourCost: rate ?? config.defaultHourlyLabourCost,
        labourCost: labour.value.value,
        impactCost,
        impactScore: score.value,
        explanation: [
            outage.value.step,
            revenue.value.step,
            direct.step,
            hours.value.step,
            labour.value.step,
            step(
                'impact_cost',
                'sum',
                `Impact cost: revenue loss ${formatCents(revenue.value.value)} + direct cost ${formatCents(direct.value)}` +
                    ` + labour cost ${formatCents(labour.value.value)} = ${formatCents(impactCost)}.`
            ),
            score.step,
        ],
    })
}

function parseInput(input: PricingInput): Result<ParsedInput> {
    const revenueAtRisk = parseAmount(input.revenueAtRisk, 'revenue_at_risk')
    if (!revenueAtRisk.ok) return revenueAtRisk
    const directCost = parseAmount(input.directCost, 'direct_cost')
    if (!directCost.ok) return directCost
    const usersAffected = parseCount(input.usersAffected, 'users_affected')
    if (!usersAffected.ok) return usersAffected
    const productivityHundredths = parseHundredths(input.productivityHoursLost, 'productivity_hours_lost')
    if (!productivityHundredths.ok) return productivityHundredths
    const outageMinutes = parseCount(input.outageMinutes, 'outage_minutes')
    if (!outageMinutes.ok) return outageMinutes
    const profile = parseProfile(input.profile)
    if (!profile.ok) return profile
    return ok({
        revenueAtRisk: revenueAtRisk.value,
        directCost: directCost.value,
        usersAffected: usersAffected.value,
        productivityHundredths: productivityHundredths.value,
        outageMinutes: outageMinutes.value,
        profile: profile.value,
    })
}

function parseProfile(profile: ServiceProfile | null | undefined): Result<ParsedProfile | null> {
    if (!profile) return ok(null)
    const hourlyRevenue = parseAmount(profile.hourlyRevenue, 'profile.hourly_revenue')
    if (!hourlyRevenue.ok) return hourlyRevenue
    const hourlyLabourCost = parseAmount(profile.hourlyLabourCost, 'profile.hourly_labour_cost')
    if (!hourlyLabourCost.ok) return hourlyLabourCost
    return ok({ hourlyRevenue: hourlyRevenue.value, hourlyLabourCost: hourlyLabourCost.value })
}

function priceOutageMinutes(entered: number | null, input: PricingInput): Result<Figure<number | null>> {
    if (entered !== null) return figure(entered, 'outage_minutes', 'entered', `Outage minutes: ${entered}, as entered.`)
    if (!RESOLVED_STATES.includes((input.state ?? '').trim())) {
        const text =
            'Outage minutes: none entered; they are computed from Opened to Resolved once the incident is resolved.'
        return figure(null, 'outage_minutes', 'not_resolved', text)
    }
    const opened = parseUtcDateTime(input.openedAt, 'opened_at')
    if (!opened.ok) return opened
    const resolved = parseUtcDateTime(input.resolvedAt, 'resolved_at')
    if (!resolved.ok) return resolved
    if (opened.value === null || resolved.value === null) {
        const text = 'Outage minutes: none entered, and Opened or Resolved is not set, so they cannot be computed.'
        return figure(null, 'outage_minutes', 'times_missing', text)
    }
    if (resolved.value < opened.value) {
        const message = `Resolved (${input.resolvedAt}) is before Opened (${input.openedAt}): correct the times or enter Outage minutes.`
        return fail('PRICING.RESOLVED_BEFORE_OPENED', message, 'resolved_at')
    }
    const minutes = divideRounded((resolved.value - opened.value) / 1000, 60)
    if (minutes > MAX_QUANTITY) return computedTooLarge('Outage minutes', 'resolved_at', 'quantity')
    const text = `Outage minutes: ${minutes}, from Opened (${input.openedAt}) to Resolved (${input.resolvedAt}), as none were entered.`
    return figure(minutes, 'outage_minutes', 'resolved_duration', text)
}

function priceRevenueLoss(
    revenueAtRisk: Cents | null,
    profile: ParsedProfile | null,
    outageMinutes: number | null
): Result<Figure<Cents>> {
    if (revenueAtRisk !== null) {
        const text = `Revenue loss: ${formatCents(revenueAtRisk)}, the revenue at risk entered.`
        return figure(revenueAtRisk, 'revenue_loss', 'entered', text)
    }
    if (profile === null) {
        return figure(
            0,
            'revenue_loss',
            'no_profile',
            'Revenue loss: 0.00; no revenue at risk entered and no service profile.'
        )
    }
    if (profile.hourlyRevenue === null) {
        const text = 'Revenue loss: 0.00; no revenue at risk entered and the service profile has no hourly revenue.'
        return figure(0, 'revenue_loss', 'no_hourly_revenue', text)
    }
    if (outageMinutes === null) {
        const text = 'Revenue loss: 0.00; no revenue at risk entered and the outage minutes are not known yet.'
        return figure(0, 'revenue_loss', 'no_outage', text)
    }
    const minuteCents = outageMinutes * profile.hourlyRevenue
    if (minuteCents > 60 * MAX_AMOUNT_CENTS) return computedTooLarge('Revenue loss', 'outage_minutes', 'amount')
    const loss = divideRounded(minuteCents, 60)
    const text =
        `Revenue loss: ${outageMinutes} min × ${formatCents(profile.hourlyRevenue)} per hour = ${formatCents(loss)}` +
        ' (service profile hourly revenue; no revenue at risk entered).'
    return figure(loss, 'revenue_loss', 'outage_x_hourly_revenue', text)
}

function priceDirectCost(directCost: Cents | null): Figure<Cents> {
    if (directCost === null) {
        return { value: 0, step: step('direct_cost', 'not_entered', 'Direct cost: 0.00, none entered.') }
    }
    return {
        value: directCost,
        step: step('direct_cost', 'entered', `Direct cost: ${formatCents(directCost)}, as entered.`),
    }
}

/** Productivity hours, in hundredths of an hour. */
function priceProductivityHours(
    entered: number | null,
    usersAffected: number | null,
    outageMinutes: number | null
): Result<Figure<number>> {
    if (entered !== null) {
        const text = `Productivity hours: ${formatHundredths(entered)}, as entered.`
        return figure(entered, 'productivity_hours', 'entered', text)
    }
    if (outageMinutes === null) {
        const text = 'Productivity hours: 0.00; none entered and the outage minutes are not known yet.'
        return figure(0, 'productivity_hours', 'no_outage', text)
    }
    const users = usersAffected ?? 0
    const userMinutes = users * outageMinutes
    if (userMinutes > 60 * MAX_QUANTITY) return computedTooLarge('Productivity hours', 'users_affected', 'quantity')
    const hundredths = divideRounded(userMinutes * 100, 60)
    const text = `Productivity hours: ${users} users × ${outageMinutes} min = ${formatHundredths(hundredths)} h.`
    return figure(hundredths, 'productivity_hours', 'users_x_outage_hours', text)
}

function priceLabourCost(hours: Figure<number>, profileRate: Cents | null, defaultRate: Cents): Result<Figure<Cents>> {
    const rate = profileRate ?? defaultRate
    const product = hours.value * rate
    if (product > 100 * MAX_AMOUNT_CENTS) {
        const field: PricingField = hours.step.branch === 'entered' ? 'productivity_hours_lost' : 'users_affected'
        return computedTooLarge('Labour cost', field, 'amount')
    }
    const cost = divideRounded(product, 100)
    const source = profileRate === null ? 'default hourly labour cost' : 'service profile hourly labour cost'
    const text = `Labour cost: ${formatHundredths(hours.value)} h × ${formatCents(rate)} per hour = ${formatCents(cost)} (${source}).`
    return figure(cost, 'labour_cost', profileRate === null ? 'default_rate' : 'profile_rate', text)
}

function priceImpactScore(impactCost: Cents, referenceCost: Cents): Figure<number> {
    const score = impactScore(impactCost, referenceCost)
    if (impactCost === 0) {
        return { value: 0, step: step('impact_score', 'zero_cost', 'Impact score: 0, as the impact cost is 0.') }
    }
    if (impactCost > referenceCost) {
        const text = `Impact score: 100, the maximum, as the impact cost is above the reference cost ${formatCents(referenceCost)}.`
        return { value: score, step: step('impact_score', 'capped', text) }
    }
    const text =
        `Impact score: ${score} = round(100 × log10(1 + ${formatCents(impactCost)})` +
        ` / log10(1 + ${formatCents(referenceCost)})), reference cost ${formatCents(referenceCost)}.`
    return { value: score, step: step('impact_score', 'scaled', text) }
}

function figure<T>(value: T, name: PricingFigure, branch: PricingBranch, text: string): Result<Figure<T>> {
    return ok({ value, step: step(name, branch, text) })
}

function step(name: PricingFigure, branch: PricingBranch, text: string): PricingStep {
    return { figure: name, branch, text }
}

/** Hundredths of an hour printed as hours with two decimals (the same shape as cents). */
function formatHundredths(hundredths: number): string {
    return formatCents(hundredths)
}

/** `numerator / divisor` rounded half-up, exactly, for integers 0 ≤ numerator < 2^53 and a positive divisor. */
function divideRounded(numerator: number, divisor: number): number {
    const quotient = Math.floor(numerator / divisor)
    const remainder = numerator - quotient * divisor
    return 2 * remainder >= divisor ? quotient + 1 : quotient
}

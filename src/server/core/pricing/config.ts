/**
 * Pricing configuration: the system properties that tune incident pricing, parsed from the strings Glide stores.
 */
import type { Cents } from '../money.ts'
import { parseCents } from '../money.ts'
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { MAX_AMOUNT_CENTS } from './fields.ts'

/**
 * The names of the properties pricing reads.
 * @example PRICING_PROPERTIES.scoreReferenceCost //=> 'x_itvc_value.impact_score_reference_cost'
 */
export const PRICING_PROPERTIES = {
    defaultHourlyLabourCost: 'x_itvc_value.default_hourly_labour_cost',
    scoreReferenceCost: 'x_itvc_value.impact_score_reference_cost',
    requireValueOnResolve: 'x_itvc_value.require_value_on_resolve',
} as const

/** Typed pricing configuration. */
export interface PricingConfig {
    /** Hourly labour cost when the service profile has none, in cents (property default 50). */
    readonly defaultHourlyLabourCost: Cents
    /** The impact cost that scores 100, in cents, above 0 (property default 100000). */
    readonly scoreReferenceCost: Cents
    /** Comma-separated priorities that need a value category to resolve or close, normalised (default `'1,2'`). */
    readonly requireValueOnResolve: string
}

/**
 * The configuration used for a property that is not set or blank.
 * @example PRICING_CONFIG_DEFAULTS.defaultHourlyLabourCost //=> 5000
 */
export const PRICING_CONFIG_DEFAULTS: PricingConfig = {
    defaultHourlyLabourCost: 5000,
    scoreReferenceCost: 10000000,
    requireValueOnResolve: '1,2',
}

/**
 * Turns property strings (keyed by property name) into a typed configuration. A property that is missing or blank
 * takes its default; anything else that cannot be used is refused with `PRICING.CONFIG_INVALID`, naming the property.
 * @example parsePricingConfig({ 'x_itvc_value.default_hourly_labour_cost': '62.50' })
 * //=> { ok: true, value: { defaultHourlyLabourCost: 6250, scoreReferenceCost: 10000000, requireValueOnResolve: '1,2' } }
 * @example parsePricingConfig({ 'x_itvc_value.impact_score_reference_cost': '0' })
 * //=> { ok: false, error: { code: 'PRICING.CONFIG_INVALID', field: 'x_itvc_value.impact_score_reference_cost', … } }
 */
export function parsePricingConfig(props: Readonly<Record<string, string | undefined>>): Result<PricingConfig> {
    const labour = parseConfigAmount(props, PRICING_PROPERTIES.defaultHourlyLabourCost, 0)
    if (!labour.ok) return labour
    const reference = parseConfigAmount(props, PRICING_PROPERTIES.scoreReferenceCost, 1)
    if (!reference.ok) return reference
    const priorities = parsePriorityList(props[PRICING_PROPERTIES.requireValueOnResolve])
    if (!priorities.ok) return priorities
    return ok({
        defaultHourlyLabourCost: labour.value ?? PRICING_CONFIG_DEFAULTS.defaultHourlyLabourCost,
        scoreReferenceCost: reference.value ?? PRICING_CONFIG_DEFAULTS.scoreReferenceCost,
        requireValueOnResolve: priorities.value ?? PRICING_CONFIG_DEFAULTS.requireValueOnResolve,
    })
}

/** An amount property: `null` when blank, else cents from `minCents` up to the pricing maximum. */
function parseConfigAmount(
    props: Readonly<Record<string, string | undefined>>,
    name: string,
    minCents: Cents
): Result<Cents | null> {
    const text = props[name]
    const parsed = parseCents(text, name)
    const cents = parsed.ok ? parsed.value : NaN
    if (cents === null) return ok(null)
    if (!(cents >= minCents && cents <= MAX_AMOUNT_CENTS)) {
        const range = minCents > 0 ? 'above 0' : 'of 0 or more'
        return fail('PRICING.CONFIG_INVALID', `${name} must be an amount ${range} such as 50, not "${text}".`, name)
    }
    return ok(cents)
}

/** The priority list: `null` when blank, else the trimmed whole numbers joined by commas. */
function parsePriorityList(text: string | undefined): Result<string | null> {
    const name = PRICING_PROPERTIES.requireValueOnResolve
    const entries = (text ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry !== '')
    if (entries.length === 0) return ok(null)
    if (!entries.every((entry) => /^\d+$/.test(entry))) {
        return fail(
            'PRICING.CONFIG_INVALID',
            `${name} must list priorities separated by commas, such as "1,2", not "${text}".`,
            name
        )
    }
    return ok(entries.join(','))
}

/** Pricing configuration from the app's system properties (README "Incident value attribution"). */
import { gs } from '@servicenow/glide'
import type { PricingConfig } from '../core/index.ts'
import { parsePricingConfig, PRICING_CONFIG_DEFAULTS, PRICING_PROPERTIES } from '../core/index.ts'

/**
 * Reads and parses the pricing properties (the platform caches property values: no query per call). A property an
 * admin set to something unusable is logged as an error and the defaults apply until it is corrected, so a typo in
 * a property never blocks saving incidents.
 * @example readPricingConfig().requireValueOnResolve //=> '1,2'
 */
export function readPricingConfig(): PricingConfig {
    const props: Record<string, string> = {}
    for (const name of Object.values(PRICING_PROPERTIES)) props[name] = gs.getProperty(name, '')
    const parsed = parsePricingConfig(props)
    if (parsed.ok) return parsed.value
    gs.error(
        `${parsed.error.code}: ${parsed.error.message} Incident pricing uses the default settings until it is fixed.`
    )
    return PRICING_CONFIG_DEFAULTS
}

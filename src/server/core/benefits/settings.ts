/**
 * The benefit-tracking tunables, parsed from system property strings (Glide returns every property as a string).
 * The config adapter reads the properties named in `BENEFIT_PROPERTIES` and hands the raw strings here.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'
import { DEFAULT_FUNCTIONAL_CURRENCY } from './currency.ts'
import { DEFAULT_AT_RISK_THRESHOLD_PCT, DEFAULT_MEASUREMENT_GRACE_DAYS } from './totals.ts'
import { DEFAULT_DISCOUNT_RATE } from './value.ts'

/** Validated benefit settings. */
export interface BenefitSettings {
    /** Percent, 0–100. */
    readonly atRiskThresholdPct: number
    /** Whole days, 0 or more. */
    readonly measurementGraceDays: number
    /** ISO 4217 code, upper case. */
    readonly functionalCurrency: string
    /** Yearly rate as a fraction, 0 ≤ r < 1. */
    readonly discountRate: number
}

/** Raw property values; empty or missing means "use the default". */
export interface BenefitProps {
    readonly atRiskThresholdPct?: string | null
    readonly measurementGraceDays?: string | null
    readonly functionalCurrency?: string | null
    readonly discountRate?: string | null
}

/** The system properties the config adapter reads, by `BenefitProps` key. */
export const BENEFIT_PROPERTIES = {
    atRiskThresholdPct: 'x_itvc_value.at_risk_threshold_pct',
    measurementGraceDays: 'x_itvc_value.measurement_grace_days',
    functionalCurrency: 'x_itvc_value.functional_currency',
    discountRate: 'x_itvc_value.discount_rate',
} as const

/** 80 %, 30 days, USD, 0.08. */
export const DEFAULT_BENEFIT_SETTINGS: BenefitSettings = {
    atRiskThresholdPct: DEFAULT_AT_RISK_THRESHOLD_PCT,
    measurementGraceDays: DEFAULT_MEASUREMENT_GRACE_DAYS,
    functionalCurrency: DEFAULT_FUNCTIONAL_CURRENCY,
    discountRate: DEFAULT_DISCOUNT_RATE,
}

const DECIMAL = /^\d+(?:\.\d+)?$/

function invalid(key: keyof BenefitProps, message: string): Result<BenefitSettings> {
    return fail('BENEFIT.CONFIG_INVALID', message, BENEFIT_PROPERTIES[key])
}

/**
 * Parses the benefit properties (trimmed; empty means default). The discount rate is a fraction (0.08 for 8 %),
 * so values of 1 or more are refused as a likely percentage. An invalid value fails with `BENEFIT.CONFIG_INVALID`
 * and the property name as `field`.
 * @example benefitSettings({ discountRate: '0.1' }) //=> { ok: true, value: { atRiskThresholdPct: 80, measurementGraceDays: 30, functionalCurrency: 'USD', discountRate: 0.1 } }
 * @example benefitSettings({ discountRate: '8' }) //=> { ok: false, error: { code: 'BENEFIT.CONFIG_INVALID', field: 'x_itvc_value.discount_rate', ... } }
 */
export function benefitSettings(props: BenefitProps): Result<BenefitSettings> {
    const text = (key: keyof BenefitProps): string => (props[key] ?? '').trim()
    const d = DEFAULT_BENEFIT_SETTINGS

    const threshold = text('atRiskThresholdPct')
    const atRiskThresholdPct = threshold === '' ? d.atRiskThresholdPct : Number(threshold)
    if (!DECIMAL.test(threshold || '0') || atRiskThresholdPct > 100) {
        return invalid('atRiskThresholdPct', `at-risk threshold must be a percentage 0 to 100, not "${threshold}"`)
    }
    const grace = text('measurementGraceDays')
    const measurementGraceDays = grace === '' ? d.measurementGraceDays : Number(grace)
    if (!/^\d{0,5}$/.test(grace)) {
        return invalid('measurementGraceDays', `measurement grace must be a whole number of days, not "${grace}"`)
    }
    const currency = text('functionalCurrency').toUpperCase()
    const functionalCurrency = currency === '' ? d.functionalCurrency : currency
    if (!/^[A-Z]{3}$/.test(functionalCurrency)) {
        return invalid('functionalCurrency', `functional currency must be a 3-letter code, not "${currency}"`)
    }
    const rate = text('discountRate')
    const discountRate = rate === '' ? d.discountRate : Number(rate)
    if (!DECIMAL.test(rate || '0') || discountRate >= 1) {
        return invalid(
            'discountRate',
            `discount rate must be a fraction from 0 to below 1 (0.08 for 8%), not "${rate}"`
        )
    }
    return ok({ atRiskThresholdPct, measurementGraceDays, functionalCurrency, discountRate })
}

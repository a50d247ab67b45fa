/**
 * The benefit-tracking and fiscal-calendar properties (src/fluent/properties/benefits.now.ts), parsed into typed
 * settings, and the lab/instance clock as a UTC date.
 */
import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import type { BenefitSettings, FiscalConfig, IsoDate } from '../core/index.ts'
import {
    BENEFIT_PROPERTIES,
    benefitSettings,
    DEFAULT_BENEFIT_SETTINGS,
    DEFAULT_FISCAL_CONFIG,
    FISCAL_PROPERTIES,
    fiscalConfig,
} from '../core/index.ts'

/** The property naming the pm_project field that project ROI and payback use as the cost. */
export const PROJECT_COST_FIELD_PROPERTY = 'x_itvc_value.project_cost_field'

/** The out-of-box actual cost field of a project. */
export const DEFAULT_PROJECT_COST_FIELD = 'work_cost'

/** Everything benefit tracking is configured with. */
export interface BenefitConfig {
    readonly fiscal: FiscalConfig
    readonly settings: BenefitSettings
    /** A valid pm_project column. */
    readonly costField: string
}

/**
 * Reads and parses the properties. A value an admin set to something unusable is logged as an error and the default
 * applies until it is fixed, so a typo never stops actuals from being recorded.
 * @example readBenefitConfig().settings.functionalCurrency //=> 'USD'
 */
export function readBenefitConfig(): BenefitConfig {
    const fiscal = fiscalConfig({
        startMonth: gs.getProperty(FISCAL_PROPERTIES.startMonth, ''),
        calendarType: gs.getProperty(FISCAL_PROPERTIES.calendarType, ''),
        weekStartDay: gs.getProperty(FISCAL_PROPERTIES.weekStartDay, ''),
    })
    if (!fiscal.ok) gs.error(`${fiscal.error.code}: ${fiscal.error.message}; the default fiscal calendar applies`)
    const settings = benefitSettings({
        atRiskThresholdPct: gs.getProperty(BENEFIT_PROPERTIES.atRiskThresholdPct, ''),
        measurementGraceDays: gs.getProperty(BENEFIT_PROPERTIES.measurementGraceDays, ''),
        functionalCurrency: gs.getProperty(BENEFIT_PROPERTIES.functionalCurrency, ''),
        discountRate: gs.getProperty(BENEFIT_PROPERTIES.discountRate, ''),
    })
    if (!settings.ok) gs.error(`${settings.error.code}: ${settings.error.message}; the default applies`)
    return {
        fiscal: fiscal.ok ? fiscal.value : DEFAULT_FISCAL_CONFIG,
        settings: settings.ok ? settings.value : DEFAULT_BENEFIT_SETTINGS,
        costField: projectCostField(),
    }
}

function projectCostField(): string {
    const name = gs.getProperty(PROJECT_COST_FIELD_PROPERTY, '').trim() || DEFAULT_PROJECT_COST_FIELD
    // system access: a schema check (isValidField) on an empty record; no row is read
    if (/^[a-z0-9_]+$/.test(name) && new GlideRecord('pm_project').isValidField(name)) return name
    gs.error(`${PROJECT_COST_FIELD_PROPERTY}: pm_project has no field "${name}"; ${DEFAULT_PROJECT_COST_FIELD} applies`)
    return DEFAULT_PROJECT_COST_FIELD
}

/** Today in UTC ('yyyy-MM-dd'): the as-of date of totals, states and overdue checks. */
export function todayUtc(): IsoDate {
    return new GlideDateTime().getValue().substring(0, 10)
}

/** Now as Glide stores date-times (UTC 'yyyy-MM-dd HH:mm:ss'). */
export function nowUtc(): string {
    return new GlideDateTime().getValue()
}

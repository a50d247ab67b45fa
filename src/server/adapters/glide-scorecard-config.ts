/**
 * The scorecard's configuration and clock: scorecard, fiscal-calendar and benefit properties (parsed by the core),
 * the metric catalog, and the time. README "The value scorecard".
 */
import { GlideDateTime, GlideRecord, GlideRecordSecure, gs } from '@servicenow/glide'
import type { FiscalConfig, IsoDate, Metric, RollupClock, RollupLogger, ScorecardSettings } from '../core/index.ts'
import {
    BENEFIT_PROPERTIES,
    benefitSettings,
    DEFAULT_BENEFIT_SETTINGS,
    DEFAULT_FISCAL_CONFIG,
    DEFAULT_SCORECARD_SETTINGS,
    FISCAL_PROPERTIES,
    fiscalConfig,
    parseMetric,
    SCORECARD_PROPERTIES,
    scorecardSettings,
} from '../core/index.ts'

/** Everything a roll-up or a scorecard request is configured by. */
export interface ScorecardConfig {
    readonly settings: ScorecardSettings
    readonly fiscal: FiscalConfig
    /** Days after a benefit period's end within which its actual is on time. */
    readonly graceDays: number
    /** The functional currency (amounts in the scorecard are in it). */
    readonly currency: string
}

/** Catalog rows the scorecard reads at most. */
export const MAX_METRICS = 200

function props<K extends string>(names: Readonly<Record<K, string>>): Record<K, string> {
    const out = {} as Record<K, string>
    for (const key of Object.keys(names) as K[]) out[key] = gs.getProperty(names[key], '')
    return out
}

function orDefault<T>(
    parsed: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
    fallback: T
): T {
    if (parsed.ok) return parsed.value
    gs.error(`${parsed.error.code}: ${parsed.error.message} The scorecard uses the default until it is fixed.`)
    return fallback
}

/**
 * Reads the properties (the platform caches them: no query). An unusable value is logged as an error and its
 * group's defaults apply until it is fixed.
 * @example readScorecardConfig().settings.timeBudgetSeconds //=> 240
 */
export function readScorecardConfig(): ScorecardConfig {
    const settings = orDefault(scorecardSettings(props(SCORECARD_PROPERTIES)), DEFAULT_SCORECARD_SETTINGS)
    const fiscal = orDefault(fiscalConfig(props(FISCAL_PROPERTIES)), DEFAULT_FISCAL_CONFIG)
    const benefits = orDefault(benefitSettings(props(BENEFIT_PROPERTIES)), DEFAULT_BENEFIT_SETTINGS)
    return { settings, fiscal, graceDays: benefits.measurementGraceDays, currency: benefits.functionalCurrency }
}

/**
 * The metric catalog (active and inactive, at most {@link MAX_METRICS} rows); rows that do not parse are logged
 * and left out. `secure` reads with the session user's ACLs (REST), otherwise as the system (jobs).
 */
export function readCatalog(secure: boolean): Metric[] {
    const gr = secure ? new GlideRecordSecure('x_itvc_value_metric') : new GlideRecord('x_itvc_value_metric')
    gr.orderBy('order')
    gr.setLimit(MAX_METRICS)
    gr.query()
    const metrics: Metric[] = []
    while (gr.next()) {
        const parsed = parseMetric({
            sysId: gr.getUniqueValue(),
            key: gr.getValue('key'),
            name: gr.getValue('name'),
            perspective: gr.getValue('perspective'),
            unit: gr.getValue('unit'),
            direction: gr.getValue('direction'),
            target: gr.getValue('target'),
            tolerancePercent: gr.getValue('amber_tolerance'),
            active: gr.getValue('active'),
            order: gr.getValue('order'),
            description: gr.getValue('description'),
        })
        if (parsed.ok) metrics.push(parsed.value)
        else gs.error(`${parsed.error.code}: ${parsed.error.message} (x_itvc_value_metric ${gr.getUniqueValue()})`)
    }
    return metrics
}

/** The instance clock, UTC. */
export const glideClock: RollupClock = {
    now: () => new GlideDateTime().getValue(),
    nowMillis: () => new GlideDateTime().getNumericValue(),
}

/** The moment `minutes` ago, UTC 'yyyy-MM-dd HH:mm:ss'. */
export function minutesAgo(minutes: number): string {
    const t = new GlideDateTime()
    t.addSeconds(-minutes * 60)
    return t.getValue()
}

/** Today's date, UTC 'yyyy-MM-dd'. */
export function today(): IsoDate {
    return glideClock.now().slice(0, 10)
}

/** Scoped logging for the roll-up. */
export const scorecardLogger: RollupLogger = {
    info: (message) => gs.info(message),
    error: (message) => gs.error(message),
}

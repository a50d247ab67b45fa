/** The scoring properties (src/fluent/properties/scoring.now.ts), read and parsed into typed settings. */
import { gs } from '@servicenow/glide'
import type { ScoringConfig } from '../core/index.ts'
import { DEFAULT_SCORING_CONFIG, SCORING_PROPERTIES, scoringConfig } from '../core/index.ts'

/**
 * The scoring settings. An invalid property is logged and the defaults are used, so a typo never stops scoring.
 * @example readScoringConfig().batchSize //=> 500
 */
export function readScoringConfig(): ScoringConfig {
    const parsed = scoringConfig({
        batchSize: gs.getProperty(SCORING_PROPERTIES.batchSize, ''),
        maxBatchesPerRun: gs.getProperty(SCORING_PROPERTIES.maxBatchesPerRun, ''),
        maxRankedDemands: gs.getProperty(SCORING_PROPERTIES.maxRankedDemands, ''),
    })
    if (parsed.ok) return parsed.value
    gs.warn(`${parsed.error.code}: ${parsed.error.message}; using the defaults`)
    return DEFAULT_SCORING_CONFIG
}

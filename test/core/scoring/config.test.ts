import { describe, expect, it } from '@jest/globals'
import { DEFAULT_SCORING_CONFIG, SCORING_PROPERTIES, scoringConfig } from '../../../src/server/core/scoring/config.ts'

describe('scoringConfig', () => {
    it('returns the defaults for missing, null and blank properties', () => {
        expect(scoringConfig({})).toEqual({ ok: true, value: DEFAULT_SCORING_CONFIG })
        expect(scoringConfig({ batchSize: null, maxBatchesPerRun: '  ', maxRankedDemands: '' })).toEqual({
            ok: true,
            value: { batchSize: 500, maxBatchesPerRun: 20, maxRankedDemands: 20000 },
        })
    })

    it('parses trimmed whole numbers at the edges of their ranges', () => {
        expect(scoringConfig({ batchSize: ' 999 ', maxBatchesPerRun: '1', maxRankedDemands: '100000' })).toEqual({
            ok: true,
            value: { batchSize: 999, maxBatchesPerRun: 1, maxRankedDemands: 100000 },
        })
    })

    it.each([
        ['batchSize', '1000'],
        ['batchSize', '0'],
        ['batchSize', '12.5'],
        ['maxBatchesPerRun', '-1'],
        ['maxRankedDemands', 'lots'],
        ['maxRankedDemands', '1e3'],
    ] as const)('refuses %s = %p with SCORING.CONFIG_INVALID naming the property', (key, text) => {
        const parsed = scoringConfig({ [key]: text })
        expect(parsed).toMatchObject({
            ok: false,
            error: { code: 'SCORING.CONFIG_INVALID', field: SCORING_PROPERTIES[key] },
        })
        expect(parsed.ok ? '' : parsed.error.message).toContain(`not "${text}"`)
    })
})

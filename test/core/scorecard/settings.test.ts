import { describe, expect, it } from '@jest/globals'
import { DEFAULT_SCORECARD_SETTINGS, scorecardSettings } from '../../../src/server/core/scorecard/settings.ts'

describe('scorecardSettings', () => {
    it('defaults every empty property', () => {
        expect(scorecardSettings({})).toEqual({ ok: true, value: DEFAULT_SCORECARD_SETTINGS })
        expect(scorecardSettings({ maxChunksPerRun: ' ', timeBudgetSeconds: null })).toEqual({
            ok: true,
            value: DEFAULT_SCORECARD_SETTINGS,
        })
    })

    it('parses whole numbers', () => {
        expect(
            scorecardSettings({ maxChunksPerRun: '1', timeBudgetSeconds: '60', digestTopMovers: '0' })
        ).toMatchObject({
            ok: true,
            value: { maxChunksPerRun: 1, timeBudgetSeconds: 60, digestTopMovers: 0 },
        })
    })

    it.each([
        ['staleRunMinutes', '0', 'x_itvc_value.scorecard.stale_run_minutes'],
        ['maxBackfillPeriods', '1.5', 'x_itvc_value.scorecard.max_backfill_periods'],
        ['maxChunksPerRun', '-1', 'x_itvc_value.scorecard.max_chunks_per_run'],
        ['digestTopMovers', '51', 'x_itvc_value.scorecard.digest_top_movers'],
    ])('fails on %s = %p', (key, value, field) => {
        expect(scorecardSettings({ [key]: value })).toMatchObject({
            ok: false,
            error: { code: 'SCORECARD.CONFIG_INVALID', field },
        })
    })
})

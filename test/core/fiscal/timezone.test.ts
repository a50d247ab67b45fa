/**
 * The fiscal core must not depend on the machine's zone. Jest cannot change the zone of a running worker, so the
 * same calls (`timezone-sample.ts`) run in child processes under zones on both sides of UTC. The whole suite can
 * also be run with a zone: `TZ=America/New_York npx jest test/core/fiscal`.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const SAMPLE = join(__dirname, 'timezone-sample.ts')

function runIn(zone: string): { localHour: number; sample: unknown } {
    const out = execFileSync(process.execPath, ['--import', 'tsx', SAMPLE], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
    })
    return JSON.parse(out) as { localHour: number; sample: unknown }
}

describe('fiscal calendar time zones', () => {
    const utc = runIn('UTC')

    it.each([
        ['America/New_York', 19],
        ['Asia/Kolkata', 5],
        ['Pacific/Kiritimati', 14],
        ['Pacific/Pago_Pago', 13],
    ])('gives the same dates and periods in %s (local hour %d at 2026-01-01T00:00Z) as in UTC', (zone, hour) => {
        const local = runIn(zone)
        expect(local).toEqual({ localHour: hour, sample: utc.sample })
    })
})

/** Helpers to boot lab instances in tests: the probe app fixture or the real built app (dist/app). */
import { join } from 'node:path'
import { loadAppRecords } from '../../scripts/metadata/app-records.ts'
import { LabInstance, type LabOptions } from '../../scripts/lab/instance.ts'

export const PROBE_ROOT = join(__dirname, 'fixtures', 'probe')
export const PROBE_APP = join(__dirname, 'fixtures', 'probe-app')

/** A lab with the probe app installed and its module paths mapped to the fixture's sources. */
export function probeLab(options: LabOptions = {}): LabInstance {
    const lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00', ...options })
    lab.install(loadAppRecords(PROBE_APP))
    return lab
}

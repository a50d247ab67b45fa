/**
 * Makes `dist/app` reproducible. SDK 4.9.0 writes the CycloneDX SBOM module (`bom.json`) with the build's wall-clock
 * time and a random serial number; everything else it emits is a function of the sources. This step pins both:
 * the timestamp to SOURCE_DATE_EPOCH (the reproducible-builds convention) or else the last commit's time, and the
 * serial number to a UUID derived from the SBOM's own content. Two builds of one tree then give identical files.
 *
 * Usage: tsx scripts/build/reproducible.ts [appDir]
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

function sourceDate(): string {
    const fromEnv = process.env['SOURCE_DATE_EPOCH']
    let seconds = fromEnv && /^\d+$/.test(fromEnv) ? Number(fromEnv) : NaN
    if (Number.isNaN(seconds)) {
        try {
            seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim())
        } catch {
            seconds = 0
        }
    }
    return new Date((Number.isFinite(seconds) ? seconds : 0) * 1000).toISOString()
}

/** Rewrites the SBOM inside one sys_module XML; returns true when the file held the SBOM. */
export function pinSbom(xml: string, timestamp: string): string | null {
    if (!/<path>[^<]*\/bom\.json<\/path>/.test(xml)) return null
    const withoutVolatile = xml
        .replace(/"timestamp": "[^"]*"/, '"timestamp": ""')
        .replace(/"serialNumber": "urn:uuid:[^"]*"/, '"serialNumber": ""')
    const h = createHash('sha256').update(withoutVolatile).digest('hex')
    const uuid = `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
    return xml
        .replace(/"timestamp": "[^"]*"/, `"timestamp": "${timestamp}"`)
        .replace(/"serialNumber": "urn:uuid:[^"]*"/, `"serialNumber": "urn:uuid:${uuid}"`)
}

function main(appDir: string): void {
    const dir = join(appDir, 'update')
    const timestamp = sourceDate()
    let pinned = 0
    for (const name of readdirSync(dir)) {
        if (!name.startsWith('sys_module_')) continue
        const path = join(dir, name)
        const out = pinSbom(readFileSync(path, 'utf8'), timestamp)
        if (out !== null) {
            writeFileSync(path, out)
            pinned++
        }
    }
    if (pinned !== 1) throw new Error(`expected one bom.json module in ${dir}, found ${pinned}`)
    console.log(`[reproducible] pinned the SBOM timestamp to ${timestamp}`)
}

if (require.main === module) main(process.argv[2] ?? 'dist/app')

import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AUGMENTED_PLATFORM_TABLES, ROOT, SCOPE, builtApp, pinnedSbomEpoch, sourceDateEpoch } from './built-app.ts'

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string }
const config = JSON.parse(readFileSync(join(ROOT, 'now.config.json'), 'utf8')) as { scope: string; scopeId: string }

describe('the scope record', () => {
    it('is the x_itvc_value app named IT Value Center at the package version', () => {
        const app = builtApp().scope()
        expect(app.sysId).toBe(config.scopeId)
        expect(app.fields).toMatchObject({ scope: SCOPE, name: 'IT Value Center', version: pkg.version })
    })

    it('owns every record the build emits', () => {
        const app = builtApp()
        const foreign = app.all.filter(
            (r) => r.fields['sys_scope'] !== undefined && r.fields['sys_scope'] !== config.scopeId
        )
        expect(foreign.map((r) => r.file)).toEqual([])
    })
})

describe('tables and columns', () => {
    it('names every app table with the scope prefix within 30 characters', () => {
        for (const t of builtApp().tables()) {
            expect(t.fields.name).toMatch(/^x_itvc_value_[a-z0-9_]*[a-z0-9]$/)
            expect(t.fields.name.length).toBeLessThanOrEqual(30)
        }
    })

    it('declares every column on an app table or on an augmented platform table', () => {
        const app = builtApp()
        const own = new Set(app.tables().map((t) => t.fields.name))
        for (const c of app.columns()) {
            const table = c.fields.name
            const known = own.has(table) || (AUGMENTED_PLATFORM_TABLES as readonly string[]).includes(table)
            expect({ column: `${table}.${c.fields.element}`, known }).toEqual({
                column: `${table}.${c.fields.element}`,
                known: true,
            })
        }
    })

    it('prefixes every column added to a platform table with x_itvc_value_', () => {
        for (const table of AUGMENTED_PLATFORM_TABLES) {
            for (const c of builtApp().columns(table)) expect(c.fields.element).toMatch(/^x_itvc_value_/)
        }
    })

    it('gives every app table a collection dictionary entry', () => {
        const app = builtApp()
        const collections = new Set(
            app
                .of('sys_dictionary')
                .filter((d) => d.fields.element === '' && d.fields.internal_type === 'collection')
                .map((d) => d.fields.name)
        )
        for (const t of app.tables()) expect(collections.has(t.fields.name)).toBe(true)
    })
})

describe('reproducibility', () => {
    it('leaks no build-time timestamp into any record', () => {
        // The only timestamp allowed is the SBOM's, pinned to SOURCE_DATE_EPOCH (a commit's time, never the build's).
        const epoch = pinnedSbomEpoch()
        expect(Number(epoch)).toBeLessThanOrEqual(Number(sourceDateEpoch()))
        const pinned = new Date(Number(epoch) * 1000).toISOString().replace('.000Z', '')
        const stamp = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/g
        // Timestamps written in the sources (examples in comments, fixed dates) are content, not build time.
        const sources = sourceText(join(ROOT, 'src'))
        for (const r of builtApp().all) {
            for (const [field, value] of Object.entries(r.fields)) {
                const foreign = [...value.matchAll(stamp)]
                    .map((m) => m[0])
                    // a build-time leak is a timestamp of the last days (library constants such as 2000-01-01 are not)
                    .filter((h) => Math.abs(Date.parse(`${h}Z`) - Date.now()) < 30 * 86_400_000)
                    .filter((h) => h !== pinned && !sources.includes(h))
                expect({ file: r.file, field, foreign }).toEqual({ file: r.file, field, foreign: [] })
            }
        }
    })
})

function sourceText(dir: string): string {
    let text = ''
    for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        text += statSync(path).isDirectory() ? sourceText(path) : readFileSync(path, 'utf8')
    }
    return text
}

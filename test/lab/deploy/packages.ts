/**
 * App packages for the deploy tests, made from the probe app fixture (test/lab/fixtures/probe-app, built by the
 * pinned SDK) the way `now-sdk pack` makes them: entry names with a leading `/`, a `package_inventory.csv` with
 * SHA-256 hashes, deflate.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { writeZip, type ZipEntry } from '../../../scripts/lab/deploy/zip.ts'
import { PROBE_APP } from '../lab-fixture.ts'

/** sys_id of the probe app (its sys_app record). */
export const PROBE_APP_ID = '0f0e0d0c0b0a49588776655443322110'

function walk(dir: string): string[] {
    return readdirSync(dir)
        .sort()
        .flatMap((name) => {
            const path = join(dir, name)
            return statSync(path).isDirectory() ? walk(path) : [path]
        })
}

/** The probe app's files as package entries (`/update/...xml`). */
export function probeFiles(dir = PROBE_APP): ZipEntry[] {
    return walk(dir)
        .filter((path) => !path.endsWith('package_inventory.csv'))
        .map((path) => ({ path: `/${relative(dir, path).split(sep).join('/')}`, data: readFileSync(path) }))
}

/** Replaces text in the files whose path contains `pathPart`. */
export function edit(files: readonly ZipEntry[], pathPart: string, from: string | RegExp, to: string): ZipEntry[] {
    let hits = 0
    const out = files.map((f) => {
        if (!f.path.includes(pathPart)) return f
        hits++
        return { path: f.path, data: Buffer.from(f.data.toString('utf8').replace(from, to)) }
    })
    if (hits === 0) throw new Error(`no file matches ${pathPart}`)
    return out
}

/** The files with the app's version set (sys_app record). */
export function withVersion(files: readonly ZipEntry[], version: string): ZipEntry[] {
    return edit(files, '/scope/sys_app_', /<version>[^<]*<\/version>/, `<version>${version}</version>`)
}

/** The files with one more string column on x_itvc_value_probe (a copy of the `name` column's record). */
export function withColumn(files: readonly ZipEntry[], element: string, sysId: string): ZipEntry[] {
    const name = files.find((f) => f.path.endsWith('/sys_dictionary_x_itvc_value_probe_name.xml'))
    if (name === undefined) throw new Error('the probe has no name column')
    const text = name.data
        .toString('utf8')
        .replace(/8894d3be02fc4caf849849caf75a12fd/g, sysId)
        .replace(/element="name"/, `element="${element}"`)
        .replace(/<element>name<\/element>/, `<element>${element}</element>`)
        .replace(/x_itvc_value_probe_name/g, `x_itvc_value_probe_${element}`)
        .replace(/<column_label>Name<\/column_label>/, `<column_label>${element}</column_label>`)
    return [...files, { path: `/update/sys_dictionary_x_itvc_value_probe_${element}.xml`, data: Buffer.from(text) }]
}

/** The files plus a `package_inventory.csv` as `now-sdk pack` writes it. */
export function withInventory(files: readonly ZipEntry[], build = 'x_itvc_value', appVersion = '1.0.0'): ZipEntry[] {
    const lines = [`#build=${build}`, `#appVersion=${appVersion}`, '#type=scoped', '#version=1.0.0']
    for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : 1)))
        lines.push(`${f.path.slice(1)};${createHash('sha256').update(f.data).digest('hex')}`)
    return [{ path: '/package_inventory.csv', data: Buffer.from(`${lines.join('\n')}\n`) }, ...files]
}

/** A package of the files, with its inventory (for the scope `build`). */
export function packFiles(files: readonly ZipEntry[], build = 'x_itvc_value'): Buffer {
    return writeZip(withInventory(files, build))
}

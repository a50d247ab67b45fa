/**
 * Reads an app package (the zip `now-sdk pack` writes and `now-sdk install` uploads) into the app's records,
 * validating it the way an instance must before it touches anything: safe entry paths, no duplicates, the
 * `package_inventory.csv` hashes, well-formed XML, exactly one `sys_app` record.
 */
import { createHash } from 'node:crypto'
import { parseAppRecordsFromFiles, type AppRecords } from '../../metadata/app-records.ts'
import { readZip, ZipError } from './zip.ts'

/** A package the lab refuses, with the reason the installer reports. */
export class PackageError extends Error {
    override readonly name = 'PackageError'
}

/** A validated package. */
export interface AppPackage {
    readonly records: AppRecords
    readonly scope: string
    readonly scopeId: string
    readonly name: string
    readonly version: string
    /** Number of XML files read. */
    readonly files: number
    /** Demo-data files left out (`unload.demo/`, when demo data is not loaded). */
    readonly skippedDemo: number
}

/** Folder of the demo-data records in a package (the SDK's `installMethod: 'demo'`). */
export const DEMO_FOLDER = 'unload.demo'
const INVENTORY = 'package_inventory.csv'

/**
 * The entry's path relative to the package root, or a PackageError for anything that could escape it: the SDK's
 * packer writes names with one leading `/` (`/update/x.xml`), which is dropped; `..`, `.`, empty segments,
 * backslashes, drive letters, NUL and a second leading `/` are refused.
 * @example safeEntryPath('/update/sys_script_1.xml') //=> 'update/sys_script_1.xml'
 * @example safeEntryPath('/../etc/passwd') // throws PackageError
 */
export function safeEntryPath(name: string): string {
    const path = name.startsWith('/') ? name.slice(1) : name
    const refuse = (why: string): never => {
        throw new PackageError(`unsafe path in the package: ${JSON.stringify(name)} (${why})`)
    }
    if (path === '') refuse('empty')
    if (path.includes('\\')) refuse('backslash')
    if (path.includes('\0')) refuse('NUL')
    if (path.startsWith('/')) refuse('absolute')
    if (/^[A-Za-z]:/.test(path)) refuse('drive letter')
    for (const segment of path.split('/')) {
        if (segment === '..' || segment === '.' || segment === '') refuse(`segment "${segment}"`)
    }
    return path
}

/** Checks the files against `package_inventory.csv` (`#key=value` headers, then `path;sha256` lines). */
function checkInventory(text: string, files: ReadonlyMap<string, Buffer>): Map<string, string> {
    const headers = new Map<string, string>()
    const listed = new Map<string, string>()
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim()
        if (line === '') continue
        if (line.startsWith('#')) {
            const eq = line.indexOf('=')
            if (eq > 0) headers.set(line.slice(1, eq), line.slice(eq + 1))
            continue
        }
        const semi = line.lastIndexOf(';')
        if (semi <= 0) throw new PackageError(`${INVENTORY}: unreadable line ${JSON.stringify(line)}`)
        listed.set(safeEntryPath(line.slice(0, semi)), line.slice(semi + 1).toLowerCase())
    }
    for (const [path, hash] of listed) {
        const data = files.get(path)
        if (data === undefined) throw new PackageError(`${INVENTORY} lists ${path}, which the package lacks`)
        if (createHash('sha256').update(data).digest('hex') !== hash)
            throw new PackageError(`${path}: its SHA-256 differs from ${INVENTORY} (the package was altered)`)
    }
    for (const path of files.keys()) {
        if (path !== INVENTORY && !listed.has(path))
            throw new PackageError(`${path} is not listed in ${INVENTORY} (the package was altered)`)
    }
    return headers
}

/**
 * Unzips and validates a package, and parses its update XML files into records. Throws a PackageError (or
 * the parse error of a malformed file) before anything is installed.
 */
export function readAppPackage(zip: Uint8Array, options: { readonly loadDemo?: boolean } = {}): AppPackage {
    let entries
    try {
        entries = readZip(zip)
    } catch (error) {
        if (error instanceof ZipError) throw new PackageError(`the package is not a readable zip: ${error.message}`)
        throw error
    }
    const files = new Map<string, Buffer>()
    for (const entry of entries) {
        const path = safeEntryPath(entry.path)
        if (files.has(path)) throw new PackageError(`the package holds ${path} twice`)
        files.set(path, entry.data)
    }
    const inventory = files.get(INVENTORY)
    const headers = inventory === undefined ? undefined : checkInventory(inventory.toString('utf8'), files)
    let skippedDemo = 0
    const xml: { path: string; text: string }[] = []
    for (const [path, data] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (!path.endsWith('.xml')) continue
        if (options.loadDemo === false && path.split('/').includes(DEMO_FOLDER)) {
            skippedDemo++
            continue
        }
        xml.push({ path, text: data.toString('utf8') })
    }
    if (xml.length === 0) throw new PackageError('the package holds no update XML files')
    let records: AppRecords
    try {
        records = parseAppRecordsFromFiles(xml)
    } catch (error) {
        throw new PackageError(error instanceof Error ? error.message : String(error))
    }
    const apps = records.of('sys_app')
    if (apps.length !== 1) throw new PackageError(`the package holds ${apps.length} sys_app records (expected 1)`)
    const app = records.scope()
    const scope = app.fields.scope
    if (!scope || !app.sysId) throw new PackageError('the sys_app record has no scope or sys_id')
    const build = headers?.get('build')
    if (build !== undefined && build !== scope && build !== app.sysId)
        throw new PackageError(`${INVENTORY} is for ${build}, but the sys_app record is ${scope}`)
    return {
        records,
        scope,
        scopeId: app.sysId,
        name: app.fields.name,
        version: app.fields.version,
        files: xml.length,
        skippedDemo,
    }
}

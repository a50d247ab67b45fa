/**
 * A typed model of the built app (`dist/app`, or an unpacked `now-sdk pack` zip): every record the SDK emitted,
 * by table, with its field values as the strings the platform stores. The lab loads the app through it and
 * the build-output tests (`test/structure/`) assert on it, so both read the same thing a real instance installs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/**
 * Platform roles the app's metadata references by their out-of-box sys_ids (a `Now.ref` with the sys_id, so the
 * build is reproducible and right on an instance), by name: an ACL that names one reads as the role it is.
 * @example PLATFORM_ROLES['2831a114c611228501d4ea6c309d626d'] //=> 'admin'
 */
export const PLATFORM_ROLES: Readonly<Record<string, string>> = {
    '2831a114c611228501d4ea6c309d626d': 'admin',
    '282bf1fac6112285017366cb5f867469': 'itil',
}

/** One record of an update XML file. */
export interface AppRecord {
    readonly table: string
    /** `INSERT_OR_UPDATE` or `DELETE` */
    readonly action: string
    readonly sysId: string
    /** Field values as stored (strings; an empty element is ''). */
    readonly fields: Readonly<Record<string, string>>
    /** `display_value` / `name` attributes of reference elements, by field. */
    readonly display: Readonly<Record<string, string>>
    /** Attributes of the record element (`action`, and e.g. `query` on a `delete_multiple`). */
    readonly attributes: Readonly<Record<string, string>>
    /** Path relative to the app directory. */
    readonly file: string
}

/** Field shapes of the records the tests and the lab read most (all values are strings, as on the platform). */
export interface Tables {
    sys_app: { name: string; scope: string; version: string; sys_id: string }
    sys_db_object: { name: string; label: string; super_class: string; access: string; ws_access: string }
    sys_dictionary: {
        name: string
        element: string
        internal_type: string
        column_label: string
        reference: string
        max_length: string
        mandatory: string
        read_only: string
        default_value: string
        choice: string
    }
    sys_choice: { name: string; element: string; value: string; label: string; sequence: string; inactive: string }
    sys_script: {
        name: string
        collection: string
        when: string
        order: string
        action_insert: string
        action_update: string
        action_delete: string
        action_query: string
        filter_condition: string
        condition: string
        script: string
        active: string
        abort_action: string
    }
    sysauto_script: { name: string; run_type: string; script: string; active: string; run_start: string }
    sys_ws_definition: { name: string; service_id: string; namespace: string; base_uri: string }
    sys_ws_operation: {
        name: string
        http_method: string
        operation_uri: string
        relative_path: string
        web_service_definition: string
        operation_script: string
        requires_authentication: string
        requires_acl_authorization: string
        requires_snc_internal_role: string
        enforce_acl: string
        active: string
    }
    sys_security_acl: {
        name: string
        type: string
        operation: string
        condition: string
        script: string
        advanced: string
        admin_overrides: string
        active: string
        decision_type: string
    }
    sys_security_acl_role: { sys_security_acl: string; sys_user_role: string }
    sys_user_role: { name: string; suffix: string; description: string }
    sys_user_role_contains: { role: string; contains: string }
    sys_properties: { name: string; value: string; type: string; description: string; read_roles: string; write_roles: string }
    sys_module: { path: string; content: string; name: string }
    sys_scope_privilege: { target_name: string; target_scope: string; target_type: string; operation: string; status: string }
}

export type TypedRecord<T extends keyof Tables> = AppRecord & { readonly fields: Readonly<Tables[T] & Record<string, string>> }

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: false as unknown as string,
    // record_update > <table> records, and the sys_choice_set / sys_choice records inside a sys_choice_v2 wrapper
    isArray: (name, jpath) => {
        const depth = String(jpath).split('.').length
        return depth === 2 || (depth === 3 && (name === 'sys_choice' || name === 'sys_choice_set'))
    },
})

type XmlNode = string | { '#text'?: string; [attr: string]: unknown }

function textOf(node: unknown): string {
    if (node === undefined || node === null) return ''
    if (typeof node === 'string') return node
    if (typeof node === 'number' || typeof node === 'boolean') return String(node)
    if (Array.isArray(node)) return textOf(node[0])
    const text = (node as { '#text'?: unknown })['#text']
    return text === undefined ? '' : String(text)
}

function isRecord(node: unknown): node is Record<string, XmlNode> {
    return typeof node === 'object' && node !== null && !Array.isArray(node)
}

/** A wrapper such as sys_choice_v2 holds records (children carrying an action) rather than fields. */
function isContainer(node: Record<string, XmlNode>): boolean {
    return Object.entries(node).some(
        ([key, child]) =>
            !key.startsWith('@_') && (Array.isArray(child) ? child : [child]).some((c) => isRecord(c) && '@_action' in c)
    )
}

function collect(parent: Record<string, unknown>, file: string, out: AppRecord[]): void {
    for (const [table, value] of Object.entries(parent)) {
        if (table.startsWith('@_') || table === '#text') continue
        for (const rec of Array.isArray(value) ? value : [value]) {
            if (!isRecord(rec)) continue
            if (isContainer(rec)) {
                collect(rec, file, out)
                continue
            }
            const fields: Record<string, string> = {}
            const display: Record<string, string> = {}
            for (const [key, node] of Object.entries(rec)) {
                if (key.startsWith('@_') || key === '#text') continue
                fields[key] = textOf(node)
                if (isRecord(node)) {
                    const label = node['@_display_value'] ?? node['@_name']
                    if (typeof label === 'string') display[key] = label
                }
            }
            const action = String(rec['@_action'] ?? 'INSERT_OR_UPDATE')
            const attrs: Record<string, string> = {}
            for (const [key, v] of Object.entries(rec)) if (key.startsWith('@_') && typeof v === 'string') attrs[key.slice(2)] = v
            out.push({ table, action, sysId: fields['sys_id'] ?? '', fields, display, attributes: attrs, file })
        }
    }
}

/** Parses one update XML document into records. */
export function parseUpdateXml(xml: string, file: string): AppRecord[] {
    const doc = parser.parse(xml) as Record<string, unknown>
    const root = doc['record_update'] as Record<string, unknown> | undefined
    if (!root) return []
    const out: AppRecord[] = []
    collect(Array.isArray(root) ? root[0] : root, file, out)
    return out
}

function walk(dir: string): string[] {
    const files: string[] = []
    for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) files.push(...walk(path))
        else if (name.endsWith('.xml')) files.push(path)
    }
    return files
}

/** The records of a built app directory, with typed accessors. */
export class AppRecords {
    readonly all: readonly AppRecord[]

    constructor(records: readonly AppRecord[]) {
        this.all = records
    }

    /** Records of one table that the install inserts or updates (DELETE records excluded). */
    of<T extends keyof Tables>(table: T): TypedRecord<T>[]
    of(table: string): AppRecord[]
    of(table: string): AppRecord[] {
        return this.all.filter((r) => r.table === table && r.action === 'INSERT_OR_UPDATE')
    }

    /** The DELETE records the install applies. */
    deletions(): AppRecord[] {
        return this.all.filter((r) => r.action !== 'INSERT_OR_UPDATE')
    }

    byId(sysId: string): AppRecord | undefined {
        return this.all.find((r) => r.sysId === sysId)
    }

    /** The app's scope record. */
    scope(): TypedRecord<'sys_app'> {
        const [app] = this.of('sys_app')
        if (!app) throw new Error('the built app has no sys_app record')
        return app
    }

    /** Tables the app creates (its own `sys_db_object` records). */
    tables(): TypedRecord<'sys_db_object'>[] {
        return this.of('sys_db_object')
    }

    /** Columns by table (`sys_dictionary` rows with an element), including columns added to platform tables. */
    columns(table?: string): TypedRecord<'sys_dictionary'>[] {
        return this.of('sys_dictionary').filter((c) => c.fields.element !== '' && (!table || c.fields.name === table))
    }

    /** The role name of a `sys_user_role` sys_id: an app role, or a platform role of PLATFORM_ROLES. */
    roleName(sysId: string): string | undefined {
        return this.of('sys_user_role').find((r) => r.sysId === sysId)?.fields.name ?? PLATFORM_ROLES[sysId]
    }

    /** Role names required by an ACL. */
    aclRoles(aclSysId: string): string[] {
        return this.of('sys_security_acl_role')
            .filter((r) => r.fields.sys_security_acl === aclSysId)
            .map((r) => this.roleName(r.fields.sys_user_role) ?? r.display['sys_user_role'] ?? r.fields.sys_user_role)
            .sort()
    }
}

/** One update XML file of an app: its path relative to the app directory (or package root) and its text. */
export interface AppFile {
    readonly path: string
    readonly text: string
}

/**
 * Parses the update XML files of an app (a directory's files, or a package's entries) into its records. Each file
 * must be well-formed XML: a malformed one throws with its path, line and column.
 * @example parseAppRecordsFromFiles([{ path: 'scope/a.xml', text: '<record_update/>' }]).all.length //=> 0
 */
export function parseAppRecordsFromFiles(files: readonly AppFile[]): AppRecords {
    const records: AppRecord[] = []
    for (const file of files) {
        const valid = XMLValidator.validate(file.text)
        if (valid !== true) {
            throw new Error(`${file.path}: malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`)
        }
        records.push(...parseUpdateXml(file.text, file.path))
    }
    return new AppRecords(records)
}

/** Reads every update XML under an app directory (`dist/app` or an unpacked package). */
export function loadAppRecords(appDir: string): AppRecords {
    return parseAppRecordsFromFiles(
        walk(appDir).map((file) => ({ path: relative(appDir, file), text: readFileSync(file, 'utf8') }))
    )
}

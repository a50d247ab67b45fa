/**
 * Generates `base-tables.generated.json`: the platform tables the lab models, captured from the dictionary-derived
 * Fluent definitions that the pinned SDK ships (`@servicenow/sdk-core/src/fluent/tables/<table>.now.ts`).
 *
 * Each file is transpiled with TypeScript and run in a `node:vm` context whose `require('../../db')` returns stub
 * `Table` and `*Column` factories; the stubs record the factory name and its config. Column types come from the SDK's
 * own factory-to-internal-type map (`@servicenow/sdk-build-plugins/column`, the map its column plugin uses to write
 * `sys_dictionary.internal_type`), labels and choices follow its `sys_documentation` / `sys_choice` rules.
 *
 * The output is faithful to the SDK files: every declared column (system columns and redeclared parent columns
 * included), no hand-typed additions. `base.ts` normalizes it. Usage: `npx tsx scripts/lab/schema/generate-base.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { COLUMN_API_TO_TYPE } from '@servicenow/sdk-build-plugins/column'
import ts from 'typescript'
import type { ChoiceDef, ColumnDef, TableDef } from './types.ts'

/** Tables the lab needs from the SDK; parents named in `extends` are added when the SDK ships them. */
export const SDK_BASE_TABLES: readonly string[] = [
    'task',
    'incident',
    'cmdb_ci',
    'cmdb_ci_service',
    'sys_user',
    'sys_user_group',
    'sys_user_role',
    'sys_user_role_contains',
    'cmn_department',
    'cmn_cost_center',
    'core_company',
    'cmn_location',
    'sys_properties',
    'sys_email',
    'sys_choice',
    'sys_db_object',
    'sys_dictionary',
    'sys_scope',
    'sys_app',
    'sys_app_application',
    'sys_app_module',
    'sys_scope_privilege',
    'sysevent_register',
    'sys_number',
    'sys_journal_field',
]

/** A column as captured; `choicesFrom` is the dictionary's choice_table/choice_field (choices of another column). */
export interface GeneratedColumn extends ColumnDef {
    readonly choicesFrom?: { readonly table: string; readonly column: string }
}

/** A table as captured. */
export interface GeneratedTable extends TableDef {
    /** The SDK file it came from, relative to the tables folder. */
    readonly file: string
    readonly columns: readonly GeneratedColumn[]
}

/** Contents of `base-tables.generated.json`. */
export interface GeneratedBaseTables {
    readonly generator: string
    readonly source: string
    /** Requested tables the SDK does not ship, with where they come from instead. */
    readonly missing: Readonly<Record<string, string>>
    readonly tables: readonly GeneratedTable[]
}

/** Where the generated file lives. */
export const GENERATED_PATH = join(__dirname, 'base-tables.generated.json')

/** sys_number defaults the SDK's table plugin applies to an `autoNumber` without them. */
const DEFAULT_NUMBER_BASE = 1000
const DEFAULT_NUMBER_DIGITS = 7

const FACTORY = Symbol('factory')

/** A factory call's config, tagged with the factory's name (the config stays readable, as with the real SDK). */
type Captured = Record<string, unknown> & { readonly [FACTORY]: string }

type Doc = { readonly label?: unknown; readonly language?: unknown }

function sdkCoreDir(): string {
    // '@servicenow/sdk-core/fluent' resolves to <pkg>/src/fluent/index.ts through the package's exports map.
    return join(dirname(require.resolve('@servicenow/sdk-core/fluent')), '..', '..')
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isCaptured(value: unknown): value is Captured {
    return isRecord(value) && typeof (value as Partial<Captured>)[FACTORY] === 'string'
}

/** Stub of the SDK's `db` module: `Table` and every `*Column` factory record what they were called with. */
function stubDb(): Record<string, unknown> {
    return new Proxy(
        {},
        {
            get(_target, key) {
                if (typeof key !== 'string') return undefined
                if (key === '__esModule') return true
                if (key === 'Table' || key.endsWith('Column')) {
                    return (config: Record<string, unknown>): Captured => ({ ...config, [FACTORY]: key })
                }
                throw new Error(`generate-base: the stub db module has no export '${key}'`)
            },
        }
    )
}

/** Transpiles and runs one SDK table file; returns its `Table({...})` config. */
function evaluateTableFile(path: string): Record<string, unknown> {
    const source = readFileSync(path, 'utf8')
    const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
        fileName: path,
    })
    const db = stubDb()
    const fakeRequire = (specifier: string): unknown => {
        if (specifier === '../../db' || specifier.startsWith('../../db/')) return db
        throw new Error(`generate-base: unexpected import '${specifier}' in ${path}`)
    }
    const module = { exports: {} as Record<string, unknown> }
    runInNewContext(outputText, { require: fakeRequire, module, exports: module.exports }, { filename: path })
    const tables = Object.values(module.exports).filter((v): v is Captured => isCaptured(v) && v[FACTORY] === 'Table')
    const [table] = tables
    if (tables.length !== 1 || !table) throw new Error(`generate-base: expected one Table() in ${path}`)
    return table
}

function labelOf(label: unknown, fallback: string): string {
    if (typeof label === 'string') return label
    if (Array.isArray(label)) {
        const docs = label.filter(isRecord) as Doc[]
        const doc = docs.find((d) => d.language === 'en' || d.language === undefined) ?? docs[0]
        if (doc && typeof doc.label === 'string') return doc.label
    }
    return fallback
}

function asString(value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    return JSON.stringify(value)
}

function asNumber(value: unknown): number | undefined {
    if (typeof value === 'number') return value
    if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value)
    return undefined
}

/** The SDK column plugin's choice rules: a string is the label; an object (or one per language) carries it. */
function choicesOf(choices: unknown): ChoiceDef[] | undefined {
    if (!isRecord(choices)) return undefined
    const out: ChoiceDef[] = []
    Object.entries(choices).forEach(([value, choice], idx) => {
        if (typeof choice === 'string') {
            out.push({ value, label: choice, sequence: idx + 1 })
            return
        }
        const entries = (Array.isArray(choice) ? choice : [choice]).filter(isRecord)
        const entry = entries.find((e) => e['language'] === 'en' || e['language'] === undefined) ?? entries[0]
        if (!entry) return
        const sequence = asNumber(entry['sequence'])
        out.push({
            value,
            label: typeof entry['label'] === 'string' ? entry['label'] : value,
            ...(sequence !== undefined ? { sequence } : {}),
            ...(entry['inactive'] === true ? { inactive: true } : {}),
        })
    })
    // Stable: equal sequences, and choices without one (listed last), keep the order the SDK file gives them.
    return out.sort((a, b) => (a.sequence ?? Number.MAX_SAFE_INTEGER) - (b.sequence ?? Number.MAX_SAFE_INTEGER))
}

function columnTypeOf(factory: string, config: Record<string, unknown>, where: string): string {
    let type: string | undefined = COLUMN_API_TO_TYPE[factory]
    if (factory === 'GenericColumn') type = asString(config['columnType'] ?? config['column_type'])
    // sdk-core's UserImageColumn sets columnType 'user_image' itself; the plugin map has no entry for it.
    if (factory === 'UserImageColumn') type = 'user_image'
    if (!type) throw new Error(`generate-base: no internal type for ${factory} (${where})`)
    return type === 'string' && config['isFullUTF8'] === true ? 'string_full_utf8' : type
}

function captureColumn(name: string, captured: Captured, tableDisplay: unknown, where: string): GeneratedColumn {
    const c: Record<string, unknown> = captured
    const type = columnTypeOf(captured[FACTORY], c, where)
    const reference = asString(c['referenceTable'] ?? c['reference_table'])
    const maxLength = asNumber(c['maxLength'] ?? c['max_length'])
    const def = asString(c['default'])
    const readOnly = c['readOnly'] ?? c['read_only'] ?? (typeof c['readOnlyOption'] === 'string' ? true : undefined)
    const attributes = isRecord(c['attributes']) ? c['attributes'] : {}
    const scale = asNumber(c['scale'] ?? attributes['scale'])
    const choices = choicesOf(c['choices'])
    const dynamic = isRecord(c['dynamicValueDefinitions']) ? c['dynamicValueDefinitions'] : undefined
    const choicesFrom =
        dynamic?.['type'] === 'choices_from_other_table' &&
        typeof dynamic['table'] === 'string' &&
        typeof dynamic['field'] === 'string'
            ? { table: dynamic['table'], column: dynamic['field'] }
            : undefined
    return {
        name,
        label: labelOf(c['label'], name),
        type,
        ...(reference ? { reference } : {}),
        ...(maxLength !== undefined ? { maxLength } : {}),
        ...(def !== undefined ? { default: def } : {}),
        ...(c['mandatory'] === true ? { mandatory: true } : {}),
        ...(readOnly === true ? { readOnly: true } : {}),
        ...(c['unique'] === true ? { unique: true } : {}),
        ...(scale !== undefined ? { scale } : {}),
        ...(choices && choices.length > 0 ? { choices } : {}),
        ...(c['display'] === true || tableDisplay === name ? { display: true } : {}),
        ...(choicesFrom ? { choicesFrom } : {}),
    }
}

function captureTable(file: string, config: Record<string, unknown>): GeneratedTable {
    const name = asString(config['name'])
    if (!name) throw new Error(`generate-base: ${file} has no table name`)
    const schema = isRecord(config['schema']) ? config['schema'] : {}
    const columns = Object.entries(schema)
        .map(([column, captured]) => {
            if (!isCaptured(captured)) throw new Error(`generate-base: ${name}.${column} is not a column factory call`)
            return captureColumn(column, captured, config['display'], `${name}.${column}`)
        })
        .sort((a, b) => a.name.localeCompare(b.name))
    const autoNumber = isRecord(config['autoNumber']) ? config['autoNumber'] : undefined
    const parent = asString(config['extends'])
    return {
        name,
        label: labelOf(config['label'], name),
        ...(parent ? { extends: parent } : {}),
        scope: 'global',
        ...(autoNumber
            ? {
                  number: {
                      prefix: asString(autoNumber['prefix']) ?? 'PRE',
                      base: asNumber(autoNumber['number']) ?? DEFAULT_NUMBER_BASE,
                      digits: asNumber(autoNumber['numberOfDigits']) ?? DEFAULT_NUMBER_DIGITS,
                  },
              }
            : {}),
        file,
        columns,
    }
}

/**
 * Evaluates the SDK table files for {@link SDK_BASE_TABLES} and their ancestors, in memory.
 * @returns the content of `base-tables.generated.json` (tables sorted by name, columns by name)
 * @example generateBaseTables().tables.find((t) => t.name === 'incident')?.extends //=> 'task'
 */
export function generateBaseTables(): GeneratedBaseTables {
    const root = sdkCoreDir()
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    const tablesDir = join(root, 'src', 'fluent', 'tables')
    const tables = new Map<string, GeneratedTable>()
    const missing = new Set<string>()
    const queue = [...SDK_BASE_TABLES]
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        if (tables.has(name) || missing.has(name)) continue
        const file = `${name}.now.ts`
        let config: Record<string, unknown>
        try {
            config = evaluateTableFile(join(tablesDir, file))
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
            missing.add(name)
            continue
        }
        const table = captureTable(file, config)
        if (table.name !== name) throw new Error(`generate-base: ${file} declares table ${table.name}`)
        tables.set(name, table)
        if (table.extends) queue.push(table.extends)
    }
    return {
        generator: 'scripts/lab/schema/generate-base.ts',
        source: `@servicenow/sdk-core@${version} src/fluent/tables`,
        missing: Object.fromEntries([...missing].sort().map((name) => [name, 'hand-typed in base-extra.ts'])),
        tables: [...tables.values()].sort((a, b) => a.name.localeCompare(b.name)),
    }
}

/**
 * The file text for a generated schema: `JSON.stringify` with 4 spaces and a final newline. The content has no
 * arrays of plain strings or numbers (prettier would put short ones on one line), so `prettier --check` accepts it.
 * @example serializeBaseTables(generateBaseTables()).endsWith('}\n') //=> true
 */
export function serializeBaseTables(content: GeneratedBaseTables): string {
    return JSON.stringify(content, null, 4) + '\n'
}

if (require.main === module) {
    const content = generateBaseTables()
    writeFileSync(GENERATED_PATH, serializeBaseTables(content))
    const columns = content.tables.reduce((n, t) => n + t.columns.length, 0)
    const missing = Object.keys(content.missing)
    console.log(
        `[generate-base] ${content.tables.length} tables, ${columns} columns -> ${GENERATED_PATH}` +
            (missing.length ? ` (not in the SDK: ${missing.join(', ')})` : '')
    )
}

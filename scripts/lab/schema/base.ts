/**
 * The lab's base schema: the platform (out-of-box) tables the app touches, as {@link TableDef}s.
 *
 * Built from `base-tables.generated.json` (the SDK's dictionary-derived table files, see `generate-base.ts`) plus the
 * hand-typed parts in `base-extra.ts`. Normalization:
 * - the system columns every table has ({@link SYSTEM_COLUMNS}) are left out: the lab adds them itself;
 * - a column the SDK file repeats from an ancestor (cmdb_ci_service repeats all of cmdb_ci) is kept on the ancestor
 *   only, unless it is a documented override (`DOCUMENTED_OVERRIDES`, e.g. incident.state);
 * - `sys_class_name` stays on the root of each extensible hierarchy, `sys_domain` / `sys_domain_path` where the SDK
 *   (or the reference page) declares them;
 * - choice lists taken from another column (`incident.incident_state` uses `incident.state`'s) are copied over.
 */
import generated from './base-tables.generated.json'
import { DOCUMENTED_OVERRIDES, EXTRA_TABLES, SDK_TABLE_PATCHES } from './base-extra.ts'
import type { GeneratedBaseTables, GeneratedColumn } from './generate-base.ts'
import type { ColumnDef, TableDef } from './types.ts'

/** Columns the lab adds to every table (base-tables.md §1); never listed in a table's own columns. */
export const SYSTEM_COLUMNS: readonly ColumnDef[] = [
    { name: 'sys_id', label: 'Sys ID', type: 'GUID', maxLength: 32 },
    { name: 'sys_created_on', label: 'Created', type: 'glide_date_time' },
    { name: 'sys_created_by', label: 'Created by', type: 'string', maxLength: 40 },
    { name: 'sys_updated_on', label: 'Updated', type: 'glide_date_time' },
    { name: 'sys_updated_by', label: 'Updated by', type: 'string', maxLength: 40 },
    { name: 'sys_mod_count', label: 'Updates', type: 'integer', default: '0' },
]

/**
 * Tables that columns of the base schema reference but the lab does not model (plugins, UI, CMDB models, ...): a
 * reference to one of them is stored as a plain sys_id and never resolves to a display value. Every other reference
 * target, and every `extends`, is a table of {@link baseTables}.
 */
export const REFERENCES_OUTSIDE_LAB: readonly string[] = [
    'alm_asset',
    'asmt_metric_type',
    'ast_contract',
    'change_request',
    'cmdb_model',
    'cmn_building',
    'cmn_map_page',
    'cmn_schedule',
    'cmn_timeline_page',
    'fx_currency',
    'idea',
    'ldap_server_config',
    'life_cycle_stage',
    'life_cycle_stage_status',
    'problem',
    'rm_defect',
    'rm_enhancement',
    'rm_epic',
    'rm_story',
    'sc_cat_item_delivery_plan',
    'sc_cat_item_delivery_task',
    'service_offering',
    'sla',
    'sn_gf_goal',
    'sn_gf_strategy',
    'spm_service_portfolio',
    'spm_taxonomy_node',
    'sys_app_category',
    'sys_app_license_defn',
    'sys_filter_option_dynamic',
    'sys_glide_object',
    'sys_mailbox',
    'sys_perspective',
    'sys_phone_territory',
    'sys_portal_page',
    'sys_report',
    'sys_sentiment_details',
    'sys_ui_theme',
    'sys_user_group_type',
    'vendor_type',
    'wf_activity',
]

const SYSTEM_COLUMN_NAMES = new Set(SYSTEM_COLUMNS.map((c) => c.name))

/** A table under construction, with its columns by name. */
interface Draft {
    readonly def: Omit<TableDef, 'columns'>
    readonly columns: Map<string, GeneratedColumn>
    readonly generated: boolean
}

function fail(message: string): never {
    throw new Error(`lab base schema: ${message}`)
}

/**
 * Names of a table's ancestors, nearest first (`incident` → `['task']`).
 * @example ancestorsOf(baseTables(), 'pm_project') //=> ['planned_task', 'task']
 */
export function ancestorsOf(tables: readonly TableDef[], name: string): string[] {
    const byName = new Map(tables.map((t) => [t.name, t]))
    const out: string[] = []
    for (let parent = byName.get(name)?.extends; parent !== undefined; parent = byName.get(parent)?.extends) {
        if (parent === name || out.includes(parent)) fail(`extends cycle through ${parent}`)
        out.push(parent)
    }
    return out
}

/**
 * All columns of a table: the system columns, then its ancestors' own columns from the root down, then its own;
 * an override (same name lower in the chain) replaces the inherited column in place.
 * @example inheritedColumns(baseTables(), 'incident').find((c) => c.name === 'state')?.choices?.[0]?.label //=> 'New'
 */
export function inheritedColumns(tables: readonly TableDef[], name: string): ColumnDef[] {
    const byName = new Map(tables.map((t) => [t.name, t]))
    const chain = [name, ...ancestorsOf(tables, name)].reverse()
    const columns = new Map<string, ColumnDef>(SYSTEM_COLUMNS.map((c) => [c.name, c]))
    for (const table of chain) {
        const def = byName.get(table) ?? fail(`unknown table ${table}`)
        for (const column of def.columns) columns.set(column.name, column)
    }
    return [...columns.values()]
}

function draftsFrom(content: GeneratedBaseTables): Map<string, Draft> {
    const drafts = new Map<string, Draft>()
    for (const table of content.tables) {
        const { file: _file, columns, ...def } = table
        drafts.set(table.name, { def, columns: new Map(columns.map((c) => [c.name, c])), generated: true })
    }
    for (const { columns, ...def } of EXTRA_TABLES) {
        if (drafts.has(def.name)) fail(`${def.name} is both generated and hand-typed`)
        drafts.set(def.name, { def, columns: new Map(columns.map((c) => [c.name, c])), generated: false })
    }
    return drafts
}

function applyPatches(drafts: Map<string, Draft>): void {
    for (const patch of SDK_TABLE_PATCHES) {
        const draft = drafts.get(patch.table) ?? fail(`patch for unknown table ${patch.table}`)
        if (!draft.generated) fail(`patch for hand-typed table ${patch.table}`)
        const def: Omit<TableDef, 'columns'> = {
            ...draft.def,
            ...(patch.label !== undefined ? { label: patch.label } : {}),
            ...(patch.extends !== undefined ? { extends: patch.extends } : {}),
        }
        if (patch.extends !== undefined && draft.def.extends !== undefined) {
            fail(`${patch.table} already extends ${draft.def.extends}`)
        }
        drafts.set(patch.table, { ...draft, def })
        for (const column of patch.addColumns ?? []) {
            if (draft.columns.has(column.name)) fail(`${patch.table}.${column.name} is already in the SDK file`)
            draft.columns.set(column.name, column)
        }
        for (const [name, choices] of Object.entries(patch.choices ?? {})) {
            const column = draft.columns.get(name) ?? fail(`choices for unknown column ${patch.table}.${name}`)
            if (column.choices) fail(`${patch.table}.${name} already has choices in the SDK file`)
            draft.columns.set(name, { ...column, choices })
        }
        if (patch.display !== undefined) {
            const column =
                draft.columns.get(patch.display) ?? fail(`display column ${patch.table}.${patch.display} is unknown`)
            for (const other of draft.columns.values()) {
                if (other.display && other.name !== column.name) fail(`${patch.table} already displays ${other.name}`)
            }
            draft.columns.set(column.name, { ...column, display: true })
        }
    }
}

/** Drops system columns, and columns a generated table repeats from an ancestor (unless documented overrides). */
function dropRepeats(drafts: Map<string, Draft>): void {
    const tables = [...drafts.values()].map((d) => ({ ...d.def, columns: [] }))
    const overrides = new Set(DOCUMENTED_OVERRIDES)
    // Ancestors first, so each repeated column is compared with the copy that stays.
    const order = [...drafts.keys()].sort((a, b) => ancestorsOf(tables, a).length - ancestorsOf(tables, b).length)
    for (const name of order) {
        const draft = drafts.get(name) ?? fail(`unknown table ${name}`)
        for (const column of [...draft.columns.keys()]) {
            if (SYSTEM_COLUMN_NAMES.has(column)) draft.columns.delete(column)
        }
        if (!draft.generated) continue
        for (const ancestor of ancestorsOf(tables, name)) {
            const parent = drafts.get(ancestor) ?? fail(`${name} extends unknown table ${ancestor}`)
            for (const column of parent.columns.keys()) {
                if (!overrides.has(`${name}.${column}`)) draft.columns.delete(column)
            }
        }
    }
}

/** Copies choice lists that the dictionary takes from another column (choice_table / choice_field). */
function resolveChoicesFrom(drafts: Map<string, Draft>): void {
    for (const [table, draft] of drafts) {
        for (const [name, column] of draft.columns) {
            if (!column.choicesFrom) continue
            const { choicesFrom, ...rest } = column
            const source = drafts.get(choicesFrom.table)?.columns.get(choicesFrom.column)
            if (!source) fail(`${table}.${name} takes choices from unknown ${choicesFrom.table}.${choicesFrom.column}`)
            // A source without a list (sys_user.time_zone: the platform's zone list) leaves the column without.
            const choices = rest.choices ?? source.choices
            draft.columns.set(name, { ...rest, ...(choices ? { choices } : {}) })
        }
    }
}

/**
 * The lab's base schema: platform tables with their own columns (inherited ones come through `extends`; system
 * columns are {@link SYSTEM_COLUMNS}), sorted by table name. Every call returns new objects.
 * @example baseTables().find((t) => t.name === 'incident')?.extends //=> 'task'
 */
export function baseTables(): TableDef[] {
    const drafts = draftsFrom(generated as GeneratedBaseTables)
    applyPatches(drafts)
    dropRepeats(drafts)
    resolveChoicesFrom(drafts)
    return [...drafts.values()]
        .map(({ def, columns }) => ({
            ...def,
            columns: [...columns.values()].map((c) => {
                const { choicesFrom: _choicesFrom, ...column } = c
                return column
            }),
        }))
        .sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * The data rows an app ships: Fluent `Record`s on the app's own tables (`update/`, and the demo data in
 * `unload.demo/`). The lab installs them as an install with "Load demo data" does: a row is inserted when its sys_id
 * is missing; a row that exists (installed before, maybe changed since) is left alone, as an admin's property value
 * is. Records of platform tables (views, menus, layouts) are metadata, not data rows.
 */
import type { AppRecord } from '../../metadata/app-records.ts'
import { GlideRecord } from '../glide/record.ts'
import type { InstalledApp } from './install.ts'

/** The app's data rows: records of the app's own tables the install inserts or updates. */
export function appDataRows(app: InstalledApp): AppRecord[] {
    const own = new Set(app.tables.map((t) => t.name))
    return app.records.all.filter((r) => own.has(r.table) && r.action === 'INSERT_OR_UPDATE' && r.sysId !== '')
}

/** A data row's values (its sys_id aside; fields the table lacks, such as sys_scope, are ignored on write). */
export function dataValues(row: AppRecord): Record<string, string> {
    const values: Record<string, string> = {}
    for (const [field, value] of Object.entries(row.fields)) if (field !== 'sys_id') values[field] = value
    return values
}

/**
 * Inserts the app's missing data rows through `upsert` (as the system, without business rules). Runs inside the
 * install's system transaction. Returns how many rows it inserted.
 */
export function installAppData(
    app: InstalledApp,
    upsert: (table: string, sysId: string, values: Readonly<Record<string, string>>) => void
): number {
    let inserted = 0
    for (const row of appDataRows(app)) {
        if (new GlideRecord(row.table).get(row.sysId)) continue
        upsert(row.table, row.sysId, dataValues(row))
        inserted++
    }
    return inserted
}

/**
 * Loads the demo data set (scripts/seed) into a lab instance: the same rows `itvc seed --demo` sends to a real
 * instance, inserted through GlideRecord as the system so the app's business rules run on them (incidents get
 * priced). Idempotent: a record whose sys_id exists is left alone.
 */
import { buildDemoDataset } from '../seed/dataset.ts'
import { demoSysId } from '../seed/sys-id.ts'
import type { DemoDataset } from '../seed/types.ts'
import { GlideRecord } from './glide/record.ts'
import type { LabInstance } from './instance.ts'

export interface SeedReport {
    readonly inserted: Record<string, number>
    readonly skippedTables: string[]
    readonly ms: number
    readonly users: DemoDataset['users']
}

/** Seeds the lab; `progress(done, total)` is called as records go in. */
export function seedLab(
    lab: LabInstance,
    options: { now: Date; progress?: (done: number, total: number) => void; csvPath?: string }
): SeedReport {
    const started = Date.now()
    const data = buildDemoDataset({ now: options.now, ...(options.csvPath ? { csvPath: options.csvPath } : {}) })
    // Roles are app metadata: map the data set's role ids to the lab's roles by name.
    const roleIds = new Map<string, string>()
    for (const r of lab.db.internal('SELECT sys_id, name FROM "sys_user_role"')) {
        roleIds.set(demoSysId('sys_user_role', String(r['name'])), String(r['sys_id']))
    }
    const inserted: Record<string, number> = {}
    const skipped = new Set<string>()
    const total = data.records.length
    const batch = 250
    for (let start = 0; start < total; start += batch) {
        lab.runAsSystem(() => {
            for (const rec of data.records.slice(start, start + batch)) {
                if (!lab.schema.hasTable(rec.table)) {
                    skipped.add(rec.table)
                    continue
                }
                const gr = new GlideRecord(rec.table)
                const exists = gr.get(rec.sysId)
                if (exists && !rec.update) continue
                if (!exists) {
                    gr.initialize()
                    gr.setValue('sys_id', rec.sysId)
                }
                gr.autoSysFields(false)
                for (const [k, v] of Object.entries(rec.values)) {
                    gr.setValue(k, rec.table === 'sys_user_has_role' && k === 'role' ? (roleIds.get(v) ?? v) : v)
                }
                if ((exists ? gr.update() : gr.insert()) !== null && !exists)
                    inserted[rec.table] = (inserted[rec.table] ?? 0) + 1
            }
        })
        options.progress?.(Math.min(start + batch, total), total)
    }
    for (const u of data.users) {
        const user = lab.userByName(u.userName)
        if (user) lab.setPassword(user.sysId, u.password)
    }
    lab.settle()
    return { inserted, skippedTables: [...skipped].sort(), ms: Date.now() - started, users: data.users }
}

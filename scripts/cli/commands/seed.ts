/**
 * `itvc seed --demo`: loads the demo data set (scripts/seed) into an instance through the Table API, idempotently.
 *
 * - Records go in the data set's order (every reference points backwards), one POST each, a few in flight per table.
 * - Idempotency key: the record's natural key (users by `user_name`, grants by user + role, incidents, demands and
 *   projects by number, ratings by demand + criterion + assessor, the others by name; see NATURAL_KEYS), else its
 *   deterministic sys_id. Records that exist are
 *   skipped and never changed (no password reset); a POST that may have committed (500, 502/503, a reset, a timeout)
 *   is checked by its key before it is repeated.
 * - The sys_id a record has on the instance (found, or given by the insert: instances may ignore the one sent)
 *   replaces the data set's id in every later reference.
 * - Role grants name roles by the data set's ids; they are mapped to the instance's roles by name.
 * - Ratings and the demands' scoring models point to the app's shipped scoring records by their build sys_ids (the
 *   app's demo data must be loaded); each rating the instance saves scores its demand through the app's rules.
 * - Tables the instance does not have (the app not installed yet) are skipped with a warning.
 */
import type { Command } from '../command.ts'
import { intOption, stringOption } from '../command.ts'
import type { CommandContext } from '../context.ts'
import type { ItvcClient } from '../http/client.ts'
import { ItvcError, isItvcError } from '../http/errors.ts'
import { chunks, mapLimit } from '../http/pool.ts'
import type { TableSpec } from '../http/query.ts'
import { eqTerm, inTerm } from '../http/query.ts'
import type { RawRecord } from '../http/table.ts'
import { TABLE_API, createOnce, findOne, listAll, patchRecord } from '../http/table.ts'
import { render } from '../output/format.ts'
import { SYS_USER_HAS_ROLE, SYS_USER_ROLE } from '../schemas/tables.ts'
import { rawValue } from '../schemas/wire.ts'
import { buildDemoDataset, demoRoleSysId } from '../../seed/dataset.ts'
import { DEMO_ROLE_NAMES } from '../../seed/people.ts'
import type { DemoRecord } from '../../seed/types.ts'

/** Counts per table. */
export interface SeedCounts {
    table: string
    inserted: number
    existing: number
    /** Found by the idempotency key after a failure that may have committed. */
    recovered: number
    updated: number
    /** Rows not sent (their table or role is missing on the instance). */
    skipped: number
}

const IN_CHUNK = 100

function text(value: unknown): string {
    const raw = rawValue(value)
    return typeof raw === 'string' ? raw : ''
}

async function tableExists(client: ItvcClient, table: string): Promise<boolean> {
    try {
        await client.request({
            method: 'GET',
            url: `${TABLE_API}/${encodeURIComponent(table)}`,
            params: { sysparm_limit: 1, sysparm_fields: 'sys_id', sysparm_no_count: 'true' },
            what: `table ${table}`,
        })
        return true
    } catch (error) {
        if (isItvcError(error, 'HTTP.BAD_REQUEST') && /invalid table/i.test(error.message)) return false
        throw error
    }
}

/**
 * Natural keys of the data set's tables: a record found by its key is not inserted again, and its sys_id on the
 * instance replaces the data set's in later references (instances may ignore or refuse a sys_id on insert).
 */
export const NATURAL_KEYS: Readonly<Record<string, readonly string[]>> = {
    sys_user: ['user_name'],
    sys_user_has_role: ['user', 'role'],
    sys_user_group: ['name'],
    sys_user_grmember: ['group', 'user'],
    cmn_location: ['name'],
    business_unit: ['name'],
    pm_portfolio: ['name'],
    cmdb_ci_service: ['name'],
    x_itvc_value_service_profile: ['service'],
    incident: ['number'],
    dmn_demand: ['number'],
    pm_project: ['number'],
    x_itvc_value_rating: ['demand', 'criterion', 'assessor'],
}

function keyOf(values: Readonly<Record<string, string>>, fields: readonly string[]): string {
    return fields.map((f) => values[f] ?? '').join('\u0000')
}

/** Finds the records of a run that exist on the instance: by natural key (or by sys_id without one). */
async function existing(
    client: ItvcClient,
    spec: TableSpec,
    keys: readonly string[],
    records: readonly { sysId: string; values: Record<string, string> }[]
): Promise<Map<string, string>> {
    const found = new Map<string, string>() // data-set sys_id → instance sys_id
    if (keys.length === 0) {
        for (const part of chunks(records, IN_CHUNK)) {
            const ids = part.map((r) => r.sysId)
            const { rows } = await listAll(client, spec, {
                query: inTerm('sys_id', ids),
                fields: ['sys_id'],
                pageSize: IN_CHUNK,
            })
            for (const row of rows) found.set(text(row['sys_id']), text(row['sys_id']))
        }
        return found
    }
    const [first = ''] = keys
    const byKey = new Map(records.map((r) => [keyOf(r.values, keys), r.sysId]))
    const listable = records.filter((r) => !/[,^]/.test(r.values[first] ?? '') && (r.values[first] ?? '') !== '')
    const single = records.filter((r) => !listable.includes(r))
    const fields = ['sys_id', ...keys]
    for (const part of chunks([...new Set(listable.map((r) => r.values[first] ?? ''))], IN_CHUNK)) {
        const { rows } = await listAll(client, spec, { query: inTerm(first, part), fields, pageSize: 1000 })
        for (const row of rows) {
            const values = Object.fromEntries(keys.map((k) => [k, text(row[k])]))
            const id = byKey.get(keyOf(values, keys))
            if (id !== undefined && !found.has(id)) found.set(id, text(row['sys_id']))
        }
    }
    for (const record of single) {
        const id = await findOne(client, spec, keyQuery(record.values, keys))
        if (id !== undefined) found.set(record.sysId, id)
    }
    return found
}

function keyQuery(values: Readonly<Record<string, string>>, keys: readonly string[]): string {
    return keys.map((k) => eqTerm(k, values[k] ?? '')).join('^')
}

/** Runs of consecutive records of one table (the data set's order is kept across runs). */
function runs(records: readonly DemoRecord[]): DemoRecord[][] {
    const out: DemoRecord[][] = []
    for (const record of records) {
        const last = out[out.length - 1]
        const head = last?.[0]
        if (last !== undefined && head?.table === record.table && (head.update === true) === (record.update === true))
            last.push(record)
        else out.push([record])
    }
    return out
}

async function seedDemo(ctx: CommandContext, now: Date, concurrency: number): Promise<SeedCounts[]> {
    const client = ctx.client()
    const data = buildDemoDataset({ now })
    const counts = new Map<string, SeedCounts>()
    const count = (table: string): SeedCounts => {
        let c = counts.get(table)
        if (c === undefined) {
            c = { table, inserted: 0, existing: 0, recovered: 0, updated: 0, skipped: 0 }
            counts.set(table, c)
        }
        return c
    }
    // ids of the data set → ids on the instance (roles by name, records found by natural key or inserted)
    const idMap = new Map<string, string>()
    const roles = await lookupRoles(client)
    for (const role of roles) idMap.set(demoRoleSysId(text(role['name'])), text(role['sys_id']))
    const missingRoles = DEMO_ROLE_NAMES.filter((name) => !idMap.has(demoRoleSysId(name)))
    if (missingRoles.length > 0)
        ctx.warn(`roles missing on the instance, their grants are skipped: ${missingRoles.join(', ')}`)
    const roleIds = new Set(DEMO_ROLE_NAMES.map((name) => demoRoleSysId(name)))

    const present = new Map<string, boolean>()
    const progress = ctx.progress('seeding', data.records.length)
    let done = 0
    const step = (n: number): void => {
        done += n
        progress.update(done)
    }
    // every value that is a data-set sys_id is a reference (the ids are sha256-derived: no accidental match)
    const remap = (record: DemoRecord): Record<string, string> => {
        const values: Record<string, string> = {}
        for (const [field, value] of Object.entries(record.values)) values[field] = idMap.get(value) ?? value
        return values
    }

    for (const run of runs(data.records)) {
        const table = run[0]?.table ?? ''
        const c = count(table)
        if (!present.has(table)) present.set(table, await tableExists(client, table))
        if (present.get(table) !== true) {
            c.skipped += run.length
            step(run.length)
            continue
        }
        const keys = NATURAL_KEYS[table] ?? []
        const spec: TableSpec = { name: table, fields: keys }

        if (run[0]?.update === true) {
            await mapLimit(run, concurrency, async (record) => {
                await patchRecord(client, spec, idMap.get(record.sysId) ?? record.sysId, remap(record))
                c.updated++
                step(1)
            })
            continue
        }

        const candidates = run
            .filter((r) => {
                // a grant of a role the instance does not have cannot be made
                const role = r.values['role']
                if (table !== SYS_USER_HAS_ROLE.name || role === undefined || !roleIds.has(role) || idMap.has(role))
                    return true
                c.skipped++
                step(1)
                return false
            })
            .map((r) => ({ record: r, sysId: r.sysId, values: remap(r) }))
        const found = await existing(client, spec, keys, candidates)
        for (const [id, instanceId] of found) idMap.set(id, instanceId)
        c.existing += found.size
        step(found.size)
        const toInsert = candidates.filter((r) => !found.has(r.sysId))
        await mapLimit(toInsert, concurrency, async ({ sysId, values }) => {
            // a password is hashed by the instance only when sent as a display value (the other fields of the
            // data set's users are plain text, which the display-value input leaves as they are)
            const params = 'user_password' in values ? { sysparm_input_display_value: 'true' } : {}
            const key = keys.length > 0 ? keyQuery(values, keys) : `sys_id=${sysId}`
            const outcome = await createOnce(client, spec, { sys_id: sysId, ...values }, { query: key }, params)
            if (outcome.sysId !== '' && outcome.sysId !== sysId) idMap.set(sysId, outcome.sysId)
            if (outcome.outcome === 'created') c.inserted++
            else c.recovered++
            step(1)
        })
    }
    progress.finish()
    return [...counts.values()]
}

async function lookupRoles(client: ItvcClient): Promise<RawRecord[]> {
    const { rows } = await listAll(client, SYS_USER_ROLE, {
        query: inTerm('name', DEMO_ROLE_NAMES),
        fields: ['sys_id', 'name'],
    })
    return rows
}

/** `itvc seed --demo` */
export const seedCommand: Command = {
    path: ['seed'],
    synopsis: 'seed --demo [--now ISO_DATE] [--concurrency 4]',
    summary: 'Loads the demo data set into the instance through the Table API (idempotent; needs an admin user).',
    options: {
        demo: { type: 'boolean', help: '--demo              the demo data set (required: the only data set so far)' },
        now: { type: 'string', help: '--now ISO_DATE      "now" of the data set (default: the current time)' },
        concurrency: { type: 'string', help: '--concurrency N     requests in flight per table (default 4)' },
    },
    async run(ctx, values) {
        if (values['demo'] !== true) throw new ItvcError('USAGE', 'itvc seed needs --demo (the only data set so far)')
        const nowText = stringOption(values, 'now')
        const now = nowText === undefined ? new Date() : new Date(nowText)
        if (Number.isNaN(now.getTime())) throw new ItvcError('USAGE', `--now is not a date: '${nowText ?? ''}'`)
        const concurrency = intOption(values, 'concurrency', 4, 1, 16)
        const started = Date.now()
        const counts = await seedDemo(ctx, now, concurrency)
        const skipped = counts.filter((c) => c.skipped > 0 && c.inserted + c.existing + c.recovered === 0)
        if (skipped.length > 0)
            ctx.warn(
                `tables missing on the instance (app not installed?), skipped: ${skipped.map((c) => c.table).join(', ')}`
            )
        ctx.out(
            render(ctx.options.format, {
                rows: counts,
                json: counts,
                columns: [
                    { header: 'table', value: (c) => c.table },
                    { header: 'inserted', value: (c) => c.inserted, align: 'right' },
                    { header: 'existing', value: (c) => c.existing, align: 'right' },
                    { header: 'recovered', value: (c) => c.recovered, align: 'right' },
                    { header: 'updated', value: (c) => c.updated, align: 'right' },
                    { header: 'skipped', value: (c) => c.skipped, align: 'right' },
                ],
            })
        )
        ctx.info(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
        return 0
    },
}

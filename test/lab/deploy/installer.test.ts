import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { InstallProgress, InstallRequest, LabUser } from '../../../scripts/lab/http/contract.ts'
import { InstallError, LabInstaller } from '../../../scripts/lab/deploy/installer.ts'
import { LabRestService } from '../../../scripts/lab/engine/services.ts'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import { LabInstance, SYSTEM_USER } from '../../../scripts/lab/instance.ts'
import { PROBE_ROOT } from '../lab-fixture.ts'
import { edit, packFiles, probeFiles, withColumn, withVersion } from './packages.ts'

let lab: LabInstance
let installer: LabInstaller

beforeEach(() => {
    lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00' })
    installer = new LabInstaller(lab)
})
afterEach(() => lab.close())

const v1 = (): Buffer => packFiles(probeFiles())
/** 1.1.0: one more column (note), the property x_itvc_value.probe_limit dropped. */
const v11 = (): Buffer =>
    packFiles(
        withColumn(withVersion(probeFiles(), '1.1.0'), 'note', '11111111111111111111111111111111').filter(
            (f) => !f.path.includes('/sys_properties_')
        )
    )

const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** Uploads and polls until the tracker ends; returns every status seen (deduplicated in order) and the end. */
async function upload(
    pkg: Buffer,
    request: Partial<InstallRequest> = {}
): Promise<{ seen: string[]; end: InstallProgress }> {
    const { tracker } = installer.upload(SYSTEM_USER, { package: pkg, loadDemo: true, ...request })
    const seen: string[] = []
    for (;;) {
        const p = installer.progress(tracker) as InstallProgress
        if (seen.at(-1) !== p.status) seen.push(p.status)
        if (p.status === '2' || p.status === '3') return { seen, end: p }
        await immediate()
    }
}

function insertProbe(name: string, amount: string): string {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_probe')
        gr.initialize()
        gr.setValue('name', name)
        gr.setValue('amount', amount)
        return gr.insert() as string
    }).value
}

function probeUser(): LabUser {
    lab.createUser('probe.user', 'pw', ['x_itvc_value.probe_user'])
    return lab.userByName('probe.user') as LabUser
}

/** GET /api/x_itvc_value/v1/probe/items/{id} through the engine's Scripted REST service. */
function getItem(user: LabUser, id: string): { status: number; body: unknown } {
    const answer = new LabRestService(lab).handle(user, {
        method: 'GET',
        path: `/api/x_itvc_value/v1/probe/items/${id}`,
        query: {},
        headers: {},
        body: undefined,
    })
    return { status: answer?.status ?? 0, body: answer?.body }
}

function columns(table: string): string[] {
    return lab.db.sqlite
        .prepare(`PRAGMA table_info("${table}")`)
        .all()
        .map((c) => (c as { name: string }).name)
}

describe('LabInstaller', () => {
    it('goes pending → running → successful and installs the package', async () => {
        const { seen, end } = await upload(v1())
        expect(seen).toEqual(['0', '1', '2'])
        expect(end).toMatchObject({ statusLabel: 'Successful', percent: 100, error: '' })
        expect(end.message).toBe('Installed Lab Probe 1.0.0')
        expect(end.detail).toMatch(/^\d+ files, 1 tables, 4 rules, 1 routes, 1 jobs$/)
        expect(lab.installed()?.version).toBe('1.0.0')
        const user = probeUser()
        const id = insertProbe('first', '12.5')
        expect(getItem(user, id)).toEqual({ status: 200, body: { result: { name: 'first', amount: 12.5 } } })
    })

    it('writes the sys_upgrade_history row and the sys_scope record the SDK CLI reads', async () => {
        await upload(v1())
        const history = lab.db.internal(
            'SELECT to_version, from_version, upgrade_started, upgrade_finished FROM "sys_upgrade_history"'
        )
        expect(history).toEqual([
            {
                to_version: 'x_itvc_value',
                from_version: null,
                upgrade_started: '2026-11-01 10:00:00',
                upgrade_finished: '2026-11-01 10:00:00',
            },
        ])
        const scope = lab.db.internal('SELECT sys_id, scope, version, sys_class_name, active FROM "sys_scope"')
        expect(scope).toEqual([
            {
                sys_id: '0f0e0d0c0b0a49588776655443322110',
                scope: 'x_itvc_value',
                version: '1.0.0',
                sys_class_name: 'sys_app',
                active: 1,
            },
        ])
    })

    it('upgrades in place: new column, data rows kept, dropped property removed, history row per install', async () => {
        await upload(v1())
        const a = insertProbe('kept', '7')
        const b = insertProbe('also kept', '8')
        expect(lab.count('sys_properties', 'name = ?', ['x_itvc_value.probe_limit'])).toBe(1)
        const { end } = await upload(v11())
        expect(end.message).toBe('Installed Lab Probe 1.1.0 (upgraded from 1.0.0)')
        expect(lab.installed()?.version).toBe('1.1.0')
        expect(lab.schema.column('x_itvc_value_probe', 'note')).toBeDefined()
        expect(columns('x_itvc_value_probe')).toContain('note')
        expect(lab.count('x_itvc_value_probe')).toBe(2)
        const user = probeUser()
        expect(getItem(user, a).body).toEqual({ result: { name: 'kept', amount: 7 } })
        expect(getItem(user, b).status).toBe(200)
        expect(lab.count('sys_properties', 'name = ?', ['x_itvc_value.probe_limit'])).toBe(0)
        expect(
            lab.db
                .internal('SELECT from_version FROM "sys_upgrade_history" ORDER BY from_version')
                .map((r) => r['from_version'])
        ).toEqual([null, '1.0.0'])
    })

    const failures: [string, () => Buffer, Partial<InstallRequest>, RegExp][] = [
        [
            'bytes that are not a zip',
            () => Buffer.from('definitely not a zip file, just text'),
            {},
            /not a readable zip/,
        ],
        [
            'a package for another scope',
            () =>
                packFiles(
                    edit(probeFiles(), '/scope/sys_app_', '<scope>x_itvc_value</scope>', '<scope>x_other</scope>'),
                    'x_other'
                ),
            {},
            /This lab hosts the scope x_itvc_value; the package is for the scope x_other/,
        ],
        [
            'another app of the same scope',
            () =>
                packFiles(
                    edit(
                        probeFiles(),
                        '/scope/sys_app_',
                        '<sys_id>0f0e0d0c0b0a49588776655443322110</sys_id>',
                        '<sys_id>22222222222222222222222222222222</sys_id>'
                    )
                ),
            {},
            /installed as the app 0f0e0d0c0b0a49588776655443322110 .* the package's app is 22222222222222222222222222222222/,
        ],
        ['an upload naming another scope', () => v11(), { scope: 'x_other' }, /names the scope x_other/],
        [
            'a malformed XML file',
            () =>
                packFiles(
                    edit(withVersion(probeFiles(), '1.1.0'), 'sys_script_349ad857', '</sys_script>', '</sys_scrpt>')
                ),
            {},
            /sys_script_349ad857f3c7439c9c4cd2ca6dfca702\.xml: malformed XML/,
        ],
        [
            'a column on a table the lab lacks',
            () =>
                packFiles(
                    edit(
                        withColumn(probeFiles(), 'note', '3'.repeat(32)),
                        '_note.xml',
                        /<name>x_itvc_value_probe<\/name>/,
                        '<name>u_nowhere</name>'
                    )
                ),
            {},
            /the lab has no table u_nowhere/,
        ],
    ]

    it.each(failures)(
        'ends in status 3 for %s and leaves the installed version working',
        async (_what, pkg, request, message) => {
            await upload(v1())
            const id = insertProbe('survivor', '3')
            const { seen, end } = await upload(pkg(), request)
            expect(seen).toEqual(['0', '1', '3'])
            expect(end.statusLabel).toBe('Failed')
            expect(end.error).toMatch(message)
            expect(end.message).toBe(`Install failed: ${end.error}`)
            expect(lab.installed()?.version).toBe('1.0.0')
            expect(getItem(probeUser(), id).body).toEqual({ result: { name: 'survivor', amount: 3 } })
            expect(lab.count('sys_upgrade_history')).toBe(1)
            expect(lab.count('syslog', 'level = 2 AND source = ?', ['sn_appclient'])).toBe(1)
        }
    )

    it('rolls back an install that fails midway: schema, tables, rules, roles and properties as before', async () => {
        await upload(v1())
        const id = insertProbe('before', '5')
        const real = lab.upsert.bind(lab)
        jest.spyOn(lab, 'upsert').mockImplementation((table, sysId, values) => {
            if (table === 'sys_scope') throw new Error('disk on fire')
            real(table, sysId, values)
        })
        const { end } = await upload(v11())
        expect(end).toMatchObject({ status: '3', error: 'disk on fire' })
        jest.restoreAllMocks()
        expect(lab.installed()?.version).toBe('1.0.0')
        expect(lab.schema.column('x_itvc_value_probe', 'note')).toBeUndefined()
        expect(columns('x_itvc_value_probe')).not.toContain('note')
        expect(lab.count('sys_properties', 'name = ?', ['x_itvc_value.probe_limit'])).toBe(1)
        expect(lab.db.internal('SELECT version FROM "sys_scope"')).toEqual([{ version: '1.0.0' }])
        // the old version's rules still run and its route still answers
        const fresh = insertProbe('after', '6')
        expect(lab.db.internal('SELECT trace FROM "x_itvc_value_probe" WHERE sys_id = ?', [fresh])).toEqual([
            { trace: 'AB' },
        ])
        expect(getItem(probeUser(), id).body).toEqual({ result: { name: 'before', amount: 5 } })
        // and a good package still installs afterwards
        expect((await upload(v11())).end.status).toBe('2')
        expect(columns('x_itvc_value_probe')).toContain('note')
    })

    it('installs one package at a time, in upload order', async () => {
        const first = installer.upload(SYSTEM_USER, { package: v1(), loadDemo: true })
        const second = installer.upload(SYSTEM_USER, { package: v11(), loadDemo: true })
        const [a, b] = await Promise.all([installer.wait(first.tracker), installer.wait(second.tracker)])
        expect([a.message, b.message]).toEqual([
            'Installed Lab Probe 1.0.0',
            'Installed Lab Probe 1.1.0 (upgraded from 1.0.0)',
        ])
        expect(installer.progress('no-such-tracker')).toBeUndefined()
    })

    it('install() resolves with the app, or throws the tracker message', async () => {
        expect((await installer.install(v1())).version).toBe('1.0.0')
        await expect(installer.install(Buffer.from('junk'))).rejects.toThrow(InstallError)
        await expect(installer.install(Buffer.from('junk'))).rejects.toThrow(
            /^Install failed: the package is not a readable zip/
        )
    })
})

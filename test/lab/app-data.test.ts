/** The lab installs an app's data rows (Fluent `Record`s on its own tables, demo data included) when missing. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { AppRecords, loadAppRecords, type AppRecord } from '../../scripts/metadata/app-records.ts'
import { LabInstance } from '../../scripts/lab/instance.ts'
import { GlideRecord } from '../../scripts/lab/glide/index.ts'
import { PROBE_APP, PROBE_ROOT } from './lab-fixture.ts'

const ROW_ID = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

function row(table: string, fields: Record<string, string>, action = 'INSERT_OR_UPDATE'): AppRecord {
    return {
        table,
        action,
        sysId: fields['sys_id'] ?? '',
        fields,
        display: {},
        attributes: { action },
        file: `unload.demo/${table}_${fields['sys_id']}.xml`,
    }
}

function probeAppWith(extra: AppRecord[]): AppRecords {
    return new AppRecords([...loadAppRecords(PROBE_APP).all, ...extra])
}

function probeRow(lab: LabInstance, sysId: string): Record<string, string | null> | undefined {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_probe')
        return gr.get(sysId) ? { name: gr.getValue('name'), amount: gr.getValue('amount') } : undefined
    }).value
}

let lab: LabInstance
afterEach(() => lab.close())

describe('install: data rows of app tables', () => {
    const demo = row('x_itvc_value_probe', {
        sys_id: ROW_ID,
        sys_scope: '00175317cdad4b25ade2048d8e77ca21',
        sys_update_name: `x_itvc_value_probe_${ROW_ID}`,
        name: 'Shipped row',
        amount: '12.5',
    })

    it('inserts a Record of an app table, demo data included, with its sys_id and values', () => {
        lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00' })
        lab.install(probeAppWith([demo]))
        expect(probeRow(lab, ROW_ID)).toEqual({ name: 'Shipped row', amount: '12.50' })
    })

    it('leaves an installed row alone on reinstall (a change made since is kept)', () => {
        lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00' })
        const app = probeAppWith([demo])
        lab.install(app)
        lab.runAsSystem(() => {
            const gr = new GlideRecord('x_itvc_value_probe')
            gr.get(ROW_ID)
            gr.setValue('name', 'Changed by an admin')
            gr.update()
        })
        lab.install(app)
        expect(probeRow(lab, ROW_ID)?.['name']).toBe('Changed by an admin')
        expect(lab.count('x_itvc_value_probe')).toBe(1)
    })

    it('ignores DELETE records and records of platform tables (metadata, not data)', () => {
        lab = new LabInstance({ root: PROBE_ROOT, clock: () => '2026-11-01 10:00:00' })
        lab.install(
            probeAppWith([
                row('x_itvc_value_probe', { sys_id: 'b'.repeat(32), name: 'Deleted' }, 'DELETE'),
                row('sys_user_group', { sys_id: 'c'.repeat(32), name: 'Not app data' }),
            ])
        )
        expect(lab.count('x_itvc_value_probe')).toBe(0)
        expect(lab.count('sys_user_group', 'sys_id = ?', ['c'.repeat(32)])).toBe(0)
    })
})

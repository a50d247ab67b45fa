import { describe, expect, it } from '@jest/globals'
import { PackageError, readAppPackage, safeEntryPath } from '../../../scripts/lab/deploy/package.ts'
import { readZip, writeZip, ZipError } from '../../../scripts/lab/deploy/zip.ts'
import { PROBE_APP_ID, edit, packFiles, probeFiles, withInventory } from './packages.ts'

describe('zip reader', () => {
    const files = [
        { path: '/scope/a.xml', data: Buffer.from('<record_update/>') },
        { path: '/update/b.bin', data: Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251)) },
        { path: '/empty.txt', data: Buffer.alloc(0) },
    ]

    it.each([false, true])('reads back what it wrote (store=%s)', (store) => {
        const back = readZip(writeZip(files, { store }))
        expect(back.map((e) => e.path)).toEqual(files.map((f) => f.path))
        back.forEach((e, i) => expect(e.data.equals(files[i]?.data ?? Buffer.alloc(1))).toBe(true))
    })

    it('refuses what is not a zip, a truncated zip and a damaged entry', () => {
        const zip = writeZip(files)
        expect(() => readZip(Buffer.from('PK\u0003\u0004 nothing more'))).toThrow(ZipError)
        expect(() => readZip(zip.subarray(0, zip.length - 30))).toThrow(ZipError)
        const damaged = Buffer.from(zip)
        damaged[44] = (damaged[44] ?? 0) ^ 0xff // inside the first entry's deflate data
        expect(() => readZip(damaged)).toThrow(/damaged|CRC-32|size/)
    })

    it('caps the inflated size and the entry count', () => {
        const zip = writeZip([{ path: 'big', data: Buffer.alloc(1_000_000) }])
        expect(zip.length).toBeLessThan(5_000)
        expect(() => readZip(zip, { maxTotalBytes: 100_000 })).toThrow(/inflates to more than/)
        expect(() => readZip(writeZip(files), { maxEntries: 2 })).toThrow(/3 entries/)
    })
})

describe('entry paths', () => {
    it('drops the one leading slash the SDK packer writes', () => {
        expect(safeEntryPath('/update/sys_script_1.xml')).toBe('update/sys_script_1.xml')
        expect(safeEntryPath('scope/sys_app.xml')).toBe('scope/sys_app.xml')
    })

    it.each([
        '/../etc/passwd',
        'update/../../x.xml',
        '//etc/passwd',
        'C:/x.xml',
        'update\\..\\x.xml',
        'update//x.xml',
        './x.xml',
        '',
        'a\0b',
    ])('refuses %j', (name) => {
        expect(() => safeEntryPath(name)).toThrow(PackageError)
    })
})

describe('readAppPackage', () => {
    it('reads the probe package: scope, app id, version, every XML file', () => {
        const pkg = readAppPackage(packFiles(probeFiles()))
        expect(pkg).toMatchObject({ scope: 'x_itvc_value', scopeId: PROBE_APP_ID, version: '1.0.0', name: 'Lab Probe' })
        expect(pkg.files).toBe(probeFiles().length)
        expect(pkg.records.of('sys_ws_operation')).toHaveLength(1)
    })

    it('refuses a package with an unsafe entry even when everything else is fine', () => {
        const files = [...probeFiles(), { path: '/../evil.xml', data: Buffer.from('<record_update/>') }]
        expect(() => readAppPackage(writeZip(files))).toThrow(/unsafe path in the package: "\/\.\.\/evil\.xml"/)
    })

    it('refuses an entry twice', () => {
        const files = probeFiles()
        expect(() => readAppPackage(writeZip([...files, files[0]!]))).toThrow(/holds .* twice/)
    })

    it('checks package_inventory.csv: altered, missing and unlisted files', () => {
        const files = withInventory(probeFiles())
        const altered = edit(files, '/scope/sys_app_', '<name>Lab Probe</name>', '<name>Lab Prob3</name>')
        expect(() => readAppPackage(writeZip(altered))).toThrow(/SHA-256 differs .* altered/)
        expect(() => readAppPackage(writeZip(files.filter((f) => !f.path.includes('sysauto_script'))))).toThrow(
            /lists update\/sysauto_script_.*which the package lacks/
        )
        const extra = [...files, { path: '/update/extra.xml', data: Buffer.from('<record_update/>') }]
        expect(() => readAppPackage(writeZip(extra))).toThrow(/update\/extra\.xml is not listed/)
    })

    it('reports a malformed XML file with its path and position', () => {
        const broken = edit(probeFiles(), 'sys_script_349ad857', '</sys_script>', '</sys_scrpt>')
        expect(() => readAppPackage(packFiles(broken))).toThrow(
            /update\/sys_script_349ad857f3c7439c9c4cd2ca6dfca702\.xml: malformed XML at line \d+, column \d+/
        )
    })

    it('refuses a package without exactly one sys_app record', () => {
        expect(() => readAppPackage(packFiles(probeFiles().filter((f) => !f.path.startsWith('/scope/'))))).toThrow(
            /0 sys_app records/
        )
    })

    it('skips unload.demo/ unless demo data is loaded', () => {
        const demo = { path: '/unload.demo/x_itvc_value_probe_1.xml', data: Buffer.from('<record_update/>') }
        const zip = packFiles([...probeFiles(), demo])
        expect(readAppPackage(zip, { loadDemo: false }).skippedDemo).toBe(1)
        expect(readAppPackage(zip, { loadDemo: true }).files).toBe(probeFiles().length + 1)
    })
})

import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { APP_DIR, ROOT, pinnedSbomEpoch } from './built-app.ts'

function digestTree(dir: string): Record<string, string> {
    const out: Record<string, string> = {}
    const walk = (d: string): void => {
        for (const name of readdirSync(d)) {
            const p = join(d, name)
            if (statSync(p).isDirectory()) walk(p)
            else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex')
        }
    }
    walk(dir)
    return out
}

describe('the build', () => {
    it('gives an identical dist/app when the same tree is built again elsewhere', () => {
        const copy = mkdtempSync(join(tmpdir(), 'itvc-build-'))
        try {
            for (const entry of [
                'src',
                'metadata',
                'now.config.json',
                'now.prebuild.mjs',
                'package.json',
                'tsconfig.json',
            ]) {
                if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true })
            }
            symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
            const env = { ...process.env, SOURCE_DATE_EPOCH: pinnedSbomEpoch() }
            execFileSync(join(ROOT, 'node_modules', '.bin', 'now-sdk'), ['build', '--frozenKeys'], {
                cwd: copy,
                env,
                stdio: 'pipe',
            })
            execFileSync(
                process.execPath,
                [
                    join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
                    join(ROOT, 'scripts', 'build', 'reproducible.ts'),
                ],
                {
                    cwd: copy,
                    env,
                    stdio: 'pipe',
                }
            )
            expect(digestTree(join(copy, 'dist', 'app'))).toEqual(digestTree(APP_DIR))
        } finally {
            rmSync(copy, { recursive: true, force: true })
        }
    }, 120_000)
})

/**
 * Proves the lint rules that keep server modules runnable on the platform and the core pure: each snippet is
 * linted as if it lived at the given path, with the project's real ESLint config.
 */
import { describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { join } from 'node:path'

const eslint = new ESLint({ cwd: join(__dirname, '..', '..') })

async function problems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath })
    return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)
}

describe('server module lint rules', () => {
    it.each([
        ['process', 'src/server/entry/x.ts', 'export const env = process.env.HOME\n'],
        ['window', 'src/server/adapters/x.ts', 'export const w = window.location\n'],
        ["require('fs')", 'src/server/entry/x.ts', "const fs = require('fs')\nexport const r = fs.readFileSync\n"],
        [
            "import from 'fs'",
            'src/server/entry/x.ts',
            "import { readFileSync } from 'fs'\nexport const r = readFileSync\n",
        ],
        [
            "import from 'node:path'",
            'src/server/adapters/x.ts',
            "import { join } from 'node:path'\nexport const j = join\n",
        ],
        ['axios in core', 'src/server/core/x.ts', "import axios from 'axios'\nexport const a = axios\n"],
        ['zod in core', 'src/server/core/x.ts', "import { z } from 'zod'\nexport const s = z.string()\n"],
        [
            'Glide in core',
            'src/server/core/x.ts',
            "import { GlideRecord } from '@servicenow/glide'\nexport const g = GlideRecord\n",
        ],
        ['adapters from core', 'src/server/core/x.ts', "import { a } from '../adapters/y.ts'\nexport const b = a\n"],
        ['eval', 'src/server/entry/x.ts', "export const v = eval('1')\n"],
        ['gs.log', 'src/server/entry/x.ts', "import { gs } from '@servicenow/glide'\ngs.log('x')\n"],
        [
            'gs.sql',
            'src/server/adapters/x.ts',
            "import { gs } from '@servicenow/glide'\nexport const r = (gs as any).sql('select 1')\n",
        ],
        [
            'current.update()',
            'src/server/entry/x.ts',
            'export function onSave(current: any): void {\n    current.update()\n}\n',
        ],
        ['a hard-coded sys_id', 'src/server/adapters/x.ts', "export const id = 'cf9d01d3e73003009d6247e603f6a990'\n"],
        [
            'an extensionless import',
            'src/server/entry/x.ts',
            "import { ok } from '../core/result'\nexport const o = ok\n",
        ],
    ])('rejects %s', async (_what, filePath, code) => {
        expect(await problems(filePath, code)).not.toEqual([])
    })

    it('accepts a pure core module importing core and date-fns', async () => {
        const code =
            "import { addDays } from 'date-fns'\nimport { ok } from './result.ts'\nexport const f = (d: Date) => ok(addDays(d, 1))\n"
        expect(await problems('src/server/core/x.ts', code)).toEqual([])
    })

    it('accepts an adapter importing Glide', async () => {
        const code =
            "import { GlideRecord } from '@servicenow/glide'\nexport const make = (t: string) => new GlideRecord(t)\n"
        expect(await problems('src/server/adapters/x.ts', code)).toEqual([])
    })

    it('lets Node scripts use Node built-ins', async () => {
        const code = "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n"
        expect(await problems('scripts/lab/x.ts', code)).toEqual([])
    })
})

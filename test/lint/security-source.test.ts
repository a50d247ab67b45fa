/**
 * Source checks of the security review (README "Security and reliability"), over src/server:
 * - the lint bans that matter for security hold on the whole tree and are proven on snippets: eval and the
 *   Function constructor, GlideEvaluator, gs.sql, gs.log, gs.setProperty, current.update(), hard-coded sys_ids and
 *   instance URLs;
 * - every `setWorkflow(false)` has a `// why:` comment on the line above;
 * - the static analysis behind "REST handlers use GlideRecordSecure" (scripts/security/server-graph.ts; the check
 *   itself runs over the build in test/structure/security.test.ts) finds what it must, proven on a fixture tree.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { ESLint } from 'eslint'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ServerGraph } from '../../scripts/security/server-graph.ts'
import { Tally, recordFigures } from '../security/figures.ts'

const ROOT = join(__dirname, '..', '..')
const eslint = new ESLint({ cwd: ROOT })
const tally = new Tally()
afterAll(() => recordFigures('source', tally))

async function problems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath })
    return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)
}

/** Security-relevant bans: each snippet must be refused by the ban named, in every server folder. */
const BANNED: readonly [string, string, string][] = [
    ['eval', "export const v = eval('1 + 1')\n", 'eval is banned'],
    ['the Function constructor', "export const f = new Function('return 1')\n", 'Function constructor'],
    ['Function()', "export const f = Function('return 1')\n", 'Function constructor'],
    [
        'GlideEvaluator',
        "declare const GlideEvaluator: { evaluateString(s: string): string }\nexport const r = GlideEvaluator.evaluateString('1')\n",
        'GlideEvaluator',
    ],
    ['gs.sql', "import { gs } from '@servicenow/glide'\ngs.sql('select 1')\n", 'gs.sql'],
    ['gs.log', "import { gs } from '@servicenow/glide'\ngs.log('x')\n", 'gs.log'],
    ['gs.setProperty', "import { gs } from '@servicenow/glide'\ngs.setProperty('a', 'b')\n", 'gs.setProperty'],
    [
        'current.update()',
        'export function onSave(current: { update(): void }): void {\n    current.update()\n}\n',
        'current.update()',
    ],
    ['a hard-coded sys_id', "export const id = '0123456789abcdef0123456789abcdef'\n", 'Hard-coded sys_id'],
    ['an instance URL', "export const url = 'https://acme.service-now.com/api/now/table/incident'\n", 'instance URL'],
]
const FOLDERS = ['src/server/entry', 'src/server/adapters', 'src/server/core']

describe('security lint bans', () => {
    it.each(BANNED.flatMap(([what, code, message]) => FOLDERS.map((f) => [what, f, code, message] as const)))(
        'refuse %s in %s',
        async (_what, folder, code, message) => {
            tally.checks += 1
            const found = (await problems(`${folder}/x.ts`, code)).filter((p) => p.startsWith('no-restricted-syntax'))
            expect(found.some((p) => p.includes(message))).toBe(true)
        }
    )

    it('hold on every server module (no disable comment turns them off)', async () => {
        const results = await eslint.lintFiles(['src/server/**/*.ts'])
        const banned = results.flatMap((r) =>
            r.messages
                .filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-eval')
                .map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line} ${m.message}`)
        )
        expect(banned).toEqual([])
        const disabled = results.flatMap((r) =>
            (r.source ?? '')
                .split('\n')
                .map((line, i) => ({ line, i }))
                .filter(({ line }) => /eslint-disable[^\n]*(no-restricted-syntax|no-eval)/.test(line))
                .map(({ i }) => `${r.filePath.slice(ROOT.length + 1)}:${i + 1}`)
        )
        expect(disabled).toEqual([])
        tally.checks += results.length
    }, 120_000)
})

describe('setWorkflow(false)', () => {
    it('always has a `// why:` comment on the line above in src/server', () => {
        const offs = new ServerGraph(ROOT).workflowOffs()
        tally.checks += offs.length + 1
        expect(offs.filter((o) => o.why === undefined).map((o) => `${o.file}:${o.line}`)).toEqual([])
    })
})

describe('the server graph (fixture tree)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itvc-graph-'))
    afterAll(() => rmSync(dir, { recursive: true, force: true }))
    const write = (file: string, text: string): void => {
        mkdirSync(dirname(join(dir, file)), { recursive: true })
        writeFileSync(join(dir, file), text)
    }
    write(
        'src/server/adapters/records.ts',
        [
            "import { GlideRecord, GlideRecordSecure, GlideAggregate } from '@servicenow/glide'",
            "const TABLES = { a: 'x_app_a', b: 'incident' } as const",
            'export function readA(id: string) {',
            '    const gr = new GlideRecord(TABLES.a)',
            '    gr.get(id)',
            '    return gr',
            '}',
            'export function readSecure(id: string) {',
            "    const gr = new GlideRecordSecure('x_app_a')",
            '    return gr.get(id)',
            '}',
            'export function find(id: string, secure: boolean) {',
            "    const gr = secure ? new GlideRecordSecure('x_app_a') : new GlideRecord('x_app_a')",
            '    return gr.get(id) ? gr : undefined',
            '}',
            'export function unique(name: string): boolean {',
            '    // system access: a uniqueness check must see every record',
            "    const gr = new GlideRecord('x_app_a')",
            "    gr.addQuery('name', name)",
            '    gr.query()',
            '    return !gr.hasNext()',
            '}',
            'export function count(): number {',
            '    const agg = new GlideAggregate(TABLES.b)',
            '    return agg.getRowCount()',
            '}',
            'export function touch(gr: any) {',
            '    gr.update()',
            '}',
            'export function quiet() {',
            "    const gr = new GlideRecord('incident')",
            '    gr.setWorkflow(false)',
            '    // why: a bulk repair must not re-run the pricing rule',
            '    gr.setWorkflow(false)',
            '    touch(gr)',
            '}',
        ].join('\n')
    )
    write(
        'src/server/entry/rest.ts',
        [
            "import { readA, readSecure, find, unique, count } from '../adapters/records.ts'",
            'export function getThing(id: string) {',
            '    return [readA(id).getValue("name"), readSecure(id), find(id, true), unique(id), count()]',
            '}',
            'export function getOther(id: string) {',
            '    return find(id, false)',
            '}',
            'export function getSafe(id: string) {',
            '    return [readSecure(id), find(id, true), unique(id)]',
            '}',
        ].join('\n')
    )
    const graph = new ServerGraph(dir)

    it('finds the tables, the secure choice, the justification and what is written', () => {
        const sites = graph.sites().map((s) => ({
            fn: s.fn,
            cls: s.glideClass,
            tables: s.tables,
            choice: s.secureChoice,
            writes: s.writes,
            why: s.justification,
        }))
        expect(sites).toEqual([
            { fn: 'readA', cls: 'GlideRecord', tables: ['x_app_a'], choice: false, writes: [], why: undefined },
            {
                fn: 'readSecure',
                cls: 'GlideRecordSecure',
                tables: ['x_app_a'],
                choice: false,
                writes: [],
                why: undefined,
            },
            { fn: 'find', cls: 'GlideRecordSecure', tables: ['x_app_a'], choice: true, writes: [], why: undefined },
            { fn: 'find', cls: 'GlideRecord', tables: ['x_app_a'], choice: true, writes: [], why: undefined },
            {
                fn: 'unique',
                cls: 'GlideRecord',
                tables: ['x_app_a'],
                choice: false,
                writes: [],
                why: 'a uniqueness check must see every record',
            },
            { fn: 'count', cls: 'GlideAggregate', tables: ['incident'], choice: false, writes: [], why: undefined },
            { fn: 'quiet', cls: 'GlideRecord', tables: ['incident'], choice: false, writes: ['write'], why: undefined },
        ])
        tally.checks += 1
    })

    it('follows a route into the adapters and reports unsecured records and insecure choices', () => {
        const flagged = (fn: string): string[] => {
            const decls = graph.reachable(graph.exported('src/server/entry/rest.ts', fn))
            return [
                ...graph
                    .sitesWithin(decls)
                    .filter((s) => s.glideClass !== 'GlideRecordSecure' && !s.secureChoice && !s.justification)
                    .map((s) => `${s.fn} ${s.glideClass}`),
                ...graph.insecureChoices(decls).map((c) => `${c.callee}(${c.argument})`),
            ]
        }
        expect(flagged('getThing')).toEqual(['readA GlideRecord', 'count GlideAggregate'])
        expect(flagged('getOther')).toEqual(['find(false)'])
        expect(flagged('getSafe')).toEqual([])
        tally.checks += 3
    })

    it('reports setWorkflow(false) without a why', () => {
        expect(graph.workflowOffs().map((o) => ({ line: o.line, why: o.why }))).toEqual([
            { line: 32, why: undefined },
            { line: 34, why: 'a bulk repair must not re-run the pricing rule' },
        ])
        tally.checks += 1
    })
})

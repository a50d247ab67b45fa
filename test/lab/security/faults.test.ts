/**
 * Faults (README "Security and reliability"): work killed at random points and re-run ends where an undisturbed run
 * ends, with nothing duplicated and nothing lost.
 *
 * - Kill points: the lab's database is wrapped so that its N-th write (N drawn from a seeded PRNG over the writes an
 *   undisturbed run makes) throws, as a transaction cancelled by the platform's quota would. As on the platform,
 *   what was written before the kill stays (each write commits; the lab's transaction is committed up to the kill)
 *   and nothing after it happens. Then the work is re-run the way production re-runs it, and the end state is
 *   compared with an undisturbed run from the same starting database:
 *   - the nightly scorecard roll-up (its worker continues the killed run, the next night runs again);
 *   - a re-score batch after a scoring model changed (the re-score queue job runs again);
 *   - a benefit's period generation (POST …/benefits/{sys_id}/plan, re-sent).
 * - Concurrent actuals on one benefit period: the last write wins whole, every write is a write of its own (the
 *   table is audited on an instance), and the benefit's totals equal its periods.
 * - The CLI under the lab's fault mode (429, 502, 503, resets, cancelled transactions): an actuals import and an
 *   export end with exactly the data of a run without faults.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabUser } from '../../../scripts/lab/http/contract.ts'
import { LabRestService } from '../../../scripts/lab/engine/services.ts'
import { LabInstance } from '../../../scripts/lab/instance.ts'
import { seedLab } from '../../../scripts/lab/seed-lab.ts'
import { itvc, startCliLab, type CliLab } from '../../cli/harness.ts'
import { Tally, recordFigures } from '../../security/figures.ts'
import { KNOWN_FINDINGS, knownFor, ratchet } from '../../security/known-findings.ts'
import { builtAppRecords } from '../app-lab.ts'
import { Fixtures } from './fixtures.ts'

const NOW = '2026-11-15 12:00:00'
/** Kill points per scenario, besides the first and the last write. */
const KILLS = Number(process.env['ITVC_FAULT_KILLS'] ?? 4)
const tally = new Tally()
const dir = mkdtempSync(join(tmpdir(), 'itvc-faults-'))
const SNAPSHOT = join(dir, 'seeded.db')
let copies = 0

afterAll(() => {
    tally.knownFindings = KNOWN_FINDINGS.filter((f) => f.check.startsWith('fault-')).length
    recordFigures('faults', tally)
    rmSync(dir, { recursive: true, force: true })
})

// ---- kill switch -------------------------------------------------------------------------------------------------

const KILL = 'LAB-KILL: transaction cancelled at a kill point'

function isKill(e: unknown): boolean {
    for (let x: unknown = e; x; x = (x as { cause?: unknown }).cause) {
        if (x instanceof Error && x.message.includes(KILL)) return true
        if (!(x instanceof Error)) return String(x).includes(KILL)
    }
    return false
}

/** Counts a lab's writes and, when armed, kills the N-th and every later one until disarmed. */
class KillSwitch {
    writes = 0
    private armedAt: number | undefined
    fired = false

    constructor(lab: LabInstance) {
        const db = lab.db as unknown as {
            write: (sql: string, params?: readonly unknown[]) => number
            transaction: <T>(fn: () => T) => T
        }
        const write = db.write.bind(db)
        const transaction = db.transaction.bind(db)
        db.write = (sql, params) => {
            this.writes += 1
            if (this.armedAt !== undefined && this.writes >= this.armedAt) {
                this.fired = true
                throw new Error(KILL)
            }
            return write(sql, params)
        }
        // as on the platform, what was written before the kill stays: commit up to it, then let the kill through
        db.transaction = <T>(fn: () => T): T => {
            let killed: unknown
            const value = transaction(() => {
                try {
                    return fn()
                } catch (e) {
                    if (!isKill(e)) throw e
                    killed = e
                    return undefined as T
                }
            })
            if (killed !== undefined) throw killed
            return value
        }
    }

    arm(at: number): void {
        this.writes = 0
        this.armedAt = at
        this.fired = false
    }

    disarm(): void {
        this.armedAt = undefined
    }
}

/** Seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

/** The kill points of a run of `writes` writes: the first, the last and `KILLS` drawn in between. */
function killPoints(writes: number, seed: number): number[] {
    const rnd = prng(seed)
    const points = new Set([1, writes])
    while (points.size < Math.min(writes, KILLS + 2)) points.add(1 + Math.floor(rnd() * writes))
    return [...points].sort((a, b) => a - b)
}

// ---- labs from one seeded database ------------------------------------------------------------------------------

/** A lab over a copy of the seeded database, with the app installed and a kill switch. */
function openCopy(): { lab: LabInstance; kill: KillSwitch } {
    copies += 1
    const path = join(dir, `copy-${copies}.db`)
    copyFileSync(SNAPSHOT, path)
    let clock = NOW
    const lab = new LabInstance({ clock: () => clock, dbPath: path })
    lab.install(builtAppRecords())
    ;(lab as unknown as { advance: (to: string) => void }).advance = (to) => {
        clock = to
    }
    return { lab, kill: new KillSwitch(lab) }
}

function advance(lab: LabInstance, to: string): void {
    ;(lab as unknown as { advance: (to: string) => void }).advance(to)
}

function rows(lab: LabInstance, sql: string, params: (string | number)[] = []): Record<string, unknown>[] {
    return lab.db.internal(sql, params)
}

function user(lab: LabInstance, name: string): LabUser {
    const u = lab.userByName(name)
    if (!u) throw new Error(`no user ${name}`)
    return u
}

/** Runs a job, settles its async work; a kill surfaces as `false`, any other error fails the test. */
function runJob(lab: LabInstance, name: string): boolean {
    try {
        lab.runJob(name)
        lab.settle()
        return true
    } catch (e) {
        if (!isKill(e)) throw e
        return false
    }
}

beforeAll(() => {
    const lab = new LabInstance({ clock: () => NOW, dbPath: SNAPSHOT })
    lab.install(builtAppRecords())
    seedLab(lab, { now: new Date('2026-11-15T12:00:00Z') })
    // ratings for the open demands, so a model change has scores to re-compute
    lab.runAsSystem(() => {
        const model = new GlideRecord('x_itvc_value_scoring_model')
        model.addQuery('is_default', true)
        model.addQuery('active', true)
        model.query()
        if (!model.next()) throw new Error('no default scoring model in the demo data')
        const criteria = new GlideRecord('x_itvc_value_criterion')
        criteria.addQuery('model', model.getUniqueValue())
        criteria.query()
        const ids: { id: string; min: number; max: number }[] = []
        while (criteria.next())
            ids.push({
                id: criteria.getUniqueValue(),
                min: Number(criteria.getValue('min_value')),
                max: Number(criteria.getValue('max_value')),
            })
        const assessor = user(lab, 'itvc.assessor').sysId
        // the demo data may rate some already: one rating per demand, criterion and assessor
        const rated = new Set<string>()
        const existing = new GlideRecord('x_itvc_value_rating')
        existing.addQuery('assessor', assessor)
        existing.query()
        while (existing.next()) rated.add(`${existing.getValue('demand')}|${existing.getValue('criterion')}`)
        const demands = new GlideRecord('dmn_demand')
        demands.addQuery('x_itvc_value_model', model.getUniqueValue())
        demands.addQuery('active', true)
        demands.query()
        let n = 0
        while (demands.next()) {
            n += 1
            ids.forEach((c, i) => {
                if (rated.has(`${demands.getUniqueValue()}|${c.id}`)) return
                const r = new GlideRecord('x_itvc_value_rating')
                r.initialize()
                r.setValue('demand', demands.getUniqueValue())
                r.setValue('criterion', c.id)
                r.setValue('assessor', assessor)
                r.setValue('value', String(c.min + ((n * 7 + i * 3) % (c.max - c.min + 1))))
                if (!r.insert()) throw new Error('a demo rating was refused')
            })
        }
    })
    lab.settle()
    lab.close()
}, 180_000)

// ---- end states -------------------------------------------------------------------------------------------------

/** Scorecards and their entries by natural key; duplicates show as repeated keys. */
function scorecardState(lab: LabInstance): string[] {
    return rows(
        lab,
        `SELECT s.period_label, s.period_type, s.dimension, s.dimension_key, m.key AS metric, e.value, e.status,
                e.target, e.previous_value, e.trend, e.delta, e.judgement
           FROM "x_itvc_value_scorecard_entry" e
           JOIN "x_itvc_value_snapshot" s ON s.sys_id = e.scorecard
           JOIN "x_itvc_value_metric" m ON m.sys_id = e.metric`
    )
        .map((r) => JSON.stringify(r))
        .concat(
            rows(
                lab,
                'SELECT period_label, period_type, dimension, dimension_key, COUNT(*) AS n FROM "x_itvc_value_snapshot" GROUP BY 1, 2, 3, 4'
            ).map((r) => `scorecard ${JSON.stringify(r)}`)
        )
        .sort()
}

/** Demand scores and ranks, project copies, and score history rows per demand and reason. */
function scoringState(lab: LabInstance): string[] {
    const demands = rows(
        lab,
        `SELECT number, x_itvc_value_score, x_itvc_value_ranking_value, x_itvc_value_rank, x_itvc_value_score_status,
                x_itvc_value_wsjf, x_itvc_value_rice, x_itvc_value_breakdown FROM "dmn_demand"`
    ).map((r) => `demand ${JSON.stringify(r)}`)
    const projects = rows(lab, 'SELECT number, x_itvc_value_score FROM "pm_project"').map(
        (r) => `project ${JSON.stringify(r)}`
    )
    const history = rows(
        lab,
        `SELECT d.number, h.reason, h.old_score, h.new_score, h.old_ranking_value, h.new_ranking_value, h.model_version
           FROM "x_itvc_value_score_history" h JOIN "dmn_demand" d ON d.sys_id = h.demand`
    ).map((r) => `history ${JSON.stringify(r)}`)
    const models = rows(
        lab,
        'SELECT name, version, rescore_pending, rerank_pending FROM "x_itvc_value_scoring_model"'
    ).map((r) => `model ${JSON.stringify(r)}`)
    return [...demands, ...projects, ...history, ...models].sort()
}

/** A benefit's periods and totals. */
function periodState(lab: LabInstance, benefit: string): string[] {
    const periods = rows(
        lab,
        `SELECT period_label, period_start, period_end, planned_amount, realised_amount, planned_functional,
                realised_functional, evidence FROM "x_itvc_value_benefit_period" WHERE benefit = ?`,
        [benefit]
    ).map((r) => `period ${JSON.stringify(r)}`)
    const totals = rows(
        lab,
        'SELECT planned_total, planned_to_date, realised_total, variance, state FROM "x_itvc_value_benefit" WHERE sys_id = ?',
        [benefit]
    ).map((r) => `benefit ${JSON.stringify(r)}`)
    return [...periods, ...totals].sort()
}

/** Rows of `actual` missing from `expected` plus rows `actual` has too many: duplicates and losses. */
function difference(expected: readonly string[], actual: readonly string[]): { lost: string[]; extra: string[] } {
    const count = (list: readonly string[]) => {
        const m = new Map<string, number>()
        for (const x of list) m.set(x, (m.get(x) ?? 0) + 1)
        return m
    }
    const e = count(expected)
    const a = count(actual)
    const lost: string[] = []
    const extra: string[] = []
    for (const [k, n] of e) for (let i = a.get(k) ?? 0; i < n; i++) lost.push(k)
    for (const [k, n] of a) for (let i = e.get(k) ?? 0; i < n; i++) extra.push(k)
    return { lost, extra }
}

interface Scenario {
    readonly name: string
    readonly check: string
    /** Prepares a fresh copy (before the work); returns the state reader. */
    readonly prepare: (lab: LabInstance) => () => string[]
    /** The work; false when it was killed. */
    readonly work: (lab: LabInstance) => boolean
    /** Re-runs after a kill, as production does. */
    readonly rerun: (lab: LabInstance) => void
}

const ROLLUP_JOB = 'IT Value: nightly scorecard roll-up'
const WORKER_JOB = 'IT Value: scorecard roll-up worker'
const RESCORE_JOB = 'IT Value: re-score demands'

function untilQuiet(lab: LabInstance, job: string, done: () => boolean, max = 50): void {
    for (let i = 0; i < max && !done(); i++) expect(runJob(lab, job)).toBe(true)
    expect(done()).toBe(true)
}

const pendingRuns = (lab: LabInstance) => () =>
    rows(lab, `SELECT COUNT(*) AS n FROM "x_itvc_value_rollup_run" WHERE state IN ('queued', 'running')`)[0]?.['n'] ===
    0
const pendingRescores = (lab: LabInstance) => () =>
    rows(
        lab,
        `SELECT COUNT(*) AS n FROM "x_itvc_value_scoring_model" WHERE rescore_pending = 1 OR rerank_pending = 1`
    )[0]?.['n'] === 0

const SCENARIOS: readonly Scenario[] = [
    {
        name: 'the nightly scorecard roll-up',
        check: 'fault-rollup',
        prepare: (lab) => () => scorecardState(lab),
        work: (lab) => runJob(lab, ROLLUP_JOB) && (untilQuiet(lab, WORKER_JOB, pendingRuns(lab)), true),
        rerun: (lab) => {
            // the worker continues a run whose transaction was killed once it is stale; the next night runs again
            advance(lab, '2026-11-15 14:00:00')
            untilQuiet(lab, WORKER_JOB, pendingRuns(lab))
            expect(runJob(lab, ROLLUP_JOB)).toBe(true)
            untilQuiet(lab, WORKER_JOB, pendingRuns(lab))
        },
    },
    {
        name: 'a re-score batch after a model change',
        check: 'fault-rescore',
        prepare: (lab) => {
            // a demand manager changes a weight: the model is queued for a re-score
            lab.runAs(user(lab, 'itvc.demand_manager'), () => {
                const c = new GlideRecord('x_itvc_value_criterion')
                c.addQuery('model.is_default', true)
                c.orderBy('order')
                c.setLimit(1)
                c.query()
                if (!c.next()) throw new Error('no criterion')
                c.setValue('weight', String(Number(c.getValue('weight')) + 2))
                if (!c.update()) throw new Error('the weight change was refused')
            })
            lab.settle()
            return () => scoringState(lab)
        },
        work: (lab) => {
            for (let i = 0; i < 50 && !pendingRescores(lab)(); i++) if (!runJob(lab, RESCORE_JOB)) return false
            return pendingRescores(lab)()
        },
        rerun: (lab) => untilQuiet(lab, RESCORE_JOB, pendingRescores(lab)),
    },
    {
        name: "a benefit's period generation (POST …/plan)",
        check: 'fault-periods',
        prepare: (lab) => {
            const benefit = String(
                rows(
                    lab,
                    `SELECT b.sys_id FROM "x_itvc_value_benefit" b
                      WHERE EXISTS (SELECT 1 FROM "x_itvc_value_benefit_period" p WHERE p.benefit = b.sys_id AND p.realised_amount IS NOT NULL)
                        AND b.granularity = 'month' ORDER BY b.number LIMIT 1`
                )[0]?.['sys_id']
            )
            // the request, fixed before the work: a bigger total over a range one year longer
            const end = String(
                rows(lab, 'SELECT end_date FROM "x_itvc_value_benefit" WHERE sys_id = ?', [benefit])[0]?.['end_date']
            )
            ;(lab as unknown as { plan: object }).plan = {
                benefit,
                body: { planned_total: '250000.00', end_date: `${Number(end.slice(0, 4)) + 1}${end.slice(4)}` },
            }
            return () => periodState(lab, benefit)
        },
        work: (lab) => plan(lab),
        rerun: (lab) => expect(plan(lab)).toBe(true),
    },
]

/** POST /benefits/{sys_id}/plan as the portfolio owner, with the request `prepare` fixed. */
function plan(lab: LabInstance): boolean {
    const { benefit, body } = (lab as unknown as { plan: { benefit: string; body: object } }).plan
    const res = new LabRestService(lab).handle(user(lab, 'itvc.portfolio_owner'), {
        method: 'POST',
        path: `/api/x_itvc_value/v1/benefits/${benefit}/plan`,
        query: {},
        headers: { 'content-type': 'application/json' },
        body,
    })
    lab.settle()
    if (!res) throw new Error('no plan route')
    if (res.status === 500 && JSON.stringify(res.body).includes('LAB-KILL')) return false
    if (res.status !== 200) throw new Error(`plan: ${res.status} ${JSON.stringify(res.body)}`)
    return true
}

describe('work killed at random points and re-run', () => {
    it.each(SCENARIOS.map((s, i) => [s.name, s, i] as const))(
        '%s ends as an undisturbed run: nothing duplicated, nothing lost',
        (_name, scenario, index) => {
            // the undisturbed run: its end state and how many writes it makes
            const reference = openCopy()
            const readReference = scenario.prepare(reference.lab)
            reference.kill.writes = 0
            expect(scenario.work(reference.lab)).toBe(true)
            const writes = reference.kill.writes
            const expected = readReference()
            reference.lab.close()
            expect(writes).toBeGreaterThan(0)

            const violations = new Set<string>()
            for (const at of killPoints(writes, 1000 + index)) {
                const { lab, kill } = openCopy()
                const read = scenario.prepare(lab)
                kill.arm(at)
                const finished = scenario.work(lab)
                kill.disarm()
                if (kill.fired) tally.faultsInjected += 1
                expect({ at, killed: !finished }).toEqual({ at, killed: kill.fired })
                scenario.rerun(lab)
                const { lost, extra } = difference(expected, read())
                const found = [
                    ...lost.map((l) => `lost: ${l.split(' ')[0]}`),
                    ...extra.map((x) => `extra: ${x.split(' ')[0]}`),
                ]
                for (const f of found) {
                    violations.add(f)
                    // records of an open finding are counted apart; any other loss fails the test below
                    if (knownFor(scenario.check).some((k) => k.subject === f)) tally.recordsLostInOpenFindings += 1
                    else tally.recordsLost += 1
                }
                if (lost.length || extra.length)
                    console.warn(`${scenario.name}, killed at write ${at} of ${writes}:`, { lost, extra })
                lab.close()
            }
            const { unexpected, fixed } = ratchet(scenario.check, [...violations])
            expect({ unexpected, fixedButStillListed: fixed }).toEqual({ unexpected: [], fixedButStillListed: [] })
        },
        300_000
    )
})

describe('concurrent actuals on one benefit period', () => {
    it('keep the last write whole, write each one, and keep the benefit totals equal to its periods', async () => {
        const t = await startCliLab()
        try {
            const fx = new Fixtures(t.lab)
            const owner = fx.userId('itvc.benefit_owner')
            const period = fx.periodOwnedBy(owner)
            const benefit = String(fx.read('x_itvc_value_benefit_period', period)?.['benefit'])
            const label = String(fx.read('x_itvc_value_benefit_period', period)?.['period_label'])
            // an audit trail of the lab's writes to the period (an instance audits the table: sys_audit)
            const trail: string[] = []
            const db = t.lab.db as unknown as { write: (sql: string, params?: readonly unknown[]) => number }
            const write = db.write.bind(db)
            db.write = (sql, params) => {
                if (/^UPDATE "x_itvc_value_benefit_period"/.test(sql) && params?.includes(period)) trail.push(sql)
                return write(sql, params)
            }
            const before = Number(fx.read('x_itvc_value_benefit_period', period)?.['sys_mod_count'])
            const writers = ['itvc.benefit_owner', 'itvc.portfolio_owner']
            const sent = Array.from({ length: 24 }, (_, i) => ({
                who: writers[i % 2] as string,
                realised: `${100 + i}.${String(i).padStart(2, '0')}`,
                evidence: `write ${i}`,
            }))
            const answers = await Promise.all(
                sent.map((s) =>
                    fetch(`${t.url}/api/x_itvc_value/v1/benefits/${benefit}/actuals`, {
                        method: 'POST',
                        headers: {
                            Authorization: `Basic ${Buffer.from(`${s.who}:${passwordOf(s.who)}`).toString('base64')}`,
                            'Content-Type': 'application/json',
                            Accept: 'application/json',
                        },
                        body: JSON.stringify({
                            actuals: [{ period: label, realised: s.realised, evidence: s.evidence }],
                        }),
                    }).then(async (r) => ({ status: r.status, body: await r.json() }))
                )
            )
            t.lab.settle()
            tally.faultsInjected += sent.length
            expect(answers.map((a) => a.status)).toEqual(sent.map(() => 200))
            const final = fx.read('x_itvc_value_benefit_period', period)
            // the last write wins whole: its amount and its evidence together
            const last = sent.find((s) => s.evidence === final?.['evidence'])
            expect(last).toBeDefined()
            expect(final?.['realised_amount']).toBe(last?.realised)
            // every write was a write of its own: the trail and the modification count have all of them
            expect(trail.length).toBeGreaterThanOrEqual(sent.length)
            expect(Number(final?.['sys_mod_count']) - before).toBeGreaterThanOrEqual(sent.length)
            // the benefit's total is its periods' sum
            const sum = rows(
                t.lab,
                'SELECT SUM(realised_amount) AS s FROM "x_itvc_value_benefit_period" WHERE benefit = ?',
                [benefit]
            )[0]?.['s']
            const total = fx.read('x_itvc_value_benefit', benefit)?.['realised_total']
            expect(Number(total)).toBeCloseTo(Number(sum), 2)
        } finally {
            await t.close()
        }
    })

    it('are audited on an instance: the period and benefit tables carry audit=true', () => {
        for (const table of ['x_itvc_value_benefit_period', 'x_itvc_value_benefit']) {
            const collection = builtAppRecords()
                .of('sys_dictionary')
                .find((d) => d.fields.name === table && d.fields.internal_type === 'collection')
            expect({ table, audit: collection?.fields['audit'] }).toEqual({ table, audit: 'true' })
        }
    })
})

function passwordOf(name: string): string {
    const passwords: Record<string, string> = {
        'itvc.benefit_owner': 'BenefitOwner#2026',
        'itvc.portfolio_owner': 'PortfolioOwner#2026',
    }
    return passwords[name] as string
}

describe('the CLI under the lab fault mode', () => {
    let t: CliLab
    let work: string
    const benefits: string[] = []
    const csvRows: { benefit: string; period: string; realised: string }[] = []

    beforeAll(async () => {
        t = await startCliLab()
        work = mkdtempSync(join(tmpdir(), 'itvc-cli-faults-'))
        const fx = new Fixtures(t.lab)
        const owner = fx.userId('itvc.portfolio_owner')
        for (let b = 0; b < 4; b++) {
            let benefit = ''
            for (let p = 0; p < 12; p++) {
                const period = fx.periodOwnedBy(owner)
                benefit = String(fx.read('x_itvc_value_benefit_period', period)?.['benefit'])
            }
            benefits.push(benefit)
        }
    }, 60_000)

    afterAll(async () => {
        await t.close()
        rmSync(work, { recursive: true, force: true })
    })

    /** Realised amounts by benefit, period by period. */
    function actualsNow(): Map<string, { label: string; realised: unknown }[]> {
        const out = new Map<string, { label: string; realised: unknown }[]>()
        for (const benefit of benefits)
            out.set(
                benefit,
                rows(
                    t.lab,
                    'SELECT period_label, realised_amount FROM "x_itvc_value_benefit_period" WHERE benefit = ? ORDER BY period_label',
                    [benefit]
                ).map((r) => ({ label: String(r['period_label']), realised: r['realised_amount'] }))
            )
        return out
    }

    it.each([1, 2, 3, 4, 5])(
        'imports every actual exactly once or nothing, and exports every benefit (fault seed %i)',
        async (seed) => {
            csvRows.length = 0
            benefits.forEach((benefit, b) => {
                for (let m = 1; m <= 6; m++)
                    csvRows.push({
                        benefit,
                        period: `FY2026-M${String(m).padStart(2, '0')}`,
                        realised: `${seed * 1000 + b * 10 + m}.50`,
                    })
            })
            const before = actualsNow()
            const file = join(work, `actuals-${seed}.csv`)
            writeFileSync(
                file,
                ['benefit,period,realised', ...csvRows.map((r) => `${r.benefit},${r.period},${r.realised}`)].join('\n')
            )
            const faultRules = (path: string) => [
                { path, fault: { kind: 'rate_limit' as const, retryAfterSeconds: 1 }, probability: 0.1 },
                { path, fault: { kind: 'unavailable' as const }, probability: 0.06 },
                { path, fault: { kind: 'bad_gateway' as const, afterEngine: true }, probability: 0.06 },
                { path, fault: { kind: 'socket_reset' as const, afterEngine: true }, probability: 0.06 },
                { path, fault: { kind: 'transaction_cancelled' as const }, probability: 0.06 },
            ]
            t.requests.length = 0
            t.faults({ seed, rules: [...faultRules('/api/x_itvc_value/'), ...faultRules('/api/now/')] })
            const imported = await itvc(t.url, ['actuals', 'import', file], { user: 'itvc.portfolio_owner' })
            const exported = await itvc(t.url, ['benefits', 'export', '--format', 'json', '--out', '-'], {
                user: 'itvc.portfolio_owner',
            })
            t.faults(undefined)
            t.lab.settle()
            const fired = t.requests.filter((r) => r.faults.length > 0).length
            tally.faultsInjected += fired
            expect(fired).toBeGreaterThan(0)
            // all or nothing: every actual landed once (exit 0), or the import failed cleanly and nothing changed
            const after = actualsNow()
            let lost = 0
            for (const benefit of benefits) expect(after.get(benefit)).toHaveLength(12)
            if (imported.code === 0) {
                for (const r of csvRows) {
                    const got = after.get(r.benefit)?.find((p) => p.label === r.period)
                    if (Number(got?.realised) !== Number(r.realised)) lost += 1
                }
            } else {
                expect([4, 6]).toContain(imported.code)
                expect(imported.stderr).toMatch(/nothing is applied|nothing was sent|gave up/)
                for (const benefit of benefits)
                    if (JSON.stringify(after.get(benefit)) !== JSON.stringify(before.get(benefit))) lost += 1
            }
            tally.recordsLost += lost
            expect(lost).toBe(0)
            expect(exported.code).toBe(0)
            const listed = (JSON.parse(exported.stdout) as { sys_id: string }[]).map((r) => r.sys_id)
            expect(new Set(listed).size).toBe(listed.length)
            for (const b of benefits) expect(listed).toContain(b)
        }
    )
})

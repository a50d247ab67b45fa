/**
 * The lab's scheduler (`npm start`): the app's scheduled jobs run when the platform would run them, the event queue
 * is processed, and a failing job is logged without stopping the lab.
 */
import { describe, expect, it } from '@jest/globals'
import type { JobDef } from '../../scripts/lab/engine/install.ts'
import { GlideRecord, gs } from '../../scripts/lab/glide/index.ts'
import { LabScheduler, nextRunAt } from '../../scripts/lab/scheduler.ts'
import { appLab } from './app-lab.ts'

const job = (fields: Partial<JobDef>): JobDef => ({
    sysId: 'j1',
    name: 'job',
    runType: 'daily',
    runTime: '1970-01-01 01:30:00',
    runDayOfWeek: '1',
    runDayOfMonth: '1',
    runPeriod: '',
    runStart: '2026-01-01 00:00:00',
    timeZone: 'UTC',
    script: '',
    active: true,
    ...fields,
})

const at = (iso: string): number => Date.parse(`${iso}Z`)
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 19))

describe('nextRunAt', () => {
    it('runs a daily job at its time, today when still ahead, else tomorrow', () => {
        expect(iso(nextRunAt(job({}), at('2026-11-29T00:00:00')))).toBe('2026-11-29T01:30:00')
        expect(iso(nextRunAt(job({}), at('2026-11-29T01:30:00')))).toBe('2026-11-30T01:30:00')
        expect(iso(nextRunAt(job({}), at('2026-11-29T12:00:00')))).toBe('2026-11-30T01:30:00')
    })

    it('counts periodic runs from the start', () => {
        const worker = job({
            runType: 'periodically',
            runPeriod: '1970-01-01 00:05:00',
            runStart: '2026-01-01 00:02:00',
        })
        expect(iso(nextRunAt(worker, at('2026-11-29T12:00:00')))).toBe('2026-11-29T12:02:00')
        expect(iso(nextRunAt(worker, at('2026-11-29T12:02:00')))).toBe('2026-11-29T12:07:00')
        expect(iso(nextRunAt(worker, at('2025-06-01T00:00:00')))).toBe('2026-01-01T00:02:00')
        const daily = job({ runType: 'periodically', runPeriod: '1970-01-02 00:00:00' })
        expect(iso(nextRunAt(daily, at('2026-03-10T01:00:00')))).toBe('2026-03-11T00:00:00')
    })

    it('runs a monthly job on its day, or on the last day of a shorter month', () => {
        const digest = job({ runType: 'monthly', runDayOfMonth: '2', runTime: '1970-01-01 06:00:00' })
        expect(iso(nextRunAt(digest, at('2026-11-29T00:00:00')))).toBe('2026-12-02T06:00:00')
        const endOfMonth = job({ runType: 'monthly', runDayOfMonth: '31' })
        expect(iso(nextRunAt(endOfMonth, at('2027-02-01T00:00:00')))).toBe('2027-02-28T01:30:00')
    })

    it('runs a weekly job on its day (1 = Monday)', () => {
        // 2026-11-29 is a Sunday
        expect(iso(nextRunAt(job({ runType: 'weekly', runDayOfWeek: '1' }), at('2026-11-29T00:00:00')))).toBe(
            '2026-11-30T01:30:00'
        )
        expect(iso(nextRunAt(job({ runType: 'weekly', runDayOfWeek: '7' }), at('2026-11-29T00:00:00')))).toBe(
            '2026-11-29T01:30:00'
        )
    })

    it('never runs an inactive, on-demand or once job, nor a schedule it cannot read', () => {
        const now = at('2026-11-29T00:00:00')
        expect(nextRunAt(job({ active: false }), now)).toBeNull()
        expect(nextRunAt(job({ runType: 'on_demand' }), now)).toBeNull()
        expect(nextRunAt(job({ runType: 'once' }), now)).toBeNull()
        expect(nextRunAt(job({ runTime: '01:30' }), now)).toBeNull()
        expect(nextRunAt(job({ runType: 'periodically', runPeriod: '1970-01-01 00:00:00' }), now)).toBeNull()
    })
})

describe('LabScheduler over the built app', () => {
    it('runs the app jobs when they are due, each once, and processes queued events', () => {
        const lab = appLab()
        let now = at('2026-11-29T01:00:00')
        const lines: string[] = []
        const scheduler = new LabScheduler(lab, { now: () => now, log: (l) => lines.push(l) })
        const upcoming = scheduler.upcoming()
        expect(upcoming.size).toBe(lab.jobs().filter((j) => j.active).length)
        expect(iso(upcoming.get('IT Value: nightly scorecard roll-up') ?? null)).toBe('2026-11-29T01:30:00')

        expect(scheduler.tick().map((r) => r.job)).toEqual([]) // 01:00: the worker ran at 00:55 … not yet due
        now = at('2026-11-29T01:05:00')
        expect(scheduler.tick().map((r) => r.job)).toEqual(
            expect.arrayContaining(['IT Value: scorecard roll-up worker', 'IT Value: re-score demands'])
        )
        now = at('2026-11-29T01:31:00')
        const names = scheduler.tick().map((r) => r.job)
        expect(names).toContain('IT Value: nightly scorecard roll-up')
        expect(names).toContain('IT Value: scorecard roll-up worker')
        expect(names).not.toContain('IT Value: monthly scorecard digest')
        expect(scheduler.tick()).toEqual([]) // nothing twice
        expect(scheduler.runs.every((r) => r.ok)).toBe(true)
        const runs = lab.runAsSystem(() => {
            const r = new GlideRecord('x_itvc_value_rollup_run')
            r.query()
            return r.getRowCount()
        }).value
        expect(runs).toBeGreaterThan(0)

        lab.runAsSystem(() => gs.eventQueue('x_itvc_value.lab.scheduler.probe', null, 'a', 'b'))
        const ready = (): number =>
            lab.runAsSystem(() => {
                const e = new GlideRecord('sysevent')
                e.addQuery('state', 'ready')
                e.query()
                return e.getRowCount()
            }).value
        expect(ready()).toBe(1)
        now += 11_000
        scheduler.tick()
        expect(ready()).toBe(0)
        expect(lines.some((l) => l.includes('ran job "IT Value: nightly scorecard roll-up"'))).toBe(true)
    })

    it('logs a job that throws and keeps scheduling it', () => {
        const lab = appLab()
        const broken = lab.jobs()[0] as JobDef
        const original = lab.runJob.bind(lab)
        lab.runJob = (name: string) => {
            if (name === broken.sysId) throw new Error('boom')
            return original(name)
        }
        let now = at('2026-11-29T00:00:00')
        const lines: string[] = []
        const scheduler = new LabScheduler(lab, { now: () => now, log: (l) => lines.push(l) })
        const due = scheduler.upcoming().get(broken.name) as number
        now = due
        const run = scheduler.tick().find((r) => r.job === broken.name)
        expect(run).toMatchObject({ ok: false, error: 'boom' })
        expect(lines).toContain(`[lab] job "${broken.name}" failed: boom`)
        expect((scheduler.upcoming().get(broken.name) as number) > due).toBe(true)
    })
})

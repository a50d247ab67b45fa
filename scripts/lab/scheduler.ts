/**
 * The lab's scheduler: runs the installed app's scheduled jobs (`sysauto_script`) when the platform would, and the
 * event queue (`sysevent` → notifications) every few seconds, so a lab left running behaves like an instance: the
 * nightly roll-up runs at 01:30 UTC, the roll-up worker every 5 minutes picks up a back-fill queued from the page or
 * the CLI, and queued events become emails.
 *
 * Schedules are read from the job records as the platform stores them: `run_type` daily / weekly / monthly /
 * periodically (once and on-demand jobs never run by themselves), `run_time` and `run_period` as
 * `1970-01-01 HH:mm:ss`, `run_dayofweek` 1 = Monday … 7 = Sunday, `run_dayofmonth` (past the month's end: its last
 * day), `run_start`. Times are UTC (every job of the app says `time_zone` UTC; another zone is reported and treated
 * as UTC). A job that throws is logged and scheduled again; it never stops the lab.
 */
import type { JobDef } from './engine/install.ts'
import { processEvents } from './engine/notifications.ts'
import type { LabInstance } from './instance.ts'

const DAY_MS = 86_400_000

/** Milliseconds since midnight of a `1970-01-01 HH:mm:ss` time or duration; null when it is not one. */
function timeOfDayMs(value: string): number | null {
    const m = /^1970-01-0(\d) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
    if (!m) return null
    const [, day, h, min, s] = m.map(Number) as [number, number, number, number, number]
    return (day - 1) * DAY_MS + ((h * 60 + min) * 60 + s) * 1000
}

/** Epoch ms of a UTC `yyyy-MM-dd HH:mm:ss`; null when it is not one. */
function utcMs(value: string): number | null {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim())
    if (!m) return null
    const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number]
    return Date.UTC(y, mo - 1, d, h, mi, s)
}

/**
 * When a job next runs strictly after `after` (epoch ms, UTC), or null when it never runs by itself (inactive, once,
 * on demand, or a schedule that does not parse).
 * @example nextRunAt({ runType: 'daily', runTime: '1970-01-01 01:30:00', … }, Date.UTC(2026, 10, 29, 12))
 * //=> Date.UTC(2026, 10, 30, 1, 30)
 */
export function nextRunAt(job: JobDef, after: number): number | null {
    if (!job.active) return null
    const start = utcMs(job.runStart) ?? 0
    const from = Math.max(after, start - 1)
    if (job.runType === 'periodically') {
        const period = timeOfDayMs(job.runPeriod)
        if (period === null || period <= 0) return null
        const k = Math.floor((from - start) / period) + 1
        return start + Math.max(k, 0) * period
    }
    const time = timeOfDayMs(job.runTime)
    if (time === null || time >= DAY_MS) return null
    const dayStart = Math.floor(from / DAY_MS) * DAY_MS
    // a schedule repeats at most once a day: look at most ~a year of days ahead
    for (let day = dayStart; day < dayStart + 400 * DAY_MS; day += DAY_MS) {
        const at = day + time
        if (at <= from) continue
        const date = new Date(day)
        if (job.runType === 'daily') return at
        if (job.runType === 'weekly') {
            const isoDay = ((date.getUTCDay() + 6) % 7) + 1
            if (String(isoDay) === (job.runDayOfWeek || '1')) return at
            continue
        }
        if (job.runType === 'monthly') {
            const wanted = Number(job.runDayOfMonth || '1')
            const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
            if (date.getUTCDate() === Math.min(Math.max(wanted, 1), last)) return at
            continue
        }
        return null
    }
    return null
}

/** What the scheduler reports. */
export interface SchedulerLog {
    (line: string): void
}

/** Options of the scheduler. */
export interface SchedulerOptions {
    /** The clock (epoch ms); the machine's by default. */
    readonly now?: () => number
    /** How often the event queue is processed (ms); 10 s by default. */
    readonly eventEveryMs?: number
    readonly log?: SchedulerLog
}

/** One job run, as the scheduler saw it. */
export interface JobRun {
    readonly job: string
    readonly at: number
    readonly ok: boolean
    readonly queries: number
    readonly ms: number
    readonly error?: string
}

/** A job's schedule as a key: a reinstall that changes the schedule plans the job again. */
function scheduleKey(job: JobDef): string {
    return [
        job.sysId,
        job.active,
        job.runType,
        job.runTime,
        job.runPeriod,
        job.runDayOfWeek,
        job.runDayOfMonth,
        job.runStart,
    ].join('|')
}

/** Runs the lab's jobs on their schedules. `tick()` does one round (tests call it with a fake clock). */
export class LabScheduler {
    private readonly due = new Map<string, number | null>()
    private timer: NodeJS.Timeout | undefined
    private lastEvents = 0
    private readonly now: () => number
    private readonly eventEveryMs: number
    private readonly log: SchedulerLog
    readonly runs: JobRun[] = []

    constructor(
        private readonly lab: LabInstance,
        options: SchedulerOptions = {}
    ) {
        this.now = options.now ?? Date.now
        this.eventEveryMs = options.eventEveryMs ?? 10_000
        this.log = options.log ?? ((line) => console.log(line))
        this.lastEvents = this.now()
    }

    /** The next run of every active scheduled job (job name → epoch ms), as of now. */
    upcoming(): Map<string, number> {
        this.plan()
        const out = new Map<string, number>()
        for (const job of this.lab.jobs()) {
            const at = this.due.get(scheduleKey(job))
            if (at !== null && at !== undefined) out.set(job.name, at)
        }
        return out
    }

    /** Runs every job that is due, then the event queue when its time has come. Returns the jobs run. */
    tick(): JobRun[] {
        this.plan()
        const now = this.now()
        const ran: JobRun[] = []
        for (const job of this.lab.jobs()) {
            const key = scheduleKey(job)
            const at = this.due.get(key)
            if (at === null || at === undefined || at > now) continue
            ran.push(this.run(job, now))
            this.due.set(key, nextRunAt(job, now))
        }
        if (ran.length > 0 || now - this.lastEvents >= this.eventEveryMs) {
            this.lastEvents = now
            try {
                const events = processEvents(this.lab)
                if (events.emails > 0)
                    this.log(`[lab] processed ${events.events} events: ${events.emails} emails (sys_email)`)
            } catch (e) {
                this.log(`[lab] event processing failed: ${e instanceof Error ? e.message : String(e)}`)
            }
        }
        return ran
    }

    /** Starts ticking on a timer (unref'd: it never keeps the process alive by itself). */
    start(): void {
        this.stop()
        for (const job of this.lab.jobs())
            if (job.active && job.timeZone !== '' && job.timeZone !== 'UTC')
                this.log(`[lab] job "${job.name}" runs in ${job.timeZone}; the lab schedules it in UTC`)
        const loop = (): void => {
            this.tick()
            const next = Math.min(this.nextDue() ?? Infinity, this.now() + this.eventEveryMs)
            this.timer = setTimeout(loop, Math.max(250, Math.min(next - this.now(), 2 ** 31 - 1)))
            this.timer.unref()
        }
        this.timer = setTimeout(loop, Math.min(this.eventEveryMs, 1000))
        this.timer.unref()
    }

    stop(): void {
        if (this.timer !== undefined) clearTimeout(this.timer)
        this.timer = undefined
    }

    private nextDue(): number | null {
        let min: number | null = null
        for (const at of this.due.values()) if (at !== null && (min === null || at < min)) min = at
        return min
    }

    /** Schedules jobs installed since the last round (an upgrade may add or change jobs). */
    private plan(): void {
        const now = this.now()
        const ids = new Set<string>()
        for (const job of this.lab.jobs()) {
            const key = scheduleKey(job)
            ids.add(key)
            if (!this.due.has(key)) this.due.set(key, nextRunAt(job, now))
        }
        for (const id of [...this.due.keys()]) if (!ids.has(id)) this.due.delete(id)
    }

    private run(job: JobDef, at: number): JobRun {
        const started = performance.now()
        try {
            const result = this.lab.runJob(job.sysId)
            this.lab.settle()
            const run: JobRun = {
                job: job.name,
                at,
                ok: true,
                queries: result.stats.queries,
                ms: Math.round(performance.now() - started),
            }
            this.runs.push(run)
            this.log(`[lab] ran job "${job.name}" (${run.queries} queries, ${run.ms} ms)`)
            return run
        } catch (e) {
            const error = e instanceof Error ? e.message : String(e)
            const run: JobRun = {
                job: job.name,
                at,
                ok: false,
                queries: 0,
                ms: Math.round(performance.now() - started),
                error,
            }
            this.runs.push(run)
            this.log(`[lab] job "${job.name}" failed: ${error}`)
            return run
        }
    }
}

/**
 * Gives a served lab a year of scorecard history, the way a portfolio owner would: one back-fill through the app's
 * REST API (`POST /api/x_itvc_value/v1/scorecard/rollups`, the last 12 fiscal months with their quarters and years,
 * every dimension), then the roll-up worker job until the run is complete. The nightly job alone computes only the
 * current and previous periods, so without this the trend views of a fresh lab have two points.
 * Used by the browser tests and the README screenshot (`npm run screenshot`).
 */
import type { RunningLab } from './boot.ts'
import { DEMO_USERS } from '../seed/people.ts'

/** The roll-up worker that continues queued runs (src/fluent/jobs/scorecard.now.ts). */
export const ROLLUP_WORKER_JOB = 'IT Value: scorecard roll-up worker'

/** What the back-fill did. */
export interface HistoryReport {
    readonly from: string
    readonly to: string
    readonly periods: number
    readonly entriesWritten: number
    readonly workerRuns: number
    readonly ms: number
}

function basicAuth(userName: string): string {
    const user = DEMO_USERS.find((u) => u.userName === userName)
    if (!user) throw new Error(`no demo user ${userName}`)
    return `Basic ${Buffer.from(`${user.userName}:${user.password}`).toString('base64')}`
}

async function api(lab: RunningLab, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
    const res = await fetch(`${lab.url}/api/x_itvc_value/v1${path}`, {
        method,
        headers: {
            Authorization: basicAuth('itvc.portfolio_owner'),
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`)
    const parsed = JSON.parse(text) as { result?: Record<string, unknown> }
    return parsed.result ?? {}
}

/**
 * Back-fills the last `months` fiscal months (and the quarters and years they fall in) for every dimension.
 * @example await backfillScorecardHistory(running) //=> { from: 'FY2026-M01', to: 'FY2026-M12', periods: 17, ... }
 */
export async function backfillScorecardHistory(lab: RunningLab, months = 12): Promise<HistoryReport> {
    const started = Date.now()
    const current = await api(lab, 'GET', '/scorecard')
    const perspectives = (current['perspectives'] ?? []) as { metrics: { key: string }[] }[]
    const metric = perspectives.flatMap((p) => p.metrics)[0]?.key
    if (metric === undefined) throw new Error('the current scorecard has no metric: run the nightly roll-up first')
    const trend = await api(lab, 'GET', `/scorecard/trend?metric=${metric}&period_type=month&periods=${months}`)
    const labels = ((trend['points'] ?? []) as { period: string }[]).map((p) => p.period)
    const from = labels[0]
    const to = labels[labels.length - 1]
    if (from === undefined || to === undefined) throw new Error('the trend route listed no months')
    const run = await api(lab, 'POST', '/scorecard/rollups', {
        from,
        to,
        period_types: ['month', 'quarter', 'year'],
        dimensions: ['all', 'portfolio', 'business_service', 'value_category'],
    })
    const id = String(run['sys_id'])
    let state = String(run['state'])
    let progress = run
    let workerRuns = 0
    while (state !== 'complete' && state !== 'failed' && workerRuns < 200) {
        lab.lab.runJob(ROLLUP_WORKER_JOB)
        workerRuns++
        progress = await api(lab, 'GET', `/scorecard/rollups/${id}`)
        state = String(progress['state'])
    }
    if (state !== 'complete')
        throw new Error(`the back-fill ${id} ended ${state}: ${JSON.stringify(progress['errors'])}`)
    return {
        from,
        to,
        periods: ((progress['periods'] ?? []) as unknown[]).length,
        entriesWritten: Number(progress['entries_written'] ?? 0),
        workerRuns,
        ms: Date.now() - started,
    }
}

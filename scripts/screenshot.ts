/**
 * `npm run screenshot`: the README's picture of the scorecard page, taken from the lab. Boots an in-memory lab with
 * the built app (dist/app) and the demo data as of a fixed date (so the picture only changes when the page or the
 * data does), runs the jobs, back-fills a year of scorecards through the REST API, logs in as the demo portfolio
 * owner in headless Chromium and saves docs/scorecard.png. It also prints the page's load figures (median of
 * `--runs` reloads, 5 by default): first render and scorecard data on screen, from the page's own User Timing marks.
 *
 *   npm run build && npm run screenshot -- [--runs 5] [--out docs/scorecard.png]
 */
import './lab/register.ts'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { launchChromium, logIn, newPage } from './browser/chromium.ts'
import { serveLab } from './lab/boot.ts'
import { backfillScorecardHistory } from './lab/demo-history.ts'
import { LabInstance } from './lab/instance.ts'
import { seedLab } from './lab/seed-lab.ts'
import { loadAppRecords } from './metadata/app-records.ts'

const ROOT = join(__dirname, '..')
const APP_DIR = join(ROOT, 'dist', 'app')
/** "Now" of the demo data in the picture. */
const DEMO_NOW = '2026-11-15T12:00:00Z'
const PAGE = '/x_itvc_value_scorecard.do'

function option(name: string, fallback: string): string {
    const i = process.argv.indexOf(`--${name}`)
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

async function main(): Promise<void> {
    const out = join(ROOT, option('out', 'docs/scorecard.png'))
    const runs = Math.max(1, Number(option('runs', '5')) || 5)
    if (!existsSync(APP_DIR)) throw new Error('dist/app is missing: run "npm run build" first')

    const started = Date.now()
    const lab = new LabInstance({ clock: () => DEMO_NOW.replace('T', ' ').replace('Z', '') })
    lab.install(loadAppRecords(APP_DIR))
    seedLab(lab, { now: new Date(DEMO_NOW) })
    for (const job of lab.jobs()) lab.runJob(job.name)
    const running = await serveLab(lab, 0)
    const history = await backfillScorecardHistory(running)
    console.log(
        `[screenshot] lab ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${history.periods} periods back-filled, ${history.entriesWritten} entries)`
    )

    const browser = await launchChromium()
    try {
        const page = await newPage(browser, { width: 1440, height: 1000 })
        await logIn(page, running.url, 'itvc.portfolio_owner', PAGE)
        const timings: { firstRender: number; dataLoaded: number }[] = []
        for (let i = 0; i < runs; i++) {
            await page.reload()
            await page.waitForSelector('[data-metric] [data-testid=metric-value]')
            timings.push(
                await page.evaluate(() => ({
                    firstRender: performance.getEntriesByName('itvc:first-render')[0]?.startTime ?? Number.NaN,
                    dataLoaded: performance.getEntriesByName('itvc:data-loaded')[0]?.startTime ?? Number.NaN,
                }))
            )
        }
        // the sparklines come from their own trend calls: wait until all have drawn
        await page.waitForFunction("document.querySelectorAll('.itvc-sparkline--loading').length === 0")
        mkdirSync(dirname(out), { recursive: true })
        await page.screenshot({ path: out, fullPage: true })
        console.log(`[screenshot] saved ${out.slice(ROOT.length + 1)}`)
        console.log(
            `[screenshot] page load over ${runs} reload(s), median: first render ${median(timings.map((t) => t.firstRender)).toFixed(0)} ms, scorecard data on screen ${median(timings.map((t) => t.dataLoaded)).toFixed(0)} ms`
        )
    } finally {
        await browser.close()
        await running.close()
        lab.close()
    }
}

main().catch((error: unknown) => {
    console.error(`[screenshot] ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
})

/**
 * The scorecard's scheduled work (README "The value scorecard"): the nightly roll-up, the fiscal-year roll-up after
 * each quarter, the worker that continues queued and killed runs, and the monthly digest.
 */
import { gs } from '@servicenow/glide'
import type { FiscalPeriod, RunKind } from '../core/index.ts'
import {
    buildDigest,
    digestHtml,
    DIMENSIONS,
    fiscalYearAfterQuarter,
    nightlyPeriods,
    periodContaining,
    previousPeriod,
    runRollup,
} from '../core/index.ts'
import {
    glideClock,
    minutesAgo,
    readCatalog,
    readScorecardConfig,
    scorecardLogger,
    today,
} from '../adapters/glide-scorecard-config.ts'
import { digestRecipients, queueDigest, readDigestEntries } from '../adapters/glide-scorecard-digest.ts'
import { glideScorecardSource, newMeter } from '../adapters/glide-scorecard-source.ts'
import type { NewRun } from '../adapters/glide-scorecard-store.ts'
import {
    computedSince,
    glideScorecardStore,
    insertRun,
    readRun,
    runsToContinue,
} from '../adapters/glide-scorecard-store.ts'

/** Continues a run within the configured budget (chunks and seconds per invocation). */
export function continueRun(sysId: string): void {
    const found = readRun(sysId, false)
    if (!found) return
    const config = readScorecardConfig()
    const meter = newMeter()
    const metrics = readCatalog(false)
    meter.tick()
    const ports = {
        source: glideScorecardSource(meter),
        store: glideScorecardStore(meter),
        clock: glideClock,
        meter,
        logger: scorecardLogger,
    }
    const context = { metrics, fiscal: config.fiscal, graceDays: config.graceDays }
    const budget = { maxChunks: config.settings.maxChunksPerRun, maxMillis: config.settings.timeBudgetSeconds * 1000 }
    runRollup(found.run, context, ports, budget)
}

function startRun(kind: RunKind, periods: readonly FiscalPeriod[]): void {
    const run: NewRun = {
        kind,
        from: periods[0]?.label ?? '',
        to: periods[periods.length - 1]?.label ?? '',
        periods: periods.map((p) => p.label),
        dimensions: DIMENSIONS,
        asOf: today(),
        requestedBy: gs.getUserID(),
    }
    const inserted = insertRun(run, false)
    if (inserted) continueRun(inserted.run.sysId)
}

/** Nightly: the previous and current fiscal month and quarter, so late entries change last period's scorecards. */
export function runNightlyRollup(): void {
    startRun('nightly', nightlyPeriods(today(), readScorecardConfig().fiscal))
}

/** Daily: after a quarter ends, rolls up its fiscal year once (year to date, or final after Q4). */
export function runFiscalYearRollup(): void {
    const due = fiscalYearAfterQuarter(today(), readScorecardConfig().fiscal)
    if (!due.ok || computedSince(due.value.year.label, `${due.value.quarter.end} 23:59:59`)) return
    startRun('fiscal_year', [due.value.year])
}

/** Every few minutes: continues the oldest queued run, or one whose transaction was killed. */
export function continueRollups(): void {
    for (const id of runsToContinue(minutesAgo(readScorecardConfig().settings.staleRunMinutes), 1)) continueRun(id)
}

/** Monthly: the previous fiscal month's reds and top movers, to the portfolio owners. */
export function sendScorecardDigest(): void {
    const config = readScorecardConfig()
    const month = previousPeriod(periodContaining(today(), 'month', config.fiscal), config.fiscal)
    if (!month.ok) return
    const digest = buildDigest(
        month.value.label,
        readDigestEntries(month.value.label, readCatalog(false)),
        config.settings.digestTopMovers
    )
    if (!queueDigest(month.value.label, digestHtml(digest, config.currency), digestRecipients())) {
        gs.warn(`Scorecard digest: ${month.value.label} has no scorecard yet; nothing was sent`)
    }
}

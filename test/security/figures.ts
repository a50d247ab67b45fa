/**
 * The figures of the security and reliability review (README "Security and reliability"): each test file adds its
 * counts under its own key of test-artifacts/security-figures.json (git-ignored); `npm run security:report` writes
 * them into the README. Several jest workers may write at once, so a write takes a directory lock.
 */
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const FIGURES_FILE = join(__dirname, '..', '..', 'test-artifacts', 'security-figures.json')

/** Counts one test file contributes. */
export interface FigureCounts {
    /** sys_security_acl rows (and ACL decisions) checked */
    readonly aclRowsChecked?: number
    /** role × operation pairs tried in the lab (Table API, in-process, REST routes) */
    readonly roleOperationPairs?: number
    /** malformed values sent */
    readonly badInputs?: number
    /** faults injected (kill points, cancelled transactions, concurrent writers, HTTP faults) */
    readonly faultsInjected?: number
    /** records lost or duplicated (must be 0) */
    readonly recordsLost?: number
    /** records lost or duplicated in scenarios with an open finding (known-findings.ts) */
    readonly recordsLostInOpenFindings?: number
    /** known open findings (owned by unfinished features) */
    readonly knownFindings?: number
    /** individual checks run */
    readonly checks?: number
}

export interface FiguresFile {
    readonly parts: Record<string, FigureCounts & { readonly at: string }>
}

function lock(): () => void {
    const dir = `${FIGURES_FILE}.lock`
    const deadline = Date.now() + 10_000
    for (;;) {
        try {
            mkdirSync(dir)
            return () => rmdirSync(dir)
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > deadline) throw e
            const until = Date.now() + 5
            while (Date.now() < until) {
                // spin briefly: another worker is writing
            }
        }
    }
}

export function readFigures(): FiguresFile {
    try {
        return JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as FiguresFile
    } catch {
        return { parts: {} }
    }
}

/** Records (replaces) one test file's counts. */
export function recordFigures(part: string, counts: FigureCounts): void {
    mkdirSync(join(FIGURES_FILE, '..'), { recursive: true })
    const release = lock()
    try {
        const current = readFigures()
        current.parts[part] = { ...counts, at: new Date().toISOString() }
        writeFileSync(FIGURES_FILE, `${JSON.stringify(current, null, 4)}\n`)
    } finally {
        release()
    }
}

/** Mutable tally a test file fills while it runs and records in afterAll. */
export class Tally {
    aclRowsChecked = 0
    roleOperationPairs = 0
    badInputs = 0
    faultsInjected = 0
    recordsLost = 0
    recordsLostInOpenFindings = 0
    knownFindings = 0
    checks = 0
}

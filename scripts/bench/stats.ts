/** Small numeric helpers of the bench: timing, order statistics, memory. */
import { readFileSync } from 'node:fs'

/** Milliseconds since `start` (a `process.hrtime.bigint()` value). */
export function msSince(start: bigint): number {
    return Number(process.hrtime.bigint() - start) / 1e6
}

/** CPU time (user + system) of this process since `start` (a `process.cpuUsage()` value), in ms. */
export function cpuSince(start: NodeJS.CpuUsage): number {
    const d = process.cpuUsage(start)
    return (d.user + d.system) / 1000
}

/**
 * The p-th percentile (0–100, nearest rank) of the values; 0 for none.
 * @example percentile([5, 1, 3], 50) //=> 3
 */
export function percentile(values: readonly number[], p: number): number {
    if (values.length === 0) return 0
    const sorted = [...values].sort((a, b) => a - b)
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
    return sorted[rank] as number
}

/** The median (nearest rank). */
export function median(values: readonly number[]): number {
    return percentile(values, 50)
}

/** Fields of /proc/self/status in kB (Linux), or undefined elsewhere. */
function procStatus(field: string): number | undefined {
    try {
        const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))
        return m ? Number(m[1]) : undefined
    } catch {
        return undefined
    }
}

/**
 * Peak resident set size of this process so far, in MB, less the file-backed pages resident now (on Linux): the lab
 * reads its database file through a memory map, and those pages are the operating system's page cache, not memory
 * the process allocated. Elsewhere, the plain peak RSS (getrusage maxrss).
 */
export function peakRssMb(): number {
    const peak = procStatus('VmHWM') ?? process.resourceUsage().maxRSS
    return Math.round((peak - (procStatus('RssFile') ?? 0)) / 1024)
}

/** File-backed resident pages now (the memory-mapped database among them), in MB; 0 where unknown. */
export function mappedMb(): number {
    return Math.round((procStatus('RssFile') ?? 0) / 1024)
}

/**
 * Rounds to a few significant digits for the report.
 * @example round(1234.5678) //=> 1235
 * @example round(0.012345) //=> 0.0123
 */
export function round(n: number): number {
    if (!Number.isFinite(n) || n === 0) return n
    const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))))
    const f = 10 ** digits
    return Math.round(n * f) / f
}

/**
 * Progress bars on stderr: drawn in place on a terminal, shown as a few plain lines with `--progress` when stderr is
 * not a terminal, and silent otherwise (so pipes and CI logs stay clean).
 */

/** Where a progress bar writes. */
export interface ProgressStream {
    write(text: string): unknown
    readonly isTTY?: boolean
    readonly columns?: number
}

/** A progress bar. */
export interface Progress {
    /** Sets the count done (and the total, when it becomes known). */
    update(done: number, total?: number): void
    /** Ends the bar with a final line. */
    finish(message?: string): void
}

/** Options of a progress bar. */
export interface ProgressOptions {
    readonly label: string
    readonly total?: number
    readonly stream: ProgressStream
    /** `--progress`: show it even when the stream is not a terminal. */
    readonly force?: boolean
    /** `--quiet`: never show it. */
    readonly quiet?: boolean
    /** Clock for throttling (ms); Date.now by default. */
    readonly now?: () => number
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined }

/**
 * The bar text for a state.
 * @example bar(5, 10, 10) //=> '[█████░░░░░]  50% 5/10'
 */
export function bar(done: number, total: number | undefined, cells = 24): string {
    if (total === undefined || total <= 0) return `${done}`
    const ratio = Math.max(0, Math.min(1, done / total))
    const full = Math.round(ratio * cells)
    return `[${'█'.repeat(full)}${'░'.repeat(cells - full)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done}/${total}`
}

/** Creates a progress bar (or a silent one). */
export function createProgress(options: ProgressOptions): Progress {
    const { stream } = options
    const tty = stream.isTTY === true
    if (options.quiet === true || (!tty && options.force !== true)) return SILENT
    const now = options.now ?? Date.now
    let total = options.total
    let last = -Infinity
    let lastDecile = -1
    let done = 0
    const draw = (): void => {
        const text = `${options.label} ${bar(done, total)}`
        if (tty) stream.write(`\r${text.slice(0, Math.max(20, (stream.columns ?? 100) - 1))}\u001b[K`)
        else stream.write(`${text}\n`)
    }
    return {
        update(value, newTotal) {
            done = value
            if (newTotal !== undefined) total = newTotal
            if (tty) {
                if (now() - last < 80) return
                last = now()
                draw()
                return
            }
            const decile = total === undefined || total <= 0 ? -1 : Math.floor((done / total) * 10)
            if (decile > lastDecile) {
                lastDecile = decile
                draw()
            }
        },
        finish(message) {
            if (tty) stream.write(`\r${options.label} ${bar(done, total)}\u001b[K\n`)
            else if (total !== undefined && Math.floor((done / Math.max(1, total)) * 10) > lastDecile) draw()
            if (message !== undefined) stream.write(`${message}\n`)
        },
    }
}

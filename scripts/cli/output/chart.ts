/** Terminal charts in plain Unicode: a sparkline and a labelled horizontal bar chart. */

const TICKS = '▁▂▃▄▅▆▇█'

/**
 * A sparkline of values (null leaves a gap).
 * @example sparkline([1, 2, 3, 4, 5, 6, 7, 8]) //=> '▁▂▃▄▅▆▇█'
 */
export function sparkline(values: readonly (number | null)[]): string {
    const present = values.filter((v): v is number => v !== null && Number.isFinite(v))
    if (present.length === 0) return ' '.repeat(values.length)
    const min = Math.min(...present)
    const max = Math.max(...present)
    return values
        .map((v) => {
            if (v === null || !Number.isFinite(v)) return ' '
            if (max === min) return TICKS[3]
            return TICKS[Math.round(((v - min) / (max - min)) * (TICKS.length - 1))]
        })
        .join('')
}

/** One bar. */
export interface BarItem {
    readonly label: string
    readonly value: number | null
    /** Shown after the bar (the formatted value, a RAG status, ...). */
    readonly note?: string
}

/**
 * A horizontal bar chart, bars scaled to the largest absolute value; negative values are drawn with `▒`.
 * @example barChart([{ label: 'a', value: 2 }, { label: 'b', value: 1 }], 4) //=> 'a ████ 2\nb ██   1\n'
 */
export function barChart(items: readonly BarItem[], width = 40): string {
    const labelWidth = Math.max(0, ...items.map((i) => [...i.label].length))
    const max = Math.max(0, ...items.map((i) => Math.abs(i.value ?? 0)))
    const lines = items.map((item) => {
        const v = item.value
        const cells = v === null || max === 0 ? 0 : Math.round((Math.abs(v) / max) * width)
        const drawn = (v !== null && v < 0 ? '▒' : '█').repeat(cells).padEnd(width)
        const note = item.note ?? (v === null ? '–' : String(v))
        return `${item.label.padEnd(labelWidth)} ${drawn} ${note}`.trimEnd()
    })
    return `${lines.join('\n')}\n`
}

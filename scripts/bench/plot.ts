/**
 * A small dependency-free SVG line chart for the bench report: time (log scale) against data size (log scale), one
 * line per measurement. Not product UI; just enough axes, grid, labels and a legend to read the trend.
 */

/** One line of the chart. */
export interface Series {
    readonly name: string
    /** [x, y] points, both above 0; missing points are left out. */
    readonly points: readonly (readonly [number, number])[]
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf']

function escapeXml(text: string): string {
    return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string)
}

/** Powers of ten covering [min, max]. */
function decades(min: number, max: number): number[] {
    const out: number[] = []
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) out.push(10 ** e)
    return out
}

function label(n: number, unit: 'ms' | 'count'): string {
    if (unit === 'count') return n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n)
    if (n >= 1000) return `${n / 1000} s`
    return n >= 1 ? `${n} ms` : `${n * 1000} µs`
}

/**
 * Renders a log-log line chart as an SVG document.
 * @example lineChartSvg('Time vs size', 'incidents', [{ name: 'roll-up', points: [[1e4, 900], [1e6, 40000]] }])
 */
export function lineChartSvg(title: string, xLabel: string, series: readonly Series[], subtitle = ''): string {
    const width = 940
    const height = 500
    const m = { left: 80, right: 300, top: 50, bottom: 60 }
    const pw = width - m.left - m.right
    const ph = height - m.top - m.bottom
    const points = series.flatMap((s) => s.points).filter(([x, y]) => x > 0 && y > 0)
    const xs = points.map(([x]) => x)
    const ys = points.map(([, y]) => y)
    const xTicks = decades(Math.min(...xs, 1e4), Math.max(...xs, 1e6))
    const yTicks = decades(Math.min(...ys, 1), Math.max(...ys, 1000))
    const [x0, x1] = [Math.log10(xTicks[0] as number), Math.log10(xTicks[xTicks.length - 1] as number)]
    const [y0, y1] = [Math.log10(yTicks[0] as number), Math.log10(yTicks[yTicks.length - 1] as number)]
    const px = (x: number): number => m.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * pw
    const py = (y: number): number => m.top + ph - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * ph
    const out: string[] = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
        `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
        `<text x="${m.left}" y="28" font-size="16" font-weight="bold">${escapeXml(title)}</text>`,
    ]
    for (const t of yTicks) {
        const y = py(t).toFixed(1)
        out.push(`<line x1="${m.left}" x2="${m.left + pw}" y1="${y}" y2="${y}" stroke="#dddddd"/>`)
        out.push(
            `<text x="${m.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${label(t, 'ms')}</text>`
        )
    }
    for (const t of xTicks) {
        const x = px(t).toFixed(1)
        out.push(`<line x1="${x}" x2="${x}" y1="${m.top}" y2="${m.top + ph}" stroke="#dddddd"/>`)
        out.push(`<text x="${x}" y="${m.top + ph + 18}" text-anchor="middle">${label(t, 'count')}</text>`)
    }
    out.push(`<rect x="${m.left}" y="${m.top}" width="${pw}" height="${ph}" fill="none" stroke="#333333"/>`)
    out.push(
        `<text x="${m.left + pw / 2}" y="${height - 16}" text-anchor="middle">${escapeXml(xLabel)} (log scale)</text>`
    )
    out.push(
        `<text transform="translate(20 ${m.top + ph / 2}) rotate(-90)" text-anchor="middle">wall time (log scale)</text>`
    )
    series.forEach((s, i) => {
        const color = COLORS[i % COLORS.length] as string
        const pts = s.points.filter(([x, y]) => x > 0 && y > 0)
        if (pts.length > 1) {
            const d = pts.map(([x, y], j) => `${j ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')
            out.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"/>`)
        }
        for (const [x, y] of pts) {
            out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3.5" fill="${color}"/>`)
        }
        const ly = m.top + 10 + i * 20
        out.push(
            `<line x1="${m.left + pw + 16}" x2="${m.left + pw + 40}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"/>`
        )
        out.push(`<text x="${m.left + pw + 46}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`)
    })
    // the subtitle (e.g. what each size holds) under the legend, one line per '; '-separated part
    subtitle
        .split('; ')
        .filter((line) => line !== '')
        .forEach((line, i) => {
            const y = m.top + 30 + (series.length + i) * 20
            out.push(`<text x="${m.left + pw + 16}" y="${y}" font-size="11" fill="#555555">${escapeXml(line)}</text>`)
        })
    out.push('</svg>')
    return `${out.join('\n')}\n`
}

/**
 * The monthly scorecard digest for portfolio owners: the metrics that are red, and the top movers (the largest
 * relative changes since the previous month, improving and worsening), across every dimension, as an HTML body.
 */
import type { MetricUnit } from './catalog.ts'
import type { RagStatus, TrendJudgement } from './rag.ts'
import type { Dimension } from './sources.ts'
import { DIMENSION_LABELS } from './sources.ts'

/** One entry of the digested period, with what the digest shows about it. */
export interface DigestEntry {
    readonly dimension: Dimension
    readonly label: string
    readonly metric: string
    readonly name: string
    readonly unit: MetricUnit
    /** Catalog display order (perspective, then order) for stable ties. */
    readonly rank: number
    readonly value: number | null
    readonly target: number | null
    readonly previous: number | null
    readonly delta: number | null
    readonly status: RagStatus
    readonly judgement: TrendJudgement | null
}

/** The digest of a period. */
export interface Digest {
    readonly period: string
    readonly reds: readonly DigestEntry[]
    readonly improving: readonly DigestEntry[]
    readonly worsening: readonly DigestEntry[]
}

const DIMENSION_ORDER: readonly Dimension[] = ['all', 'portfolio', 'business_service', 'value_category']

/** Relative change, |delta| / |previous|; a change from 0 ranks above every finite one. */
function moveSize(e: DigestEntry): number {
    if (e.delta === null || e.previous === null) return 0
    if (e.previous === 0) return e.delta === 0 ? 0 : Number.POSITIVE_INFINITY
    return Math.abs(e.delta) / Math.abs(e.previous)
}

function byPlace(a: DigestEntry, b: DigestEntry): number {
    return (
        DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) ||
        (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
        a.rank - b.rank
    )
}

function movers(entries: readonly DigestEntry[], judgement: TrendJudgement, top: number): DigestEntry[] {
    return entries
        .filter((e) => e.judgement === judgement && moveSize(e) > 0)
        .sort((a, b) => moveSize(b) - moveSize(a) || Math.abs(b.delta ?? 0) - Math.abs(a.delta ?? 0) || byPlace(a, b))
        .slice(0, top)
}

/**
 * Picks the reds (all of them, by dimension, key and catalog order) and the top `top` improving and worsening
 * movers (largest relative change first; a change from 0 ranks first).
 * @example buildDigest('FY2026-M10', entries, 5).reds.every((e) => e.status === 'red') //=> true
 */
export function buildDigest(period: string, entries: readonly DigestEntry[], top: number): Digest {
    return {
        period,
        reds: entries.filter((e) => e.status === 'red').sort(byPlace),
        improving: movers(entries, 'improving', top),
        worsening: movers(entries, 'worsening', top),
    }
}

/**
 * Escapes text for HTML.
 * @example escapeHtml('R&D <ops>') //=> 'R&amp;D &lt;ops&gt;'
 */
export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function grouped(n: number, decimals: number): string {
    const [whole = '0', frac] = Math.abs(n).toFixed(decimals).split('.')
    const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    return `${n < 0 ? '-' : ''}${withCommas}${frac === undefined ? '' : `.${frac}`}`
}

/**
 * A value with its unit, for people: currency with the code and 2 decimals, percent with %, hours with h, days.
 * @example formatValue(1234.5, 'currency', 'USD') //=> 'USD 1,234.50'
 * @example formatValue(null, 'percent', 'USD') //=> 'no data'
 */
export function formatValue(value: number | null, unit: MetricUnit, currency: string): string {
    if (value === null) return 'no data'
    switch (unit) {
        case 'currency':
            return `${currency} ${grouped(value, 2)}`
        case 'percent':
            return `${grouped(value, 2)} %`
        case 'hours':
            return `${grouped(value, 2)} h`
        case 'days':
            return `${grouped(value, 2)} days`
        case 'count':
            return grouped(value, 0)
    }
}

function where(e: DigestEntry): string {
    return e.dimension === 'all' ? 'All' : `${DIMENSION_LABELS[e.dimension]}: ${e.label}`
}

function table(rows: readonly DigestEntry[], currency: string, withTarget: boolean): string {
    const head = withTarget
        ? '<tr><th>Where</th><th>Metric</th><th>Value</th><th>Target</th></tr>'
        : '<tr><th>Where</th><th>Metric</th><th>Previous</th><th>Value</th></tr>'
    const body = rows
        .map((e) => {
            const cells = withTarget
                ? [where(e), e.name, formatValue(e.value, e.unit, currency), formatValue(e.target, e.unit, currency)]
                : [where(e), e.name, formatValue(e.previous, e.unit, currency), formatValue(e.value, e.unit, currency)]
            return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`
        })
        .join('')
    return `<table border="1" cellpadding="4" cellspacing="0">${head}${body}</table>`
}

/**
 * The digest as an HTML fragment (the notification's body): reds, then worsening and improving movers; a section
 * without entries says so.
 * @example digestHtml(digest, 'USD').startsWith('<h2>Value scorecard FY2026-M10</h2>') //=> true
 */
export function digestHtml(digest: Digest, currency: string): string {
    const section = (title: string, rows: readonly DigestEntry[], withTarget: boolean, none: string): string =>
        `<h3>${escapeHtml(title)}</h3>${rows.length ? table(rows, currency, withTarget) : `<p>${escapeHtml(none)}</p>`}`
    return [
        `<h2>Value scorecard ${escapeHtml(digest.period)}</h2>`,
        section(`Red (${digest.reds.length})`, digest.reds, true, 'No metric is red.'),
        section('Top movers: worsening', digest.worsening, false, 'Nothing worsened.'),
        section('Top movers: improving', digest.improving, false, 'Nothing improved.'),
    ].join('\n')
}

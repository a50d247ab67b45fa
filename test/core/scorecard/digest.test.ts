import { describe, expect, it } from '@jest/globals'
import type { DigestEntry } from '../../../src/server/core/scorecard/digest.ts'
import { buildDigest, digestHtml, escapeHtml, formatValue } from '../../../src/server/core/scorecard/digest.ts'

const e = (overrides: Partial<DigestEntry>): DigestEntry => ({
    dimension: 'all',
    label: 'All',
    metric: 'p1_p2_incidents',
    name: 'P1/P2 incidents',
    unit: 'count',
    rank: 1,
    value: 4,
    target: 5,
    previous: 4,
    delta: 0,
    status: 'green',
    judgement: 'flat',
    ...overrides,
})

describe('buildDigest', () => {
    const entries = [
        e({ metric: 'a', value: 12, previous: 10, delta: 2, judgement: 'worsening', status: 'red' }),
        e({
            metric: 'b',
            value: 3,
            previous: 0,
            delta: 3,
            judgement: 'worsening',
            dimension: 'portfolio',
            label: 'Growth',
        }),
        e({ metric: 'c', value: 50, previous: 100, delta: -50, judgement: 'improving' }),
        e({
            metric: 'd',
            value: 95,
            previous: 100,
            delta: -5,
            judgement: 'improving',
            status: 'red',
            dimension: 'portfolio',
            label: 'Risk',
        }),
        e({ metric: 'e', value: null, previous: 2, delta: null, judgement: null, status: 'no_data' }),
    ]

    it('lists every red, by dimension then key', () => {
        expect(buildDigest('FY2026-M10', entries, 5).reds.map((x) => x.metric)).toEqual(['a', 'd'])
    })

    it('ranks movers by relative change, a change from zero first, and cuts at top', () => {
        const d = buildDigest('FY2026-M10', entries, 1)
        expect(d.worsening.map((x) => x.metric)).toEqual(['b'])
        expect(d.improving.map((x) => x.metric)).toEqual(['c'])
        expect(buildDigest('FY2026-M10', entries, 5).worsening.map((x) => x.metric)).toEqual(['b', 'a'])
    })
})

describe('formatValue', () => {
    it.each([
        [1234567.5, 'currency', 'EUR 1,234,567.50'],
        [-12.5, 'currency', 'EUR -12.50'],
        [41.25, 'percent', '41.25 %'],
        [1.5, 'hours', '1.50 h'],
        [12, 'days', '12.00 days'],
        [1200, 'count', '1,200'],
        [null, 'count', 'no data'],
    ])('formats %p %s as %s', (value, unit, text) => {
        expect(formatValue(value, unit as DigestEntry['unit'], 'EUR')).toBe(text)
    })
})

describe('digestHtml', () => {
    it('escapes names and says when a section is empty', () => {
        const html = digestHtml(
            buildDigest('FY2026-M10', [e({ label: 'R&D <labs>', dimension: 'portfolio', status: 'red' })], 5),
            'USD'
        )
        expect(html).toContain('<h2>Value scorecard FY2026-M10</h2>')
        expect(html).toContain('<td>Portfolio: R&amp;D &lt;labs&gt;</td>')
        expect(html).toContain('<p>Nothing worsened.</p>')
        expect(escapeHtml('"x"')).toBe('&quot;x&quot;')
    })
})

/**
 * The monthly scorecard digest: reads a month's entries across dimensions, finds the portfolio owners, stores the
 * digest on the month's `all` scorecard and queues the event its email notification listens to.
 */
import { GlideRecord, gs } from '@servicenow/glide'
import type { Dimension, DigestEntry, Metric } from '../core/index.ts'
import { sortMetrics } from '../core/index.ts'
import { ENTRY_TABLE, entryOf, MAX_ENTRIES, MAX_SCORECARDS, SCORECARD_TABLE } from './glide-scorecard-store.ts'

/** The event the digest notification is sent on (registered in src/fluent/notifications/scorecard-digest.now.ts). */
export const DIGEST_EVENT = 'x_itvc_value.scorecard.digest'

/** The role whose holders get the digest. */
export const DIGEST_ROLE = 'x_itvc_value.portfolio_owner'

/** Most recipients of one digest. */
const MAX_RECIPIENTS = 1000

/** Every entry of a period (two queries), with its scorecard's dimension and label and its metric's catalog data. */
export function readDigestEntries(period: string, metrics: readonly Metric[]): DigestEntry[] {
    const sc = new GlideRecord(SCORECARD_TABLE)
    sc.addQuery('period_label', period)
    sc.setLimit(MAX_SCORECARDS)
    sc.query()
    const cards = new Map<string, { dimension: Dimension; label: string }>()
    while (sc.next()) {
        cards.set(sc.getUniqueValue(), {
            dimension: (sc.getValue('dimension') ?? 'all') as Dimension,
            label: sc.getValue('dimension_label') ?? '',
        })
    }
    const ordered = sortMetrics(metrics)
    const byId = new Map(ordered.map((m, rank) => [m.sysId, { m, rank }]))
    const en = new GlideRecord(ENTRY_TABLE)
    en.addQuery('scorecard.period_label', period)
    en.setLimit(MAX_ENTRIES)
    en.query()
    const out: DigestEntry[] = []
    while (en.next()) {
        const card = cards.get(en.getValue('scorecard') ?? '')
        const metric = byId.get(en.getValue('metric') ?? '')
        if (!card || !metric) continue
        const e = entryOf(en, metric.m.key)
        out.push({
            dimension: card.dimension,
            label: card.label,
            metric: metric.m.key,
            name: metric.m.name,
            unit: metric.m.unit,
            rank: metric.rank,
            value: e.value,
            target: e.target,
            previous: e.previous,
            delta: e.delta,
            status: e.status,
            judgement: e.judgement,
        })
    }
    return out
}

/** sys_ids of the active users holding the digest role (directly or inherited), at most 1000. */
export function digestRecipients(): string[] {
    const gr = new GlideRecord('sys_user_has_role')
    gr.addQuery('role.name', DIGEST_ROLE)
    gr.addQuery('user.active', true)
    gr.setLimit(MAX_RECIPIENTS)
    gr.query()
    const ids = new Set<string>()
    while (gr.next()) ids.add(gr.getValue('user') ?? '')
    ids.delete('')
    return [...ids].sort()
}

/**
 * Stores the digest on the period's `all` scorecard and queues the digest event for the recipients. False when the
 * period has no `all` scorecard (nothing was rolled up).
 */
export function queueDigest(period: string, html: string, recipients: readonly string[]): boolean {
    const gr = new GlideRecord(SCORECARD_TABLE)
    gr.addQuery('period_label', period)
    gr.addQuery('dimension', 'all')
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return false
    gr.setValue('digest', html)
    gr.update()
    gs.eventQueue(DIGEST_EVENT, gr, recipients.join(','), period)
    return true
}

/** Reading scorecards and runs out of a lab, for the scorecard lab tests. */
import { GlideRecord } from '../../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../../scripts/lab/instance.ts'

/** One stored entry, as a test compares it. */
export interface EntryRow {
    readonly value: number | null
    readonly target: number | null
    readonly status: string
    readonly previous: number | null
    readonly delta: number | null
    readonly trend: string | null
    readonly judgement: string | null
}

const num = (s: string | null): number | null => (s === null ? null : Number(s))

/** Every entry of the given periods (all periods when none), by `period|dimension|label|metric`. */
export function entries(lab: LabInstance, periods: readonly string[] = []): Map<string, EntryRow> {
    return lab.runAsSystem(() => {
        const cards = new Map<string, string>()
        const sc = new GlideRecord('x_itvc_value_snapshot')
        if (periods.length) sc.addQuery('period_label', 'IN', periods.join(','))
        sc.query()
        while (sc.next()) {
            cards.set(
                sc.getUniqueValue(),
                `${sc.getValue('period_label')}|${sc.getValue('dimension')}|${sc.getValue('dimension_label')}`
            )
        }
        const metrics = new Map<string, string>()
        const m = new GlideRecord('x_itvc_value_metric')
        m.query()
        while (m.next()) metrics.set(m.getUniqueValue(), m.getValue('key') ?? '')
        const out = new Map<string, EntryRow>()
        const e = new GlideRecord('x_itvc_value_scorecard_entry')
        e.query()
        while (e.next()) {
            const card = cards.get(e.getValue('scorecard') ?? '')
            if (!card) continue
            const key = `${card}|${metrics.get(e.getValue('metric') ?? '')}`
            if (out.has(key)) throw new Error(`duplicate entry ${key}`)
            out.set(key, {
                value: num(e.getValue('value')),
                target: num(e.getValue('target')),
                status: e.getValue('status') ?? '',
                previous: num(e.getValue('previous_value')),
                delta: num(e.getValue('delta')),
                trend: e.getValue('trend'),
                judgement: e.getValue('judgement'),
            })
        }
        return out
    }).value
}

/** The sys_ids of every scorecard and entry (to prove a re-run keeps them). */
export function rowIds(lab: LabInstance): string[] {
    return lab.db
        .internal(
            'SELECT sys_id FROM "x_itvc_value_snapshot" UNION ALL SELECT sys_id FROM "x_itvc_value_scorecard_entry"'
        )
        .map((r) => String(r['sys_id']))
        .sort()
}

/** A run record's fields. */
export function runRecord(lab: LabInstance, sysId: string): Record<string, string | null> {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_rollup_run')
        if (!gr.get(sysId)) throw new Error(`no run ${sysId}`)
        return gr.snapshot()
    }).value
}

/** Sets a system property (as an admin would). */
export function setProperty(lab: LabInstance, name: string, value: string): void {
    lab.runAsSystem(() => {
        const gr = new GlideRecord('sys_properties')
        if (!gr.get('name', name)) throw new Error(`no property ${name}`)
        gr.setValue('value', value)
        gr.update()
    })
}

/** The latest run (by creation) of a kind. */
export function latestRun(lab: LabInstance, kind: string): Record<string, string | null> {
    return lab.runAsSystem(() => {
        const gr = new GlideRecord('x_itvc_value_rollup_run')
        gr.addQuery('kind', kind)
        gr.orderByDesc('number')
        gr.setLimit(1)
        gr.query()
        if (!gr.next()) throw new Error(`no ${kind} run`)
        return gr.snapshot()
    }).value
}

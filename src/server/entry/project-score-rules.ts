import type { GlideRecord } from '@servicenow/glide'
import { changedColumns, readDemandRow, setProjectScore } from '../adapters/glide-scoring-demands.ts'

/**
 * Before insert/update on pm_project with a demand (the rule's filter): when the demand is set or changes (a demand
 * converted to this project), copies the demand's score and breakdown. Later re-scores of the demand update the copy.
 */
export function onProjectDemandLinked(current: GlideRecord, _previous: GlideRecord | null): void {
    if (!current.isNewRecord() && changedColumns(current, ['demand']).length === 0) return
    const demand = readDemandRow(current.getValue('demand') ?? '')
    if (demand) setProjectScore(current, demand.stored.score, demand.stored.breakdown)
}

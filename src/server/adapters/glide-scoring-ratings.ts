/** A rating being saved (x_itvc_value_rating), with what the rating rule checks it against. */
import { GlideRecord, gs } from '@servicenow/glide'
import type { RatingSave } from '../core/index.ts'
import { parseStoredNumber } from '../core/index.ts'
import { DEMAND_COLUMNS, SCORING_TABLES } from './glide-scoring-schema.ts'

/** The role that may enter and change anyone's ratings. */
export const RATE_FOR_OTHERS_ROLE = 'x_itvc_value.demand_manager'

const text = (record: GlideRecord, column: string): string => record.getValue(column) ?? ''

/** The demand a rating record rates ('' when none). */
export function ratedDemand(record: GlideRecord | null): string {
    return record ? text(record, 'demand') : ''
}

/** Fills an empty "Rated by" with the session user (no write: a before rule's `current`). */
export function defaultAssessor(record: GlideRecord): void {
    if (text(record, 'assessor') === '') record.setValue('assessor', gs.getUserID())
}

/**
 * What the rating rule checks a rating against: its criterion and range, its demand and both models (for the
 * messages), who may enter it, and whether its assessor rated this criterion on this demand before. Up to five
 * queries.
 */
export function readRatingSave(record: GlideRecord): RatingSave {
    const assessor = text(record, 'assessor')
    const criterion = new GlideRecord(SCORING_TABLES.criterion)
    const hasCriterion = criterion.get(text(record, 'criterion'))
    const demand = new GlideRecord('dmn_demand')
    const hasDemand = demand.get(text(record, 'demand'))
    return {
        value: parseStoredNumber(text(record, 'value')),
        criterion: hasCriterion
            ? {
                  name: text(criterion, 'name'),
                  min: parseStoredNumber(text(criterion, 'min_value')) ?? NaN,
                  max: parseStoredNumber(text(criterion, 'max_value')) ?? NaN,
              }
            : null,
        target:
            hasDemand && hasCriterion
                ? {
                      demandNumber: text(demand, 'number'),
                      demandModel: text(demand, DEMAND_COLUMNS.model) || null,
                      demandModelName: demand.getDisplayValue(DEMAND_COLUMNS.model),
                      criterionName: text(criterion, 'name'),
                      criterionModel: text(criterion, 'model'),
                      criterionModelName: criterion.getDisplayValue('model'),
                  }
                : null,
        ownRating: assessor === gs.getUserID(),
        mayRateForOthers: gs.hasRole(RATE_FOR_OTHERS_ROLE),
        duplicateBy: hasDemand && hasCriterion ? duplicateAssessor(record) : null,
    }
}

/** The assessor's name when another rating has the same demand, criterion and assessor; else `null`. One query. */
function duplicateAssessor(record: GlideRecord): string | null {
    const gr = new GlideRecord(SCORING_TABLES.rating)
    gr.addQuery('demand', text(record, 'demand'))
    gr.addQuery('criterion', text(record, 'criterion'))
    gr.addQuery('assessor', text(record, 'assessor'))
    gr.addQuery('sys_id', '!=', record.getUniqueValue())
    gr.setLimit(1)
    gr.query()
    if (!gr.next()) return null
    return gr.getDisplayValue('assessor') || 'This assessor'
}

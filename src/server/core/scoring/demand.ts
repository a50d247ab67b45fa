/** Which demands take part in scoring and ranking. */

/**
 * The `dmn_demand` states that end a demand's life in the pipeline: 9 Completed, 7 Rejected.
 * @example CLOSED_DEMAND_STATES //=> ['7', '9']
 */
export const CLOSED_DEMAND_STATES = ['7', '9'] as const

/**
 * Whether a demand is open: active and neither completed nor rejected. Only open demands are re-scored after a
 * model change and ranked; closed ones keep the score they had when they closed.
 * @example isOpenDemand(true, '2') //=> true
 * @example isOpenDemand(true, 9) //=> false
 * @example isOpenDemand(false, '2') //=> false
 */
export function isOpenDemand(active: boolean, state: string | number | null | undefined): boolean {
    const s = state === null || state === undefined ? '' : String(state).trim()
    return active && (CLOSED_DEMAND_STATES as readonly string[]).indexOf(s) < 0
}

/**
 * The encoded query of open demands (for GlideRecord), matching `isOpenDemand`.
 * @example OPEN_DEMANDS_QUERY //=> 'active=true^stateNOT IN7,9'
 */
export const OPEN_DEMANDS_QUERY = `active=true^stateNOT IN${CLOSED_DEMAND_STATES.join(',')}`

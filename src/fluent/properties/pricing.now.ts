import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { admin, viewer } from '../security/roles.now.ts'

/** Incident pricing settings (src/server/core/pricing/config.ts parses them; README "Incident value attribution"). */
export const defaultHourlyLabourCost = Property({
    $id: Now.ID['prop.default_hourly_labour_cost'],
    name: 'x_itvc_value.default_hourly_labour_cost',
    type: 'string',
    value: '50',
    description:
        'Hourly labour cost (an amount such as 50 or 62.50) for productivity hours lost when the service has no value profile or the profile has none.',
    roles: { read: [viewer], write: [admin] },
})

export const impactScoreReferenceCost = Property({
    $id: Now.ID['prop.impact_score_reference_cost'],
    name: 'x_itvc_value.impact_score_reference_cost',
    type: 'string',
    value: '100000',
    description:
        'The impact cost that scores 100 (above 0). Scores grow with log10 of the cost: a tenth of it scores about 80.',
    roles: { read: [viewer], write: [admin] },
})

export const requireValueOnResolve = Property({
    $id: Now.ID['prop.require_value_on_resolve'],
    name: 'x_itvc_value.require_value_on_resolve',
    type: 'string',
    value: '1,2',
    description:
        'Comma-separated incident priorities that cannot be resolved or closed without a value category (empty: the default 1,2; 0 turns the check off).',
    roles: { read: [viewer], write: [admin] },
})

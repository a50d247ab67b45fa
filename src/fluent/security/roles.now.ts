import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

/**
 * The app's role model (README "Roles"). Containment runs upwards: every role contains viewer,
 * admin contains every other role.
 */
export const viewer = Role({
    name: 'x_itvc_value.viewer',
    description: 'Reads value data, scorecards and rankings',
})

export const tagger = Role({
    name: 'x_itvc_value.tagger',
    description: 'Service desk: tags incidents with their business impact',
    containsRoles: [viewer],
})

export const assessor = Role({
    name: 'x_itvc_value.assessor',
    description: 'Rates demands against the criteria of a scoring model',
    containsRoles: [viewer],
})

export const demandManager = Role({
    name: 'x_itvc_value.demand_manager',
    description: 'Manages scoring models, ratings and score overrides',
    containsRoles: [assessor],
})

export const benefitOwner = Role({
    name: 'x_itvc_value.benefit_owner',
    description: 'Records realised amounts on the benefits they own',
    containsRoles: [viewer],
})

export const portfolioOwner = Role({
    name: 'x_itvc_value.portfolio_owner',
    description: 'Manages benefits and runs scorecard back-fills',
    containsRoles: [benefitOwner],
})

export const admin = Role({
    name: 'x_itvc_value.admin',
    description: 'Administers the app: profiles, metric catalog, exchange rates, properties',
    containsRoles: [tagger, demandManager, portfolioOwner],
})

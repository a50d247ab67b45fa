/**
 * Who is in the demo data set: one login per app role (plus a platform admin, an ITIL agent and a user with no role),
 * and the anonymised people of the incident event log as plain, password-less users.
 */

/** The app's roles (src/fluent/security/roles.now.ts). */
export const APP_ROLES = [
    'x_itvc_value.viewer',
    'x_itvc_value.tagger',
    'x_itvc_value.assessor',
    'x_itvc_value.demand_manager',
    'x_itvc_value.benefit_owner',
    'x_itvc_value.portfolio_owner',
    'x_itvc_value.admin',
] as const

/** Platform roles the demo users hold. */
export const PLATFORM_ROLES = ['admin', 'itil', 'it_demand_manager'] as const

/**
 * Every role a `sys_user_has_role` row of the data set names. Rows carry `role = demoRoleSysId(name)`; a loader maps
 * those ids to the instance's real role sys_ids by name (see README).
 */
export const DEMO_ROLE_NAMES: readonly string[] = [...APP_ROLES, ...PLATFORM_ROLES]

/** A demo login. */
export interface DemoUser {
    readonly userName: string
    readonly password: string
    readonly firstName: string
    readonly lastName: string
    readonly title: string
    /** Roles granted directly (contained roles come with them on the instance). */
    readonly roles: readonly string[]
}

/**
 * The demo logins. Passwords are for local labs and throw-away instances only: rotate or deactivate these users on
 * any shared instance.
 */
export const DEMO_USERS: readonly DemoUser[] = [
    {
        userName: 'itvc.viewer',
        password: 'Viewer#2026',
        firstName: 'Vera',
        lastName: 'Viewer',
        title: 'Business analyst (demo: value viewer)',
        roles: ['x_itvc_value.viewer'],
    },
    {
        userName: 'itvc.tagger',
        password: 'Tagger#2026',
        firstName: 'Theo',
        lastName: 'Tagger',
        title: 'Service desk analyst (demo: value tagger)',
        // itil: table-level write on incident is the platform's (itil); the tagger role adds the value fields.
        roles: ['x_itvc_value.tagger', 'itil'],
    },
    {
        userName: 'itvc.assessor',
        password: 'Assessor#2026',
        firstName: 'Ada',
        lastName: 'Assessor',
        title: 'Enterprise architect (demo: demand assessor)',
        roles: ['x_itvc_value.assessor'],
    },
    {
        userName: 'itvc.demand_manager',
        password: 'DemandManager#2026',
        firstName: 'Dana',
        lastName: 'Demand',
        title: 'Demand manager (demo)',
        // it_demand_manager: table-level read/write on dmn_demand is the platform's; the app role adds the scoring.
        roles: ['x_itvc_value.demand_manager', 'it_demand_manager'],
    },
    {
        userName: 'itvc.benefit_owner',
        password: 'BenefitOwner#2026',
        firstName: 'Ben',
        lastName: 'Owens',
        title: 'Project manager (demo: benefit owner)',
        roles: ['x_itvc_value.benefit_owner'],
    },
    {
        userName: 'itvc.portfolio_owner',
        password: 'PortfolioOwner#2026',
        firstName: 'Pia',
        lastName: 'Portfolio',
        title: 'Head of IT portfolio (demo: portfolio owner)',
        roles: ['x_itvc_value.portfolio_owner'],
    },
    {
        userName: 'itvc.admin',
        password: 'ItvcAdmin#2026',
        firstName: 'Alex',
        lastName: 'Appadmin',
        title: 'IT Value Center administrator (demo)',
        roles: ['x_itvc_value.admin'],
    },
    {
        userName: 'admin',
        password: 'Admin#2026',
        firstName: 'System',
        lastName: 'Administrator',
        title: 'Platform administrator (demo)',
        roles: ['admin'],
    },
    {
        userName: 'itil.agent',
        password: 'Agent#2026',
        firstName: 'Ivan',
        lastName: 'Agent',
        title: 'Service desk agent without app role (demo)',
        roles: ['itil'],
    },
    {
        userName: 'no.roles',
        password: 'NoRoles#2026',
        firstName: 'Nora',
        lastName: 'Noroles',
        title: 'Employee without roles (demo)',
        roles: [],
    },
]

/**
 * The demo user holding an app role directly; throws for a role no demo user has (a programming error).
 * @example demoUserFor('x_itvc_value.portfolio_owner').userName //=> 'itvc.portfolio_owner'
 */
export function demoUserFor(role: string): DemoUser {
    const user = DEMO_USERS.find((u) => u.roles.includes(role))
    if (!user) throw new Error(`no demo user holds ${role}`)
    return user
}

/** The login and names of an anonymised CSV person. */
export interface CsvUserNames {
    readonly userName: string
    readonly firstName: string
    readonly lastName: string
}

/**
 * Derives a login and names from an anonymised CSV name: words lowercased and joined by dots; the trailing number is
 * the last name. Runs of spaces collapse here (`Opened by  8` → `opened.by.8`), while the sys_id keeps the name verbatim.
 * @example csvUserNames('Opened by  8') //=> { userName: 'opened.by.8', firstName: 'Opened by', lastName: '8' }
 */
export function csvUserNames(name: string): CsvUserNames {
    const words = name.trim().split(/\s+/)
    const lastName = words.length > 1 ? (words[words.length - 1] ?? '') : ''
    const firstName = (words.length > 1 ? words.slice(0, -1) : words).join(' ')
    return { userName: words.join('.').toLowerCase(), firstName, lastName }
}

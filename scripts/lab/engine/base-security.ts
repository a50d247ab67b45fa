/**
 * The platform's own roles and table ACLs, as far as the lab needs them (a simplified out-of-box set; real
 * instances have many more). Every lab user implicitly holds snc_internal, which stands for "any signed-in user".
 */
import type { AclRule } from './acl.ts'

export const BASE_ROLES = [
    'admin',
    'itil',
    'snc_internal',
    'it_demand_manager',
    'it_project_manager',
    'security_admin',
] as const

type Spec = readonly [
    table: string,
    read: readonly string[],
    write: readonly string[],
    create: readonly string[],
    del: readonly string[],
]

const AUTHENTICATED = ['snc_internal']
const SPECS: readonly Spec[] = [
    ['task', ['itil'], ['itil'], ['itil'], ['admin']],
    ['incident', ['itil'], ['itil'], ['itil'], ['admin']],
    [
        'dmn_demand',
        ['it_demand_manager', 'it_project_manager', 'itil'],
        ['it_demand_manager'],
        ['it_demand_manager'],
        ['admin'],
    ],
    [
        'pm_project',
        ['it_project_manager', 'it_demand_manager', 'itil'],
        ['it_project_manager'],
        ['it_project_manager'],
        ['admin'],
    ],
    ['pm_portfolio', AUTHENTICATED, ['it_project_manager'], ['it_project_manager'], ['admin']],
    ['pm_program', AUTHENTICATED, ['it_project_manager'], ['it_project_manager'], ['admin']],
    ['business_unit', AUTHENTICATED, ['admin'], ['admin'], ['admin']],
    ['cmdb_ci_service', AUTHENTICATED, ['itil'], ['itil'], ['admin']],
    ['cmdb_ci', AUTHENTICATED, ['itil'], ['itil'], ['admin']],
    ['sys_user', AUTHENTICATED, ['admin'], ['admin'], ['admin']],
    ['sys_user_group', AUTHENTICATED, ['admin'], ['admin'], ['admin']],
    ['cmn_location', AUTHENTICATED, ['admin'], ['admin'], ['admin']],
    ['cmn_department', AUTHENTICATED, ['admin'], ['admin'], ['admin']],
    ['core_company', AUTHENTICATED, ['admin'], ['admin'], ['admin']],
    ['sys_user_role', ['itil'], ['security_admin'], ['security_admin'], ['security_admin']],
    ['sys_user_has_role', ['itil'], ['admin'], ['admin'], ['admin']],
]

/** Table ACLs of the platform tables (admin-only tables have none: the deny-by-default posture covers them). */
export function baseAcls(): AclRule[] {
    const out: AclRule[] = []
    for (const [table, read, write, create, del] of SPECS) {
        const ops: [string, readonly string[]][] = [
            ['read', read],
            ['write', write],
            ['create', create],
            ['delete', del],
        ]
        for (const [operation, roles] of ops) {
            out.push({
                sysId: `base_acl_${table}_${operation}`,
                type: 'record',
                name: table,
                operation,
                roles,
                condition: '',
                script: '',
                adminOverrides: true,
                decisionType: 'allow',
                active: true,
            })
        }
    }
    return out
}

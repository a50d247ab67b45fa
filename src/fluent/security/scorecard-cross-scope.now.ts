import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/**
 * What the value scorecard reads on platform tables besides incidents, demands, projects and portfolios
 * (cross-scope.now.ts): business service names for the business_service dimension, and role grants to find the
 * portfolio owners the monthly digest goes to. Read only.
 */
export const businessServiceRead = CrossScopePrivilege({
    $id: Now.ID['csp.cmdb_ci_service.read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'cmdb_ci_service',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const roleGrantRead = CrossScopePrivilege({
    $id: Now.ID['csp.sys_user_has_role.read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_has_role',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

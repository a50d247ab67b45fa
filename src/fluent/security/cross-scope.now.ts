import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

/**
 * What the app's server modules do on platform tables (security.md §4): incident value attribution reads incidents
 * and writes their value columns (pricing rule, background re-pricing). No create or delete.
 */
export const incidentRead = CrossScopePrivilege({
    $id: Now.ID['csp.incident.read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const incidentWrite = CrossScopePrivilege({
    $id: Now.ID['csp.incident.write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

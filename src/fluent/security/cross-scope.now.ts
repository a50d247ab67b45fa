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

/**
 * Benefit tracking reads projects and demands (cost, start, demand link) and writes their benefit value columns;
 * value scoring writes its columns on both too. The benefit summary (and the scorecard) read portfolios.
 */
export const projectRead = CrossScopePrivilege({
    $id: Now.ID['csp.pm_project.read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'pm_project',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const projectWrite = CrossScopePrivilege({
    $id: Now.ID['csp.pm_project.write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'pm_project',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const demandRead = CrossScopePrivilege({
    $id: Now.ID['csp.dmn_demand.read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'dmn_demand',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const demandWrite = CrossScopePrivilege({
    $id: Now.ID['csp.dmn_demand.write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'dmn_demand',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const portfolioRead = CrossScopePrivilege({
    $id: Now.ID['csp.pm_portfolio.read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'pm_portfolio',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

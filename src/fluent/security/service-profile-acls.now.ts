import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { admin, viewer } from './roles.now.ts'

/** CRUD on service value profiles: every app role reads them (pricing is explainable), app admins maintain them. */
export const serviceProfileRead = Acl({
    $id: Now.ID['acl.x_itvc_value_service_profile.read'],
    type: 'record',
    table: 'x_itvc_value_service_profile',
    operation: 'read',
    roles: [viewer],
    description: 'Read service value profiles',
})

export const serviceProfileCreate = Acl({
    $id: Now.ID['acl.x_itvc_value_service_profile.create'],
    type: 'record',
    table: 'x_itvc_value_service_profile',
    operation: 'create',
    roles: [admin],
    description: 'App admins create service value profiles',
})

export const serviceProfileWrite = Acl({
    $id: Now.ID['acl.x_itvc_value_service_profile.write'],
    type: 'record',
    table: 'x_itvc_value_service_profile',
    operation: 'write',
    roles: [admin],
    description: 'App admins change service value profiles',
})

export const serviceProfileDelete = Acl({
    $id: Now.ID['acl.x_itvc_value_service_profile.delete'],
    type: 'record',
    table: 'x_itvc_value_service_profile',
    operation: 'delete',
    roles: [admin],
    description:
        'App admins delete service value profiles (deactivating one re-prices its incidents, deleting does not)',
})

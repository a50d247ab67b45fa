/**
 * The tables the CLI queries, with the fields it knows: a query naming any other field is refused before it is sent
 * (rest-contract.md §2, case 15). Keep these lists in step with the table definitions (src/fluent/tables/).
 */
import type { TableSpec } from '../http/query.ts'

/** A table known by its system fields only (sys_id lookups). */
export function systemTable(name: string): TableSpec {
    return { name, fields: [] }
}

/** Users (natural key `user_name`). */
export const SYS_USER: TableSpec = {
    name: 'sys_user',
    fields: ['user_name', 'first_name', 'last_name', 'email', 'title', 'active', 'user_password'],
}

/** Roles (looked up by name). */
export const SYS_USER_ROLE: TableSpec = { name: 'sys_user_role', fields: ['name', 'description'] }

/** Role grants (natural key `user` + `role`). */
export const SYS_USER_HAS_ROLE: TableSpec = {
    name: 'sys_user_has_role',
    fields: ['user', 'role', 'state', 'inherited'],
}

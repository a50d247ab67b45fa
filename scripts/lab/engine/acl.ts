/**
 * ACL decisions, as the platform takes them for record and REST_Endpoint ACLs (shared/platform/security.md §1):
 * table rules and field rules must both pass; among the rules matching at the most specific level, passing any one
 * is enough; Deny-Unless rules are checked first; a rule passes when the user has one of its roles (none listed: any
 * user) and its condition matches the record; admin passes rules that allow admin override. The lab runs in the
 * strict posture (glide.sm.default_mode=deny): a table with no rule at all is admin-only. A rule with a script is
 * refused ("not supported in the lab"): the app never ships script ACLs on platform tables.
 */
export interface AclRule {
    readonly sysId: string
    /** 'record' or 'rest_endpoint' */
    readonly type: string
    /** incident, incident.x_itvc_value_cost, x_itvc_value_profile.*, or the REST_Endpoint name */
    readonly name: string
    readonly operation: string
    readonly roles: readonly string[]
    readonly condition: string
    readonly script: string
    readonly adminOverrides: boolean
    readonly decisionType: 'allow' | 'deny'
    readonly active: boolean
}

export interface AclContext {
    readonly roles: readonly string[]
    /** Evaluates an encoded-query condition against the record (true when there is no record to test yet). */
    matches(table: string, condition: string, record: Readonly<Record<string, string | null>> | undefined): boolean
}

export type RecordOperation = 'read' | 'write' | 'create' | 'delete'

export class AclEngine {
    private readonly byKey = new Map<string, AclRule[]>()

    constructor(rules: readonly AclRule[]) {
        for (const r of rules) {
            if (!r.active) continue
            const key = `${r.type.toLowerCase()}|${r.operation}|${r.name}`
            const list = this.byKey.get(key) ?? []
            list.push(r)
            this.byKey.set(key, list)
        }
    }

    rules(): AclRule[] {
        return [...this.byKey.values()].flat()
    }

    private find(type: string, operation: string, name: string): AclRule[] {
        return this.byKey.get(`${type}|${operation}|${name}`) ?? []
    }

    private passes(
        rule: AclRule,
        table: string,
        ctx: AclContext,
        record: Readonly<Record<string, string | null>> | undefined
    ): boolean {
        if (rule.script.trim() !== '')
            throw new Error(
                `ACL ${rule.name} (${rule.operation}) has a script: script ACLs are not supported in the lab`
            )
        const isAdmin = ctx.roles.includes('admin')
        if (isAdmin && rule.adminOverrides) return true
        const roleOk = rule.roles.length === 0 || rule.roles.some((r) => ctx.roles.includes(r))
        if (!roleOk) return false
        if (rule.condition.trim() === '') return true
        return ctx.matches(table, rule.condition, record)
    }

    /** Decides a level's rules: Deny-Unless first (all must pass), then any Allow-If. */
    private decideLevel(
        rules: AclRule[],
        table: string,
        ctx: AclContext,
        record: Readonly<Record<string, string | null>> | undefined
    ): boolean {
        const deny = rules.filter((r) => r.decisionType === 'deny')
        for (const r of deny) if (!this.passes(r, table, ctx, record)) return false
        const allow = rules.filter((r) => r.decisionType !== 'deny')
        if (allow.length === 0) return true
        return allow.some((r) => this.passes(r, table, ctx, record))
    }

    /** Table-level decision for a record operation. hierarchy = [table, parent, ...]. */
    canTable(
        hierarchy: readonly string[],
        operation: RecordOperation,
        ctx: AclContext,
        record?: Readonly<Record<string, string | null>>
    ): boolean {
        const table = hierarchy[0] as string
        for (const name of [...hierarchy, '*']) {
            const rules = this.find('record', operation, name)
            if (rules.length) return this.decideLevel(rules, table, ctx, record)
        }
        return ctx.roles.includes('admin') // deny by default: admin only
    }

    /** Field-level decision (the table-level decision is separate). No field rule at all means allowed. */
    canField(
        hierarchy: readonly string[],
        operation: RecordOperation,
        field: string,
        ctx: AclContext,
        record?: Readonly<Record<string, string | null>>
    ): boolean {
        const table = hierarchy[0] as string
        const levels = [
            ...hierarchy.map((t) => `${t}.${field}`),
            ...hierarchy.map((t) => `${t}.*`),
            `*.${field}`,
            '*.*',
        ]
        for (const name of levels) {
            let rules = this.find('record', operation, name)
            // Create falls back to the write rules when no create rule exists at this level.
            if (!rules.length && operation === 'create') rules = this.find('record', 'write', name)
            if (rules.length) return this.decideLevel(rules, table, ctx, record)
        }
        return true
    }

    /** REST_Endpoint decision: the user must satisfy at least one of the route's ACLs. */
    canExecute(aclIds: readonly string[], ctx: AclContext): boolean {
        const rules = this.rules().filter((r) => aclIds.includes(r.sysId) && r.type.toLowerCase() === 'rest_endpoint')
        if (rules.length === 0) return false
        return this.decideLevel(rules, '', ctx, undefined)
    }
}

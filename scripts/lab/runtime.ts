/**
 * The lab's runtime: the one running instance whose Glide objects the app's server modules see. Server modules
 * import `@servicenow/glide`, which resolves to scripts/lab/glide in the lab and in tests; those classes reach the
 * database, schema, rules and ACLs through `runtime()`.
 */
import type { LabDatabase, WorkStats } from './db/database.ts'
import type { LabSchema } from './schema/lab-schema.ts'
import type { LabUser } from './http/contract.ts'

/** A message a rule or handler addressed to the user (gs.addInfoMessage / addErrorMessage). */
export interface UserMessage {
    readonly level: 'info' | 'error'
    readonly text: string
}

/** Engine services the Glide classes call; implemented by the lab instance. */
export interface GlideHost {
    readonly db: LabDatabase
    readonly schema: LabSchema
    /** Current UTC time 'yyyy-MM-dd HH:mm:ss' (the lab clock; tests may pin it). */
    now(): string
    /** The session user of the running transaction. */
    user(): LabUser
    property(name: string): string | undefined
    log(level: 'debug' | 'info' | 'warn' | 'error', message: string, source: string): void
    queueEvent(name: string, table: string, sysId: string, parm1: string, parm2: string): void
    message(msg: UserMessage): void
    /** Business rules of a table for a moment; the engine runs them. */
    runRules(
        when: 'before' | 'after' | 'async',
        operation: 'insert' | 'update' | 'delete',
        current: unknown,
        previous: unknown
    ): void
    /** ACL decision for the session user. field undefined = table-level. record = current values (for conditions). */
    canAccess(
        table: string,
        operation: 'read' | 'write' | 'create' | 'delete',
        field: string | undefined,
        record: Readonly<Record<string, string | null>> | undefined
    ): boolean
}

let active: GlideHost | undefined

/** Installs the host the Glide classes use (one lab instance per process at a time). */
export function setRuntime(host: GlideHost | undefined): void {
    active = host
}

/** The running lab, or undefined outside one (for code that has a fallback). */
export function activeRuntime(): GlideHost | undefined {
    return active
}

/** The running lab, or a clear error when a server module runs outside one. */
export function runtime(): GlideHost {
    if (!active)
        throw new Error('No lab instance is running: server modules need the lab (scripts/lab) to provide Glide')
    return active
}

export type { WorkStats }

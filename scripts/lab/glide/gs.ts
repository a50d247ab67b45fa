/** The `gs` (GlideSystem) object of the lab: properties, the session user, scoped logging, events, messages. */
import { runtime } from '../runtime.ts'
import { newSysId } from './ids.ts'

function format(message: unknown, args: unknown[]): string {
    let text = String(message)
    args.forEach((a, i) => {
        text = text.split(`{${i}}`).join(String(a))
    })
    return text
}

export const gs = {
    getProperty(name: string, alt?: unknown): string {
        const v = runtime().property(name)
        if (v === undefined || v === null) return alt === undefined ? (undefined as unknown as string) : String(alt)
        return v
    },
    getUserID(): string {
        return runtime().user().sysId
    },
    getUserName(): string {
        return runtime().user().userName
    },
    hasRole(role: string): boolean {
        const roles = runtime().user().roles
        return roles.includes('admin') || role.split(',').some((r) => roles.includes(r.trim()))
    },
    getUser() {
        const u = runtime().user()
        return {
            getID: () => u.sysId,
            getName: () => u.userName,
            hasRole: (role: string) => gs.hasRole(role),
            getRoles: () => [...u.roles],
        }
    },
    info(message: unknown, ...args: unknown[]): void {
        runtime().log('info', format(message, args), 'x_itvc_value')
    },
    warn(message: unknown, ...args: unknown[]): void {
        runtime().log('warn', format(message, args), 'x_itvc_value')
    },
    error(message: unknown, ...args: unknown[]): void {
        runtime().log('error', format(message, args), 'x_itvc_value')
    },
    debug(message: unknown, ...args: unknown[]): void {
        runtime().log('debug', format(message, args), 'x_itvc_value')
    },
    eventQueue(
        name: string,
        record: { getTableName(): string; getUniqueValue(): string } | null,
        parm1?: unknown,
        parm2?: unknown
    ): void {
        runtime().queueEvent(
            name,
            record ? record.getTableName() : '',
            record ? record.getUniqueValue() : '',
            parm1 === undefined || parm1 === null ? '' : String(parm1),
            parm2 === undefined || parm2 === null ? '' : String(parm2)
        )
    },
    addInfoMessage(message: unknown): void {
        runtime().message({ level: 'info', text: String(message) })
    },
    addErrorMessage(message: unknown): void {
        runtime().message({ level: 'error', text: String(message) })
    },
    getMessage(message: string, args?: unknown[] | unknown): string {
        return format(message, Array.isArray(args) ? args : args === undefined ? [] : [args])
    },
    generateGUID(): string {
        return newSysId()
    },
    nil(value: unknown): boolean {
        return value === null || value === undefined || value === ''
    },
    nowDateTime(): never {
        throw new Error('gs.nowDateTime() is not allowed in scoped apps: use new GlideDateTime()')
    },
    log(): never {
        throw new Error('gs.log is not available to scoped apps: use gs.info/warn/error')
    },
    setProperty(): never {
        throw new Error('gs.setProperty is not allowed in app scripts (SE10033)')
    },
    sql(): never {
        throw new Error('gs.sql is not available (SE10252)')
    },
}

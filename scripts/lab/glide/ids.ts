import { randomBytes } from 'node:crypto'

/** A new sys_id: 32 lowercase hex characters. */
export function newSysId(): string {
    return randomBytes(16).toString('hex')
}

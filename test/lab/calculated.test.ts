/** Calculated fields the lab computes on save as the platform does: sys_user.name from first and last name. */
import { describe, expect, it } from '@jest/globals'
import { GlideRecord } from '../../scripts/lab/glide/index.ts'
import { LabInstance } from '../../scripts/lab/instance.ts'

describe('sys_user.name', () => {
    const lab = new LabInstance({ clock: () => '2026-11-15 12:00:00' })
    const read = (id: string): string =>
        lab.runAsSystem(() => {
            const u = new GlideRecord('sys_user')
            return u.get(id) ? (u.getValue('name') ?? '') : 'missing'
        }).value

    it('is first name and last name, whatever the client sent, and follows their changes', () => {
        const id = lab.runAsSystem(() => {
            const u = new GlideRecord('sys_user')
            u.initialize()
            u.setValue('user_name', 'ada')
            u.setValue('first_name', 'Ada')
            u.setValue('last_name', 'Lovelace')
            u.setValue('name', 'someone else')
            return u.insert()
        }).value as string
        expect(read(id)).toBe('Ada Lovelace')
        lab.runAsSystem(() => {
            const u = new GlideRecord('sys_user')
            u.get(id)
            u.setValue('last_name', 'King')
            u.update()
        })
        expect(read(id)).toBe('Ada King')
    })

    it('keeps a name set by hand when the user has neither first nor last name', () => {
        const id = lab.runAsSystem(() => {
            const u = new GlideRecord('sys_user')
            u.initialize()
            u.setValue('user_name', 'svc.integration')
            u.setValue('name', 'Integration account')
            return u.insert()
        }).value as string
        expect(read(id)).toBe('Integration account')
    })
})

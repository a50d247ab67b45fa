/**
 * `javascript:gs.getUserID()` ("is (dynamic) Me") in the engine: GlideRecord queries and the record conditions of
 * rules and ACLs see the session user's sys_id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { recordMatches } from '../../scripts/lab/engine/query-bridge.ts'
import { GlideRecord } from '../../scripts/lab/glide/index.ts'
import type { LabInstance } from '../../scripts/lab/instance.ts'
import type { LabUser } from '../../scripts/lab/http/contract.ts'
import { probeLab } from './lab-fixture.ts'

let lab: LabInstance
let alice: LabUser
let bob: LabUser

beforeAll(() => {
    lab = probeLab()
    lab.createUser('alice', 'pw-alice', ['x_itvc_value.probe_user'])
    lab.createUser('bob', 'pw-bob', ['x_itvc_value.probe_admin'])
    alice = lab.userByName('alice') as LabUser
    bob = lab.userByName('bob') as LabUser
})
afterAll(() => lab.close())

function grantsOfMe(addQuery: (gr: GlideRecord) => void): string[] {
    const gr = new GlideRecord('sys_user_has_role')
    addQuery(gr)
    gr.query()
    const users = new Set<string>()
    while (gr.next()) users.add(gr.getValue('user') as string)
    return [...users]
}

describe('javascript:gs.getUserID() in the lab engine', () => {
    it('is the session user in an encoded query', () => {
        const mine = lab.runAs(alice, () => grantsOfMe((gr) => gr.addEncodedQuery('user=javascript:gs.getUserID()')))
        expect(mine.value).toEqual([alice.sysId])
    })

    it('is the session user in addQuery(field, value)', () => {
        const mine = lab.runAs(bob, () => grantsOfMe((gr) => gr.addQuery('user', 'javascript:gs.getUserID()')))
        expect(mine.value).toEqual([bob.sysId])
    })

    it('is the session user in a record condition (rule filters, ACL conditions)', () => {
        const row = { user: alice.sysId, role: 'r', state: 'active' }
        const asAlice = lab.runAs(alice, () =>
            recordMatches('user=javascript:gs.getUserID()', 'sys_user_has_role', row)
        )
        const asBob = lab.runAs(bob, () => recordMatches('user=javascript:gs.getUserID()', 'sys_user_has_role', row))
        expect([asAlice.value, asBob.value]).toEqual([true, false])
    })

    it('still refuses every other javascript: value', () => {
        expect(() =>
            lab.runAs(alice, () =>
                grantsOfMe((gr) => gr.addEncodedQuery('sys_created_on>=javascript:gs.daysAgoStart(7)'))
            )
        ).toThrow('not supported in the lab')
    })
})

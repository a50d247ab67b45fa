import { describe, expect, it } from '@jest/globals'
import { DYNAMIC_ME, resolveDynamicValue, resolveDynamicValues } from '../../../scripts/lab/query/dynamic.ts'
import { parseEncodedQuery } from '../../../scripts/lab/query/parse.ts'

const me = { userId: 'u1' }

describe('resolveDynamicValues', () => {
    it.each([
        ['owner=javascript:gs.getUserID()', 'owner=u1'],
        ['owner!=javascript:gs.getUserID()', 'owner!=u1'],
        ['benefit.owner=javascript:gs.getUserID()', 'benefit.owner=u1'],
        ['active=true^owner=javascript:gs.getUserID()^ORDERBYnumber', 'active=true^owner=u1^ORDERBYnumber'],
        ['a=1^ORowner=javascript:gs.getUserID()', 'a=1^ORowner=u1'],
        ['a=1^NQowner=javascript:gs.getUserID()', 'a=1^NQowner=u1'],
        ['a=1^NQORowner=javascript:gs.getUserID()', 'a=1^NQORowner=u1'],
    ])('resolves %s to %s', (query, resolved) => {
        expect(resolveDynamicValues(query, me)).toBe(resolved)
    })

    it.each([
        ['another javascript: call', 'sys_created_on>=javascript:gs.daysAgoStart(7)'],
        ['the call inside an IN list', 'ownerINjavascript:gs.getUserID()'],
        ['the call with another operator', 'ownerSTARTSWITHjavascript:gs.getUserID()'],
        ['a longer expression', 'owner=javascript:gs.getUserID() + 1'],
        ['another spelling', 'owner=javascript:gs.getUser().getID()'],
    ])('leaves %s as written, so the parser still refuses it', (_what, query) => {
        expect(resolveDynamicValues(query, me)).toBe(query)
        expect(() => parseEncodedQuery(resolveDynamicValues(query, me))).toThrow('not supported in the lab')
    })

    it('does not change a query without the dynamic value', () => {
        expect(resolveDynamicValues('active=true^priority=1', me)).toBe('active=true^priority=1')
    })
})

describe('resolveDynamicValue', () => {
    it('resolves the value of an = or != term', () => {
        expect(resolveDynamicValue('=', DYNAMIC_ME, me)).toBe('u1')
        expect(resolveDynamicValue('!=', DYNAMIC_ME, me)).toBe('u1')
    })

    it('leaves other operators and values alone', () => {
        expect(resolveDynamicValue('IN', DYNAMIC_ME, me)).toBe(DYNAMIC_ME)
        expect(resolveDynamicValue('=', 'javascript:gs.daysAgoStart(7)', me)).toBe('javascript:gs.daysAgoStart(7)')
    })
})

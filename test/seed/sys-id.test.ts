import { describe, expect, it } from '@jest/globals'
import { demoSysId, mulberry32, prng, seedOf } from '../../scripts/seed/sys-id.ts'

describe('demoSysId', () => {
    it('returns 32 lowercase hex chars', () => {
        expect(demoSysId('sys_user', 'Caller 2403')).toMatch(/^[0-9a-f]{32}$/)
    })

    it('returns the same id for the same table and key on every run', () => {
        expect(demoSysId('sys_user', 'Caller 2403')).toBe(demoSysId('sys_user', 'Caller 2403'))
        expect(demoSysId('incident', 'INC0000045')).toBe('fc6826eb62e935a424697efc8c6d4330')
    })

    it('returns different ids for the same key in different tables', () => {
        expect(demoSysId('sys_user', 'x')).not.toBe(demoSysId('sys_user_group', 'x'))
    })

    it('keeps double spaces significant', () => {
        expect(demoSysId('sys_user', 'Opened by  8')).not.toBe(demoSysId('sys_user', 'Opened by 8'))
    })

    it('does not confuse table and key boundaries', () => {
        expect(demoSysId('ab', 'c')).not.toBe(demoSysId('a', 'bc'))
    })
})

describe('mulberry32', () => {
    it('returns the reference sequence for seed 42', () => {
        const next = mulberry32(42)
        expect(next()).toBe(0.6011037519201636)
    })

    it('returns floats in [0, 1)', () => {
        const next = mulberry32(seedOf('range'))
        for (let i = 0; i < 10_000; i++) {
            const x = next()
            expect(x >= 0 && x < 1).toBe(true)
        }
    })
})

describe('prng', () => {
    it('returns the same stream for the same key', () => {
        const a = prng('key')
        const b = prng('key')
        expect([a.next(), a.int(1, 6), a.range(5, 10)]).toEqual([b.next(), b.int(1, 6), b.range(5, 10)])
    })

    it('returns different streams for different keys', () => {
        expect(prng('a').next()).not.toBe(prng('b').next())
    })

    it('.int() stays within both inclusive bounds and reaches them', () => {
        const rng = prng('dice')
        const seen = new Set<number>()
        for (let i = 0; i < 1000; i++) seen.add(rng.int(1, 6))
        expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6])
    })

    it('.weighted() never picks a zero-weight key and follows the weights', () => {
        const rng = prng('weights')
        const counts = { a: 0, b: 0, c: 0 }
        for (let i = 0; i < 10_000; i++) counts[rng.weighted({ a: 1, b: 3, c: 0 })]++
        expect(counts.c).toBe(0)
        expect(counts.b / counts.a).toBeGreaterThan(2.5)
        expect(counts.b / counts.a).toBeLessThan(3.5)
    })

    it('.pick() throws on an empty list', () => {
        expect(() => prng('x').pick([])).toThrow('empty list')
    })
})

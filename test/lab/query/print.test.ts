import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { NO_VALUE_OPERATORS, OPERATORS, QueryError } from '../../../scripts/lab/query/ast.ts'
import type { Operator, QueryAst, Term } from '../../../scripts/lab/query/ast.ts'
import { parseEncodedQuery } from '../../../scripts/lab/query/parse.ts'
import { toEncodedQuery } from '../../../scripts/lab/query/print.ts'

const t = (field: string, op: Operator, value = ''): Term => ({ field, op, value })
const ast = (groups: Term[][][], orderBy: QueryAst['orderBy'] = []): QueryAst => ({ groups, orderBy })

describe('toEncodedQuery', () => {
    it.each([
        'active=true^priority=1^ORpriority=2',
        'active=true^priority=1^NQactive=false^category=hardware',
        'stateIN1,2,3^ORDERBYpriority^ORDERBYDESCsys_updated_on',
        'caller_id.department.name=Network^assignment_group=',
        'short_descriptionNOT LIKEtest^subcategoryNOT INdb2,sql server,oracle',
        'priorityBETWEEN1@3^assigned_toISEMPTY^caller_idSAMEASassigned_to',
        'ORDERBYnumber',
        '',
    ])('prints %j back as written', (query) => {
        expect(toEncodedQuery(parseEncodedQuery(query))).toBe(query)
    })

    it('normalises NOTLIKE (instance mode) to NOT LIKE', () => {
        expect(toEncodedQuery(parseEncodedQuery('aNOTLIKEb', 'instance'))).toBe('aNOT LIKEb')
    })

    it('skips empty OR-groups and prints a query with an empty AND-list as everything', () => {
        expect(toEncodedQuery(ast([[[], [t('a', '=', '1')]]]))).toBe('a=1')
        expect(toEncodedQuery(ast([[[t('a', '=', '1')]], []], [{ field: 'n', desc: false }]))).toBe('ORDERBYn')
    })

    it.each([
        ['a value holding ^', t('a', 'LIKE', 'x^y')],
        ['< followed by =', t('a', '<', '=1')],
        ['> followed by =', t('a', '>', '=1')],
        ['IN followed by STANCEOF', t('a', 'IN', 'STANCEOFtask')],
        ['IN followed by _HIERARCHY', t('a', 'IN', '_HIERARCHYx')],
        ['a javascript: value', t('a', '=', 'javascript:gs.getUserID()')],
        ['an uppercase field', t('A', '=', '1')],
        ['a value after ISEMPTY', t('a', 'ISEMPTY', 'x')],
        ['BETWEEN without @', t('a', 'BETWEEN', '1')],
    ])('throws QUERY.NOT_PRINTABLE for %s', (_what, term) => {
        expect(() => toEncodedQuery(ast([[[term]]]))).toThrow(expect.objectContaining({ code: 'QUERY.NOT_PRINTABLE' }))
    })

    it('throws QUERY.NOT_PRINTABLE for a bad sort field', () => {
        expect(() => toEncodedQuery(ast([], [{ field: 'a^b', desc: false }]))).toThrow(
            expect.objectContaining({ code: 'QUERY.NOT_PRINTABLE' })
        )
    })
})

const FIELDS = ['a', 'short_description', 'caller_id.name', 'x1.y_2.z']
const field = fc.constantFrom(...FIELDS)
const CHARS = [
    'a',
    'B',
    '1',
    ' ',
    ',',
    '@',
    '%',
    '_',
    '=',
    '<',
    '>',
    '!',
    '*',
    'I',
    'N',
    'S',
    'T',
    'O',
    'j',
    ':',
    '.',
    'é',
]
const value = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 })
const rangeEnd = fc.string({ unit: fc.constantFrom(...CHARS.filter((c) => c !== '@')), maxLength: 5 })
const VALUE_OPERATORS = OPERATORS.filter(
    (op) => !NO_VALUE_OPERATORS.includes(op) && op !== 'BETWEEN' && op !== 'SAMEAS' && op !== 'NSAMEAS'
)

const term: fc.Arbitrary<Term> = fc.oneof(
    fc.record({ field, op: fc.constantFrom(...VALUE_OPERATORS), value }),
    fc.record({ field, op: fc.constantFrom(...NO_VALUE_OPERATORS), value: fc.constant('') }),
    fc.record({
        field,
        op: fc.constant<Operator>('BETWEEN'),
        value: fc.tuple(rangeEnd, rangeEnd).map(([low, high]) => `${low}@${high}`),
    }),
    fc.record({ field, op: fc.constantFrom<Operator>('SAMEAS', 'NSAMEAS'), value: field })
)

const anAst: fc.Arbitrary<QueryAst> = fc.record({
    groups: fc.array(fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), {
        maxLength: 3,
    }),
    orderBy: fc.array(fc.record({ field, desc: fc.boolean() }), { maxLength: 2 }),
})

describe('parse ∘ print round trip', () => {
    it('reads back every AST it prints, and refuses only with QUERY.NOT_PRINTABLE', () => {
        let printed = 0
        fc.assert(
            fc.property(anAst, (query) => {
                let text: string
                try {
                    text = toEncodedQuery(query)
                } catch (e) {
                    expect(e).toBeInstanceOf(QueryError)
                    expect((e as QueryError).code).toBe('QUERY.NOT_PRINTABLE')
                    return
                }
                printed += 1
                expect(parseEncodedQuery(text)).toEqual(query)
            }),
            { numRuns: 200 }
        )
        // The property must not hold vacuously.
        expect(printed).toBeGreaterThan(100)
    })

    it('prints back every canonical query string it parses', () => {
        const segment = fc
            .tuple(field, fc.constantFrom(...OPERATORS, 'NOT LIKE', '<', '>'), value)
            .map(([f, op, v]) => `${f}${op}${NO_VALUE_OPERATORS.includes(op) ? '' : v}`)
        const query = fc.array(
            fc.array(fc.array(segment, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
            { minLength: 1, maxLength: 3 }
        )
        const orderBy = fc.array(fc.tuple(fc.boolean(), field), { maxLength: 2 })
        let checked = 0
        fc.assert(
            fc.property(query, orderBy, (queries, keys) => {
                const text = [
                    queries.map((groups) => groups.map((group) => group.join('^OR')).join('^')).join('^NQ'),
                    ...keys.map(([desc, f]) => `${desc ? 'ORDERBYDESC' : 'ORDERBY'}${f}`),
                ].join('^')
                let parsed: QueryAst
                try {
                    parsed = parseEncodedQuery(text)
                } catch (e) {
                    // Malformed or unsupported terms (BETWEEN without @, javascript:, ...) are refused, never misread.
                    expect((e as QueryError).code).toMatch(/^QUERY\.(INVALID_TERM|UNSUPPORTED)$/)
                    return
                }
                checked += 1
                expect(toEncodedQuery(parsed)).toBe(text)
            }),
            { numRuns: 200 }
        )
        expect(checked).toBeGreaterThan(20)
    })
})

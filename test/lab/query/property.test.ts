/**
 * Property tests: on random small tables (NULLs, mixed case, LIKE wildcards, non-ASCII text, dangling references)
 * and random queries, the SQL compiler on a real SQLite database selects exactly the rows the reference evaluator
 * accepts; and the AND / OR / ^NQ algebra holds on SQLite.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { Operator, QueryAst, Term } from '../../../scripts/lab/query/ast.ts'
import { andQueries, parseEncodedQuery } from '../../../scripts/lab/query/parse.ts'
import { toEncodedQuery } from '../../../scripts/lab/query/print.ts'
import type { QueryMode } from '../../../scripts/lab/query/types.ts'
import type { Storage } from '../../../scripts/lab/schema/types.ts'
import type { Data, Row } from './fixture.ts'
import { createDatabase, selectEval, selectSql } from './fixture.ts'

const NUM_RUNS = 200

// ---- data ------------------------------------------------------------------------------------------------------

const TEXTS = ['abc', 'ABC', 'Abc def', 'x_y', 'xzy', 'x%y', '10', '9', 'a\\b', 'éa', 'Éa', 'z\uFF21', 'z\u{1F600}', '']
const nullable = <T>(values: readonly T[]): fc.Arbitrary<T | null> =>
    fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.constantFrom(...values) })

const text = nullable(TEXTS)
const integer = nullable([-1, 0, 1, 2, 9, 10])
const real = nullable([-2.5, 0, 1.5, 9.5, 10])
const boolean = nullable([0, 1])
const datetime = nullable(['2023-12-31 23:59:59', '2024-01-01 00:00:00', '2024-01-01 08:00:00', '2024-02-01 12:00:00'])
const date = nullable(['2023-12-31', '2024-01-01', '2024-01-10'])
const DEPARTMENTS = ['d1', 'd2', 'd3']
const USERS = ['u1', 'u2', 'u3', 'u4']
const INCIDENTS = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7']
const refTo = (ids: readonly string[]): fc.Arbitrary<string | null> => nullable([...ids, 'zz'])

const withIds = (ids: readonly string[], row: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Row[]> =>
    fc
        .tuple(fc.integer({ min: 0, max: ids.length }), fc.array(row, { minLength: ids.length, maxLength: ids.length }))
        .map(([n, rows]) => rows.slice(0, n).map((r, i) => ({ ...r, sys_id: ids[i] }) as Row))

const data: fc.Arbitrary<Data> = fc.record({
    cmn_department: withIds(DEPARTMENTS, fc.record({ name: text, code: integer, head: refTo(USERS) })),
    sys_user: withIds(
        USERS,
        fc.record({
            name: text,
            user_name: text,
            age: integer,
            active: boolean,
            department: refTo(DEPARTMENTS),
            manager: refTo(USERS),
        })
    ),
    incident: withIds(
        INCIDENTS,
        fc.record({
            number: text,
            short_description: text,
            category: text,
            priority: integer,
            score: real,
            active: boolean,
            opened_at: datetime,
            due: date,
            caller_id: refTo(USERS),
            assigned_to: refTo(USERS),
            parent: refTo(INCIDENTS),
        })
    ),
})

// ---- queries ---------------------------------------------------------------------------------------------------

type Kind = Storage | 'reference'

/** Fields of incident the generator queries, dot-walks up to three levels deep. */
const FIELDS: Readonly<Record<Kind, readonly string[]>> = {
    text: [
        'number',
        'short_description',
        'category',
        'caller_id.name',
        'caller_id.department.name',
        'parent.short_description',
        'parent.caller_id.user_name',
    ],
    integer: ['priority', 'caller_id.age', 'caller_id.department.code', 'parent.parent.priority'],
    real: ['score', 'parent.score'],
    boolean: ['active', 'caller_id.active'],
    datetime: ['opened_at', 'parent.opened_at'],
    date: ['due'],
    reference: ['caller_id', 'assigned_to', 'parent', 'caller_id.department', 'caller_id.manager', 'parent.caller_id'],
}

const QUERY_VALUES: Readonly<Record<Kind, readonly string[]>> = {
    text: [
        'abc',
        'AbC',
        'ABC',
        'abc DEF',
        'X_Y',
        'x%Y',
        '_',
        '%',
        'y',
        '10',
        '9',
        'éA',
        'Éa',
        'z\uFF21',
        'z\u{1F600}',
        'a\\',
        '',
    ],
    integer: ['-1', '0', '1', '2', '9', '10', '3'],
    real: ['0', '1.5', '9.5', '10', '-3', '-2.5'],
    boolean: ['true', 'false', '1', '0', 'TRUE'],
    datetime: ['2024-01-01', '2024-01-01 08:00:00', '2024-01-15 00:00:00', '2023-12-31 23:59:59'],
    date: ['2024-01-01', '2024-01-10', '2023-12-31'],
    reference: ['u1', 'U2', 'u3', 'd1', 'i1', 'i2', 'zz', 'abc', 'x_y', '1'],
}

const COMMON: readonly Operator[] = [
    '=',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    'BETWEEN',
    'ISEMPTY',
    'ISNOTEMPTY',
    'ANYTHING',
    'EMPTYSTRING',
    'IN',
    'NOT IN',
    'SAMEAS',
    'NSAMEAS',
]
const LIKES: readonly Operator[] = ['LIKE', 'NOT LIKE', 'STARTSWITH', 'ENDSWITH']
const KINDS = Object.keys(FIELDS) as Kind[]

/** A valid term on a field of the given kind. */
function termOf(kind: Kind): fc.Arbitrary<Term> {
    const numeric = kind === 'real' || kind === 'boolean'
    const ops = numeric ? COMMON : [...COMMON, ...LIKES]
    const pool = QUERY_VALUES[kind]
    const nonEmpty = pool.filter((v) => v !== '')
    // A text field's LIKE on a reference matches its display value: use text values then.
    const likeValues = kind === 'reference' ? QUERY_VALUES.text : pool
    return fc.tuple(fc.constantFrom(...FIELDS[kind]), fc.constantFrom(...ops)).chain(([field, op]) => {
        const value = ((): fc.Arbitrary<string> => {
            switch (op) {
                case 'ISEMPTY':
                case 'ISNOTEMPTY':
                case 'ANYTHING':
                case 'EMPTYSTRING':
                    return fc.constant('')
                case '=':
                case '!=':
                    return fc.constantFrom(...nonEmpty, '')
                case 'IN':
                case 'NOT IN':
                    return fc
                        .array(fc.constantFrom(...nonEmpty, ''), { minLength: 1, maxLength: 3 })
                        .map((v) => v.join(','))
                case 'BETWEEN':
                    return fc
                        .tuple(fc.constantFrom(...nonEmpty), fc.constantFrom(...nonEmpty))
                        .map(([a, b]) => `${a}@${b}`)
                case 'SAMEAS':
                case 'NSAMEAS':
                    return fc.constantFrom(...FIELDS[kind])
                case 'LIKE':
                case 'NOT LIKE':
                case 'STARTSWITH':
                case 'ENDSWITH':
                    return fc.constantFrom(...likeValues)
                default:
                    return fc.constantFrom(...(kind === 'text' ? pool : nonEmpty))
            }
        })()
        return value.map((v) => ({ field, op, value: v }))
    })
}

const validTerm: fc.Arbitrary<Term> = fc.constantFrom(...KINDS).chain(termOf)

/** Terms an instance drops: unknown fields, walks through non-references, bad values, LIKE on booleans. */
const droppedTerm: fc.Arbitrary<Term> = fc.constantFrom<Term>(
    { field: 'nope', op: '=', value: '1' },
    { field: 'caller_id.nope', op: 'ISEMPTY', value: '' },
    { field: 'category.name', op: '!=', value: 'x' },
    { field: 'priority', op: '<', value: 'high' },
    { field: 'active', op: 'LIKE', value: 'tr' },
    { field: 'opened_at', op: '>', value: 'yesterday' },
    { field: 'priority', op: 'SAMEAS', value: 'category' }
)

/** Small queries (up to 2 ^NQ queries of up to 2 groups of up to 2 terms), so results are rarely all or nothing. */
function astOf(term: fc.Arbitrary<Term>): fc.Arbitrary<QueryAst> {
    const upTo2 = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(item, { minLength: 1, maxLength: 2 })
    return fc.record({ groups: upTo2(upTo2(upTo2(term))), orderBy: fc.constant([]) })
}

/** Several queries per table: the database is built once per run. */
const QUERIES_PER_RUN = 6

/**
 * SQL and evaluator agree on each query over `rows` (the SQL side reads the query back from its printed form).
 * Returns how many queries selected some but not all rows, to check that the property is not vacuous.
 */
function agree(rows: Data, queries: readonly QueryAst[], mode: QueryMode): number {
    const db = createDatabase(rows)
    let discriminating = 0
    try {
        for (const query of queries) {
            const printed = toEncodedQuery(query)
            const sql = selectSql(db, parseEncodedQuery(printed, mode), 'incident', mode).sort()
            expect({ query: printed, ids: sql }).toEqual({
                query: printed,
                ids: selectEval(rows, query, 'incident', mode),
            })
            if (sql.length > 0 && sql.length < rows.incident.length) discriminating += 1
        }
    } finally {
        db.close()
    }
    return discriminating
}

describe('SQL compiler vs reference evaluator', () => {
    const queries = (term: fc.Arbitrary<Term>): fc.Arbitrary<QueryAst[]> =>
        fc.array(astOf(term), { minLength: QUERIES_PER_RUN, maxLength: QUERIES_PER_RUN })

    it('select the same rows in strict mode', () => {
        let discriminating = 0
        fc.assert(
            fc.property(data, queries(validTerm), (rows, list) => {
                discriminating += agree(rows, list, 'strict')
            }),
            { numRuns: NUM_RUNS }
        )
        expect(discriminating).toBeGreaterThan(NUM_RUNS)
    })

    it('select the same rows in instance mode, with terms that get dropped', () => {
        const term = fc.oneof({ weight: 3, arbitrary: validTerm }, { weight: 1, arbitrary: droppedTerm })
        fc.assert(
            fc.property(data, queries(term), (rows, list) => {
                agree(rows, list, 'instance')
            }),
            { numRuns: NUM_RUNS }
        )
    })
})

describe('AND / OR / ^NQ algebra on SQLite', () => {
    it('intersects with andQueries and unites with ^NQ', () => {
        const small = astOf(validTerm)
        fc.assert(
            fc.property(data, small, small, (rows, a, b) => {
                const db = createDatabase(rows)
                try {
                    const inA = new Set(selectSql(db, a))
                    const inB = new Set(selectSql(db, b))
                    const all = selectSql(db, '')
                    const and = selectSql(db, andQueries(a, b)).sort()
                    const or = selectSql(db, parseEncodedQuery(`${toEncodedQuery(a)}^NQ${toEncodedQuery(b)}`)).sort()
                    expect(and).toEqual(all.filter((id) => inA.has(id) && inB.has(id)).sort())
                    expect(or).toEqual(all.filter((id) => inA.has(id) || inB.has(id)).sort())
                } finally {
                    db.close()
                }
            }),
            { numRuns: NUM_RUNS / 2 }
        )
    })

    it('complements: a term and its negation partition the rows', () => {
        const NEGATIONS: Readonly<Partial<Record<Operator, Operator>>> = {
            '=': '!=',
            IN: 'NOT IN',
            LIKE: 'NOT LIKE',
            SAMEAS: 'NSAMEAS',
            ISEMPTY: 'ISNOTEMPTY',
        }
        const negatable = validTerm.filter((term) => NEGATIONS[term.op] !== undefined)
        fc.assert(
            fc.property(data, negatable, (rows, term) => {
                const db = createDatabase(rows)
                try {
                    const positive = selectSql(db, { groups: [[[term]]], orderBy: [] })
                    const negative = selectSql(db, {
                        groups: [[[{ ...term, op: NEGATIONS[term.op] as Operator }]]],
                        orderBy: [],
                    })
                    expect([...positive, ...negative].sort()).toEqual(selectSql(db, '').sort())
                    expect(positive.filter((id) => negative.includes(id))).toEqual([])
                } finally {
                    db.close()
                }
            }),
            { numRuns: NUM_RUNS }
        )
    })
})

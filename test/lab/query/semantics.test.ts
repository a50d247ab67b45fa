/**
 * Matching semantics, checked on both back ends at once: every case runs through the SQL compiler on SQLite and
 * through the reference evaluator, which must agree, and the result is compared with the expected records.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { compileFieldValue, compileOrderBy, compileWhere } from '../../../scripts/lab/query/sql.ts'
import { createMatcher, matches } from '../../../scripts/lab/query/evaluate.ts'
import { parseEncodedQuery } from '../../../scripts/lab/query/parse.ts'
import type { QueryMode } from '../../../scripts/lab/query/types.ts'
import type { Data } from './fixture.ts'
import { createDatabase, resolverOf, schema, selectEval, selectSql } from './fixture.ts'

const data: Data = {
    cmn_department: [
        { sys_id: 'd1', name: 'Network', code: 10, head: 'u2' },
        { sys_id: 'd2', name: 'Finance', code: 9, head: null },
    ],
    sys_user: [
        {
            sys_id: 'u1',
            name: 'Abel Tuter',
            user_name: 'abel.tuter',
            age: 30,
            active: 1,
            department: 'd1',
            manager: 'u2',
        },
        {
            sys_id: 'u2',
            name: 'Beth Anglin',
            user_name: 'beth.anglin',
            age: 45,
            active: 1,
            department: 'd2',
            manager: null,
        },
        {
            sys_id: 'u3',
            name: 'charlie brown',
            user_name: 'CBrown',
            age: null,
            active: 0,
            department: null,
            manager: 'u1',
        },
    ],
    incident: [
        {
            sys_id: 'i1',
            number: 'INC0010001',
            short_description: 'Email outage',
            category: 'network',
            priority: 1,
            score: 1.5,
            active: 1,
            opened_at: '2024-01-01 08:00:00',
            due: '2024-01-10',
            caller_id: 'u1',
            assigned_to: 'u1',
            parent: null,
        },
        {
            sys_id: 'i2',
            number: 'INC0010002',
            short_description: 'VPN down 100%',
            category: 'Network',
            priority: 2,
            score: 10,
            active: 1,
            opened_at: '2024-01-15 12:30:00',
            due: '2024-02-01',
            caller_id: 'u2',
            assigned_to: 'u3',
            parent: 'i1',
        },
        {
            sys_id: 'i3',
            number: 'INC0010003',
            short_description: 'printer_jam',
            category: 'hardware',
            priority: 10,
            score: null,
            active: 0,
            opened_at: '2024-02-01 00:00:00',
            due: null,
            caller_id: 'u3',
            assigned_to: null,
            parent: 'i2',
        },
        {
            sys_id: 'i4',
            number: 'INC0010004',
            short_description: null,
            category: null,
            priority: null,
            score: -2,
            active: null,
            opened_at: null,
            due: '2024-01-10',
            caller_id: null,
            assigned_to: 'u2',
            parent: null,
        },
        {
            sys_id: 'i5',
            number: 'INC0010005',
            short_description: 'printer jam again',
            category: 'hardware',
            priority: 3,
            score: 9.5,
            active: 1,
            opened_at: '2023-12-31 23:59:59',
            due: null,
            caller_id: 'dangling',
            assigned_to: 'u1',
            parent: 'i3',
        },
    ],
    x_itvc_value_anon: [{ sys_id: 'a1', code: 'Z9' }],
    x_itvc_value_tag: [
        { sys_id: 't1', label: 'one', owner: 'a1' },
        { sys_id: 't2', label: 'two', owner: null },
    ],
}

const db = createDatabase(data)
afterAll(() => {
    db.close()
})

/** Runs a query on both back ends, checks they agree, and returns the matching sys_ids (sorted). */
function run(query: string, mode: QueryMode = 'strict', table = 'incident'): string[] {
    const sql = selectSql(db, query, table, mode).sort()
    expect(selectEval(data, query, table, mode)).toEqual(sql)
    return sql
}

const ALL = ['i1', 'i2', 'i3', 'i4', 'i5']

describe('operator table (glide-and-queries.md §1)', () => {
    it.each([
        ['=', 'priority=1', ['i1']],
        ['!=', 'priority!=1', ['i2', 'i3', 'i4', 'i5']],
        ['<=', 'priority<=2', ['i1', 'i2']],
        ['<', 'priority<2', ['i1']],
        ['>', 'priority>2', ['i3', 'i5']],
        ['>=', 'priority>=3', ['i3', 'i5']],
        ['BETWEEN', 'priorityBETWEEN1@3', ['i1', 'i2', 'i5']],
        ['STARTSWITH', 'numberSTARTSWITHINC001000', ALL],
        ['STARTSWITH', 'short_descriptionSTARTSWITHprinter', ['i3', 'i5']],
        ['ENDSWITH', 'short_descriptionENDSWITHoutage', ['i1']],
        ['LIKE', 'short_descriptionLIKEjam', ['i3', 'i5']],
        ['NOT LIKE', 'short_descriptionNOT LIKEjam', ['i1', 'i2', 'i4']],
        ['ISEMPTY', 'assigned_toISEMPTY', ['i3']],
        ['ISNOTEMPTY', 'assigned_toISNOTEMPTY', ['i1', 'i2', 'i4', 'i5']],
        ['ANYTHING', 'categoryANYTHING', ALL],
        ['EMPTYSTRING', 'short_descriptionEMPTYSTRING', []],
        ['IN', 'categoryINnetwork,hardware', ['i1', 'i2', 'i3', 'i5']],
        ['NOT IN', 'categoryNOT INnetwork,hardware', ['i4']],
        ['SAMEAS', 'caller_idSAMEASassigned_to', ['i1']],
        ['NSAMEAS', 'caller_idNSAMEASassigned_to', ['i2', 'i3', 'i4', 'i5']],
    ])('%s: %s', (_op, query, expected) => {
        expect(run(query)).toEqual(expected)
    })
})

describe('separators and precedence', () => {
    it('reads a^b^ORc as a AND (b OR c)', () => {
        expect(run('active=true^priority=1^ORpriority=2')).toEqual(['i1', 'i2'])
        // (a AND b) OR c would select i2; a AND (b OR c) selects nothing.
        expect(run('active=false^priority=1^ORpriority=2')).toEqual([])
    })

    it('reads a^ORb^c as (a OR b) AND c', () => {
        expect(run('priority=1^ORpriority=10^active=false')).toEqual(['i3'])
    })

    it('ORs whole queries with ^NQ', () => {
        expect(run('active=true^priority=1^NQactive=false^category=hardware')).toEqual(['i1', 'i3'])
    })

    it('ignores a trailing ^EQ', () => {
        expect(run('active=true^EQ')).toEqual(['i1', 'i2', 'i5'])
    })

    it('matches everything with an empty query', () => {
        expect(run('')).toEqual(ALL)
        expect(compileWhere(parseEncodedQuery(''), 'incident', schema)).toEqual({ sql: '1=1', params: [] })
    })

    it('sorts by several keys in order', () => {
        expect(selectSql(db, 'priorityIN1,2,3^ORDERBYpriority^ORDERBYDESCopened_at')).toEqual(['i1', 'i2', 'i5'])
        expect(selectSql(db, 'priorityIN1,2,3^ORDERBYDESCpriority')).toEqual(['i5', 'i2', 'i1'])
    })
})

describe('NULL rule', () => {
    it('matches empty values with !=, NOT IN and NOT LIKE', () => {
        expect(run('category!=network')).toEqual(['i3', 'i4', 'i5'])
        expect(run('categoryNOT INnetwork')).toEqual(['i3', 'i4', 'i5'])
        expect(run('categoryNOT LIKEnet')).toEqual(['i3', 'i4', 'i5'])
        expect(run('active!=true')).toEqual(['i3', 'i4'])
        expect(run('caller_idNSAMEASassigned_to')).toContain('i4')
    })

    it('never matches empty values with =, <, <=, >, >=, BETWEEN, IN, LIKE, STARTSWITH, ENDSWITH', () => {
        for (const query of [
            'priority>0',
            'priority<100',
            'priority<=100',
            'priority>=-100',
            'priorityBETWEEN-100@100',
            'priorityIN1,2,3,10',
            'short_descriptionLIKE',
            'short_descriptionSTARTSWITH',
            'short_descriptionENDSWITH',
        ]) {
            expect(run(query)).not.toContain('i4')
        }
    })

    it('reads field= as ISEMPTY and field!= as ISNOTEMPTY', () => {
        expect(run('category=')).toEqual(['i4'])
        expect(run('priority=')).toEqual(['i4'])
        expect(run('category!=')).toEqual(['i1', 'i2', 'i3', 'i5'])
        expect(run('category=')).toEqual(run('categoryISEMPTY'))
    })

    it('matches an empty value with an empty IN item', () => {
        expect(run('categoryINnetwork,')).toEqual(['i1', 'i2', 'i4'])
        expect(run('categoryNOT INnetwork,')).toEqual(['i3', 'i5'])
    })

    it("treats '' as empty for ISEMPTY but as a value for EMPTYSTRING", () => {
        const row = { sys_id: 'x', category: '' }
        const isMatch = (q: string): boolean => matches(parseEncodedQuery(q), 'incident', row, schema, () => undefined)
        expect(isMatch('categoryISEMPTY')).toBe(true)
        expect(isMatch('category=')).toBe(true)
        expect(isMatch('categoryEMPTYSTRING')).toBe(true)
        expect(isMatch('categoryISNOTEMPTY')).toBe(false)
    })

    it('never matches SAMEAS when either side is empty', () => {
        expect(run('caller_idSAMEASassigned_to')).not.toContain('i4')
    })
})

describe('case and collation', () => {
    it('matches text case-insensitively', () => {
        expect(run('category=NETWORK')).toEqual(['i1', 'i2'])
        expect(run('categoryINNETWORK')).toEqual(['i1', 'i2'])
        expect(run('short_descriptionLIKEEMAIL')).toEqual(['i1'])
        expect(run('short_descriptionSTARTSWITHvpn')).toEqual(['i2'])
        expect(run('caller_id.user_name=cbrown')).toEqual(['i3'])
    })

    it('compares strings alphabetically, case-insensitively', () => {
        expect(run('category<i')).toEqual(['i3', 'i5'])
        expect(run('category>=N')).toEqual(['i1', 'i2'])
        expect(run('categoryBETWEENh@NETWORK')).toEqual(['i1', 'i2', 'i3', 'i5'])
    })

    it('sorts text case-insensitively with empty values first', () => {
        expect(selectSql(db, 'ORDERBYcategory^ORDERBYnumber')).toEqual(['i4', 'i3', 'i5', 'i1', 'i2'])
        expect(selectSql(db, 'ORDERBYDESCcategory^ORDERBYnumber')).toEqual(['i1', 'i2', 'i3', 'i5', 'i4'])
    })
})

describe('numbers, booleans and dates', () => {
    it('compares integers numerically ("10" > "9")', () => {
        expect(run('priority>9')).toEqual(['i3'])
        expect(run('priority<9')).toEqual(['i1', 'i2', 'i5'])
        expect(run('caller_id.department.code>9')).toEqual(['i1'])
        expect(selectSql(db, 'priorityISNOTEMPTY^ORDERBYDESCpriority')).toEqual(['i3', 'i5', 'i2', 'i1'])
    })

    it('compares reals numerically', () => {
        expect(run('score<0')).toEqual(['i4'])
        expect(run('score>=9.5')).toEqual(['i2', 'i5'])
        expect(run('score=10.0')).toEqual(['i2'])
    })

    it('accepts true/false/1/0 for booleans', () => {
        expect(run('active=true')).toEqual(['i1', 'i2', 'i5'])
        expect(run('active=1')).toEqual(['i1', 'i2', 'i5'])
        expect(run('active=false')).toEqual(['i3'])
        expect(run('active=0')).toEqual(['i3'])
        expect(run('activeINtrue,false')).toEqual(['i1', 'i2', 'i3', 'i5'])
    })

    it('compares date-times as UTC text, a date-only value meaning midnight', () => {
        expect(run('opened_at>=2024-01-01')).toEqual(['i1', 'i2', 'i3'])
        expect(run('opened_at>2024-02-01')).toEqual([])
        expect(run('opened_at=2024-02-01')).toEqual(['i3'])
        expect(run('opened_atBETWEEN2024-01-01 08:00:00@2024-01-15 12:30:00')).toEqual(['i1', 'i2'])
        expect(run('opened_atLIKE2024-01')).toEqual(['i1', 'i2'])
    })

    it('compares dates', () => {
        expect(run('due<2024-01-15')).toEqual(['i1', 'i4'])
        expect(run('due=2024-01-10')).toEqual(['i1', 'i4'])
    })

    it('matches LIKE on integers against their decimal text', () => {
        expect(run('priorityLIKE1')).toEqual(['i1', 'i3'])
        expect(run('prioritySTARTSWITH1')).toEqual(['i1', 'i3'])
    })
})

describe('LIKE escaping', () => {
    it('matches % and _ literally', () => {
        expect(run('short_descriptionLIKE100%')).toEqual(['i2'])
        expect(run('short_descriptionLIKE%')).toEqual(['i2'])
        expect(run('short_descriptionLIKE_')).toEqual(['i3'])
        expect(run('short_descriptionLIKEr_j')).toEqual(['i3'])
        expect(run('short_descriptionSTARTSWITH%')).toEqual([])
        expect(run('short_descriptionENDSWITH0%')).toEqual(['i2'])
    })

    it('escapes the escape character', () => {
        const backslash: Data = { ...data, incident: [{ sys_id: 'b1', short_description: 'a\\b' }] }
        const local = createDatabase(backslash)
        for (const [query, expected] of [
            ['short_descriptionLIKEa\\b', ['b1']],
            ['short_descriptionLIKE\\', ['b1']],
            ['short_descriptionLIKE\\b', ['b1']],
            ['short_descriptionLIKE\\%', []],
        ] as const) {
            expect(selectSql(local, query)).toEqual(expected)
            expect(selectEval(backslash, query)).toEqual(expected)
        }
        local.close()
    })
})

describe('dot-walks', () => {
    it('walks one level', () => {
        expect(run('caller_id.name=abel tuter')).toEqual(['i1'])
        expect(run('caller_id.active=false')).toEqual(['i3'])
    })

    it('walks two levels', () => {
        expect(run('caller_id.department.name=Network')).toEqual(['i1'])
        expect(run('caller_id.department.nameINnetwork,finance')).toEqual(['i1', 'i2'])
    })

    it('walks three levels through self references', () => {
        expect(run('parent.parent.caller_id.name=abel tuter')).toEqual(['i3'])
        expect(run('parent.parent.parent.number=INC0010001')).toEqual(['i5'])
    })

    it('treats an empty or dangling reference on the way as an empty value', () => {
        // i3: no department; i4: no caller; i5: caller points at no record.
        expect(run('caller_id.department.nameISEMPTY')).toEqual(['i3', 'i4', 'i5'])
        expect(run('caller_id.department.name=')).toEqual(['i3', 'i4', 'i5'])
        expect(run('caller_id.department.name!=Network')).toEqual(['i2', 'i3', 'i4', 'i5'])
        expect(run('caller_id.department.nameNOT INnetwork')).toEqual(['i2', 'i3', 'i4', 'i5'])
        expect(run('caller_id.department.nameISNOTEMPTY')).toEqual(['i1', 'i2'])
        expect(run('caller_id.department.nameINnetwork,')).toEqual(['i1', 'i3', 'i4', 'i5'])
    })

    it('compiles a dot-walk to an IN subquery', () => {
        const { sql, params } = compileWhere(parseEncodedQuery('caller_id.department.name=Network'), 'incident', schema)
        expect(sql).toContain('"incident"."caller_id" IN (SELECT')
        expect(sql).toContain('FROM "sys_user"')
        expect(sql).toContain('FROM "cmn_department"')
        expect(params).toEqual(['Network'])
    })

    it('compares dot-walked fields with SAMEAS', () => {
        expect(run('parent.assigned_toSAMEAScaller_id')).toEqual(['i3'])
        expect(run('caller_id.department.headSAMEAScaller_id.manager')).toEqual(['i1'])
        expect(run('caller_id.department.headNSAMEAScaller_id.manager')).toEqual(['i2', 'i3', 'i4', 'i5'])
        expect(run('parent.caller_idSAMEAScaller_id')).toEqual([])
    })

    it('sorts by a dot-walked field through a correlated subquery', () => {
        expect(selectSql(db, 'caller_idISNOTEMPTY^ORDERBYcaller_id.department.code')).toEqual(['i3', 'i5', 'i2', 'i1'])
        expect(selectSql(db, 'parentISNOTEMPTY^ORDERBYDESCparent.parent.number')).toEqual(['i5', 'i3', 'i2'])
    })
})

describe('references', () => {
    it('compares sys_ids with = and IN', () => {
        expect(run('caller_id=u1')).toEqual(['i1'])
        expect(run('caller_idINu1,u2')).toEqual(['i1', 'i2'])
    })

    it('matches LIKE, STARTSWITH and ENDSWITH on the display value', () => {
        expect(run('caller_idLIKEtuter')).toEqual(['i1'])
        expect(run('caller_idSTARTSWITHbeth')).toEqual(['i2'])
        expect(run('caller_idENDSWITHBROWN')).toEqual(['i3'])
        expect(run('caller_idNOT LIKEtuter')).toEqual(['i2', 'i3', 'i4', 'i5'])
        expect(run('caller_id.departmentLIKEnet')).toEqual(['i1'])
    })

    it('falls back to the sys_id when the target has no display field', () => {
        expect(run('ownerLIKEa1', 'strict', 'x_itvc_value_tag')).toEqual(['t1'])
        expect(run('ownerLIKEz9', 'strict', 'x_itvc_value_tag')).toEqual([])
    })

    it('sorts a reference by its display value', () => {
        // Abel Tuter (u1) < Beth Anglin (u2) < charlie brown (u3); i4 has no caller, i5 a dangling one.
        expect(selectSql(db, 'ORDERBYcaller_id')).toEqual(['i4', 'i5', 'i1', 'i2', 'i3'])
    })
})

describe('strict and instance modes', () => {
    it('throws on an unknown field in strict mode', () => {
        expect(() => run('nope=1')).toThrow(expect.objectContaining({ code: 'QUERY.UNKNOWN_FIELD' }))
        expect(() => run('nope=1')).toThrow("unknown field 'nope' on table 'incident'")
        expect(() => run('caller_id.nope=1')).toThrow("unknown field 'nope' on table 'sys_user'")
        expect(() => run('category.name=x')).toThrow('is not a reference')
        expect(() => run('caller_idSAMEASnope')).toThrow(expect.objectContaining({ code: 'QUERY.UNKNOWN_FIELD' }))
    })

    it('drops an unknown field silently in instance mode', () => {
        expect(run('nope=1', 'instance')).toEqual(ALL)
        expect(run('active=true^nope=1', 'instance')).toEqual(['i1', 'i2', 'i5'])
        expect(run('nope=1^ORpriority=2', 'instance')).toEqual(['i2'])
        expect(run('priority=2^ORnope=1', 'instance')).toEqual(['i2'])
        expect(run('priority=2^NQnope=1', 'instance')).toEqual(ALL)
        expect(run('caller_id.nope=1^priority=1', 'instance')).toEqual(['i1'])
    })

    it('throws on a value the field cannot hold in strict mode and drops it in instance mode', () => {
        for (const query of ['priority=high', 'active=maybe', 'opened_at>yesterday', 'due=2024-01-01 00:00:00']) {
            expect(() => run(query)).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_VALUE' }))
            expect(run(query, 'instance')).toEqual(ALL)
        }
    })

    it('refuses LIKE on booleans and reals and SAMEAS across types', () => {
        expect(() => run('activeLIKEtrue')).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_OPERATOR' }))
        expect(() => run('scoreSTARTSWITH1')).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_OPERATOR' }))
        expect(() => run('prioritySAMEAScategory')).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_OPERATOR' }))
        expect(run('activeLIKEtrue^priority=1', 'instance')).toEqual(['i1'])
    })

    it('throws on an unknown sort field in strict mode and drops it in instance mode', () => {
        expect(() => compileOrderBy([{ field: 'nope', desc: false }], 'incident', schema)).toThrow(
            expect.objectContaining({ code: 'QUERY.UNKNOWN_FIELD' })
        )
        expect(compileOrderBy([{ field: 'nope', desc: false }], 'incident', schema, 'instance')).toBe('')
    })

    it('still throws on unsupported operators in instance mode', () => {
        expect(() => run('opened_atONToday@javascript:gs.beginningOfToday()', 'instance')).toThrow(
            'not supported in the lab'
        )
    })
})

describe('compileWhere', () => {
    it('qualifies columns with the alias the outer query uses', () => {
        const { sql, params } = compileWhere(parseEncodedQuery('priority=1'), 'incident', schema, 'strict', {
            alias: 'i',
        })
        expect(sql).toBe('(("i"."priority" IS NOT NULL AND "i"."priority" = ?))')
        expect(params).toEqual([1])
        expect(db.prepare(`SELECT "sys_id" FROM "incident" AS i WHERE ${sql}`).all(...params)).toEqual([
            { sys_id: 'i1' },
        ])
    })

    it('returns a parenthesised expression that composes with AND', () => {
        const { sql, params } = compileWhere(parseEncodedQuery('priority=1^NQpriority=2'), 'incident', schema)
        const rows = db.prepare(`SELECT "sys_id" FROM "incident" WHERE ${sql} AND "sys_id" = ?`).all(...params, 'i2')
        expect(rows).toEqual([{ sys_id: 'i2' }])
    })
})

describe('compileFieldValue', () => {
    it('reads a dot-walked value for GROUP BY', () => {
        const value = compileFieldValue('caller_id.department.name', 'incident', schema)
        const rows = db.prepare(`SELECT ${value} AS v, COUNT(*) AS n FROM "incident" GROUP BY v ORDER BY v`).all() as {
            v: string | null
            n: number
        }[]
        expect(rows).toEqual([
            { v: null, n: 3 },
            { v: 'Finance', n: 1 },
            { v: 'Network', n: 1 },
        ])
    })
})

describe('createMatcher', () => {
    it('binds once and filters many rows like matches', () => {
        const isMatch = createMatcher(
            parseEncodedQuery('caller_id.department.name=Network^ORpriority=10'),
            'incident',
            schema
        )
        const resolve = resolverOf(data)
        expect(data.incident.filter((row) => isMatch(row, resolve)).map((row) => row.sys_id)).toEqual(['i1', 'i3'])
    })
})

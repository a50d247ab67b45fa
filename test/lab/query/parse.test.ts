import { describe, expect, it } from '@jest/globals'
import type { QueryAst, Term } from '../../../scripts/lab/query/ast.ts'
import {
    andQueries,
    andTerms,
    parseEncodedQuery,
    safeParseEncodedQuery,
    termFromAddQuery,
    withOrderBy,
} from '../../../scripts/lab/query/parse.ts'
import { toEncodedQuery } from '../../../scripts/lab/query/print.ts'

const t = (field: string, op: Term['op'], value = ''): Term => ({ field, op, value })

describe('parseEncodedQuery', () => {
    it('returns no query for an empty string', () => {
        expect(parseEncodedQuery('')).toEqual({ groups: [], orderBy: [] })
    })

    it('binds ^OR to the neighbouring terms only: a^b^ORc is a AND (b OR c)', () => {
        expect(parseEncodedQuery('active=true^priority=1^ORpriority=2')).toEqual({
            groups: [[[t('active', '=', 'true')], [t('priority', '=', '1'), t('priority', '=', '2')]]],
            orderBy: [],
        })
    })

    it('starts a new query with ^NQ', () => {
        expect(parseEncodedQuery('active=true^priority=1^NQactive=false^category=hardware').groups).toEqual([
            [[t('active', '=', 'true')], [t('priority', '=', '1')]],
            [[t('active', '=', 'false')], [t('category', '=', 'hardware')]],
        ])
    })

    it('collects ORDERBY and ORDERBYDESC keys in order, wherever they are', () => {
        expect(parseEncodedQuery('stateIN1,2,3^ORDERBYpriority^ORDERBYDESCsys_updated_on')).toEqual({
            groups: [[[t('state', 'IN', '1,2,3')]]],
            orderBy: [
                { field: 'priority', desc: false },
                { field: 'sys_updated_on', desc: true },
            ],
        })
        expect(parseEncodedQuery('ORDERBYnumber^active=true').orderBy).toEqual([{ field: 'number', desc: false }])
    })

    it('ignores the ^EQ end marker and empty segments', () => {
        expect(parseEncodedQuery('active=true^EQ')).toEqual(parseEncodedQuery('active=true'))
        expect(parseEncodedQuery('active=true^^priority=1^')).toEqual(parseEncodedQuery('active=true^priority=1'))
        expect(parseEncodedQuery('^EQ')).toEqual({ groups: [], orderBy: [] })
    })

    it('reads dot-walked fields', () => {
        expect(parseEncodedQuery('caller_id.department.name=Network').groups).toEqual([
            [[t('caller_id.department.name', '=', 'Network')]],
        ])
    })

    it('reads field= as an empty-equals term', () => {
        expect(parseEncodedQuery('assignment_group=').groups).toEqual([[[t('assignment_group', '=', '')]]])
    })

    it.each([
        ['state=6', t('state', '=', '6')],
        ['state!=6', t('state', '!=', '6')],
        ['priority<2', t('priority', '<', '2')],
        ['priority<=2', t('priority', '<=', '2')],
        ['priority>2', t('priority', '>', '2')],
        ['priority>=2', t('priority', '>=', '2')],
        ['priorityBETWEEN1@3', t('priority', 'BETWEEN', '1@3')],
        ['numberSTARTSWITHINC', t('number', 'STARTSWITH', 'INC')],
        ['numberENDSWITH01', t('number', 'ENDSWITH', '01')],
        ['short_descriptionLIKEoutage', t('short_description', 'LIKE', 'outage')],
        ['short_descriptionNOT LIKEtest', t('short_description', 'NOT LIKE', 'test')],
        ['assigned_toISEMPTY', t('assigned_to', 'ISEMPTY')],
        ['assigned_toISNOTEMPTY', t('assigned_to', 'ISNOTEMPTY')],
        ['categoryANYTHING', t('category', 'ANYTHING')],
        ['short_descriptionEMPTYSTRING', t('short_description', 'EMPTYSTRING')],
        ['stateIN1,2,3', t('state', 'IN', '1,2,3')],
        ['subcategoryNOT INdb2,sql server,oracle', t('subcategory', 'NOT IN', 'db2,sql server,oracle')],
        ['caller_idSAMEASassigned_to', t('caller_id', 'SAMEAS', 'assigned_to')],
        ['caller_idNSAMEASassigned_to', t('caller_id', 'NSAMEAS', 'assigned_to')],
    ])('reads %s', (query, term) => {
        expect(parseEncodedQuery(query).groups).toEqual([[[term]]])
    })

    it('keeps whitespace and operator-looking text in values', () => {
        expect(parseEncodedQuery('short_description= Email  outage ').groups[0][0][0].value).toBe(' Email  outage ')
        expect(parseEncodedQuery('categoryINa, b').groups[0][0][0].value).toBe('a, b')
        expect(parseEncodedQuery('a==b').groups[0][0][0]).toEqual(t('a', '=', '=b'))
        expect(parseEncodedQuery('a!==b').groups[0][0][0]).toEqual(t('a', '!=', '=b'))
        expect(parseEncodedQuery('stateINISEMPTY').groups[0][0][0]).toEqual(t('state', 'IN', 'ISEMPTY'))
        expect(parseEncodedQuery('stateINON_HOLD').groups[0][0][0]).toEqual(t('state', 'IN', 'ON_HOLD'))
    })

    it('matches the longest operator (ISNOTEMPTY over IN, NOT IN over ..., <= over <)', () => {
        expect(parseEncodedQuery('stateNOT IN1').groups[0][0][0].op).toBe('NOT IN')
        expect(parseEncodedQuery('stateISNOTEMPTY').groups[0][0][0].op).toBe('ISNOTEMPTY')
        expect(parseEncodedQuery('priority<=1').groups[0][0][0].op).toBe('<=')
    })

    it('treats ^OR at the start of a query as AND', () => {
        expect(parseEncodedQuery('ORa=1^NQORb=2').groups).toEqual([[[t('a', '=', '1')]], [[t('b', '=', '2')]]])
    })

    it.each([
        ['no operator', 'priority'],
        ['an unknown operator', 'priorityFOO1'],
        ['an uppercase field', 'Priority=1'],
        ['no field', '=1'],
        ['a value after ISEMPTY', 'assigned_toISEMPTYx'],
        ['BETWEEN without @', 'priorityBETWEEN1'],
        ['BETWEEN with two @', 'priorityBETWEEN1@2@3'],
        ['SAMEAS without a field', 'caller_idSAMEAS'],
        ['a bad sort key', 'ORDERBYNumber'],
        ['a dangling ^OR', 'a=1^OR'],
    ])('throws QUERY.INVALID_TERM on %s in strict mode', (_what, query) => {
        expect(() => parseEncodedQuery(query)).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_TERM' }))
    })

    it('drops malformed terms silently in instance mode', () => {
        expect(parseEncodedQuery('priority^active=true', 'instance').groups).toEqual([[[t('active', '=', 'true')]]])
        expect(parseEncodedQuery('a=1^bad^ORc=2', 'instance').groups).toEqual([
            [[t('a', '=', '1')], [t('c', '=', '2')]],
        ])
        expect(parseEncodedQuery('a=1^ORbad', 'instance').groups).toEqual([[[t('a', '=', '1')]]])
        expect(parseEncodedQuery('ORDERBYNumber^a=1', 'instance')).toEqual({
            groups: [[[t('a', '=', '1')]]],
            orderBy: [],
        })
    })

    it('matches everything in instance mode when a whole query is dropped', () => {
        expect(parseEncodedQuery('bad', 'instance').groups).toEqual([])
        expect(parseEncodedQuery('a=1^NQbad^ORworse', 'instance').groups).toEqual([])
    })

    describe('unsupported syntax', () => {
        it.each([
            ['javascript: value', 'sys_created_on>=javascript:gs.daysAgoStart(7)'],
            ['javascript: reference value', 'caller_id=javascript:gs.getUserID()'],
            ['javascript: in BETWEEN', "opened_atBETWEENjavascript:gs.dateGenerate('2024-01-01','start')@x"],
            ['javascript: in IN', 'stateIN1,javascript:getStates()'],
            ['ON', 'opened_atONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()'],
            ['NOTON', 'opened_atNOTONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()'],
            ['RELATIVEGT', 'opened_atRELATIVEGT@hour@ago@3'],
            ['RELATIVELT', 'opened_atRELATIVELT@dayofweek@ahead@1'],
            ['DATEPART', "opened_atDATEPARTMonday@javascript:gs.datePart('dayofweek','monday','EE')"],
            ['MORETHAN', 'resolved_atMORETHANopened_at@day@after@3'],
            ['LESSTHAN', 'resolved_atLESSTHANopened_at@hour@before@1'],
            ['DYNAMIC', 'caller_idDYNAMIC90d1921e5f510100a9ad2572f2b477fe'],
            ['IN_HIERARCHY', 'assignment_groupIN_HIERARCHYabc'],
            ['IN_HIERARCHY_DYNAMIC', 'assignment_groupIN_HIERARCHY_DYNAMICabc'],
            ['GT_FIELD', 'reopen_countGT_FIELDreassignment_count'],
            ['LT_FIELD', 'reopen_countLT_FIELDreassignment_count'],
            ['GT_OR_EQUALS_FIELD', 'reopen_countGT_OR_EQUALS_FIELDreassignment_count'],
            ['LT_OR_EQUALS_FIELD', 'reopen_countLT_OR_EQUALS_FIELDreassignment_count'],
            ['INSTANCEOF', 'sys_class_nameINSTANCEOFtask'],
            ['VALCHANGES', 'stateVALCHANGES'],
            ['RLQUERY', 'active=true^RLQUERYtask_sla.task,>=1^ENDRLQUERY'],
            ['TEXTQUERY', '123TEXTQUERY321=email'],
            ['the * alias', 'short_description*outage'],
            ['the !* alias', 'short_description!*outage'],
            ['the % alias', 'number%001'],
            ['NOTLIKE', 'short_descriptionNOTLIKEtest'],
        ])('rejects %s', (_what, query) => {
            expect(() => parseEncodedQuery(query)).toThrow('not supported in the lab')
            expect(() => parseEncodedQuery(query)).toThrow(expect.objectContaining({ code: 'QUERY.UNSUPPORTED' }))
        })

        it('rejects them in instance mode too (the lab never guesses)', () => {
            expect(() => parseEncodedQuery('opened_atONToday@a@b', 'instance')).toThrow('not supported in the lab')
            expect(() => parseEncodedQuery('caller_id=javascript:gs.getUserID()', 'instance')).toThrow(
                'not supported in the lab'
            )
        })

        it('names the token and the term in the message', () => {
            expect(() => parseEncodedQuery('active=true^opened_atONToday@a@b')).toThrow(
                "not supported in the lab: operator ON (in 'opened_atONToday@a@b')"
            )
        })

        it('reads NOTLIKE as NOT LIKE in instance mode', () => {
            expect(parseEncodedQuery('short_descriptionNOTLIKEtest', 'instance').groups).toEqual([
                [[t('short_description', 'NOT LIKE', 'test')]],
            ])
        })
    })
})

describe('safeParseEncodedQuery', () => {
    it('returns the AST as data', () => {
        expect(safeParseEncodedQuery('a=1')).toEqual({ ok: true, value: parseEncodedQuery('a=1') })
    })

    it('returns the failure as data', () => {
        expect(safeParseEncodedQuery('opened_atONToday@a@b')).toEqual({
            ok: false,
            error: { code: 'QUERY.UNSUPPORTED', message: expect.stringContaining('not supported in the lab') },
        })
    })
})

describe('termFromAddQuery', () => {
    it.each([
        ['=', '=', 'x', 'x'],
        ['!=', '!=', 'x', 'x'],
        ['>', '>', 'x', 'x'],
        ['>=', '>=', 'x', 'x'],
        ['<', '<', 'x', 'x'],
        ['<=', '<=', 'x', 'x'],
        ['IN', 'IN', 'x,y', 'x,y'],
        ['NOT IN', 'NOT IN', 'x,y', 'x,y'],
        ['STARTSWITH', 'STARTSWITH', 'x', 'x'],
        ['ENDSWITH', 'ENDSWITH', 'x', 'x'],
        ['CONTAINS', 'LIKE', 'x', 'x'],
        ['DOES NOT CONTAIN', 'NOT LIKE', 'x', 'x'],
        ['contains', 'LIKE', 'x', 'x'],
        ['LIKE', 'LIKE', 'x', 'x'],
        ['BETWEEN', 'BETWEEN', 'x@y', 'x@y'],
        ['ISEMPTY', 'ISEMPTY', 'ignored', ''],
        ['SAMEAS', 'SAMEAS', 'g', 'g'],
    ])('maps addQuery operator %s to %s', (op, mapped, input, value) => {
        expect(termFromAddQuery('f', op, input)).toEqual({ field: 'f', op: mapped, value })
    })

    it('stringifies values as the platform does', () => {
        expect(termFromAddQuery('state', 'IN', [1, 2, '3']).value).toBe('1,2,3')
        expect(termFromAddQuery('active', '=', true).value).toBe('true')
        expect(termFromAddQuery('active', '=', false).value).toBe('false')
        expect(termFromAddQuery('priority', '<', 3).value).toBe('3')
        expect(termFromAddQuery('assigned_to', '=', null).value).toBe('')
        expect(termFromAddQuery('assigned_to', '=', undefined).value).toBe('')
    })

    it('keeps values the encoded syntax cannot express', () => {
        expect(termFromAddQuery('short_description', 'CONTAINS', 'a^b').value).toBe('a^b')
    })

    it('rejects INSTANCEOF, date operators and javascript: values as unsupported', () => {
        expect(() => termFromAddQuery('sys_class_name', 'INSTANCEOF', 'task')).toThrow('not supported in the lab')
        expect(() => termFromAddQuery('opened_at', 'ON', 'Today')).toThrow('not supported in the lab')
        expect(() => termFromAddQuery('caller_id', '=', 'javascript:gs.getUserID()')).toThrow(
            'not supported in the lab'
        )
    })

    it('rejects unknown operators and bad field names', () => {
        expect(() => termFromAddQuery('f', 'ALMOST', 'x')).toThrow(
            expect.objectContaining({ code: 'QUERY.INVALID_OPERATOR' })
        )
        expect(() => termFromAddQuery('F', '=', 'x')).toThrow(expect.objectContaining({ code: 'QUERY.INVALID_TERM' }))
        expect(() => termFromAddQuery('f', 'BETWEEN', '1')).toThrow(
            expect.objectContaining({ code: 'QUERY.INVALID_TERM' })
        )
    })
})

describe('andTerms', () => {
    const ast = parseEncodedQuery('a=1^NQb=2^ORDERBYn')

    it('ANDs terms into every query', () => {
        expect(toEncodedQuery(andTerms(ast, [t('c', '=', '3')]))).toBe('a=1^c=3^NQb=2^c=3^ORDERBYn')
    })

    it('ANDs an array as one OR-group', () => {
        expect(toEncodedQuery(andTerms(ast, [[t('c', '=', '3'), t('d', '=', '4')], t('e', 'ISEMPTY')]))).toBe(
            'a=1^c=3^ORd=4^eISEMPTY^NQb=2^c=3^ORd=4^eISEMPTY^ORDERBYn'
        )
    })

    it('turns an empty query into one query', () => {
        expect(andTerms(parseEncodedQuery(''), [t('c', '=', '3')])).toEqual(parseEncodedQuery('c=3'))
    })

    it('does not mutate its input', () => {
        const before = JSON.stringify(ast)
        andTerms(ast, [t('c', '=', '3')])
        expect(JSON.stringify(ast)).toBe(before)
    })
})

describe('andQueries', () => {
    it('distributes AND over ^NQ', () => {
        const a = parseEncodedQuery('a=1^NQb=2^ORDERBYx')
        const b = parseEncodedQuery('c=3^NQd=4^ORDERBYDESCy')
        expect(toEncodedQuery(andQueries(a, b))).toBe('a=1^c=3^NQa=1^d=4^NQb=2^c=3^NQb=2^d=4^ORDERBYx^ORDERBYDESCy')
    })

    it('keeps the other side when one matches everything', () => {
        const everything: QueryAst = { groups: [], orderBy: [] }
        expect(andQueries(everything, parseEncodedQuery('c=3'))).toEqual(parseEncodedQuery('c=3'))
        expect(andQueries(parseEncodedQuery('c=3'), everything)).toEqual(parseEncodedQuery('c=3'))
    })
})

describe('withOrderBy', () => {
    it('appends a sort key', () => {
        expect(toEncodedQuery(withOrderBy(withOrderBy(parseEncodedQuery('a=1'), 'n'), 'm', true))).toBe(
            'a=1^ORDERBYn^ORDERBYDESCm'
        )
    })

    it('refuses a field name the syntax cannot carry', () => {
        expect(() => withOrderBy(parseEncodedQuery(''), 'a^b')).toThrow(
            expect.objectContaining({ code: 'QUERY.INVALID_TERM' })
        )
    })
})

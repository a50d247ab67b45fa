import { describe, expect, it } from '@jest/globals'
import { acceptsJson } from '../../../scripts/lab/http/server.ts'
import { readCookie } from '../../../scripts/lab/http/sessions.ts'
import { linkHeader, matchTableRoute, parseRecordBody, renderRecord } from '../../../scripts/lab/http/table-api.ts'
import { failureResponse } from '../../../scripts/lab/http/wire.ts'

describe('linkHeader', () => {
    const base = 'https://i.example.com/api/now/table/incident'

    it('reproduces the recorded header for limit 1 over 54 rows', () => {
        expect(linkHeader({ base, params: [], limit: 1, offset: 0, total: 54, withLast: true })).toBe(
            `<${base}?sysparm_limit=1&sysparm_offset=0>;rel="first",<${base}?sysparm_limit=1&sysparm_offset=-1>;rel="prev",` +
                `<${base}?sysparm_limit=1&sysparm_offset=1>;rel="next",<${base}?sysparm_limit=1&sysparm_offset=53>;rel="last"`
        )
    })

    it.each([
        // [limit, offset, total, next offset | undefined, last offset]
        [10, 0, 25, 10, 20],
        [10, 20, 25, undefined, 20],
        [10, 0, 10, undefined, 0],
        [10, 0, 0, undefined, 0],
        [10, 30, 25, undefined, 20],
        [3, 1, 7, 4, 6],
    ])('limit %d offset %d total %d: next %s, last %d', (limit, offset, total, next, last) => {
        const header = linkHeader({ base, params: [], limit, offset, total, withLast: true })
        const rels = Object.fromEntries(
            header.split(',').map((part) => {
                const [, url = '', rel = ''] = /^<([^>]+)>;rel="(\w+)"$/.exec(part) ?? []
                return [rel, Number(new URL(url).searchParams.get('sysparm_offset'))]
            })
        )
        expect(rels).toEqual({ first: 0, prev: offset - limit, ...(next === undefined ? {} : { next }), last })
    })

    it('repeats the other parameters URL-encoded, before sysparm_limit and sysparm_offset', () => {
        const header = linkHeader({
            base,
            params: [
                ['sysparm_query', 'short_descriptionLIKEdisk full^ORDERBYnumber'],
                ['sysparm_display_value', 'all'],
            ],
            limit: 5,
            offset: 0,
            total: 3,
            withLast: false,
        })
        expect(header).toBe(
            `<${base}?sysparm_query=short_descriptionLIKEdisk+full%5EORDERBYnumber&sysparm_display_value=all&sysparm_limit=5&sysparm_offset=0>;rel="first",` +
                `<${base}?sysparm_query=short_descriptionLIKEdisk+full%5EORDERBYnumber&sysparm_display_value=all&sysparm_limit=5&sysparm_offset=-5>;rel="prev"`
        )
    })
})

describe('matchTableRoute', () => {
    it.each([
        ['/api/now/table/incident', { version: 'default', table: 'incident' }],
        ['/api/now/v1/table/incident/abc', { version: 'v1', table: 'incident', sysId: 'abc' }],
        ['/api/now/v2/table/incident/', { version: 'v2', table: 'incident' }],
        ['/api/now/table', 'no_resource'],
        ['/api/now/table/a/b/c', 'no_resource'],
        ['/api/now/table/%E0%A4%A', 'no_resource'],
        ['/api/now/tables/incident', undefined],
        ['/api/now/v3/table/incident', undefined],
        ['/api/x_itvc_value/v1/table/x', undefined],
    ])('resolves %s', (path, expected) => {
        expect(matchTableRoute(path)).toEqual(expected)
    })
})

describe('renderRecord', () => {
    const view = {
        sysId: 's',
        fields: {
            state: { value: '2', display: 'In Progress' },
            empty: { value: '', display: '' },
            caller_id: { value: 'u1', display: 'Abel Tuter', referenceTable: 'sys_user' },
        },
    }
    const instanceUrl = 'https://i.example.com'

    it.each([
        [
            'false',
            false,
            { state: '2', empty: '', caller_id: { link: `${instanceUrl}/api/now/table/sys_user/u1`, value: 'u1' } },
        ],
        ['false', true, { state: '2', empty: '', caller_id: 'u1' }],
        [
            'true',
            false,
            {
                state: 'In Progress',
                empty: '',
                caller_id: { display_value: 'Abel Tuter', link: `${instanceUrl}/api/now/table/sys_user/u1` },
            },
        ],
        ['true', true, { state: 'In Progress', empty: '', caller_id: 'Abel Tuter' }],
        [
            'all',
            false,
            {
                state: { display_value: 'In Progress', value: '2' },
                empty: { display_value: '', value: '' },
                caller_id: {
                    display_value: 'Abel Tuter',
                    link: `${instanceUrl}/api/now/table/sys_user/u1`,
                    value: 'u1',
                },
            },
        ],
        [
            'all',
            true,
            {
                state: { display_value: 'In Progress', value: '2' },
                empty: { display_value: '', value: '' },
                caller_id: { display_value: 'Abel Tuter', value: 'u1' },
            },
        ],
    ] as const)('display %s, exclude links %s', (display, excludeReferenceLink, expected) => {
        expect(renderRecord(view, { display, excludeReferenceLink, instanceUrl })).toEqual(expected)
    })

    it('does not mutate the view', () => {
        const before = JSON.stringify(view)
        renderRecord(view, { display: 'all', excludeReferenceLink: false, instanceUrl })
        expect(JSON.stringify(view)).toBe(before)
    })
})

describe('parseRecordBody', () => {
    const headers = { 'content-type': 'application/json; charset=utf-8' }
    const parse = (text: string) => parseRecordBody(headers, Buffer.from(text))

    it('stringifies numbers and booleans, keeps strings and maps null to ""', () => {
        expect(parse('{"a":"x","b":1.5,"c":true,"d":null,"e":0}')).toEqual({
            ok: true,
            value: { a: 'x', b: '1.5', c: 'true', d: '', e: '0' },
        })
    })

    it('reads an empty body as an empty record, whatever the content type', () => {
        expect(parseRecordBody({}, Buffer.alloc(0))).toEqual({ ok: true, value: {} })
    })

    it('accepts application/*+json', () => {
        expect(parseRecordBody({ 'content-type': 'application/vnd.api+json' }, Buffer.from('{}'))).toEqual({
            ok: true,
            value: {},
        })
    })

    it.each([
        ['{"a":[1]}', 400],
        ['"text"', 400],
        ['null', 400],
        ['{', 400],
    ])('refuses %s with %d', (text, status) => {
        expect(parse(text)).toMatchObject({ ok: false, response: { status } })
    })
})

describe('acceptsJson', () => {
    it.each([
        [undefined, true],
        ['', true],
        ['*/*', true],
        ['application/json', true],
        ['application/json, text/plain, */*', true],
        ['application/*', true],
        ['text/html, application/xhtml+xml;q=0.9', false],
        ['application/xml', false],
        ['application/json;q=0', false],
    ])('%s → %s', (accept, expected) => {
        expect(acceptsJson(accept)).toBe(expected)
    })
})

describe('readCookie', () => {
    it.each([
        ['JSESSIONID=AB', 'AB'],
        ['a=1; JSESSIONID=AB; b=2', 'AB'],
        ['XJSESSIONID=AB', undefined],
        ['', undefined],
        [undefined, undefined],
    ])('reads %s', (header, expected) => {
        expect(readCookie(header, 'JSESSIONID')).toBe(expected)
    })
})

describe('failureResponse', () => {
    it.each([
        [{ kind: 'acl', operation: 'read' } as const, 403, 'ACL Exception Read Failed due to security constraints'],
        [
            { kind: 'aborted', message: 'No' } as const,
            403,
            "Operation against file 'incident' was aborted by a Business Rule",
        ],
        [
            { kind: 'invalid_value', field: 'priority', message: 'Bad priority' } as const,
            400,
            "Invalid value for field 'priority'",
        ],
    ])('maps %j to %d', (failure, status, detail) => {
        const response = failureResponse(failure, 'incident')
        expect(response.status).toBe(status)
        expect(response.body).toMatchObject({ kind: 'json', value: { error: { detail }, status: 'failure' } })
    })
})

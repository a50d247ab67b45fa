/**
 * Query guard: a real instance silently drops an encoded-query term naming an unknown field, which widens the result
 * (rest-contract.md §2, case 15). The CLI knows the fields of the tables it reads and refuses such a query before
 * anything is sent.
 */
import { ItvcError } from './errors.ts'

/** Fields every table has. */
export const SYSTEM_FIELDS: readonly string[] = [
    'sys_id',
    'sys_created_on',
    'sys_created_by',
    'sys_updated_on',
    'sys_updated_by',
    'sys_mod_count',
]

/** A table the CLI reads, with the fields it knows (system fields are implied). */
export interface TableSpec {
    readonly name: string
    readonly fields: readonly string[]
}

/** Stands for an escaped caret (`^^`) while a query is split. */
const ESCAPED = '\u0000'

const FIELD_PREFIX = /^[a-z0-9_]+(?:\.[a-z0-9_]+)*/

/**
 * The field names an encoded query uses (the first segment of a dot-walk), in order of appearance.
 * `^^` is an escaped caret inside a value; `NQ`, `OR`, `EQ`, `ORDERBY`, `ORDERBYDESC` and `GROUPBY` are understood.
 * Throws `QUERY.UNKNOWN_FIELD` for a term whose field cannot be read.
 * @example queryFields('active=true^ORcategory=x^ORDERBYDESCnumber') //=> ['active', 'category', 'number']
 */
export function queryFields(query: string): string[] {
    const out: string[] = []
    const segments = query.split('^^').join(ESCAPED).split('^')
    for (const [index, raw] of segments.entries()) {
        let segment = raw.split(ESCAPED).join('^')
        if (segment === '' || segment === 'EQ') continue
        if (index > 0 && segment.startsWith('NQ')) segment = segment.slice(2)
        else if (index > 0 && segment.startsWith('OR') && !segment.startsWith('ORDERBY')) segment = segment.slice(2)
        let order = false
        for (const prefix of ['ORDERBYDESC', 'ORDERBY', 'GROUPBY']) {
            if (segment.startsWith(prefix)) {
                segment = segment.slice(prefix.length)
                order = true
                break
            }
        }
        const field = FIELD_PREFIX.exec(segment)?.[0]
        if (field === undefined || (order && field !== segment))
            throw new ItvcError('QUERY.UNKNOWN_FIELD', `cannot read the query term '${segment}': no field name`)
        out.push(field.split('.')[0] ?? field)
    }
    return out
}

function known(spec: TableSpec): Set<string> {
    return new Set([...SYSTEM_FIELDS, ...spec.fields])
}

/**
 * Refuses an encoded query naming a field the table does not have (nothing is sent).
 * @example checkQuery({ name: 'incident', fields: ['active'] }, 'actve=true') // throws QUERY.UNKNOWN_FIELD
 */
export function checkQuery(spec: TableSpec, query: string): void {
    const fields = known(spec)
    const unknown = [...new Set(queryFields(query).filter((f) => !fields.has(f)))]
    if (unknown.length > 0)
        throw new ItvcError(
            'QUERY.UNKNOWN_FIELD',
            `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} in the query on ${spec.name}: ` +
                'an instance would ignore the term and return more rows than asked, so nothing was sent',
            { lines: [`known fields: ${[...fields].sort().join(', ')}`] }
        )
}

/**
 * Refuses a `sysparm_fields` list naming a field the table does not have.
 * @example checkFields({ name: 'incident', fields: ['number'] }, ['number', 'sys_id']) // passes
 */
export function checkFields(spec: TableSpec, list: readonly string[]): void {
    const fields = known(spec)
    const unknown = list.filter((f) => !fields.has(f.split('.')[0] ?? f))
    if (unknown.length > 0)
        throw new ItvcError(
            'QUERY.UNKNOWN_FIELD',
            `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((f) => `'${f}'`).join(', ')} for ${spec.name}`,
            { lines: [`known fields: ${[...fields].sort().join(', ')}`] }
        )
}

/**
 * An `IN` term over values; refuses values holding a comma (the list separator) or a caret.
 * @example inTerm('user_name', ['a', 'b']) //=> 'user_nameINa,b'
 */
export function inTerm(field: string, values: readonly string[]): string {
    for (const v of values)
        if (v.includes(',') || v.includes('^'))
            throw new ItvcError('USAGE', `cannot put ${JSON.stringify(v)} in an IN list (comma or caret)`)
    return `${field}IN${values.join(',')}`
}

/**
 * An equality term with its value escaped (`^` doubled).
 * @example eqTerm('name', 'R^D') //=> 'name=R^^D'
 */
export function eqTerm(field: string, value: string): string {
    return `${field}=${value.replace(/\^/g, '^^')}`
}

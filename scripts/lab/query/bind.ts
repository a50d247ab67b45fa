/**
 * Binding: resolves an AST against the schema (fields, dot-walks, value types) into predicates that the SQL compiler
 * and the reference evaluator both read, so the two cannot disagree on what a term means. Internal to the module.
 *
 * Semantics (one rule for both back ends):
 * - A dot-walked value is empty when any reference on the way is empty or points at no record.
 * - Positive operators (`=`, `<`, `<=`, `>`, `>=`, BETWEEN, IN, LIKE, STARTSWITH, ENDSWITH, SAMEAS, EMPTYSTRING) never
 *   match an empty (NULL) value, except ISEMPTY, `field=` (empty equals, which is ISEMPTY) and an empty item of an
 *   IN list (`stateIN1,` matches 1 or empty).
 * - Negative operators are the exact complements of the positive ones: `!=` is NOT `=`, NOT IN is NOT IN,
 *   NOT LIKE is NOT LIKE, NSAMEAS is NOT SAMEAS, ISNOTEMPTY is NOT ISEMPTY. So `!=`, NOT IN and NOT LIKE DO match
 *   empty values (as an instance does for "is not" conditions), and `field!=` (empty) is ISNOTEMPTY.
 * - "Empty" is NULL or ''; the lab stores empty values as NULL, so EMPTYSTRING (exactly '') matches nothing there.
 * - Text (string, choice, reference sys_id, ...) compares case-insensitively with ASCII case folding (SQLite NOCASE);
 *   integer, real and boolean compare numerically; dates and date-times compare as their UTC text, which sorts
 *   chronologically. BETWEEN is inclusive.
 * - LIKE / STARTSWITH / ENDSWITH on a reference match the referenced record's display value (the target's display
 *   field; the raw sys_id when the target has none); on integers they match the decimal text; on real and boolean
 *   fields they are invalid.
 * - SAMEAS compares two fields of the same storage type; it never matches when either is empty.
 */
import { QueryError } from './ast.ts'
import type { OrderKey, QueryAst, Term } from './ast.ts'
import type { FieldInfo, QueryMode, QuerySchema } from './types.ts'
import type { Storage } from '../schema/types.ts'

/** One reference step of a dot-walk: `column` on the current table, pointing at `target`. */
export interface Hop {
    readonly column: string
    readonly target: string
}

/** A field resolved from the base table: the references walked, then the column read on the last table. */
export interface BoundField {
    readonly hops: readonly Hop[]
    /** Table that holds `column` (the base table without hops). */
    readonly table: string
    readonly column: string
    readonly storage: Storage
    readonly reference?: string
}

/** A query value in the field's comparison domain: string for text and dates, number for numeric storage. */
export type Scalar = string | number

export type CompareOp = '<' | '<=' | '>' | '>='

export type BoundPred =
    | { readonly kind: 'true' }
    | { readonly kind: 'empty' }
    | { readonly kind: 'emptystring' }
    | { readonly kind: 'eq'; readonly value: Scalar }
    | { readonly kind: 'cmp'; readonly op: CompareOp; readonly value: Scalar }
    | { readonly kind: 'between'; readonly low: Scalar; readonly high: Scalar }
    | { readonly kind: 'in'; readonly values: readonly Scalar[]; readonly empty: boolean }
    | { readonly kind: 'like'; readonly where: 'contains' | 'starts' | 'ends'; readonly value: string }
    | { readonly kind: 'sameas'; readonly other: BoundField }

/** A term bound to the schema: `negate` complements the (two-valued) positive predicate. */
export interface BoundTerm {
    readonly field: BoundField
    readonly pred: BoundPred
    readonly negate: boolean
}

/** Bound queries ORed together; each an AND-list of non-empty OR-groups. `[]` matches everything. */
export type BoundQuery = readonly (readonly (readonly BoundTerm[])[])[]

export interface BoundOrderKey {
    readonly field: BoundField
    readonly desc: boolean
}

/** How values of a storage type compare: case-insensitive text, numbers, or plain text (dates). */
export type Domain = 'text' | 'number' | 'time'

/** The comparison domain of a storage type. */
export function domainOf(storage: Storage): Domain {
    if (storage === 'text') return 'text'
    if (storage === 'datetime' || storage === 'date') return 'time'
    return 'number'
}

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/

/** A number written in a query or stored as text, or NaN. */
export function toNumber(text: string): number {
    return NUMBER.test(text) ? Number(text) : Number.NaN
}

function invalidValue(field: string, storage: Storage, value: string): QueryError {
    return new QueryError('QUERY.INVALID_VALUE', `invalid ${storage} value '${value}' for field '${field}'`)
}

/** Converts a (non-empty) query value to the field's domain. */
function convert(field: string, storage: Storage, value: string): Scalar {
    switch (storage) {
        case 'text':
            return value
        case 'integer':
        case 'real': {
            const n = toNumber(value)
            if (!Number.isFinite(n)) throw invalidValue(field, storage, value)
            return n
        }
        case 'boolean':
            if (/^(?:true|1)$/i.test(value)) return 1
            if (/^(?:false|0)$/i.test(value)) return 0
            throw invalidValue(field, storage, value)
        case 'datetime':
            if (DATE_TIME.test(value)) return value
            if (DATE.test(value)) return `${value} 00:00:00`
            throw invalidValue(field, storage, value)
        case 'date':
            if (DATE.test(value)) return value
            throw invalidValue(field, storage, value)
    }
}

/**
 * Resolves a (dot-walked) field path from `table`.
 * @throws QueryError QUERY.UNKNOWN_FIELD when a step does not exist or walks through a non-reference
 */
export function resolveField(path: string, table: string, schema: QuerySchema): BoundField {
    const names = path.split('.')
    const hops: Hop[] = []
    let current = table
    let info: FieldInfo | undefined
    for (let i = 0; i < names.length; i++) {
        info = schema.field(current, names[i])
        if (info === undefined) {
            throw new QueryError(
                'QUERY.UNKNOWN_FIELD',
                `unknown field '${names[i]}' on table '${current}' (in '${path}')`
            )
        }
        if (i === names.length - 1) break
        if (info.reference === undefined) {
            throw new QueryError(
                'QUERY.UNKNOWN_FIELD',
                `unknown field '${path}': '${names[i]}' on table '${current}' is not a reference and cannot be dot-walked`
            )
        }
        hops.push({ column: names[i], target: info.reference })
        current = info.reference
    }
    const leaf = info as FieldInfo
    return {
        hops,
        table: current,
        column: names[names.length - 1],
        storage: leaf.storage,
        ...(leaf.reference !== undefined ? { reference: leaf.reference } : {}),
    }
}

/** The field that shows a reference: one more hop to the target's display column (if it has one). */
export function displayOf(field: BoundField, schema: QuerySchema): BoundField {
    if (field.reference === undefined) return field
    const column = schema.displayField(field.reference)
    const info = column === undefined ? undefined : schema.field(field.reference, column)
    if (column === undefined || info === undefined) return field
    return {
        hops: [...field.hops, { column: field.column, target: field.reference }],
        table: field.reference,
        column,
        storage: info.storage,
    }
}

function bindTerm(term: Term, table: string, schema: QuerySchema): BoundTerm {
    const field = resolveField(term.field, table, schema)
    const value = (v: string): Scalar => convert(term.field, field.storage, v)
    switch (term.op) {
        case 'ANYTHING':
            return { field, pred: { kind: 'true' }, negate: false }
        case 'ISEMPTY':
        case 'ISNOTEMPTY':
            return { field, pred: { kind: 'empty' }, negate: term.op === 'ISNOTEMPTY' }
        case 'EMPTYSTRING':
            return { field, pred: { kind: 'emptystring' }, negate: false }
        case '=':
        case '!=':
            return {
                field,
                pred: term.value === '' ? { kind: 'empty' } : { kind: 'eq', value: value(term.value) },
                negate: term.op === '!=',
            }
        case '<':
        case '<=':
        case '>':
        case '>=':
            return { field, pred: { kind: 'cmp', op: term.op, value: value(term.value) }, negate: false }
        case 'BETWEEN': {
            const [low, high] = term.value.split('@')
            return { field, pred: { kind: 'between', low: value(low), high: value(high) }, negate: false }
        }
        case 'IN':
        case 'NOT IN': {
            const items = term.value.split(',')
            const values = items.filter((item) => item !== '').map(value)
            return {
                field,
                pred: { kind: 'in', values, empty: values.length < items.length },
                negate: term.op === 'NOT IN',
            }
        }
        case 'LIKE':
        case 'NOT LIKE':
        case 'STARTSWITH':
        case 'ENDSWITH': {
            const shown = displayOf(field, schema)
            if (shown.storage === 'real' || shown.storage === 'boolean') {
                throw new QueryError(
                    'QUERY.INVALID_OPERATOR',
                    `${term.op} does not apply to the ${shown.storage} field '${term.field}'`
                )
            }
            const where = term.op === 'STARTSWITH' ? 'starts' : term.op === 'ENDSWITH' ? 'ends' : 'contains'
            return { field: shown, pred: { kind: 'like', where, value: term.value }, negate: term.op === 'NOT LIKE' }
        }
        case 'SAMEAS':
        case 'NSAMEAS': {
            const other = resolveField(term.value, table, schema)
            if (other.storage !== field.storage) {
                throw new QueryError(
                    'QUERY.INVALID_OPERATOR',
                    `${term.op} compares fields of one type: '${term.field}' is ${field.storage}, '${term.value}' is ${other.storage}`
                )
            }
            return { field, pred: { kind: 'sameas', other }, negate: term.op === 'NSAMEAS' }
        }
    }
}

/** Runs a binding step; in instance mode a term the schema rejects is dropped (null). Unsupported always throws. */
function attempt<T>(mode: QueryMode, bind: () => T): T | null {
    try {
        return bind()
    } catch (e) {
        if (mode === 'instance' && e instanceof QueryError && e.code !== 'QUERY.UNSUPPORTED') return null
        throw e
    }
}

/**
 * Binds the filter of an AST. Dropped terms disappear from their OR-group, empty groups from their query, and a query
 * left with no group matches everything (so the result is `[]`).
 */
export function bindQuery(ast: QueryAst, table: string, schema: QuerySchema, mode: QueryMode): BoundQuery {
    const queries: BoundTerm[][][] = []
    for (const query of ast.groups) {
        const groups: BoundTerm[][] = []
        for (const group of query) {
            const terms: BoundTerm[] = []
            for (const term of group) {
                const bound = attempt(mode, () => bindTerm(term, table, schema))
                if (bound !== null) terms.push(bound)
            }
            if (terms.length > 0) groups.push(terms)
        }
        if (groups.length === 0) return []
        queries.push(groups)
    }
    return queries
}

/** Binds sort keys; a reference sorts by its display value. Unknown fields throw (strict) or are dropped. */
export function bindOrderBy(
    orderBy: readonly OrderKey[],
    table: string,
    schema: QuerySchema,
    mode: QueryMode
): BoundOrderKey[] {
    const keys: BoundOrderKey[] = []
    for (const key of orderBy) {
        const field = attempt(mode, () => displayOf(resolveField(key.field, table, schema), schema))
        if (field !== null) keys.push({ field, desc: key.desc })
    }
    return keys
}

/**
 * The encoded-query AST and the module's error type.
 *
 * An encoded query is a list of `^NQ`-separated queries (ORed together); each query is an AND-list of OR-groups
 * (`^OR` binds only to the neighbouring terms): `a^b^ORc^NQd` is `(a AND (b OR c)) OR d`. ORDERBY keys are global.
 */

/** Operators the lab evaluates, spelled as encoded-query tokens. */
export const OPERATORS = [
    '=',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    'BETWEEN',
    'STARTSWITH',
    'ENDSWITH',
    'LIKE',
    'NOT LIKE',
    'ISEMPTY',
    'ISNOTEMPTY',
    'ANYTHING',
    'EMPTYSTRING',
    'IN',
    'NOT IN',
    'SAMEAS',
    'NSAMEAS',
] as const

/** An encoded-query operator the lab supports. */
export type Operator = (typeof OPERATORS)[number]

/** Operators that take no value (`assigned_toISEMPTY`). */
export const NO_VALUE_OPERATORS: readonly Operator[] = ['ISEMPTY', 'ISNOTEMPTY', 'ANYTHING', 'EMPTYSTRING']

/**
 * One term, `<field><op><value>`. `field` is a (possibly dot-walked) lowercase path such as `caller_id.department.name`.
 * `value` is kept exactly as written: `a@b` for BETWEEN, a comma list for IN / NOT IN, a field path for SAMEAS /
 * NSAMEAS, '' for the no-value operators. `=` with '' means "is empty", `!=` with '' means "is not empty".
 */
export interface Term {
    readonly field: string
    readonly op: Operator
    readonly value: string
}

/** Terms joined by `^OR`. An empty group is ignored (it is what is left when every term of it was dropped). */
export type OrGroup = readonly Term[]

/** OR-groups joined by `^` (AND). An empty query matches every record. */
export type AndQuery = readonly OrGroup[]

/** One ORDERBY / ORDERBYDESC key. */
export interface OrderKey {
    readonly field: string
    readonly desc: boolean
}

/** A parsed encoded query. `groups: []` (no query at all) matches every record. */
export interface QueryAst {
    /** `^NQ`-separated queries, ORed together. */
    readonly groups: readonly AndQuery[]
    /** Sort keys in order of precedence. */
    readonly orderBy: readonly OrderKey[]
}

/** Stable codes of {@link QueryError}. */
export type QueryErrorCode =
    /** Valid on an instance but not evaluated by the lab (javascript: values, ON, DYNAMIC, aliases, ...). */
    | 'QUERY.UNSUPPORTED'
    /** A term the grammar cannot read (no operator, stray text after ISEMPTY, BETWEEN without @, ...). */
    | 'QUERY.INVALID_TERM'
    /** A field (or a dot-walk step) the table does not have. */
    | 'QUERY.UNKNOWN_FIELD'
    /** A value the field's type cannot hold (`priority=high`, `opened_at>yesterday`, `active=maybe`). */
    | 'QUERY.INVALID_VALUE'
    /** An operator that does not apply to the field's type (LIKE on a boolean, SAMEAS across types). */
    | 'QUERY.INVALID_OPERATOR'
    /** An AST that has no encoded-query spelling (a value holding `^`, an ambiguous value). */
    | 'QUERY.NOT_PRINTABLE'

/** The error every function of the query module throws; `code` is stable, `message` is for people. */
export class QueryError extends Error {
    readonly code: QueryErrorCode

    constructor(code: QueryErrorCode, message: string) {
        super(message)
        this.name = 'QueryError'
        this.code = code
    }
}

/**
 * Whether a thrown value is a {@link QueryError}.
 * @example isQueryError(new QueryError('QUERY.INVALID_TERM', 'x')) //=> true
 */
export function isQueryError(e: unknown): e is QueryError {
    return e instanceof QueryError
}

/**
 * Contract of the encoded-query module (`scripts/lab/query/`): one parser, one SQL compiler for the lab's SQLite
 * storage, one reference evaluator over plain rows (the oracle of the property tests and the evaluator of ACL
 * conditions). See shared/platform/glide-and-queries.md §1 for the grammar and semantics.
 */
import type { Storage } from '../schema/types.ts'

/** What the compiler needs to know about a field (resolved through the schema, dot-walks included). */
export interface FieldInfo {
    readonly storage: Storage
    /** Target table when the field is a reference (enables dot-walking and STARTSWITH on display values). */
    readonly reference?: string
}

/** Schema lookup the compiler and evaluator use; the lab's schema implements it. */
export interface QuerySchema {
    /** Info of a column of a table (inherited and system columns included), or undefined if there is none. */
    field(table: string, column: string): FieldInfo | undefined
    /** The display column of a table (e.g. number, name), used for reference display matching. */
    displayField(table: string): string | undefined
}

/** Query modes: strict throws on an unknown field or unsupported operator; instance drops the bad term silently. */
export type QueryMode = 'strict' | 'instance'

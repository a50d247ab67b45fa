/**
 * The lab's schema model: platform tables (base schema) and app tables (from the built sys_db_object /
 * sys_dictionary / sys_choice records) in one shape. Types are the platform's internal type names.
 */

/** A choice of a choice list (stored value, label, order). */
export interface ChoiceDef {
    readonly value: string
    readonly label: string
    readonly sequence?: number
    readonly inactive?: boolean
}

/** One column as the dictionary declares it (a table's own columns; inherited ones come from `extends`). */
export interface ColumnDef {
    readonly name: string
    readonly label: string
    /** Platform internal type: string, integer, decimal, float, currency, boolean, glide_date, glide_date_time,
     * reference, choice, GUID, glide_list, journal_input, html, json, sys_class_name, glide_duration, ... */
    readonly type: string
    /** Target table of a reference or glide_list column. */
    readonly reference?: string
    readonly maxLength?: number
    /** Default value as the dictionary stores it ('' for none; `javascript:` defaults are ignored by the lab). */
    readonly default?: string
    readonly mandatory?: boolean
    readonly readOnly?: boolean
    readonly unique?: boolean
    /** Decimal places for decimal/currency columns. */
    readonly scale?: number
    /** Choice list; `numeric` choices (integer columns) compare numerically. */
    readonly choices?: readonly ChoiceDef[]
    /** The column is the table's display value. */
    readonly display?: boolean
}

/** One table. */
export interface TableDef {
    readonly name: string
    readonly label: string
    /** Parent table (task for incident, ...). Its columns are inherited. */
    readonly extends?: string
    /** Scope that owns the table: 'global' for platform tables. */
    readonly scope: string
    /** Auto-number format, when the table has one (INC + 7 digits from 10000, ...). */
    readonly number?: { readonly prefix: string; readonly base: number; readonly digits: number }
    /** Application access (app tables): sys_db_object access, ws_access, ... */
    readonly access?: string
    readonly wsAccess?: boolean
    readonly columns: readonly ColumnDef[]
}

/** How a column's value is stored in SQLite and compared in queries. */
export type Storage = 'text' | 'integer' | 'real' | 'boolean' | 'datetime' | 'date'

/** Storage of a platform internal type. */
export function storageOf(type: string, choicesNumeric = false): Storage {
    switch (type) {
        case 'integer':
        case 'longint':
        case 'order_index':
            return 'integer'
        case 'decimal':
        case 'float':
        case 'currency':
        case 'price':
        case 'percent_complete':
            return 'real'
        case 'boolean':
            return 'boolean'
        case 'glide_date_time':
        case 'due_date':
        case 'glide_duration':
        case 'timer':
            return 'datetime'
        case 'glide_date':
            return 'date'
        case 'choice':
            return choicesNumeric ? 'integer' : 'text'
        default:
            return 'text'
    }
}

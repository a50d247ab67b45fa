/**
 * Calculated fields of platform tables (dictionary "Calculated" with a calculation script): the platform computes
 * them on every save from other fields, whatever a client sent. The lab reproduces the ones the app and its demo
 * data show: `sys_user.name` = first name + " " + last name (the display value of every user reference).
 */

type Values = Map<string, string | null>

/** field → computes the value from the record's values (null: leave the field as it is). */
const CALCULATED: Readonly<Record<string, Readonly<Record<string, (v: Values) => string | null>>>> = {
    sys_user: {
        name: (v) => {
            const parts = [v.get('first_name'), v.get('last_name')].map((p) => (p ?? '').trim()).filter(Boolean)
            return parts.length === 0 ? null : parts.join(' ')
        },
    },
}

/**
 * Sets the calculated fields of a record about to be saved (insert or update), for its table and the tables it
 * extends (`hierarchy`, leaf first).
 * @example applyCalculated(['sys_user'], values) // values.name = 'Ada Lovelace'
 */
export function applyCalculated(hierarchy: readonly string[], values: Values): void {
    for (const table of hierarchy) {
        const fields = CALCULATED[table]
        if (!fields) continue
        for (const [field, calc] of Object.entries(fields)) {
            const value = calc(values)
            if (value !== null && values.get(field) !== value) values.set(field, value)
        }
    }
}

/** Shapes of the demo data set (see README.md in this folder). */

/**
 * One row for the Table API: insert `{ sys_id: sysId, ...values }` into `table`. Values are strings exactly as the
 * Table API takes raw values: references as sys_ids, date-times UTC `yyyy-MM-dd HH:mm:ss`, dates `yyyy-MM-dd`,
 * booleans `'true'`/`'false'`, choices by stored value, amounts with two decimals. Empty values are omitted.
 *
 * With `update: true` the record was inserted earlier in the list and this row patches it (used to close the
 * demand ↔ project reference cycle, so every reference points backwards).
 */
export interface DemoRecord {
    readonly table: string
    readonly sysId: string
    readonly values: Readonly<Record<string, string>>
    readonly update?: true
}

/** A demo login with its plain-text password and directly granted roles. */
export interface DemoLogin {
    readonly userName: string
    readonly password: string
    readonly roles: readonly string[]
}

/** The whole demo data set. */
export interface DemoDataset {
    /** Ordered so that every reference points to an earlier record (roles excepted: they are app metadata). */
    readonly records: readonly DemoRecord[]
    /** The demo logins (not the anonymised CSV people, who have no password). */
    readonly users: readonly DemoLogin[]
    /** Inserted rows per table, plus facts such as `incident.value_tagged` and `csv.events`. */
    readonly summary: Readonly<Record<string, number>>
}

/** Options of `buildDemoDataset`. */
export interface DemoDatasetOptions {
    /** "Now" for every relative date (required: the builder never reads the clock). */
    readonly now: Date
    /** The incident event log; relative paths resolve against the repo root. Default `../shared/data/incident_event_log.csv`. */
    readonly csvPath?: string
    /**
     * Where the latest `opened_at` of the CSV lands (floored to the minute); every CSV date-time moves by the same
     * amount, so durations are preserved. Default: 30 days before `now`.
     */
    readonly shiftTo?: Date
    /** Tag ~40% of incidents with business value (app columns on incident). Default true. */
    readonly valueTags?: boolean
    /** Emit rows of the app's own tables (service value profiles). Default true. */
    readonly appTables?: boolean
}

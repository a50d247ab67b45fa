/**
 * The contract between the lab's HTTP layer (`scripts/lab/http/`) and its engine (storage, Glide runtime, rules,
 * ACLs). The HTTP layer owns the wire (paths, parameters, headers, envelopes, auth, faults); the engine owns data,
 * business rules and access decisions. The HTTP layer never touches SQLite directly.
 */

/** An authenticated user of the lab. */
export interface LabUser {
    readonly sysId: string
    readonly userName: string
    /** Effective role names (containment expanded), e.g. ['x_itvc_value.viewer', 'itil']. */
    readonly roles: readonly string[]
}

/** One field of a record as the Table API shows it. */
export interface FieldView {
    /** Raw stored value as a string ('' when empty), dates in UTC yyyy-MM-dd HH:mm:ss, booleans 'true'/'false'. */
    readonly value: string
    /** Display value (choice label, reference display value, formatted date) ('' when empty). */
    readonly display: string
    /** Target table when the field is a reference with a value (for the `link`). */
    readonly referenceTable?: string
}

/** A record as the Table API shows it (only readable fields present). */
export interface RecordView {
    readonly sysId: string
    readonly fields: Readonly<Record<string, FieldView>>
}

export interface ListParams {
    /** Encoded query ('' for all). */
    readonly query: string
    /** Field names to return; undefined means every readable field. */
    readonly fields?: readonly string[]
    readonly limit: number
    readonly offset: number
}

/** Why an operation failed; the HTTP layer maps it to a status and the platform's error envelope. */
export type EngineFailure =
    | { readonly kind: 'not_found' } // 404 "No Record found" / "Record doesn't exist or ACL restricts the record retrieval"
    | { readonly kind: 'acl'; readonly operation: 'read' | 'write' | 'create' | 'delete' } // 403 "ACL Exception ... Failed due to security constraints"
    | { readonly kind: 'invalid_table'; readonly table: string } // 400 "Invalid table <name>"
    | { readonly kind: 'invalid_query'; readonly detail: string } // 400
    | { readonly kind: 'aborted'; readonly message: string; readonly rule?: string } // 403 (business rule abort), message = the rule's message; rule = its name (optional, for the detail)
    | { readonly kind: 'invalid_value'; readonly field: string; readonly message: string } // 400

export type EngineResult<T> =
    { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: EngineFailure }

/** Table API operations, each run as one transaction as the given user with ACLs enforced (GlideRecordSecure). */
export interface TableService {
    /** A page of rows, ordered by the query's ORDERBY terms; `total` counts the matches before row-level ACLs. */
    list(user: LabUser, table: string, params: ListParams): EngineResult<{ rows: RecordView[]; total: number }>
    get(user: LabUser, table: string, sysId: string, fields?: readonly string[]): EngineResult<RecordView>
    insert(user: LabUser, table: string, values: Readonly<Record<string, string>>): EngineResult<RecordView>
    /** PATCH and PUT both update the given fields only (PUT on a missing record is 404 in the lab). */
    update(
        user: LabUser,
        table: string,
        sysId: string,
        values: Readonly<Record<string, string>>
    ): EngineResult<RecordView>
    delete(user: LabUser, table: string, sysId: string): EngineResult<true>
}

/** Scripted REST: the engine resolves and runs the app's routes (sys_ws_operation) with their ACLs. */
export interface ScriptedRestRequest {
    readonly method: string
    /** Path after the host, e.g. /api/x_itvc_value/v1/scorecard */
    readonly path: string
    readonly query: Readonly<Record<string, string | readonly string[]>>
    readonly headers: Readonly<Record<string, string>>
    /** Parsed JSON body, or undefined. */
    readonly body: unknown
}

export interface ScriptedRestResponse {
    readonly status: number
    readonly headers: Readonly<Record<string, string>>
    /** JSON-serialisable body, already wrapped ({ result } or { error, status }). */
    readonly body: unknown
}

export interface ScriptedRestService {
    /** undefined when no route matches the path (the HTTP layer answers 400 "Requested URI does not represent any resource"). */
    handle(user: LabUser, req: ScriptedRestRequest): ScriptedRestResponse | undefined
}

/** Users and sessions: the engine checks passwords against sys_user and resolves roles. */
export interface AuthService {
    /** The user with that user name and password, or undefined (wrong password, inactive, locked out). */
    authenticate(userName: string, password: string): LabUser | undefined
    /** The user by sys_id (for sessions), or undefined. */
    userById(sysId: string): LabUser | undefined
}

/**
 * What `now-sdk install` uploads to `POST /sn_appclient_upload_processor.do`: the packed app (`attachFile`) with
 * the form field `load_demo` and the query parameters `sysparm_fluent_scope_name`, `sysparm_fluent_scope_id` and
 * `sysparm_fluent_app_version` (`@servicenow/sdk-api/dist/connector.js` uploadScopedAppPackage).
 */
export interface InstallRequest {
    /** The zip `now-sdk pack` writes. */
    readonly package: Uint8Array
    /** `load_demo`: also load the package's demo data (`unload.demo/`). */
    readonly loadDemo: boolean
    /** The scope the client means to install, when it says. */
    readonly scope?: string
    /** The app's sys_id the client means to install, when it says. */
    readonly scopeId?: string
    /** The app version the client means to install, when it says. */
    readonly version?: string
}

/** Status codes of an execution tracker (`GET /api/sn_cicd/progress/{id}`). */
export type InstallStatus = '0' | '1' | '2' | '3' | '4'

/** An install's progress, as the CI/CD progress API shows it. */
export interface InstallProgress {
    readonly id: string
    /** '0' pending, '1' running, '2' successful, '3' failed, '4' cancelled. */
    readonly status: InstallStatus
    /** Pending, Running, Successful, Failed, Canceled. */
    readonly statusLabel: string
    /** What happens now, or how it ended (the error, on failure). */
    readonly message: string
    readonly detail: string
    /** The error message when the install failed, '' otherwise. */
    readonly error: string
    readonly percent: number
}

/** App installs: the engine unpacks, validates and installs packages in the background, one at a time. */
export interface InstallService {
    /** Queues the install of a package (the HTTP layer has checked that the user is an admin). */
    upload(user: LabUser, request: InstallRequest): { readonly tracker: string; readonly rollback: string }
    /** The tracker's progress, or undefined for an unknown id. */
    progress(trackerId: string): InstallProgress | undefined
}

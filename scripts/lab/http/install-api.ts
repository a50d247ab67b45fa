/**
 * The two endpoints `now-sdk install` drives (`@servicenow/sdk-api/dist/connector.js`):
 * - `POST /sn_appclient_upload_processor.do?sysparm_track_fluent_install=true&...`: multipart form with
 *   `upload_type`, `load_demo`, `sysparm_ck` (the session token) and `attachFile` (the packed app) →
 *   `{"executionTracker": id, "rollbackContext": id}`;
 * - `GET /api/sn_cicd/progress/{id}` → `{"result": {status, status_label, status_message, percent_complete, ...}}`
 *   with status '0' pending, '1' running, '2' successful, '3' failed.
 * Both are for admins (the upload answers others with a 401, which the CLI reports as "Insufficient permissions").
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { InstallProgress, InstallService, LabUser } from './contract.ts'
import { parseMultipart } from './multipart.ts'
import type { LabResponse } from './wire.ts'
import { errorResponse, jsonResponse, methodNotSupported, noRecordFound, notAuthenticated } from './wire.ts'

/** The path `now-sdk install` uploads the packed app to. */
export const UPLOAD_PROCESSOR_PATH = '/sn_appclient_upload_processor.do'

const PROGRESS_ROUTE = /^\/api\/sn_cicd\/progress\/([^/]+)\/?$/

/**
 * The CI/CD progress API's body for a tracker.
 * @example progressBody({ id: 'a1', status: '2', statusLabel: 'Successful', message: 'Installed', detail: '', error: '', percent: 100 }, 'http://127.0.0.1:8080').result.status_label //=> 'Successful'
 */
export function progressBody(
    progress: InstallProgress,
    instanceUrl: string
): { readonly result: Readonly<Record<string, unknown>> } {
    return {
        result: {
            links: { progress: { id: progress.id, url: `${instanceUrl}/api/sn_cicd/progress/${progress.id}` } },
            status: progress.status,
            status_label: progress.statusLabel,
            status_message: progress.message,
            status_detail: progress.detail,
            error: progress.error,
            percent_complete: progress.percent,
        },
    }
}

/** `{ [key]: value }` for a present, non-empty value; `{}` otherwise. */
function optional<K extends string>(key: K, value: string | null): { [P in K]?: string } {
    return value === null || value === '' ? {} : ({ [key]: value } as { [P in K]?: string })
}

/** An upload that passed the checks: who sent it and the call that queues it. */
export interface AcceptedUpload {
    readonly user: LabUser
    /** Queues the install; answers `{executionTracker, rollbackContext}`. */
    run(): LabResponse
}

/**
 * Checks an upload (method, multipart body, session token from the form's `sysparm_ck` or the headers, admin
 * role, `attachFile`); returns the error response, or the accepted upload.
 */
export function prepareUpload(
    install: InstallService,
    call: { readonly method: string; readonly url: URL; readonly headers: IncomingHttpHeaders; readonly body: Buffer },
    identify: (form: URLSearchParams) => LabUser | undefined
): LabResponse | AcceptedUpload {
    if (call.method !== 'POST') return methodNotSupported(call.method, ['POST'])
    const parts = parseMultipart(call.body, call.headers['content-type'])
    if (parts === undefined)
        return errorResponse(400, 'Invalid upload', 'Send multipart/form-data with the app package as attachFile')
    const fields = new URLSearchParams()
    for (const part of parts) if (part.filename === undefined) fields.append(part.name, part.data.toString('utf8'))
    const user = identify(fields)
    if (user === undefined) return notAuthenticated()
    // 401, not 403: the SDK CLI turns a 401 from the upload processor into "Insufficient permissions to install".
    if (!user.roles.includes('admin'))
        return errorResponse(401, 'Insufficient privileges', 'Installing applications requires the admin role')
    const file = parts.find((p) => p.name === 'attachFile' && p.filename !== undefined)
    if (file === undefined)
        return errorResponse(400, 'Invalid upload', 'The form has no attachFile part with the app package')
    const query = call.url.searchParams
    return {
        user,
        run: () => {
            const { tracker, rollback } = install.upload(user, {
                package: file.data,
                loadDemo: (fields.get('load_demo') ?? 'true') !== 'false',
                ...optional('scope', query.get('sysparm_fluent_scope_name')),
                ...optional('scopeId', query.get('sysparm_fluent_scope_id')),
                ...optional('version', query.get('sysparm_fluent_app_version')),
            })
            return jsonResponse(200, { executionTracker: tracker, rollbackContext: rollback })
        },
    }
}

/** Answers `/api/sn_cicd/progress/{id}`; undefined for any other path. */
export function handleProgress(
    install: InstallService,
    method: string,
    path: string,
    user: LabUser,
    instanceUrl: string
): LabResponse | undefined {
    const match = PROGRESS_ROUTE.exec(path)
    if (match === null) return undefined
    if (method !== 'GET') return methodNotSupported(method, ['GET'])
    if (!user.roles.includes('admin'))
        return errorResponse(403, 'Operation Failed', 'The CI/CD API requires the admin role')
    const found = install.progress(decodeURIComponent(match[1] ?? ''))
    return found === undefined ? noRecordFound() : jsonResponse(200, progressBody(found, instanceUrl))
}

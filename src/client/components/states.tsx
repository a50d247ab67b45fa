/** Loading, empty and error states shared by the views. */
import type { JSX, ReactNode } from 'react'
import type { ApiError } from '../services/http.ts'

export function Loading({ label, rows = 3 }: { readonly label: string; readonly rows?: number }): JSX.Element {
    return (
        <div className="itvc-loading" role="status" aria-live="polite">
            <span className="itvc-sr-only">{label}</span>
            {Array.from({ length: rows }, (_v, i) => (
                <div key={i} className="itvc-skeleton" aria-hidden="true" />
            ))}
        </div>
    )
}

export function Empty({ title, children }: { readonly title: string; readonly children?: ReactNode }): JSX.Element {
    return (
        <div className="itvc-empty" role="status">
            <h3>{title}</h3>
            {children === undefined ? null : <p>{children}</p>}
        </div>
    )
}

/** The least role that reads the app's value data (every app role contains it). */
const VIEWER_ROLE = 'x_itvc_value.viewer'

/** An API failure: an access error (401/403) says what to do; anything else offers a retry. */
export function ErrorState({
    error,
    what,
    onRetry,
}: {
    readonly error: ApiError
    readonly what: string
    readonly onRetry?: () => void
}): JSX.Element {
    if (error.kind === 'forbidden') {
        return (
            <div className="itvc-error itvc-error--access" role="alert">
                <h3>You do not have access to {what}</h3>
                <p>
                    Viewing it needs the <code>{VIEWER_ROLE}</code> role (or a role that contains it). Ask your IT Value
                    Center administrator for access.
                </p>
                <p className="itvc-error__detail">
                    {error.status} {error.message}
                    {error.detail === '' ? '' : `: ${error.detail}`}
                </p>
            </div>
        )
    }
    if (error.kind === 'unauthenticated') {
        const gotoUrl = `${window.location.pathname}${window.location.search}`
        return (
            <div className="itvc-error itvc-error--access" role="alert">
                <h3>Your session has ended</h3>
                <p>
                    <a href={`/login.do?sysparm_goto_url=${encodeURIComponent(gotoUrl)}`}>Log in again</a> to see {what}
                    .
                </p>
            </div>
        )
    }
    return (
        <div className="itvc-error" role="alert">
            <h3>Could not load {what}</h3>
            <p>
                {error.message}
                {error.detail === '' ? '' : `: ${error.detail}`}
                {error.status === 0 ? '' : ` (HTTP ${error.status})`}
            </p>
            {onRetry === undefined ? null : (
                <button type="button" className="itvc-button" onClick={onRetry}>
                    Try again
                </button>
            )}
        </div>
    )
}

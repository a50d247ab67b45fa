/** A React hook around one API call: loading, ready and error states, cancellation and retry. */
import { useCallback, useEffect, useState } from 'react'
import type { ApiError, ApiResult } from './http.ts'

export type Resource<T> =
    | { readonly state: 'loading'; readonly previous?: T }
    | { readonly state: 'ready'; readonly value: T }
    | { readonly state: 'error'; readonly error: ApiError }

/**
 * Calls `load` whenever `key` changes (aborting the call in flight) and on `retry()`. While a new call runs, the
 * last value stays available as `previous` so a view can keep showing it, dimmed.
 */
export function useApi<T>(
    key: string,
    load: (signal: AbortSignal) => Promise<ApiResult<T>>
): { readonly resource: Resource<T>; readonly retry: () => void } {
    const [resource, setResource] = useState<Resource<T>>({ state: 'loading' })
    const [attempt, setAttempt] = useState(0)

    useEffect(() => {
        const controller = new AbortController()
        setResource((current) =>
            current.state === 'ready' ? { state: 'loading', previous: current.value } : { state: 'loading' }
        )
        load(controller.signal).then(
            (result) => {
                if (controller.signal.aborted) return
                setResource(
                    result.ok ? { state: 'ready', value: result.value } : { state: 'error', error: result.error }
                )
            },
            (error: unknown) => {
                if (controller.signal.aborted) return
                const message = error instanceof Error ? error.message : String(error)
                setResource({ state: 'error', error: { kind: 'network', status: 0, message, detail: '' } })
            }
        )
        return () => controller.abort()
        // `load` is a new closure on every render: `key` names what it loads.
    }, [key, attempt])

    const retry = useCallback(() => setAttempt((n) => n + 1), [])
    return { resource, retry }
}

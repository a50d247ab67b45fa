/** The RAG status of a metric as a chip: colour plus text, never colour alone. */
import type { JSX } from 'react'
import type { RagStatus } from '../services/api.ts'

export const STATUS_LABELS: Readonly<Record<RagStatus, string>> = {
    green: 'On target',
    amber: 'At risk',
    red: 'Off target',
    no_target: 'No target',
    no_data: 'No data',
}

export function StatusChip({ status }: { readonly status: RagStatus }): JSX.Element {
    return (
        <span className={`itvc-chip itvc-chip--${status}`} data-status={status}>
            <span className="itvc-chip__dot" aria-hidden="true" />
            {STATUS_LABELS[status]}
        </span>
    )
}

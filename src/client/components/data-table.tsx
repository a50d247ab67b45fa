/**
 * The pieces the page's tables share: a header row from a list of columns (numbers right-aligned, a column named
 * for screen readers only), and the "Show the data" disclosure that holds a chart's numbers as a table.
 */
import type { JSX, ReactNode } from 'react'

/** One column of a table header. */
export interface Column {
    readonly label: string
    /** Right-aligned (a number column). */
    readonly numeric?: boolean
    /** Named for screen readers only (a column of buttons). */
    readonly hidden?: boolean
}

/**
 * A `thead` with one `th scope="col"` per column.
 * @example <TableHead columns={[{ label: 'Period' }, { label: 'Planned', numeric: true }]} />
 */
export function TableHead({ columns }: { readonly columns: readonly Column[] }): JSX.Element {
    return (
        <thead>
            <tr>
                {columns.map((c) => (
                    <th key={c.label} scope="col" className={c.numeric ? 'itvc-num' : undefined}>
                        {c.hidden ? <span className="itvc-sr-only">{c.label}</span> : c.label}
                    </th>
                ))}
            </tr>
        </thead>
    )
}

/**
 * A chart's numbers behind a "Show the data" disclosure (closed until asked for).
 * @example <DataDetails><table>…</table></DataDetails>
 */
export function DataDetails({ children }: { readonly children: ReactNode }): JSX.Element {
    return (
        <details className="itvc-data">
            <summary>Show the data</summary>
            {children}
        </details>
    )
}

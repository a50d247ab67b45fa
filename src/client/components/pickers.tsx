/** Period picker (month / quarter / fiscal year) and dimension picker (all, portfolio, business service, category). */
import type { JSX } from 'react'
import { useId } from 'react'
import type { Dimension, DimensionOption } from '../services/api.ts'
import { DIMENSIONS } from '../services/api.ts'
import type { PeriodType } from '../services/periods.ts'
import { convertPeriod, lastPeriods, parsePeriod, periodName } from '../services/periods.ts'

const PERIOD_TYPES: readonly { readonly value: PeriodType; readonly label: string; readonly count: number }[] = [
    { value: 'month', label: 'Month', count: 24 },
    { value: 'quarter', label: 'Quarter', count: 8 },
    { value: 'year', label: 'Fiscal year', count: 4 },
]

/**
 * Picks a period: its type, then one of the periods up to the latest one (the current period as the API reported
 * it); `period` is the one shown.
 */
export function PeriodPicker({
    period,
    latest,
    onChange,
}: {
    readonly period: string
    readonly latest: string
    readonly onChange: (period: string) => void
}): JSX.Element {
    const id = useId()
    const type = parsePeriod(period)?.type ?? 'quarter'
    const count = PERIOD_TYPES.find((t) => t.value === type)?.count ?? 8
    // Up to the end of the latest period: switching a quarter to months lists all three of its months.
    const options = lastPeriods(convertPeriod(latest || period, type, 'end'), count).reverse()
    if (period !== '' && !options.includes(period)) options.unshift(period)
    return (
        <fieldset className="itvc-picker">
            <legend className="itvc-sr-only">Period</legend>
            <label htmlFor={`${id}-type`}>Period type</label>
            <select
                id={`${id}-type`}
                name="period_type"
                value={type}
                onChange={(e) => onChange(convertPeriod(period || latest, e.target.value as PeriodType))}
                disabled={period === '' && latest === ''}
            >
                {PERIOD_TYPES.map((t) => (
                    <option key={t.value} value={t.value}>
                        {t.label}
                    </option>
                ))}
            </select>
            <label htmlFor={`${id}-period`}>Period</label>
            <select
                id={`${id}-period`}
                name="period"
                value={period}
                onChange={(e) => onChange(e.target.value)}
                disabled={period === ''}
            >
                {period === '' ? <option value="">Current</option> : null}
                {options.map((p) => (
                    <option key={p} value={p}>
                        {periodName(p)}
                    </option>
                ))}
            </select>
        </fieldset>
    )
}

/** Picks the dimension and, for all but "All", which portfolio, service or category. */
export function DimensionPicker({
    dimension,
    dimensionKey,
    options,
    onChange,
}: {
    readonly dimension: Dimension
    readonly dimensionKey: string
    readonly options: Readonly<Partial<Record<Dimension, readonly DimensionOption[]>>>
    readonly onChange: (dimension: Dimension, key: string) => void
}): JSX.Element {
    const id = useId()
    const values = options[dimension] ?? []
    return (
        <fieldset className="itvc-picker">
            <legend className="itvc-sr-only">Dimension</legend>
            <label htmlFor={`${id}-dimension`}>Dimension</label>
            <select
                id={`${id}-dimension`}
                name="dimension"
                value={dimension}
                onChange={(e) => {
                    const next = e.target.value as Dimension
                    onChange(next, next === 'all' ? '' : (options[next]?.[0]?.key ?? ''))
                }}
            >
                {DIMENSIONS.map((d) => (
                    <option key={d.value} value={d.value}>
                        {d.label}
                    </option>
                ))}
            </select>
            {dimension === 'all' ? null : (
                <>
                    <label htmlFor={`${id}-key`}>{DIMENSIONS.find((d) => d.value === dimension)?.label}</label>
                    <select
                        id={`${id}-key`}
                        name="key"
                        value={dimensionKey}
                        onChange={(e) => onChange(dimension, e.target.value)}
                    >
                        {values.some((v) => v.key === dimensionKey) ? null : (
                            <option value={dimensionKey}>{dimensionKey === '' ? 'Choose…' : dimensionKey}</option>
                        )}
                        {values.map((v) => (
                            <option key={v.key} value={v.key}>
                                {v.label}
                            </option>
                        ))}
                    </select>
                </>
            )}
        </fieldset>
    )
}

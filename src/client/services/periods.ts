/**
 * Fiscal period labels as the app's REST API names them: `FY2027` (fiscal year), `FY2027-Q1` … `FY2027-Q4`,
 * `FY2027-M01` … `FY2027-M12` (fiscal months). Pure label arithmetic: no calendar dates are needed to step through
 * periods or to switch between month, quarter and year.
 */

/** The kinds of period the picker offers. */
export type PeriodType = 'month' | 'quarter' | 'year'

/** A parsed period label. */
export interface PeriodLabel {
    readonly type: PeriodType
    readonly fiscalYear: number
    /** 1-based: month 1–12, quarter 1–4, year 1. */
    readonly index: number
}

const PER_YEAR: { readonly [t in PeriodType]: number } = { month: 12, quarter: 4, year: 1 }
const LABEL = /^FY(\d{4})(?:-Q([1-4])|-M(0[1-9]|1[0-2]))?$/

/**
 * Parses a label; undefined when it is not one.
 * @example parsePeriod('FY2027-Q1') //=> { type: 'quarter', fiscalYear: 2027, index: 1 }
 * @example parsePeriod('2027-01') //=> undefined
 */
export function parsePeriod(label: string): PeriodLabel | undefined {
    const m = LABEL.exec(label.trim().toUpperCase())
    if (m === null) return undefined
    const fiscalYear = Number(m[1])
    if (m[2] !== undefined) return { type: 'quarter', fiscalYear, index: Number(m[2]) }
    if (m[3] !== undefined) return { type: 'month', fiscalYear, index: Number(m[3]) }
    return { type: 'year', fiscalYear, index: 1 }
}

/**
 * Prints a period.
 * @example formatPeriod({ type: 'month', fiscalYear: 2027, index: 3 }) //=> 'FY2027-M03'
 */
export function formatPeriod(period: PeriodLabel): string {
    if (period.type === 'year') return `FY${period.fiscalYear}`
    if (period.type === 'quarter') return `FY${period.fiscalYear}-Q${period.index}`
    return `FY${period.fiscalYear}-M${String(period.index).padStart(2, '0')}`
}

/**
 * The period `steps` periods later (negative: earlier), of the same type.
 * @example shiftPeriod('FY2027-Q1', -1) //=> 'FY2026-Q4'
 * @example shiftPeriod('FY2027-M12', 1) //=> 'FY2028-M01'
 */
export function shiftPeriod(label: string, steps: number): string {
    const p = parsePeriod(label)
    if (p === undefined) return label
    const n = PER_YEAR[p.type]
    const ordinal = p.fiscalYear * n + (p.index - 1) + steps
    return formatPeriod({ type: p.type, fiscalYear: Math.floor(ordinal / n), index: (ordinal % n) + 1 })
}

/**
 * The period of another type that holds the given one (a month's quarter and year), or that starts it (a quarter's
 * first month, a year's first quarter and month), or with `edge: 'end'` that ends it (a quarter's last month).
 * @example convertPeriod('FY2027-M05', 'quarter') //=> 'FY2027-Q2'
 * @example convertPeriod('FY2027-Q3', 'month') //=> 'FY2027-M07'
 * @example convertPeriod('FY2027-Q3', 'month', 'end') //=> 'FY2027-M09'
 * @example convertPeriod('FY2027', 'quarter', 'end') //=> 'FY2027-Q4'
 */
export function convertPeriod(label: string, type: PeriodType, edge: 'start' | 'end' = 'start'): string {
    const p = parsePeriod(label)
    if (p === undefined || p.type === type) return label
    const months: readonly [number, number] =
        p.type === 'month' ? [p.index, p.index] : p.type === 'quarter' ? [(p.index - 1) * 3 + 1, p.index * 3] : [1, 12]
    const month = edge === 'end' ? months[1] : months[0]
    const index = type === 'month' ? month : type === 'quarter' ? Math.ceil(month / 3) : 1
    return formatPeriod({ type, fiscalYear: p.fiscalYear, index })
}

/**
 * The `count` periods ending with `label`, oldest first; none for a label that is not a period.
 * @example lastPeriods('FY2027-Q2', 3) //=> ['FY2026-Q4', 'FY2027-Q1', 'FY2027-Q2']
 * @example lastPeriods('', 3) //=> []
 */
export function lastPeriods(label: string, count: number): string[] {
    if (parsePeriod(label) === undefined) return []
    return Array.from({ length: Math.max(0, count) }, (_v, i) => shiftPeriod(label, i - count + 1))
}

/**
 * A period's readable name.
 * @example periodName('FY2027-M03') //=> 'FY2027 month 3'
 * @example periodName('FY2027-Q1') //=> 'FY2027 Q1'
 */
export function periodName(label: string): string {
    const p = parsePeriod(label)
    if (p === undefined) return label
    if (p.type === 'year') return `FY${p.fiscalYear}`
    if (p.type === 'quarter') return `FY${p.fiscalYear} Q${p.index}`
    return `FY${p.fiscalYear} month ${p.index}`
}

/**
 * A short axis label.
 * @example shortPeriod('FY2027-M03') //=> 'M03 ’27'
 * @example shortPeriod('FY2027-Q1') //=> 'Q1 ’27'
 */
export function shortPeriod(label: string): string {
    const p = parsePeriod(label)
    if (p === undefined) return label
    const yy = String(p.fiscalYear % 100).padStart(2, '0')
    if (p.type === 'year') return `FY${yy}`
    return `${p.type === 'quarter' ? `Q${p.index}` : `M${String(p.index).padStart(2, '0')}`} ’${yy}`
}

/** Shapes shared by the benefit functions: plain data as the adapters read it, amounts in functional-currency cents. */
import type { IsoDate } from '../fiscal/dates.ts'
import type { Cents } from '../money.ts'

/** The amounts of one benefit period. Extra fields (label, sys_id) pass through the generic functions untouched. */
export interface PeriodAmounts {
    /** Last day of the period, inclusive ('yyyy-MM-dd', UTC). */
    readonly end: IsoDate
    readonly planned: Cents
    /** `null` until the period is measured; 0 is a measurement (nothing realised). */
    readonly realised: Cents | null
}

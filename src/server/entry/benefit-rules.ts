/**
 * The business rules of benefit tracking (src/fluent/business-rules/benefits.now.ts binds them). Before rules check
 * and derive values on `current` only; after rules keep the totals, states and roll-ups in step and re-point
 * benefits when a demand becomes a project.
 */
import type { GlideRecord } from '@servicenow/glide'
import { gs } from '@servicenow/glide'
import { checkBenefit, checkExchangeRate } from '../core/index.ts'
import { nowUtc, readBenefitConfig, todayUtc } from '../adapters/glide-benefit-config.ts'
import {
    benefitFacts,
    changedColumns,
    findBenefit,
    hasPeriods,
    previousValue,
    rateClash,
    refuseSave,
    setBenefitDefaults,
    setMeasured,
    setPeriodDerived,
} from '../adapters/glide-benefits.ts'
import { repointBenefits } from '../adapters/glide-value-rollup.ts'
import { derivePeriod, refreshBenefit, rollUpDemand, rollUpProject } from './benefit-service.ts'

/** Columns of a benefit whose change moves its project's and demand's value. */
const VALUE_COLUMNS = ['planned_total', 'realised_total', 'planned_to_date', 'state', 'measure', 'project', 'demand']

/** Before insert/update on x_itvc_value_benefit: checks the fields and fills currency and perspective. */
export function onBenefitBeforeSave(current: GlideRecord, previous: GlideRecord | null): void {
    const config = readBenefitConfig()
    const checked = checkBenefit(
        {
            measure: current.getValue('measure'),
            currency: current.getValue('currency'),
            type: current.getValue('type'),
            perspective: current.getValue('perspective'),
            startDate: current.getValue('start_date'),
            endDate: current.getValue('end_date'),
            plannedTotal: current.getValue('planned_total'),
        },
        config.settings.functionalCurrency
    )
    if (!checked.ok) return refuseSave(current, checked.error)
    const money = checked.value.currency !== ''
    const before =
        previousValue(previous, 'currency').toUpperCase() || (money ? config.settings.functionalCurrency : '')
    const moved =
        !current.isNewRecord() && (before !== checked.value.currency || changedColumns(current, ['measure']).length > 0)
    if (moved && hasPeriods(current.getUniqueValue())) {
        const message = 'The currency and measure cannot change once the benefit has periods'
        return refuseSave(current, { code: 'BENEFIT.CURRENCY_LOCKED', message })
    }
    setBenefitDefaults(current, checked.value.currency, checked.value.perspective)
}

/** After insert/update on x_itvc_value_benefit: rolls its old and new project and demand up. */
export function onBenefitSaved(current: GlideRecord, previous: GlideRecord | null): void {
    if (changedColumns(current, VALUE_COLUMNS).length === 0) return
    const config = readBenefitConfig()
    const asOf = todayUtc()
    for (const project of linked(current, previous, 'project')) rollUpProject(project, config, asOf)
    for (const demand of linked(current, previous, 'demand')) rollUpDemand(demand)
}

/** After delete on x_itvc_value_benefit: its project and demand lose its value. */
export function onBenefitDeleted(current: GlideRecord, _previous: GlideRecord | null): void {
    const config = readBenefitConfig()
    const project = current.getValue('project')
    const demand = current.getValue('demand')
    if (project) rollUpProject(project, config, todayUtc())
    if (demand) rollUpDemand(demand)
}

function linked(current: GlideRecord, previous: GlideRecord | null, column: 'project' | 'demand'): string[] {
    const ids = [current.getValue(column) ?? '', previousValue(previous, column)]
    return ids.filter((id, i) => id !== '' && ids.indexOf(id) === i)
}

/**
 * Before insert/update on x_itvc_value_benefit_period: period start and end from the label, the range, amounts,
 * uniqueness and overlaps checked, amounts converted to the functional currency, the measurement stamped.
 */
export function onPeriodBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    const benefit = findBenefit(current.getValue('benefit') ?? '')
    if (!benefit)
        return refuseSave(current, { code: 'BENEFIT.NOT_FOUND', message: 'A benefit period needs its benefit' })
    const derived = derivePeriod(
        benefitFacts(benefit),
        {
            sysId: current.isNewRecord() ? '' : current.getUniqueValue(),
            label: current.getValue('period_label'),
            planned: current.getValue('planned_amount'),
            realised: current.getValue('realised_amount'),
        },
        readBenefitConfig()
    )
    if (!derived.ok) return refuseSave(current, derived.error)
    setPeriodDerived(current, derived.value)
    if (current.isNewRecord() || changedColumns(current, ['realised_amount']).length > 0) {
        setMeasured(current, gs.getUserID(), nowUtc())
    }
}

/** After insert/update on x_itvc_value_benefit_period: refreshes its benefit (and the one it left). */
export function onPeriodSaved(current: GlideRecord, previous: GlideRecord | null): void {
    const config = readBenefitConfig()
    const asOf = todayUtc()
    const ids = [current.getValue('benefit') ?? '', previousValue(previous, 'benefit')]
    for (const id of ids.filter((b, i) => b !== '' && ids.indexOf(b) === i)) refreshBenefit(id, config, asOf)
}

/** After delete on x_itvc_value_benefit_period: refreshes its benefit. */
export function onPeriodDeleted(current: GlideRecord, _previous: GlideRecord | null): void {
    const benefit = current.getValue('benefit')
    if (benefit) refreshBenefit(benefit, readBenefitConfig(), todayUtc())
}

/** Before insert/update on x_itvc_value_exchange_rate: a valid rate, one per currency and effective date. */
export function onExchangeRateBeforeSave(current: GlideRecord, _previous: GlideRecord | null): void {
    const checked = checkExchangeRate(
        {
            currency: current.getValue('currency'),
            rate: current.getValue('rate'),
            effectiveDate: current.getValue('effective_date'),
        },
        readBenefitConfig().settings.functionalCurrency
    )
    if (!checked.ok) return refuseSave(current, checked.error)
    const { currency, effective } = checked.value
    if (rateClash(current.isNewRecord() ? '' : current.getUniqueValue(), currency, effective)) {
        return refuseSave(current, {
            code: 'BENEFIT.RATE_DUPLICATE',
            message: `${currency} already has a rate on ${effective}`,
        })
    }
    current.setValue('currency', currency)
}

/** After insert/update on pm_project with a demand (the filter): the demand's benefits now follow the project. */
export function onProjectLinkedToDemand(current: GlideRecord, previous: GlideRecord | null): void {
    const demand = current.getValue('demand') ?? ''
    if (demand && demand !== previousValue(previous, 'demand')) repointBenefits(demand, current.getUniqueValue())
}

/** After update on dmn_demand with a project (the filter): its benefits follow the project it became. */
export function onDemandLinkedToProject(current: GlideRecord, previous: GlideRecord | null): void {
    const project = current.getValue('project') ?? ''
    if (project && project !== previousValue(previous, 'project')) repointBenefits(current.getUniqueValue(), project)
}

/** After update on pm_project with benefits (the filter): a new cost or start date moves ROI, NPV and payback. */
export function onProjectCostChanged(current: GlideRecord, _previous: GlideRecord | null): void {
    const config = readBenefitConfig()
    if (changedColumns(current, [config.costField, 'start_date']).length === 0) return
    rollUpProject(current.getUniqueValue(), config, todayUtc())
}

/**
 * "Generate periods" (UI action on the benefit form, src/fluent/ui/benefits.now.ts): saves the form, then plans one
 * period per month or quarter between the benefit's start and end dates and splits its planned total evenly in cents
 * (remainder on the last period). Measured periods are never touched.
 */
import type { GlideRecord } from '@servicenow/glide'
import { gs } from '@servicenow/glide'
import { readBenefitConfig } from '../adapters/glide-benefit-config.ts'
import { saveSubmittedForm } from '../adapters/glide-benefits.ts'
import { planBenefit } from './benefit-service.ts'

export function generatePeriods(current: GlideRecord): void {
    if (!saveSubmittedForm(current)) return
    const planned = planBenefit(current.getUniqueValue(), readBenefitConfig())
    if (!planned.ok) {
        gs.addErrorMessage(`${planned.error.message} (${planned.error.code})`)
        return
    }
    const { created, updated, removed, kept } = planned.value
    gs.addInfoMessage(`Periods: ${created} created, ${updated} re-planned, ${removed} removed, ${kept} kept`)
}

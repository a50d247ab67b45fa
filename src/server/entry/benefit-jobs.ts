/**
 * The nightly benefit refresh (src/fluent/jobs/benefits.now.ts): totals, states and health as of today, the value of
 * every project and demand with benefits, a notice for each benefit that turned at risk and for each period overdue
 * for measurement.
 */
import { gs } from '@servicenow/glide'
import { lastOverdueEnd } from '../core/index.ts'
import { readBenefitConfig, todayUtc } from '../adapters/glide-benefit-config.ts'
import { queueAtRiskBenefits, queueOverduePeriods } from '../adapters/glide-benefit-events.ts'
import { liveBenefitIds } from '../adapters/glide-benefits.ts'
import { linkedRecords } from '../adapters/glide-value-rollup.ts'
import { refreshBenefit, rollUpDemand, rollUpProject } from './benefit-service.ts'

/** Most benefits, projects and demands one run refreshes (each bound is far above the expected volume). */
export const MAX_REFRESH = 5000

export function runBenefitRefresh(): void {
    const config = readBenefitConfig()
    const asOf = todayUtc()
    const benefits = liveBenefitIds(MAX_REFRESH).filter((id) => refreshBenefit(id, config, asOf)).length
    const projects = linkedRecords('project', MAX_REFRESH).filter((id) => rollUpProject(id, config, asOf)).length
    const demands = linkedRecords('demand', MAX_REFRESH).filter((id) => rollUpDemand(id)).length
    const atRisk = queueAtRiskBenefits(asOf)
    const overdue = queueOverduePeriods(lastOverdueEnd(asOf, config.settings.measurementGraceDays), asOf)
    gs.info(
        `Benefit refresh as of ${asOf}: ${benefits} benefits, ${projects} projects, ${demands} demands changed; ${atRisk} at-risk and ${overdue} overdue notices`
    )
}

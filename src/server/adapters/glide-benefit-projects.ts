/**
 * What `GET /benefits/projects` reads, for the calling user: the projects of the benefits the caller may read
 * (GlideRecordSecure), and of those projects what the caller may read. A project the caller may not open (the
 * platform's `pm_project` ACLs want a PPM role) is still named by its benefits' project reference (its display
 * value, as any list of those benefits shows it), without number or portfolio.
 */
import { GlideRecordSecure } from '@servicenow/glide'
import type { BenefitProjectRow } from '../core/index.ts'
import { MAX_BENEFIT_PROJECTS } from '../core/index.ts'
import { BENEFIT_TABLE } from './glide-benefits.ts'

/** Most benefits one answer reads to find their projects (ordered by project, so each project costs few rows). */
export const MAX_PROJECT_BENEFITS = 5000

/**
 * The projects with benefits (of one portfolio, or all), at most {@link MAX_BENEFIT_PROJECTS} + 1 (one more says
 * the answer is truncated). Two queries.
 */
export function readBenefitProjects(portfolio: string | null): BenefitProjectRow[] {
    const benefits = new GlideRecordSecure(BENEFIT_TABLE)
    benefits.addEncodedQuery(`projectISNOTEMPTY${portfolio ? `^project.primary_portfolio=${portfolio}` : ''}`)
    benefits.orderBy('project')
    benefits.setLimit(MAX_PROJECT_BENEFITS)
    benefits.query()
    const named = new Map<string, string>()
    while (benefits.next() && named.size <= MAX_BENEFIT_PROJECTS) {
        const id = benefits.getValue('project') ?? ''
        if (id !== '' && !named.has(id)) named.set(id, benefits.getDisplayValue('project'))
    }
    if (named.size === 0) return []
    const readable = new Map<string, BenefitProjectRow>()
    const projects = new GlideRecordSecure('pm_project')
    projects.addQuery('sys_id', 'IN', [...named.keys()].join(','))
    projects.setLimit(named.size)
    projects.query()
    while (projects.next()) {
        readable.set(projects.getUniqueValue(), {
            sysId: projects.getUniqueValue(),
            number: projects.getValue('number') ?? '',
            shortDescription: projects.getValue('short_description') ?? '',
            portfolio: projects.getValue('primary_portfolio') ?? '',
            portfolioName: projects.getDisplayValue('primary_portfolio'),
        })
    }
    return [...named.entries()].map(
        ([sysId, label]) =>
            readable.get(sysId) ?? { sysId, number: '', shortDescription: label, portfolio: '', portfolioName: '' }
    )
}

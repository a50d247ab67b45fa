/**
 * `GET /benefits/projects` (README "Benefit tracking"): the projects that have benefits, for the benefits view's
 * project picker, optionally of one portfolio. The request is parsed here; the adapter reads the projects through
 * the caller's ACLs and the answer is built from plain rows.
 */
import type { Result } from '../result.ts'
import { fail, ok } from '../result.ts'

/**
 * Most projects one answer lists (the picker's bound; `truncated` says when there are more).
 * @example MAX_BENEFIT_PROJECTS //=> 500
 */
export const MAX_BENEFIT_PROJECTS = 500

/** What `GET /benefits/projects` asks for. */
export interface BenefitProjectsRequest {
    /** A `pm_portfolio` sys_id, or `null` for every portfolio. */
    readonly portfolio: string | null
}

/**
 * Parses `portfolio` (optional; a sys_id). Fails with `BENEFIT.PORTFOLIO_INVALID` naming the parameter.
 * @example parseBenefitProjectsRequest('') //=> { ok: true, value: { portfolio: null } }
 * @example parseBenefitProjectsRequest('not-an-id').ok //=> false
 */
export function parseBenefitProjectsRequest(portfolio: string | null | undefined): Result<BenefitProjectsRequest> {
    const text = (portfolio ?? '').trim()
    if (text === '') return ok({ portfolio: null })
    if (!/^[0-9a-f]{32}$/.test(text)) {
        return fail('BENEFIT.PORTFOLIO_INVALID', `portfolio must be a pm_portfolio sys_id, not "${text}"`, 'portfolio')
    }
    return ok({ portfolio: text })
}

/** A project as the adapter reads it. */
export interface BenefitProjectRow {
    readonly sysId: string
    readonly number: string
    readonly shortDescription: string
    /** `pm_project.primary_portfolio` ('' for none) and its name. */
    readonly portfolio: string
    readonly portfolioName: string
}

/** One project of the answer. */
export interface BenefitProjectView {
    readonly sys_id: string
    readonly number: string
    readonly short_description: string
    readonly portfolio: { readonly sys_id: string; readonly name: string } | null
}

/** The body of `GET /benefits/projects`. */
export interface BenefitProjectsView {
    readonly portfolio: string | null
    /** By number. */
    readonly projects: readonly BenefitProjectView[]
    /** Whether more projects have benefits than {@link MAX_BENEFIT_PROJECTS}. */
    readonly truncated: boolean
}

/**
 * The answer: the projects by number (each once; those the caller may not open, without a number, after them by
 * name), at most {@link MAX_BENEFIT_PROJECTS}. A project without a readable portfolio is in the one asked for.
 * @example benefitProjectsView({ portfolio: null }, [row], false).projects[0]?.number //=> 'PRJ0001001'
 */
export function benefitProjectsView(
    request: BenefitProjectsRequest,
    rows: readonly BenefitProjectRow[],
    truncated: boolean
): BenefitProjectsView {
    const seen = new Set<string>()
    const unique = rows.filter((r) => (seen.has(r.sysId) ? false : (seen.add(r.sysId), true)))
    // Projects the caller may open by number; the others (no number) after them, by name.
    const sortKey = (r: BenefitProjectRow): string =>
        `${r.number === '' ? '1' : '0'}${r.number}\u0000${r.shortDescription}\u0000${r.sysId}`
    const sorted = [...unique].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    return {
        portfolio: request.portfolio,
        projects: sorted.slice(0, MAX_BENEFIT_PROJECTS).map((r) => ({
            sys_id: r.sysId,
            number: r.number,
            short_description: r.shortDescription,
            portfolio:
                r.portfolio !== ''
                    ? { sys_id: r.portfolio, name: r.portfolioName }
                    : request.portfolio === null
                      ? null
                      : { sys_id: request.portfolio, name: '' },
        })),
        truncated: truncated || sorted.length > MAX_BENEFIT_PROJECTS,
    }
}

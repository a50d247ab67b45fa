/**
 * The benefits REST API (src/fluent/rest-apis/benefits.now.ts): GET /api/x_itvc_value/v1/benefits/summary,
 * POST /api/x_itvc_value/v1/benefits/{sys_id}/actuals and POST /api/x_itvc_value/v1/benefits/{sys_id}/plan.
 * Everything is read and written as the caller (GlideRecordSecure); failures use the platform's error envelope.
 */
import { ServiceError } from '@servicenow/glide/sn_ws_err'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import type { Failure } from '../core/result.ts'
import { benefitProjectsView, MAX_BENEFIT_PROJECTS, parseBenefitProjectsRequest } from '../core/index.ts'
import { readBenefitConfig, todayUtc } from '../adapters/glide-benefit-config.ts'
import { readBenefitProjects } from '../adapters/glide-benefit-projects.ts'
import type { ScopeKind } from '../adapters/glide-benefit-summary.ts'
import { benefitFacts, findBenefit } from '../adapters/glide-benefits.ts'
import { amount, benefitSummary, planBenefit, recordBenefitActuals, savePlanFields } from './benefit-service.ts'

const SCOPES: readonly ScopeKind[] = ['project', 'demand', 'portfolio']

/**
 * GET /benefits/summary?project=<sys_id> (or demand= or portfolio=): totals, planned-vs-realised series per fiscal
 * period, realisation, variance and health in the functional currency, and the benefits. 400 without exactly one
 * scope, 404 when the record does not exist.
 */
export function getBenefitSummary(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const given = SCOPES.filter((kind) => param(request, kind) !== '')
    const kind = given[0]
    if (given.length !== 1 || !kind)
        return refuse(response, 400, 'Ask for exactly one of project=, demand= or portfolio=')
    const summary = benefitSummary(kind, param(request, kind), readBenefitConfig(), todayUtc())
    if (!summary) return refuse(response, 404, `No ${kind} ${param(request, kind)}`)
    response.setBody(summary as never)
}

/**
 * GET /benefits/projects?portfolio=<sys_id> (optional): the projects that have benefits the caller may read, for the
 * benefits view's picker: sys_id, number, short description and portfolio, by number; at most 500 (`truncated`).
 * 400 for a portfolio that is not a sys_id.
 */
export function getBenefitProjects(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const parsed = parseBenefitProjectsRequest(param(request, 'portfolio'))
    if (!parsed.ok) return refuseFailure(response, parsed.error)
    const rows = readBenefitProjects(parsed.value.portfolio)
    response.setBody(benefitProjectsView(parsed.value, rows, rows.length > MAX_BENEFIT_PROJECTS) as never)
}

/**
 * POST /benefits/{sys_id}/actuals with { actuals: [{ period, realised, evidence? }] }: records realised amounts
 * (idempotent per benefit and period). 400 for an invalid request (nothing is written), 403 when the caller may not
 * record them (benefit owners: their own benefits only), 404 for an unknown benefit.
 */
export function postBenefitActuals(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const id = String(request.pathParams['sys_id'] ?? '')
    const recorded = recordBenefitActuals(id, bodyOf(request), readBenefitConfig())
    if (!recorded.ok) return refuseFailure(response, recorded.error)
    response.setBody({ benefit: benefitOf(id), periods: recorded.value } as never)
}

/**
 * POST /benefits/{sys_id}/plan with optional { planned_total, start_date, end_date, granularity }: saves the given
 * values on the benefit, then generates its periods ("Generate periods"). Measured periods are never touched.
 */
export function postBenefitPlan(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const id = String(request.pathParams['sys_id'] ?? '')
    const config = readBenefitConfig()
    const saved = savePlanFields(id, bodyOf(request), config)
    if (!saved.ok) return refuseFailure(response, saved.error)
    const planned = planBenefit(id, config)
    if (!planned.ok) return refuseFailure(response, planned.error)
    const { created, updated, removed, kept } = planned.value
    response.setBody({ benefit: benefitOf(id), created, updated, removed, kept } as never)
}

/** The benefit as the write routes answer with it (after the rules refreshed it). */
function benefitOf(sysId: string): object | null {
    const record = findBenefit(sysId, true)
    if (!record) return null
    const facts = benefitFacts(record)
    const number = (column: string): number | null => {
        const value = record.getValue(column)
        return value === null || value === '' ? null : Number(value)
    }
    return {
        sys_id: sysId,
        number: facts.number,
        state: facts.state,
        currency: facts.currency,
        planned_total: amount(facts.plannedTotal),
        realised_total: number('realised_total'),
        planned_to_date: number('planned_to_date'),
        realisation_pct: number('realisation_pct'),
        variance: number('variance'),
    }
}

/** The parsed JSON body; `undefined` when the request has none (reading an empty body may throw on an instance). */
function bodyOf(request: RESTAPIRequest): unknown {
    try {
        return request.body?.data
    } catch {
        return undefined
    }
}

/** The first value of a query parameter ('' when absent). */
function param(request: RESTAPIRequest, name: string): string {
    const value: unknown = request.queryParams?.[name]
    const first: unknown = Array.isArray(value) ? value[0] : value
    return typeof first === 'string' ? first.trim() : ''
}

const STATUS: Readonly<Record<string, number>> = {
    'BENEFIT.NOT_FOUND': 404,
    'ACL.DENIED': 403,
    'BENEFIT.WRITE_FAILED': 500,
}

function refuseFailure(response: RESTAPIResponse, failure: Failure): void {
    const where = failure.field ? ` (${failure.field})` : ''
    refuse(response, STATUS[failure.code] ?? 400, failure.message, `${failure.code}${where}`)
}

/** Answers with the platform's error envelope. */
function refuse(response: RESTAPIResponse, status: number, message: string, detail = ''): void {
    const error = new ServiceError()
    error.setStatus(status)
    error.setMessage(message)
    if (detail) error.setDetail(detail)
    response.setError(error)
}

import { ServiceError } from '@servicenow/glide/sn_ws_err'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { parsePage } from '../core/index.ts'
import {
    canReadDemands,
    findModel,
    readDemandScore,
    readRankingPage,
    readScoreHistory,
} from '../adapters/glide-scoring-api.ts'

/**
 * GET /api/x_itvc_value/v1/demands/ranking?model=&limit=&offset= — a page of a model's ranked demands (score, WSJF,
 * RICE, ranking value, status, override, breakdown), best first. `model` is a sys_id or a name (default: the active
 * default model); `limit` 1–100 (default 20), `offset` from 0. 400 for bad paging, 403 without read access to
 * demands, 404 for an unknown model.
 */
export function getDemandRanking(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const page = parsePage(param(request, 'limit'), param(request, 'offset'))
    if (!page.ok) return refuse(response, 400, page.error.message)
    if (!canReadDemands()) return refuse(response, 403, 'You may not read demands (it needs a demand or project role)')
    const ref = param(request, 'model')
    const model = findModel(ref)
    if (!model) return refuse(response, 404, ref ? `No scoring model "${ref}"` : 'No active default scoring model')
    const { total, demands } = readRankingPage(model.sys_id, page.value)
    response.setBody({ model, total, limit: page.value.limit, offset: page.value.offset, demands } as never)
}

/**
 * GET /api/x_itvc_value/v1/demands/{sys_id}/score — a demand's score with its breakdown, model and history (newest
 * first). 404 when the demand does not exist or the caller may not read it.
 */
export function getDemandScore(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const id = String(request.pathParams['sys_id'] ?? '')
    const found = readDemandScore(id)
    if (!found) return refuse(response, 404, `No demand ${id} that you may read`)
    response.setBody({ ...found.demand, model: found.model, history: readScoreHistory(id) } as never)
}

/** The first value of a query parameter ('' when absent). */
function param(request: RESTAPIRequest, name: string): string {
    const value: unknown = request.queryParams?.[name]
    const first: unknown = Array.isArray(value) ? value[0] : value
    return typeof first === 'string' ? first.trim() : ''
}

/** Answers with the platform's error envelope. */
function refuse(response: RESTAPIResponse, status: number, message: string): void {
    const error = new ServiceError()
    error.setStatus(status)
    error.setMessage(message)
    response.setError(error)
}

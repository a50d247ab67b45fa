/**
 * The scorecard REST API, /api/x_itvc_value/v1/scorecard (README "The value scorecard": shapes and examples).
 * Reads use the caller's ACLs; 400 carries the failure code as `detail`.
 */
import { gs } from '@servicenow/glide'
import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import {
    parseRollupRequest,
    parseScorecardRequest,
    parseTrendRequest,
    runView,
    scorecardView,
    trendView,
} from '../core/index.ts'
import {
    pathParam,
    queryParams,
    readCatalogSecure,
    readScorecard,
    readTrend,
    refuse,
    requestBody,
} from '../adapters/glide-scorecard-api.ts'
import { readScorecardConfig, today } from '../adapters/glide-scorecard-config.ts'
import { insertRun, readRun } from '../adapters/glide-scorecard-store.ts'

/**
 * GET /scorecard?period=FY2027-Q1&dimension=all&key=&history=8 — a scorecard by perspective, each value with the
 * records behind it and its last periods (`history`, as the trend route's points), and the functional currency; 404
 * before it is rolled up.
 */
export function getScorecard(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const config = readScorecardConfig()
    const parsed = parseScorecardRequest(queryParams(request), today(), config.fiscal)
    if (!parsed.ok) return refuse(response, 400, parsed.error)
    const { period, dimension, key } = parsed.value
    const metrics = readCatalogSecure()
    const history = parsed.value.history.map((p) => p.label)
    const found = readScorecard(period.label, dimension, key, metrics, history)
    if (key !== null && !found.scorecard) {
        return refuse(
            response,
            404,
            `No ${dimension} scorecard${key ? ` for ${key}` : ''} in ${period.label} yet: it has not been rolled up`
        )
    }
    response.setBody(scorecardView(parsed.value, found.scorecard, found.keys, metrics, config, found.history) as never)
}

/** GET /scorecard/trend?metric=&period_type=month&periods=12&dimension=&key=&to= — one metric over periods. */
export function getScorecardTrend(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const config = readScorecardConfig()
    const parsed = parseTrendRequest(queryParams(request), today(), config.fiscal)
    if (!parsed.ok) return refuse(response, 400, parsed.error)
    const { metric: key, periods, dimension } = parsed.value
    const metric = readCatalogSecure().find((m) => m.key === key)
    if (!metric) return refuse(response, 404, `No metric "${key}" in the catalog`)
    const found = readTrend(
        periods.map((p) => p.label),
        dimension,
        parsed.value.key,
        metric
    )
    response.setBody(trendView(parsed.value, metric, found, config) as never)
}

/** POST /scorecard/rollups {from, to, period_types, dimensions} — queues a back-fill: 202 with the run. */
export function postScorecardRollup(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const config = readScorecardConfig()
    const parsed = parseRollupRequest(requestBody(request), config.fiscal, config.settings.maxBackfillPeriods)
    if (!parsed.ok) return refuse(response, 400, parsed.error)
    const { from, to, periods, dimensions } = parsed.value
    const labels = periods.map((p) => p.label)
    const run = {
        kind: 'backfill' as const,
        from,
        to,
        periods: labels,
        dimensions,
        asOf: today(),
        requestedBy: gs.getUserID(),
    }
    const inserted = insertRun(run, true)
    if (!inserted) return refuse(response, 403, 'You may not start a scorecard roll-up')
    response.setStatus(202)
    response.setHeader('Location', `/api/x_itvc_value/v1/scorecard/rollups/${inserted.run.sysId}`)
    response.setBody(runView(inserted.run, inserted.requestedBy) as never)
}

/** GET /scorecard/rollups/{id} — a run's progress; 404 when there is none the caller may read. */
export function getScorecardRollup(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const id = pathParam(request, 'id')
    const found = readRun(id, true)
    if (!found) return refuse(response, 404, `No scorecard roll-up run ${id}`)
    response.setBody(runView(found.run, found.requestedBy) as never)
}

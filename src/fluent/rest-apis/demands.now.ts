import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import { getDemandRanking, getDemandScore } from '../../server/entry/scoring-rest.ts'
import { demandScoreApiAcl, demandsRankingApiAcl } from '../security/scoring-acls.now.ts'

/** The demands API (README "Demand value scoring"): read-only, every route with its own REST_Endpoint ACL. */
export const demandsApi = RestApi({
    $id: Now.ID['rest.demands'],
    name: 'IT Value demands API',
    serviceId: 'demands',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [demandsRankingApiAcl],
    versions: [{ $id: Now.ID['rest.demands.v1'], version: 1, isDefault: true }],
    routes: [
        {
            $id: Now.ID['rest.demands.ranking'],
            name: 'ranking',
            method: 'GET',
            path: '/ranking',
            version: 1,
            script: getDemandRanking,
            authentication: true,
            authorization: true,
            enforceAcl: [demandsRankingApiAcl],
            parameters: [
                {
                    $id: Now.ID['rest.demands.ranking.model'],
                    name: 'model',
                    shortDescription: 'Scoring model sys_id or name (default: the active default model)',
                },
                { $id: Now.ID['rest.demands.ranking.limit'], name: 'limit', shortDescription: '1–100, default 20' },
                { $id: Now.ID['rest.demands.ranking.offset'], name: 'offset', shortDescription: 'From 0, default 0' },
            ],
        },
        {
            $id: Now.ID['rest.demands.score'],
            name: 'score',
            method: 'GET',
            path: '/{sys_id}/score',
            version: 1,
            script: getDemandScore,
            authentication: true,
            authorization: true,
            enforceAcl: [demandScoreApiAcl],
        },
    ],
})

import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import {
    getScorecard,
    getScorecardRollup,
    getScorecardTrend,
    postScorecardRollup,
} from '../../server/entry/scorecard-rest.ts'
import { scorecardApiReadAcl, scorecardApiRollupAcl } from '../security/scorecard-acls.now.ts'

/** The value scorecard API (README "The value scorecard"): every route with its own REST_Endpoint ACL. */
export const scorecardApi = RestApi({
    $id: Now.ID['rest.scorecard'],
    name: 'IT Value scorecard API',
    serviceId: 'scorecard',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [scorecardApiReadAcl],
    versions: [{ $id: Now.ID['rest.scorecard.v1'], version: 1, isDefault: true }],
    routes: [
        {
            $id: Now.ID['rest.scorecard.get'],
            name: 'scorecard',
            method: 'GET',
            path: '/',
            version: 1,
            script: getScorecard,
            authentication: true,
            authorization: true,
            enforceAcl: [scorecardApiReadAcl],
            parameters: [
                {
                    $id: Now.ID['rest.scorecard.get.period'],
                    name: 'period',
                    shortDescription: 'FY2027, FY2027-Q1 or FY2027-M01 (default: the current fiscal quarter)',
                },
                {
                    $id: Now.ID['rest.scorecard.get.dimension'],
                    name: 'dimension',
                    shortDescription: 'all (default), portfolio, business_service or value_category',
                },
                {
                    $id: Now.ID['rest.scorecard.get.key'],
                    name: 'key',
                    shortDescription: 'The portfolio or service sys_id, or the value category (not for all)',
                },
                {
                    $id: Now.ID['rest.scorecard.get.history'],
                    name: 'history',
                    shortDescription:
                        'Periods of history per metric, ending with the period: 0–24, default 8 (0: none)',
                },
            ],
        },
        {
            $id: Now.ID['rest.scorecard.trend'],
            name: 'trend',
            method: 'GET',
            path: '/trend',
            version: 1,
            script: getScorecardTrend,
            authentication: true,
            authorization: true,
            enforceAcl: [scorecardApiReadAcl],
            parameters: [
                {
                    $id: Now.ID['rest.scorecard.trend.metric'],
                    name: 'metric',
                    shortDescription: 'Metric key (required)',
                },
                {
                    $id: Now.ID['rest.scorecard.trend.period_type'],
                    name: 'period_type',
                    shortDescription: 'month (default), quarter or year',
                },
                { $id: Now.ID['rest.scorecard.trend.periods'], name: 'periods', shortDescription: '1–60, default 12' },
                {
                    $id: Now.ID['rest.scorecard.trend.to'],
                    name: 'to',
                    shortDescription: 'Last period label (default: the current one)',
                },
                {
                    $id: Now.ID['rest.scorecard.trend.dimension'],
                    name: 'dimension',
                    shortDescription: 'all (default), portfolio, business_service or value_category',
                },
                { $id: Now.ID['rest.scorecard.trend.key'], name: 'key', shortDescription: 'Required unless all' },
            ],
        },
        {
            $id: Now.ID['rest.scorecard.rollups.post'],
            name: 'start roll-up',
            method: 'POST',
            path: '/rollups',
            version: 1,
            script: postScorecardRollup,
            authentication: true,
            authorization: true,
            enforceAcl: [scorecardApiRollupAcl],
        },
        {
            $id: Now.ID['rest.scorecard.rollups.get'],
            name: 'roll-up progress',
            method: 'GET',
            path: '/rollups/{id}',
            version: 1,
            script: getScorecardRollup,
            authentication: true,
            authorization: true,
            enforceAcl: [scorecardApiRollupAcl],
        },
    ],
})

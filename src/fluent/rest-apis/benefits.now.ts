import '@servicenow/sdk/global'
import { RestApi } from '@servicenow/sdk/core'
import {
    getBenefitProjects,
    getBenefitSummary,
    postBenefitActuals,
    postBenefitPlan,
} from '../../server/entry/benefits-rest.ts'
import {
    benefitsApiActuals,
    benefitsApiPlan,
    benefitsApiProjects,
    benefitsApiRead,
} from '../security/benefit-acls.now.ts'

/**
 * The benefits API (README "Benefit tracking"): every route authenticated, ACL-authorised and with its own
 * REST_Endpoint ACL; the write routes use stricter ones, and the records are read and written as the caller.
 */
export const benefitsApi = RestApi({
    $id: Now.ID['rest.benefits'],
    name: 'IT Value benefits API',
    serviceId: 'benefits',
    consumes: 'application/json',
    produces: 'application/json',
    enforceAcl: [benefitsApiRead],
    versions: [{ $id: Now.ID['rest.benefits.v1'], version: 1, isDefault: true }],
    routes: [
        {
            $id: Now.ID['rest.benefits.summary'],
            name: 'summary',
            method: 'GET',
            path: '/summary',
            version: 1,
            script: getBenefitSummary,
            authentication: true,
            authorization: true,
            enforceAcl: [benefitsApiRead],
            parameters: [
                {
                    $id: Now.ID['rest.benefits.summary.project'],
                    name: 'project',
                    shortDescription: 'pm_project sys_id',
                },
                { $id: Now.ID['rest.benefits.summary.demand'], name: 'demand', shortDescription: 'dmn_demand sys_id' },
                {
                    $id: Now.ID['rest.benefits.summary.portfolio'],
                    name: 'portfolio',
                    shortDescription: 'pm_portfolio sys_id (its projects and not yet converted demands)',
                },
            ],
        },
        {
            $id: Now.ID['rest.benefits.projects'],
            name: 'projects',
            method: 'GET',
            path: '/projects',
            version: 1,
            script: getBenefitProjects,
            authentication: true,
            authorization: true,
            enforceAcl: [benefitsApiProjects],
            parameters: [
                {
                    $id: Now.ID['rest.benefits.projects.portfolio'],
                    name: 'portfolio',
                    shortDescription: 'pm_portfolio sys_id (optional: the projects of one portfolio)',
                },
            ],
        },
        {
            $id: Now.ID['rest.benefits.actuals'],
            name: 'actuals',
            method: 'POST',
            path: '/{sys_id}/actuals',
            version: 1,
            script: postBenefitActuals,
            authentication: true,
            authorization: true,
            enforceAcl: [benefitsApiActuals],
            requestExample:
                '{ "actuals": [{ "period": "FY2026-M03", "realised": "1250.00", "evidence": "Finance report" }] }',
        },
        {
            $id: Now.ID['rest.benefits.plan'],
            name: 'plan',
            method: 'POST',
            path: '/{sys_id}/plan',
            version: 1,
            script: postBenefitPlan,
            authentication: true,
            authorization: true,
            enforceAcl: [benefitsApiPlan],
            requestExample:
                '{ "planned_total": "120000.00", "start_date": "2026-01-01", "end_date": "2026-12-31", "granularity": "month" }',
        },
    ],
})

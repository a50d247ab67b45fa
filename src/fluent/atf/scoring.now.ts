import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { admin, assessor, viewer } from '../security/roles.now.ts'

/**
 * On-instance proof of demand value scoring (README "Demand value scoring"): the rating rules score a demand and
 * refuse a rating outside its range, the criterion rules refuse a weight of 0 and queue a re-score, the rating
 * ACLs and the score history's (an audit trail no app role may touch) under impersonation. Each test builds its own
 * model, so it does not depend on the demo templates.
 */
export const ratingScoresDemandTest = Test(
    {
        $id: Now.ID['atf.scoring.rating'],
        name: 'IT Value: a rating scores its demand; a rating outside its range is refused',
        description:
            'Creates a weighted model with "ATF value" (weight 3, 1–10, benefit) and "ATF effort" (weight 1, 1–10, cost) and a demand scored with it, rates ATF value 10 and asserts score 75, status partial and a rating history row (insert path); updates the rating to 1 and asserts score 0 (update path); then asserts a rating of 11 for ATF effort is not inserted and the score stays 0.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const model = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.rating.model'],
            table: 'x_itvc_value_scoring_model',
            fieldValues: { name: 'ATF scoring model (rating)', method: 'weighted', active: true, is_default: false },
            enforceSecurity: false,
        })
        const value = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.rating.value'],
            table: 'x_itvc_value_criterion',
            fieldValues: {
                model: model.record_id,
                name: 'ATF value',
                key: 'atf_value',
                weight: 3,
                direction: 'benefit',
                min_value: 1,
                max_value: 10,
                order: 100,
                formula_role: 'none',
            },
            enforceSecurity: false,
        })
        const effort = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.rating.effort'],
            table: 'x_itvc_value_criterion',
            fieldValues: {
                model: model.record_id,
                name: 'ATF effort',
                key: 'atf_effort',
                weight: 1,
                direction: 'cost',
                min_value: 1,
                max_value: 10,
                order: 200,
                formula_role: 'none',
            },
            enforceSecurity: false,
        })
        const demand = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.rating.demand'],
            table: 'dmn_demand',
            fieldValues: {
                short_description: 'ATF IT Value: scoring demand',
                category: 'strategic',
                type: 'project',
                x_itvc_value_model: model.record_id,
            },
            enforceSecurity: false,
        })
        const rating = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.rating.rate'],
            table: 'x_itvc_value_rating',
            fieldValues: { demand: demand.record_id, criterion: value.record_id, value: 10 },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.rating.validate_insert'],
            table: 'dmn_demand',
            recordId: demand.record_id,
            fieldValues: 'x_itvc_value_score=75^x_itvc_value_score_status=partial^x_itvc_value_ranking_value=75',
            enforceSecurity: false,
        })
        atf.server.recordQuery({
            $id: Now.ID['atf.scoring.rating.history'],
            table: 'x_itvc_value_score_history',
            fieldValues: `demand=${demand.record_id}^reason=rating^new_score=75`,
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scoring.rating.update'],
            table: 'x_itvc_value_rating',
            recordId: rating.record_id,
            fieldValues: { value: 1 },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.rating.validate_update'],
            table: 'dmn_demand',
            recordId: demand.record_id,
            fieldValues: 'x_itvc_value_score=0^x_itvc_value_score_status=partial',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scoring.rating.out_of_range'],
            table: 'x_itvc_value_rating',
            fieldValues: { demand: demand.record_id, criterion: effort.record_id, value: 11 },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.rating.validate_unchanged'],
            table: 'dmn_demand',
            recordId: demand.record_id,
            fieldValues: 'x_itvc_value_score=0^x_itvc_value_score_status=partial',
            enforceSecurity: false,
        })
    }
)

export const criterionEditTest = Test(
    {
        $id: Now.ID['atf.scoring.criterion'],
        name: 'IT Value: a weight of 0 is refused; a weight edit bumps the model version and queues a re-score',
        description:
            'Creates a weighted model and one criterion (model version 2 after the criterion insert), asserts that setting its weight to 0 is not saved and the version stays 2 (refusal side), then sets the weight to 5 and asserts version 3 with the re-score queued for the job (model_change) while the saving transaction re-scored nothing.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const model = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.criterion.model'],
            table: 'x_itvc_value_scoring_model',
            fieldValues: { name: 'ATF scoring model (criterion)', method: 'weighted', active: true, is_default: false },
            enforceSecurity: false,
        })
        const criterion = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.criterion.insert'],
            table: 'x_itvc_value_criterion',
            fieldValues: {
                model: model.record_id,
                name: 'ATF impact',
                key: 'atf_impact',
                weight: 2,
                direction: 'benefit',
                min_value: 1,
                max_value: 10,
            },
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scoring.criterion.zero'],
            table: 'x_itvc_value_criterion',
            recordId: criterion.record_id,
            fieldValues: { weight: 0 },
            assert: 'record_not_updated',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.criterion.validate_refused'],
            table: 'x_itvc_value_scoring_model',
            recordId: model.record_id,
            fieldValues: 'version=2',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scoring.criterion.edit'],
            table: 'x_itvc_value_criterion',
            recordId: criterion.record_id,
            fieldValues: { weight: 5 },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.criterion.validate_queued'],
            table: 'x_itvc_value_scoring_model',
            recordId: model.record_id,
            fieldValues: 'version=3^rescore_pending=true^rescore_reason=model_change',
            enforceSecurity: false,
        })
    }
)

export const ratingAclTest = Test(
    {
        $id: Now.ID['atf.scoring.acls'],
        name: 'IT Value: assessors enter ratings, viewers cannot',
        description:
            'Creates a model, a criterion and a demand, impersonates a new user with only the viewer role and asserts a rating insert under ACLs is refused (create ACL holds); then impersonates a new assessor and asserts the same insert succeeds and the rating is theirs (create ACL passes, Rated by defaults to the user).',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const model = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.acls.model'],
            table: 'x_itvc_value_scoring_model',
            fieldValues: { name: 'ATF scoring model (ACLs)', method: 'weighted', active: true, is_default: false },
            enforceSecurity: false,
        })
        const criterion = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.acls.criterion'],
            table: 'x_itvc_value_criterion',
            fieldValues: {
                model: model.record_id,
                name: 'ATF fit',
                key: 'atf_fit',
                weight: 1,
                min_value: 1,
                max_value: 5,
            },
            enforceSecurity: false,
        })
        const demand = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.acls.demand'],
            table: 'dmn_demand',
            fieldValues: {
                short_description: 'ATF IT Value: rating ACLs',
                category: 'strategic',
                type: 'project',
                x_itvc_value_model: model.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf.scoring.acls.viewer'],
            firstName: 'ATF',
            lastName: 'Value viewer',
            roles: [viewer],
            impersonate: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scoring.acls.viewer_denied'],
            table: 'x_itvc_value_rating',
            fieldValues: { demand: demand.record_id, criterion: criterion.record_id, value: 3 },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })
        const user = atf.server.createUser({
            $id: Now.ID['atf.scoring.acls.assessor'],
            firstName: 'ATF',
            lastName: 'Demand assessor',
            roles: [assessor],
            impersonate: true,
        })
        const rating = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.acls.assessor_allowed'],
            table: 'x_itvc_value_rating',
            fieldValues: { demand: demand.record_id, criterion: criterion.record_id, value: 3 },
            enforceSecurity: true,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.acls.validate'],
            table: 'x_itvc_value_rating',
            recordId: rating.record_id,
            fieldValues: `assessor=${user.user}^value=3`,
            enforceSecurity: false,
        })
    }
)

export const scoreHistoryAclTest = Test(
    {
        $id: Now.ID['atf.scoring.history_acls'],
        name: "IT Value: score history is the app's audit trail; not even the app admin edits it",
        description:
            'Creates a model with one criterion and a demand scored with it, and rates the demand as the system (the rating rule writes a history row). Impersonates a new user with the app admin role (x_itvc_value.admin) and asserts under ACLs that a history row cannot be inserted, that the existing one cannot be changed or deleted (create, write and delete ACLs name only the platform admin), and that it is still there, unchanged and readable.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const model = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.history_acls.model'],
            table: 'x_itvc_value_scoring_model',
            fieldValues: { name: 'ATF scoring model (history)', method: 'weighted', active: true, is_default: false },
            enforceSecurity: false,
        })
        const criterion = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.history_acls.criterion'],
            table: 'x_itvc_value_criterion',
            fieldValues: {
                model: model.record_id,
                name: 'ATF reach',
                key: 'atf_reach',
                weight: 1,
                min_value: 1,
                max_value: 5,
            },
            enforceSecurity: false,
        })
        const demand = atf.server.recordInsert({
            $id: Now.ID['atf.scoring.history_acls.demand'],
            table: 'dmn_demand',
            fieldValues: {
                short_description: 'ATF IT Value: score history ACLs',
                category: 'strategic',
                type: 'project',
                x_itvc_value_model: model.record_id,
            },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scoring.history_acls.rate'],
            table: 'x_itvc_value_rating',
            fieldValues: { demand: demand.record_id, criterion: criterion.record_id, value: 5 },
            enforceSecurity: false,
        })
        const history = atf.server.recordQuery({
            $id: Now.ID['atf.scoring.history_acls.history'],
            table: 'x_itvc_value_score_history',
            fieldValues: `demand=${demand.record_id}^reason=rating^new_score=100`,
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf.scoring.history_acls.app_admin'],
            firstName: 'ATF',
            lastName: 'Value app admin',
            roles: [admin],
            impersonate: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scoring.history_acls.insert_denied'],
            table: 'x_itvc_value_score_history',
            fieldValues: { demand: demand.record_id, reason: 'override', new_score: 1 },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scoring.history_acls.update_denied'],
            table: 'x_itvc_value_score_history',
            recordId: history.first_record,
            fieldValues: { new_score: 1 },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })
        atf.server.recordDelete({
            $id: Now.ID['atf.scoring.history_acls.delete_denied'],
            table: 'x_itvc_value_score_history',
            recordId: history.first_record,
            assert: 'record_not_deleted',
            enforceSecurity: true,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scoring.history_acls.unchanged'],
            table: 'x_itvc_value_score_history',
            recordId: history.first_record,
            fieldValues: 'reason=rating^new_score=100',
            enforceSecurity: true,
        })
    }
)

import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { admin, viewer } from '../security/roles.now.ts'

/**
 * On-instance proof of the value scorecard (README "The value scorecard"): the demand approval stamp's wiring and
 * the catalog's ACLs under impersonation. The roll-up itself is proven in the lab (test/lab/scorecard).
 */
export const demandApprovalTest = Test(
    {
        $id: Now.ID['atf.scorecard.demand_approval'],
        name: 'IT Value: approving a demand stamps its approval time and lead time',
        description:
            'Inserts a submitted demand and asserts it carries no approval stamp; sets it to Approved and asserts x_itvc_value_approved_at and x_itvc_value_lead_time_days are filled (the before rule runs on update).',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const demand = atf.server.recordInsert({
            $id: Now.ID['atf.scorecard.demand_approval.demand'],
            table: 'dmn_demand',
            fieldValues: {
                short_description: 'ATF IT Value: approve me',
                category: 'strategic',
                type: 'project',
                state: 2,
            },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scorecard.demand_approval.unstamped'],
            table: 'dmn_demand',
            recordId: demand.record_id,
            fieldValues: 'x_itvc_value_approved_atISEMPTY',
            enforceSecurity: false,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scorecard.demand_approval.approve'],
            table: 'dmn_demand',
            recordId: demand.record_id,
            fieldValues: { state: 8 },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.scorecard.demand_approval.stamped'],
            table: 'dmn_demand',
            recordId: demand.record_id,
            fieldValues: 'x_itvc_value_approved_atISNOTEMPTY^x_itvc_value_lead_time_daysISNOTEMPTY',
            enforceSecurity: false,
        })
    }
)

export const metricCatalogAclTest = Test(
    {
        $id: Now.ID['atf.scorecard.catalog_acls'],
        name: 'IT Value: only admins change the scorecard metric catalog',
        description:
            'Inserts a metric as the system, impersonates a new viewer and asserts changing its target is refused under ACLs; then impersonates a new IT Value admin and asserts the same update succeeds.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const metric = atf.server.recordInsert({
            $id: Now.ID['atf.scorecard.catalog_acls.metric'],
            table: 'x_itvc_value_metric',
            fieldValues: {
                key: 'atf_metric',
                name: 'ATF metric',
                perspective: 'customer',
                unit: 'count',
                direction: 'lower_better',
                target: 5,
                active: false,
            },
            enforceSecurity: false,
        })
        atf.server.createUser({
            $id: Now.ID['atf.scorecard.catalog_acls.viewer'],
            firstName: 'ATF',
            lastName: 'Scorecard viewer',
            roles: [viewer],
            impersonate: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scorecard.catalog_acls.viewer_denied'],
            table: 'x_itvc_value_metric',
            recordId: metric.record_id,
            fieldValues: { target: 7 },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })
        atf.server.createUser({
            $id: Now.ID['atf.scorecard.catalog_acls.admin'],
            firstName: 'ATF',
            lastName: 'Scorecard admin',
            roles: [admin],
            impersonate: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.scorecard.catalog_acls.admin_allowed'],
            table: 'x_itvc_value_metric',
            recordId: metric.record_id,
            fieldValues: { target: 7 },
            enforceSecurity: true,
        })
    }
)

import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { admin, viewer } from '../security/roles.now.ts'

/**
 * On-instance proof of the value scorecard (README "The value scorecard"): the demand approval stamp's wiring, the
 * catalog's ACLs under impersonation, and the GlideAggregate behaviour the roll-up's grouped reads rely on. The
 * roll-up itself is proven in the lab (test/lab/scorecard).
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

/**
 * The roll-up reads a source once per period grouped by service × category and averages as SUM / COUNT of the
 * column (src/server/core/scorecard/groups.ts): this needs the platform's COUNT of a field to count the field's
 * values within each group (not to add the field to the group-by, as it does without a groupBy).
 */
const GROUPED_READ_SCRIPT = `(function (outputs, steps, params, stepResult, assertEqual) {
    var f = 'x_itvc_value_outage_minutes'
    var agg = new GlideAggregate('incident')
    agg.addQuery('short_description', 'ATF IT Value: grouped read')
    agg.addAggregate('COUNT')
    agg.addAggregate('SUM', f)
    agg.addAggregate('COUNT', f)
    agg.groupBy('business_service')
    agg.groupBy('x_itvc_value_value_category')
    agg.query()
    var seen = {}
    var rows = 0
    while (agg.next()) {
        rows++
        seen[agg.getValue('x_itvc_value_value_category')] = {
            count: Number(agg.getAggregate('COUNT')),
            values: Number(agg.getAggregate('COUNT', f)),
            sum: Number(agg.getAggregate('SUM', f) || 0)
        }
    }
    var revenue = seen.revenue || {}
    var cost = seen.cost || {}
    assertEqual({ name: 'one row per service and category', shouldbe: 2, value: rows })
    assertEqual({ name: 'revenue: records', shouldbe: 2, value: revenue.count })
    assertEqual({ name: 'revenue: records with outage minutes', shouldbe: 1, value: revenue.values })
    assertEqual({ name: 'revenue: outage minutes', shouldbe: 90, value: revenue.sum })
    assertEqual({ name: 'cost: records', shouldbe: 1, value: cost.count })
    assertEqual({ name: 'cost: records with outage minutes', shouldbe: 0, value: cost.values })
    return true
})(outputs, steps, params, stepResult, assertEqual)`

export const groupedReadTest = Test(
    {
        $id: Now.ID['atf.scorecard.grouped_read'],
        name: "IT Value: the roll-up's grouped read counts a column's values per group",
        description:
            'Inserts a service and three open tagged incidents (revenue with 90 outage minutes, revenue and cost without), then runs the GlideAggregate the scorecard roll-up runs (COUNT, SUM and COUNT of outage minutes, grouped by service and value category) and asserts one row per category with the records, the records that have outage minutes and their sum: what the roll-up divides for mean time to restore.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const service = atf.server.recordInsert({
            $id: Now.ID['atf.scorecard.grouped_read.service'],
            table: 'cmdb_ci_service',
            fieldValues: { name: 'ATF IT Value grouped read' },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scorecard.grouped_read.revenue_timed'],
            table: 'incident',
            fieldValues: {
                short_description: 'ATF IT Value: grouped read',
                state: 1,
                business_service: service.record_id,
                x_itvc_value_value_category: 'revenue',
                x_itvc_value_outage_minutes: 90,
            },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scorecard.grouped_read.revenue_untimed'],
            table: 'incident',
            fieldValues: {
                short_description: 'ATF IT Value: grouped read',
                state: 1,
                business_service: service.record_id,
                x_itvc_value_value_category: 'revenue',
            },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scorecard.grouped_read.cost_untimed'],
            table: 'incident',
            fieldValues: {
                short_description: 'ATF IT Value: grouped read',
                state: 1,
                business_service: service.record_id,
                x_itvc_value_value_category: 'cost',
            },
            enforceSecurity: false,
        })
        atf.server.runServerSideScript({
            $id: Now.ID['atf.scorecard.grouped_read.aggregate'],
            jasmineVersion: '3.1',
            script: GROUPED_READ_SCRIPT,
        })
    }
)

import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { benefitOwner } from '../security/roles.now.ts'

/**
 * On-instance proof of benefit tracking (README "Benefit tracking"): the period rules' wiring (dates from the label,
 * conversion at the rate effective at the period start, the benefit refreshed), their refusals, and the owner-only
 * write ACL under impersonation (its `javascript:gs.getUserID()` condition is what the lab only emulates). The
 * figures assume the shipped fiscal properties (calendar months, year starting in January) and functional currency
 * USD; XTS is the ISO 4217 code reserved for testing, so no real rate is disturbed.
 */
export const periodRulesTest = Test(
    {
        $id: Now.ID['atf.benefits.period_rules'],
        name: 'IT Value: benefit periods are derived, converted and checked',
        description:
            'Inserts an XTS rate of 1.5 and an XTS benefit for 2030, then a period FY2030-M02 planned at 100: asserts its dates, the 150.00 functional amount with the rate date, and the benefit refreshed to planned 100 (state planned). Then asserts that a negative planned amount and a period outside 2030 are not inserted.',
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        atf.server.recordInsert({
            $id: Now.ID['atf.benefits.period_rules.rate'],
            table: 'x_itvc_value_exchange_rate',
            fieldValues: { currency: 'XTS', rate: 1.5, effective_date: '2000-01-01' },
            enforceSecurity: false,
        })
        const benefit = atf.server.recordInsert({
            $id: Now.ID['atf.benefits.period_rules.benefit'],
            table: 'x_itvc_value_benefit',
            fieldValues: {
                short_description: 'ATF IT Value: benefit in XTS',
                type: 'cost_saving',
                currency: 'XTS',
                start_date: '2030-01-01',
                end_date: '2030-12-31',
            },
            enforceSecurity: false,
        })
        const period = atf.server.recordInsert({
            $id: Now.ID['atf.benefits.period_rules.period'],
            table: 'x_itvc_value_benefit_period',
            fieldValues: { benefit: benefit.record_id, period_label: 'fy2030-m02', planned_amount: 100 },
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.benefits.period_rules.validate_period'],
            table: 'x_itvc_value_benefit_period',
            recordId: period.record_id,
            fieldValues:
                'period_label=FY2030-M02^period_start=2030-02-01^period_end=2030-02-28^planned_functional=150^rate_date=2000-01-01',
            enforceSecurity: false,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.benefits.period_rules.validate_benefit'],
            table: 'x_itvc_value_benefit',
            recordId: benefit.record_id,
            fieldValues: 'planned_total=100^state=planned^perspective=financial',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.benefits.period_rules.negative'],
            table: 'x_itvc_value_benefit_period',
            fieldValues: { benefit: benefit.record_id, period_label: 'FY2030-M03', planned_amount: -5 },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.benefits.period_rules.out_of_range'],
            table: 'x_itvc_value_benefit_period',
            fieldValues: { benefit: benefit.record_id, period_label: 'FY2031-M01', planned_amount: 5 },
            assert: 'record_not_inserted',
            enforceSecurity: false,
        })
    }
)

export const ownerAclTest = Test(
    {
        $id: Now.ID['atf.benefits.owner_acl'],
        name: 'IT Value: benefit owners record actuals on their own benefits only',
        description:
            "Creates a benefit owner and two benefits with a period each, one owned by that user and one by nobody. Impersonating the owner: recording a realised amount on the own period succeeds and stamps measured by; on the other benefit's period it is refused; changing the own period's planned amount is refused (the plan is the portfolio owners').",
        active: true,
        failOnServerError: false,
    },
    (atf) => {
        const owner = atf.server.createUser({
            $id: Now.ID['atf.benefits.owner_acl.owner'],
            firstName: 'ATF',
            lastName: 'Benefit owner',
            roles: [benefitOwner],
            impersonate: false,
        })
        const own = atf.server.recordInsert({
            $id: Now.ID['atf.benefits.owner_acl.own_benefit'],
            table: 'x_itvc_value_benefit',
            fieldValues: {
                short_description: 'ATF IT Value: own benefit',
                type: 'productivity',
                owner: owner.user,
                start_date: '2030-01-01',
                end_date: '2030-12-31',
            },
            enforceSecurity: false,
        })
        const other = atf.server.recordInsert({
            $id: Now.ID['atf.benefits.owner_acl.other_benefit'],
            table: 'x_itvc_value_benefit',
            fieldValues: {
                short_description: 'ATF IT Value: somebody else’s benefit',
                type: 'productivity',
                start_date: '2030-01-01',
                end_date: '2030-12-31',
            },
            enforceSecurity: false,
        })
        const ownPeriod = atf.server.recordInsert({
            $id: Now.ID['atf.benefits.owner_acl.own_period'],
            table: 'x_itvc_value_benefit_period',
            fieldValues: { benefit: own.record_id, period_label: 'FY2030-M01', planned_amount: 100 },
            enforceSecurity: false,
        })
        const otherPeriod = atf.server.recordInsert({
            $id: Now.ID['atf.benefits.owner_acl.other_period'],
            table: 'x_itvc_value_benefit_period',
            fieldValues: { benefit: other.record_id, period_label: 'FY2030-M01', planned_amount: 100 },
            enforceSecurity: false,
        })
        atf.server.impersonate({ $id: Now.ID['atf.benefits.owner_acl.impersonate'], user: owner.user })
        atf.server.recordUpdate({
            $id: Now.ID['atf.benefits.owner_acl.own_allowed'],
            table: 'x_itvc_value_benefit_period',
            recordId: ownPeriod.record_id,
            fieldValues: { realised_amount: 50 },
            enforceSecurity: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.benefits.owner_acl.other_denied'],
            table: 'x_itvc_value_benefit_period',
            recordId: otherPeriod.record_id,
            fieldValues: { realised_amount: 50 },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf.benefits.owner_acl.plan_denied'],
            table: 'x_itvc_value_benefit_period',
            recordId: ownPeriod.record_id,
            fieldValues: { planned_amount: 1 },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })
        atf.server.recordValidation({
            $id: Now.ID['atf.benefits.owner_acl.validate'],
            table: 'x_itvc_value_benefit_period',
            recordId: ownPeriod.record_id,
            fieldValues: 'realised_amount=50^planned_amount=100^measured_byISNOTEMPTY',
            enforceSecurity: false,
        })
    }
)

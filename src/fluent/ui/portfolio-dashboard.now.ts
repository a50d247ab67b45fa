import '@servicenow/sdk/global'
import { Dashboard } from '@servicenow/sdk/core'

/**
 * A Platform Analytics dashboard for portfolio owners over the scorecard entries the roll-up writes
 * (x_itvc_value_scorecard_entry): reds of the quarter, status mix and reds by metric across portfolios. Widgets bind
 * to the table through `dataSources` as the SDK's workspace guide documents them; `componentProps` are untyped, so
 * the layout is checked on an instance before it is relied on (README "The scorecard page"). The React page
 * (x_itvc_value_scorecard.do) stays the primary view.
 */
export const portfolioOwnerDashboard = Dashboard({
    $id: Now.ID['dashboard.portfolio_owner'],
    name: 'IT Value Center: portfolio scorecard',
    description: 'Scorecard reds and status mix for portfolio owners (data: the nightly scorecard roll-up)',
    tabs: [
        {
            $id: Now.ID['dashboard.portfolio_owner.tab.scorecard'],
            name: 'Scorecard',
            widgets: [
                {
                    $id: Now.ID['dashboard.portfolio_owner.reds'],
                    component: 'single-score',
                    componentProps: {
                        headerTitle: 'Red metrics (all, quarters)',
                        dataSources: [
                            {
                                id: 'entries',
                                label: 'Scorecard entries',
                                sourceType: 'table',
                                tableOrViewName: 'x_itvc_value_scorecard_entry',
                                filterQuery: 'status=red^scorecard.dimension=all^scorecard.period_type=quarter',
                            },
                        ],
                        metrics: [
                            { id: 'count', dataSource: 'entries', aggregateFunction: 'COUNT', axisId: 'primary' },
                        ],
                    },
                    height: 14,
                    width: 14,
                    position: { x: 0, y: 0 },
                },
                {
                    $id: Now.ID['dashboard.portfolio_owner.status_mix'],
                    component: 'donut',
                    componentProps: {
                        headerTitle: 'Status mix (all, quarters)',
                        dataSources: [
                            {
                                id: 'entries',
                                label: 'Scorecard entries',
                                sourceType: 'table',
                                tableOrViewName: 'x_itvc_value_scorecard_entry',
                                filterQuery: 'scorecard.dimension=all^scorecard.period_type=quarter',
                            },
                        ],
                        metrics: [
                            { id: 'count', dataSource: 'entries', aggregateFunction: 'COUNT', axisId: 'primary' },
                        ],
                        groupBy: [
                            {
                                groupBy: [{ dataSource: 'entries', groupByField: 'status' }],
                                maxNumberOfGroups: 5,
                                showOthers: false,
                            },
                        ],
                    },
                    height: 14,
                    width: 17,
                    position: { x: 14, y: 0 },
                },
                {
                    $id: Now.ID['dashboard.portfolio_owner.reds_by_metric'],
                    component: 'vertical-bar',
                    componentProps: {
                        headerTitle: 'Reds by metric across portfolios (quarters)',
                        dataSources: [
                            {
                                id: 'entries',
                                label: 'Scorecard entries',
                                sourceType: 'table',
                                tableOrViewName: 'x_itvc_value_scorecard_entry',
                                filterQuery: 'status=red^scorecard.dimension=portfolio^scorecard.period_type=quarter',
                            },
                        ],
                        metrics: [
                            { id: 'count', dataSource: 'entries', aggregateFunction: 'COUNT', axisId: 'primary' },
                        ],
                        groupBy: [
                            {
                                groupBy: [{ dataSource: 'entries', groupByField: 'metric' }],
                                maxNumberOfGroups: 15,
                                showOthers: false,
                            },
                        ],
                        sortBy: 'value',
                    },
                    height: 14,
                    width: 17,
                    position: { x: 31, y: 0 },
                },
            ],
        },
    ],
    permissions: [
        {
            $id: Now.ID['dashboard.portfolio_owner.permission'],
            role: Now.ref('sys_user_role', { name: 'x_itvc_value.portfolio_owner' }),
            canRead: true,
            canWrite: false,
            canShare: false,
            owner: false,
        },
    ],
    visibilities: [],
})

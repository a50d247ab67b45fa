import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * What the scorecard page reads on an instance (README "The scorecard page"): the scorecard API names the
 * functional currency and, for each value, the records behind it (the lab emulates the REST stack; this runs the
 * platform's).
 */
export const scorecardRecordsTest = Test(
    {
        $id: Now.ID['atf.scorecard_page.records'],
        name: 'IT Value: the scorecard API names the currency and the records behind each value',
        description:
            'Inserts an all-dimension scorecard for FY2001-M01 with a P1/P2 incidents entry, then calls GET /api/x_itvc_value/v1/scorecard?period=FY2001-M01 and asserts a 200 whose JSON carries the functional currency and, for the entry, records on the incident table with the P1/P2 query of that month (basis count): the link the page puts on the value; and the history the sparkline draws, 8 months ending with FY2001-M01 (FY2000-M06 never rolled up: no value; FY2001-M01 with the value 2), in the same answer.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const metric = atf.server.recordQuery({
            $id: Now.ID['atf.scorecard_page.records.metric'],
            table: 'x_itvc_value_metric',
            fieldValues: 'key=p1_p2_incidents',
            assert: 'records_match_query',
            enforceSecurity: false,
        })
        const scorecard = atf.server.recordInsert({
            $id: Now.ID['atf.scorecard_page.records.scorecard'],
            table: 'x_itvc_value_snapshot',
            fieldValues: {
                period_label: 'FY2001-M01',
                period_type: 'month',
                dimension: 'all',
                dimension_label: 'All',
                computed_at: '2001-02-01 02:00:00',
            },
            enforceSecurity: false,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf.scorecard_page.records.entry'],
            table: 'x_itvc_value_scorecard_entry',
            fieldValues: {
                scorecard: scorecard.record_id,
                metric: metric.first_record,
                value: 2,
                status: 'no_target',
            },
            enforceSecurity: false,
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf.scorecard_page.records.request'],
            path: '/api/x_itvc_value/v1/scorecard',
            body: '',
            auth: 'basic',
            method: 'get',
            queryParameters: { period: 'FY2001-M01' },
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf.scorecard_page.records.status'],
            operation: 'equals',
            statusCode: 200,
        })
        atf.rest.assertResponseJSONPayloadIsValid({ $id: Now.ID['atf.scorecard_page.records.json'] })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf.scorecard_page.records.currency'],
            operation: 'contains',
            responseBody: '"currency":"',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf.scorecard_page.records.table'],
            operation: 'contains',
            responseBody: '"records":{"table":"incident"',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf.scorecard_page.records.query'],
            operation: 'contains',
            responseBody: '^priorityIN1,2^state!=8","basis":"count"}',
        })
        // the sparkline's history in the same answer (default 8 periods ending with the period): no trend call
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf.scorecard_page.records.history'],
            operation: 'contains',
            responseBody: '"history":[{"period":"FY2000-M06","start":"2000-06-01","end":"2000-06-30","value":null,',
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf.scorecard_page.records.history_value'],
            operation: 'contains',
            responseBody: '{"period":"FY2001-M01","start":"2001-01-01","end":"2001-01-31","value":2,',
        })
    }
)

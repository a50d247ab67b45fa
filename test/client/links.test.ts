import { describe, expect, it } from '@jest/globals'
import {
    benefitPeriodsRef,
    demandScoresRef,
    listUrl,
    metricRef,
    recordUrl,
    scorecardEntriesRef,
} from '../../src/client/services/links.ts'

describe('listUrl', () => {
    it('opens the list view of a table filtered by an encoded query', () => {
        expect(listUrl({ table: 'x_itvc_value_benefit', query: 'state=at_risk^project=abc' })).toBe(
            '/x_itvc_value_benefit_list.do?sysparm_query=state%3Dat_risk%5Eproject%3Dabc'
        )
    })

    it('opens the whole list without a query', () => {
        expect(listUrl({ table: 'x_itvc_value_metric', query: '' })).toBe('/x_itvc_value_metric_list.do')
    })
})

describe('recordUrl', () => {
    it('opens a record form', () => {
        expect(recordUrl('dmn_demand', 'a b')).toBe('/dmn_demand.do?sys_id=a%20b')
    })
})

describe('record references', () => {
    it('strip the ^ separator from values so a value cannot add query terms', () => {
        expect(metricRef('roi^active=false').query).toBe('key=roiactive=false')
    })

    it('name the scorecard entries of a metric, period and dimension key', () => {
        expect(scorecardEntriesRef('roi', 'FY2027-Q1', 'portfolio', 'p1')).toEqual({
            table: 'x_itvc_value_scorecard_entry',
            query: 'metric.key=roi^scorecard.period_label=FY2027-Q1^scorecard.dimension=portfolio^scorecard.dimension_key=p1',
        })
    })

    it('name the benefit periods of a project or a portfolio', () => {
        expect(benefitPeriodsRef('project', 'p', 'FY2027-M01').query).toBe('benefit.project=p^period_label=FY2027-M01')
        expect(demandScoresRef('d').table).toBe('x_itvc_value_score_history')
    })
})

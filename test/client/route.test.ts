import { describe, expect, it } from '@jest/globals'
import { DEFAULT_ROUTE, parseRoute, routeSearch, routeTitle } from '../../src/client/services/route.ts'

describe('parseRoute', () => {
    it('reads every part of the route', () => {
        expect(
            parseRoute(
                '?view=trend&period=fy2027-q1&dimension=portfolio&key=p1&metric=roi&model=m&scope=project&scope_id=x'
            )
        ).toEqual({
            view: 'trend',
            period: 'FY2027-Q1',
            periodType: '',
            dimension: 'portfolio',
            key: 'p1',
            metric: 'roi',
            model: 'm',
            scope: 'project',
            scopeId: 'x',
        })
    })

    it('falls back to the defaults for unknown or malformed values', () => {
        expect(parseRoute('?view=admin&period=2027&dimension=region&scope=world')).toEqual(DEFAULT_ROUTE)
        expect(parseRoute('')).toEqual(DEFAULT_ROUTE)
    })
})

describe('routeSearch', () => {
    it('keeps the trend period type', () => {
        expect(routeSearch({ ...DEFAULT_ROUTE, view: 'trend', periodType: 'quarter' })).toBe(
            '?view=trend&period_type=quarter'
        )
        expect(parseRoute('?period_type=quarter').periodType).toBe('quarter')
        expect(parseRoute('?period_type=week').periodType).toBe('')
    })

    it('leaves defaults out', () => {
        expect(routeSearch(DEFAULT_ROUTE)).toBe('')
        expect(routeSearch({ ...DEFAULT_ROUTE, view: 'trend', metric: 'roi' })).toBe('?view=trend&metric=roi')
    })

    it('drops the key of the all dimension', () => {
        expect(routeSearch({ ...DEFAULT_ROUTE, key: 'p1' })).toBe('')
        expect(routeSearch({ ...DEFAULT_ROUTE, dimension: 'portfolio', key: 'p1' })).toBe('?dimension=portfolio&key=p1')
    })

    it('round-trips through parseRoute', () => {
        const route = { ...DEFAULT_ROUTE, view: 'ranking' as const, period: 'FY2027-M03', model: 'Default' }
        expect(parseRoute(routeSearch(route))).toEqual(route)
    })
})

describe('routeTitle', () => {
    it('names the view', () => {
        expect(routeTitle({ ...DEFAULT_ROUTE, view: 'ranking' })).toBe('Demand ranking | IT Value Center')
    })
})

import { describe, expect, it } from '@jest/globals'
import type { BenefitProjectRow } from '../../../src/server/core/benefits/projects.ts'
import {
    benefitProjectsView,
    MAX_BENEFIT_PROJECTS,
    parseBenefitProjectsRequest,
} from '../../../src/server/core/benefits/projects.ts'

const PF = 'b47908dbb9f45ff21f480b09cea09804'
const row = (n: number, over: Partial<BenefitProjectRow> = {}): BenefitProjectRow => ({
    sysId: `p${n}`,
    number: `PRJ${String(n).padStart(7, '0')}`,
    shortDescription: `Project ${n}`,
    portfolio: PF,
    portfolioName: 'Growth',
    ...over,
})

describe('parseBenefitProjectsRequest', () => {
    it('takes no portfolio or a sys_id', () => {
        expect(parseBenefitProjectsRequest(undefined)).toEqual({ ok: true, value: { portfolio: null } })
        expect(parseBenefitProjectsRequest(` ${PF} `)).toEqual({ ok: true, value: { portfolio: PF } })
    })

    it.each(['growth', `${PF}^ORactive=true`, PF.toUpperCase(), '*'])('refuses %s naming the parameter', (bad) => {
        expect(parseBenefitProjectsRequest(bad)).toMatchObject({
            ok: false,
            error: { code: 'BENEFIT.PORTFOLIO_INVALID', field: 'portfolio' },
        })
    })
})

describe('benefitProjectsView', () => {
    it('lists each project once by number, those without a readable number after them by name', () => {
        const view = benefitProjectsView(
            { portfolio: null },
            [row(3), row(1), row(3), row(9, { number: '', shortDescription: 'Alpha', portfolio: '' })],
            false
        )
        expect(view.projects.map((p) => p.sys_id)).toEqual(['p1', 'p3', 'p9'])
        expect(view.projects[0]).toEqual({
            sys_id: 'p1',
            number: 'PRJ0000001',
            short_description: 'Project 1',
            portfolio: { sys_id: PF, name: 'Growth' },
        })
        expect(view.projects[2]?.portfolio).toBeNull()
        expect(view).toMatchObject({ portfolio: null, truncated: false })
    })

    it('puts a project without a readable portfolio in the portfolio asked for', () => {
        const view = benefitProjectsView({ portfolio: PF }, [row(2, { portfolio: '', portfolioName: '' })], false)
        expect(view.projects[0]?.portfolio).toEqual({ sys_id: PF, name: '' })
    })

    it('keeps at most the bound and says so', () => {
        const rows = Array.from({ length: MAX_BENEFIT_PROJECTS + 1 }, (_, i) => row(i))
        const view = benefitProjectsView({ portfolio: null }, rows, false)
        expect(view.projects).toHaveLength(MAX_BENEFIT_PROJECTS)
        expect(view.truncated).toBe(true)
        expect(benefitProjectsView({ portfolio: null }, [row(1)], true).truncated).toBe(true)
    })
})

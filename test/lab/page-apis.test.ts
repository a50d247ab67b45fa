/**
 * What the scorecard page reads besides the scorecard (README "The scorecard page"): the projects of the benefits
 * view's picker (`GET /benefits/projects`) and the demands' state in the ranking, on the demo data.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { GlideRecord } from '../../scripts/lab/glide/index.ts'
import { call, servedAppLab } from './app-lab.ts'

let running: RunningLab
const PROJECTS = '/api/x_itvc_value/v1/benefits/projects'

interface ProjectAnswer {
    readonly sys_id: string
    readonly number: string
    readonly short_description: string
    readonly portfolio: { readonly sys_id: string; readonly name: string } | null
}

/** Every project with a benefit, and its portfolio, read in-process as the system. */
function projectsWithBenefits(): Map<string, string> {
    return running.lab.runAsSystem(() => {
        const out = new Map<string, string>()
        const gr = new GlideRecord('x_itvc_value_benefit')
        gr.addNotNullQuery('project')
        gr.query()
        while (gr.next()) out.set(gr.getValue('project') ?? '', gr.getValue('project.primary_portfolio') ?? '')
        return out
    }).value
}

beforeAll(async () => {
    running = await servedAppLab({ seed: true })
}, 120_000)
afterAll(async () => {
    await running.close()
    running.lab.close()
})

describe('GET /benefits/projects', () => {
    it('lists every project that has benefits once, by number, with its portfolio', async () => {
        const expected = projectsWithBenefits()
        expect(expected.size).toBeGreaterThan(3)
        const res = await call(running, 'admin', 'GET', PROJECTS)
        expect(res.status).toBe(200)
        const projects: ProjectAnswer[] = res.body.result.projects
        expect(projects.map((p) => p.sys_id).sort()).toEqual([...expected.keys()].sort())
        const numbers = projects.map((p) => p.number)
        expect(numbers).toEqual([...numbers].sort())
        for (const p of projects) {
            expect(p.number).toMatch(/^PRJ\d+$/)
            expect(p.short_description).not.toBe('')
            expect(p.portfolio?.sys_id ?? '').toBe(expected.get(p.sys_id))
        }
        expect(res.body.result).toMatchObject({ portfolio: null, truncated: false })
    })

    it("narrows to one portfolio's projects", async () => {
        const expected = projectsWithBenefits()
        const portfolio = [...expected.values()].find((p) => p !== '') ?? ''
        const res = await call(running, 'itvc.viewer', 'GET', `${PROJECTS}?portfolio=${portfolio}`)
        expect(res.status).toBe(200)
        const ids = res.body.result.projects.map((p: ProjectAnswer) => p.sys_id).sort()
        const mine = [...expected.entries()].filter(([, pf]) => pf === portfolio).map(([id]) => id)
        expect(ids).toEqual(mine.sort())
        expect(ids.length).toBeLessThan(expected.size)
        for (const p of res.body.result.projects as ProjectAnswer[]) expect(p.portfolio?.sys_id).toBe(portfolio)
    })

    it('names the projects a caller may not open by their reference, without their details', async () => {
        // the demo portfolio owner holds no PPM role: pm_project itself is closed to them
        const res = await call(running, 'itvc.portfolio_owner', 'GET', PROJECTS)
        expect(res.status).toBe(200)
        const projects: ProjectAnswer[] = res.body.result.projects
        expect(projects).toHaveLength(projectsWithBenefits().size)
        for (const p of projects)
            expect(p).toMatchObject({ number: '', short_description: expect.stringMatching(/^PRJ/) })
    })

    it('refuses a portfolio that is not a sys_id, and callers without an app role', async () => {
        const bad = await call(running, 'itvc.viewer', 'GET', `${PROJECTS}?portfolio=growth^ORactive=true`)
        expect(bad.status).toBe(400)
        expect(bad.body).toMatchObject({
            status: 'failure',
            error: { detail: 'BENEFIT.PORTFOLIO_INVALID (portfolio)' },
        })
        expect((await call(running, 'no.roles', 'GET', PROJECTS)).status).toBe(403)
        expect((await call(running, 'itil.agent', 'GET', PROJECTS)).status).toBe(403)
    })
})

describe('GET /demands/ranking', () => {
    it("carries each demand's state and its display value", async () => {
        const res = await call(running, 'itvc.demand_manager', 'GET', '/api/x_itvc_value/v1/demands/ranking?limit=25')
        expect(res.status).toBe(200)
        const demands: { sys_id: string; state: string; state_label: string }[] = res.body.result.demands
        expect(demands.length).toBeGreaterThan(0)
        const stored = running.lab.runAsSystem(() => {
            const out = new Map<string, [string, string]>()
            const gr = new GlideRecord('dmn_demand')
            gr.addQuery('sys_id', 'IN', demands.map((d) => d.sys_id).join(','))
            gr.query()
            while (gr.next()) out.set(gr.getUniqueValue(), [gr.getValue('state') ?? '', gr.getDisplayValue('state')])
            return out
        }).value
        for (const d of demands) expect([d.state, d.state_label]).toEqual(stored.get(d.sys_id))
        expect(demands.some((d) => /^[A-Z][a-z]+/.test(d.state_label) && d.state_label !== d.state)).toBe(true)
    })
})

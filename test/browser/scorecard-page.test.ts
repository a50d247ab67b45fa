/**
 * The scorecard page (x_itvc_value_scorecard.do) in headless Chromium against the lab with the demo data: the page
 * the lab serves from the built sys_ui_page, its REST calls with the session token, and what a user sees. One
 * browser for the file; screenshots and the load figures go to test-artifacts/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { backfillScorecardHistory } from '../../scripts/lab/demo-history.ts'
import { GlideRecordSecure } from '../../scripts/lab/glide/index.ts'
import { formatValue } from '../../src/client/services/format.ts'
import { call, servedAppLab } from '../lab/app-lab.ts'
import { setProperty } from '../lab/scorecard/helpers.ts'
import type { TestBrowser } from './browser.ts'
import { ARTIFACTS, describeInBrowser, eventually, launchBrowser, logIn, screenshot } from './browser.ts'

const PAGE = '/x_itvc_value_scorecard.do'
const OWNER = 'itvc.portfolio_owner'
const VALUE = '[data-metric] [data-testid=metric-value]'

interface ApiScorecard {
    period: { label: string }
    key: string | null
    keys: { key: string; label: string }[]
    perspectives: {
        perspective: string
        label: string
        metrics: { key: string; unit: string; value: number | null; status: string }[]
    }[]
}

let lab: RunningLab
let browser: TestBrowser

async function scorecardFromApi(query: string): Promise<ApiScorecard> {
    const res = await call(lab, OWNER, 'GET', `/api/x_itvc_value/v1/scorecard${query}`)
    expect(res.status).toBe(200)
    return res.body.result as ApiScorecard
}

/** The metric cards on screen: key → [value text, status]. */
async function cardsOnScreen(page: Page): Promise<Record<string, [string, string]>> {
    return page.$$eval('[data-metric]', (cards) =>
        Object.fromEntries(
            cards.map((card) => [
                card.getAttribute('data-metric') ?? '',
                [
                    card.querySelector('[data-testid=metric-value]')?.textContent?.trim() ?? '',
                    card.querySelector('[data-status]')?.getAttribute('data-status') ?? '',
                ],
            ])
        )
    )
}

/** What the cards must show for an API answer (values formatted as the page formats them, en-US, USD). */
function expectedCards(scorecard: ApiScorecard): Record<string, [string, string]> {
    return Object.fromEntries(
        scorecard.perspectives.flatMap((p) =>
            p.metrics.map((m) => [
                m.key,
                [formatValue(m.value, { unit: m.unit, currency: 'USD', locale: 'en-US', compact: true }), m.status],
            ])
        )
    )
}

async function newPage(userName: string, path: string): Promise<Page> {
    const page = await browser.newPage()
    await logIn(page, lab, userName, path)
    return page
}

async function text(page: Page, selector: string): Promise<string> {
    return ((await page.locator(selector).first().textContent()) ?? '').trim()
}

describeInBrowser('the scorecard page in Chromium, against the lab with the demo data', () => {
    beforeAll(async () => {
        lab = await servedAppLab({ seed: true })
        for (const job of lab.lab.jobs()) lab.lab.runJob(job.name) // as npm start does after seeding
        await backfillScorecardHistory(lab)
        browser = await launchBrowser()
    }, 180_000)

    afterAll(async () => {
        await browser?.close()
        await lab?.close()
    })

    it('renders the four perspectives with the values the REST API returns, and records the load time', async () => {
        const page = await browser.newPage()
        await logIn(page, lab, OWNER, '/') // the lab's home is the scorecard page
        expect(new URL(page.url()).pathname).toBe(PAGE)
        await page.waitForSelector(VALUE)

        const api = await scorecardFromApi('')
        const perspectives = await page.$$eval('[data-perspective]', (sections) =>
            sections.map((s) => [s.getAttribute('data-perspective'), s.querySelector('h3')?.textContent])
        )
        expect(perspectives.map(([key]) => key)).toEqual([
            'financial',
            'customer',
            'internal_process',
            'learning_growth',
        ])
        expect(perspectives).toEqual(api.perspectives.map((p) => [p.perspective, p.label]))
        expect(Object.keys(expectedCards(api)).length).toBeGreaterThan(8)
        expect(await cardsOnScreen(page)).toEqual(expectedCards(api))
        expect(await page.title()).toBe('Scorecard | IT Value Center')

        // load figures of a fresh navigation (session open, assets cached as on an instance)
        await page.reload()
        await page.waitForSelector(VALUE)
        const timing = await page.evaluate(() => ({
            firstRender: performance.getEntriesByName('itvc:first-render')[0]?.startTime ?? -1,
            dataLoaded: performance.getEntriesByName('itvc:data-loaded')[0]?.startTime ?? -1,
            domContentLoaded:
                (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
                    ?.domContentLoadedEventEnd ?? -1,
        }))
        expect(timing.firstRender).toBeGreaterThan(0)
        expect(timing.dataLoaded).toBeGreaterThanOrEqual(timing.firstRender)
        mkdirSync(ARTIFACTS, { recursive: true })
        writeFileSync(join(ARTIFACTS, 'page-load.json'), `${JSON.stringify(timing, null, 2)}\n`)
        console.log(
            `[page load] first render ${timing.firstRender.toFixed(0)} ms, data loaded ${timing.dataLoaded.toFixed(0)} ms`
        )
        await screenshot(page, 'scorecard')
        await page.context().close()
    })

    it('draws every sparkline from the scorecard answer, without one trend request per metric', async () => {
        const page = await browser.newPage()
        const requests: string[] = []
        page.on('request', (r) => {
            if (r.url().includes('/api/x_itvc_value/')) requests.push(new URL(r.url()).pathname)
        })
        await logIn(page, lab, OWNER, PAGE)
        await page.waitForSelector(VALUE)
        const metrics = await page.locator('[data-metric]').count()
        expect(metrics).toBeGreaterThan(8)
        // every card has its sparkline (a line, or "not enough history"), none still loading
        await page.waitForFunction(
            (n) =>
                document.querySelectorAll('[data-metric] .itvc-sparkline:not(.itvc-sparkline--loading)').length === n,
            metrics
        )
        const api = await scorecardFromApi('')
        const history = (api.perspectives as unknown as { metrics: { key: string; history: { value: unknown }[] }[] }[])
            .flatMap((p) => p.metrics)
            .map((m) => [m.key, m.history.filter((p) => p.value !== null).length])
        expect(history.length).toBe(metrics)
        const drawn = await page.$$eval('[data-metric]', (cards) =>
            cards.map((card) => [
                card.getAttribute('data-metric') ?? '',
                Number(card.querySelector('.itvc-sparkline')?.getAttribute('data-points') ?? 0),
            ])
        )
        // a sparkline shows the periods with a value (one needs at least two)
        expect(drawn).toEqual(history.map(([key, n]) => [key, Number(n) >= 2 ? n : 0]))
        expect(drawn.filter(([, n]) => Number(n) >= 2).length).toBeGreaterThan(8)
        expect(requests.filter((r) => r.endsWith('/scorecard/trend'))).toEqual([])
        expect(requests.filter((r) => /\/scorecard\/?$/.test(r))).toHaveLength(1)
        await page.context().close()
    })

    it('changes the values when the period and the dimension change', async () => {
        const page = await newPage(OWNER, PAGE)
        await page.waitForSelector(VALUE)

        // months: the picker switches to the quarter's first month
        await page.selectOption('select[name=period_type]', 'month')
        await page.waitForFunction(() => /-M\d\d$/.test(new URL(location.href).searchParams.get('period') ?? ''))
        const month = await page.inputValue('select[name=period]')
        expect(month).toMatch(/^FY\d{4}-M\d{2}$/)
        await page.waitForSelector(`[data-period="${month}"] [data-metric]`)
        expect(new URL(page.url()).searchParams.get('period')).toBe(month)
        const monthCards = expectedCards(await scorecardFromApi(`?period=${month}`))
        expect(await cardsOnScreen(page)).toEqual(monthCards)

        // an earlier month
        const earlier = await page.locator('select[name=period] option').nth(3).getAttribute('value')
        expect(earlier).toMatch(/^FY\d{4}-M\d{2}$/)
        await page.selectOption('select[name=period]', earlier ?? '')
        await page.waitForSelector(`[data-period="${earlier}"] [data-metric]`)
        const earlierCards = expectedCards(await scorecardFromApi(`?period=${earlier}`))
        expect(earlierCards).not.toEqual(monthCards)
        expect(await cardsOnScreen(page)).toEqual(earlierCards)

        // the portfolio dimension: the first portfolio with a scorecard is shown
        await page.selectOption('select[name=dimension]', 'portfolio')
        const keys = (await scorecardFromApi(`?period=${earlier}&dimension=portfolio`)).keys
        expect(keys.length).toBeGreaterThan(0)
        const first = keys[0]?.key ?? ''
        await page.waitForSelector(`[data-period="${earlier}"][data-key="${first}"] [data-metric]`)
        expect(await page.inputValue('select[name=key]')).toBe(first)
        const portfolioCards = expectedCards(
            await scorecardFromApi(`?period=${earlier}&dimension=portfolio&key=${first}`)
        )
        expect(portfolioCards).not.toEqual(earlierCards)
        expect(await cardsOnScreen(page)).toEqual(portfolioCards)
        await screenshot(page, 'scorecard-portfolio')

        // back returns to the previous URL state
        await page.goBack()
        await page.waitForSelector(`[data-period="${earlier}"][data-dimension="all"] [data-metric]`)
        expect(await cardsOnScreen(page)).toEqual(earlierCards)
        await page.context().close()
    })

    it('shows a metric across the last 12 periods with its target line', async () => {
        const page = await newPage(OWNER, PAGE)
        const card = page.locator('[data-metric="incident_impact_cost"]')
        await card.waitFor()
        await card.getByRole('button', { name: /trend/i }).click()
        await page.waitForSelector('[data-testid=trend-chart][data-points="12"]')
        expect(new URL(page.url()).searchParams.get('metric')).toBe('incident_impact_cost')
        const api = await call(
            lab,
            OWNER,
            'GET',
            `/api/x_itvc_value/v1/scorecard/trend?metric=incident_impact_cost&period_type=${'quarter'}&periods=12`
        )
        const points = api.body.result.points as { period: string; value: number | null }[]
        expect(points).toHaveLength(12)
        const withValue = points.filter((p) => p.value !== null).length
        // one dot per period with a value, and the dashed target line
        await eventually(async () =>
            expect(await page.locator('[data-testid=trend-chart] .recharts-line-dots circle').count()).toBe(withValue)
        )
        expect(await page.locator('[data-testid=trend-chart] path.recharts-curve[stroke-dasharray]').count()).toBe(1)
        await page.getByText('Show the data').click()
        expect(await page.locator('[data-testid=trend-table] tbody tr').count()).toBe(12)

        // months: 12 months, every one rolled up by the back-fill
        await page.selectOption('select[name=period_type]', 'month')
        await page.waitForSelector('[data-testid=trend-chart][data-points="12"][data-type="month"]')
        expect(new URL(page.url()).searchParams.get('period_type')).toBe('month')
        await eventually(async () =>
            expect(await page.locator('[data-testid=trend-chart] .recharts-line-dots circle').count()).toBe(12)
        )
        await screenshot(page, 'trend')
        await page.context().close()
    })

    it('expands a ranking row to its score breakdown', async () => {
        // an assessor rates a demand nobody rated yet (a draft: the demo data rates the others) on every criterion of
        // the default model; the rating rules score it and its top ratings rank it first
        const ranking = await call(lab, 'itvc.demand_manager', 'GET', '/api/x_itvc_value/v1/demands/ranking?limit=100')
        expect(ranking.status).toBe(200)
        const model = ranking.body.result.model.sys_id as string
        const ranked = ranking.body.result.demands as { sys_id: string; number: string; score_status: string }[]
        expect(ranked[0]?.score_status).toBe('scored') // the seeded ratings scored and ranked the demands
        const demand = ranked.find((d) => d.score_status === 'unscored')
        if (!demand) throw new Error('no unrated demand in the ranking')
        // the model's criteria as the assessor's form reads them (criteria have no web services)
        const assessor = lab.lab.userByName('itvc.assessor')
        if (!assessor) throw new Error('no demo assessor')
        const criteria = lab.lab.runAs(assessor, () => {
            const gr = new GlideRecordSecure('x_itvc_value_criterion')
            gr.addQuery('model', model)
            gr.query()
            const out: { sys_id: string; max_value: string }[] = []
            while (gr.next()) out.push({ sys_id: gr.getUniqueValue(), max_value: gr.getValue('max_value') ?? '' })
            return out
        }).value
        expect(criteria.length).toBeGreaterThan(0)
        for (const c of criteria) {
            const rated = await call(lab, 'itvc.assessor', 'POST', '/api/now/table/x_itvc_value_rating', {
                demand: demand.sys_id,
                criterion: c.sys_id,
                value: c.max_value,
            })
            expect(rated.status).toBe(201)
        }
        const score = await call(
            lab,
            'itvc.demand_manager',
            'GET',
            `/api/x_itvc_value/v1/demands/${demand.sys_id}/score`
        )
        const lines = score.body.result.breakdown.criteria as { name: string }[]
        expect(lines.length).toBeGreaterThan(0)

        const page = await newPage('itvc.demand_manager', `${PAGE}?view=ranking`)
        const row = page.locator(`tr[data-demand="${demand.number}"]`)
        await row.waitFor()
        const expand = row.locator('button[aria-expanded]')
        expect(await expand.getAttribute('aria-expanded')).toBe('false')
        expect(await expand.getAttribute('aria-label')).toMatch(/^Show the score breakdown of /)
        await expand.focus()
        await page.keyboard.press('Enter') // the keyboard works as well as a click
        await page.waitForSelector('[data-testid=breakdown]')
        expect(await expand.getAttribute('aria-expanded')).toBe('true')
        expect(await page.locator('[data-testid=breakdown] tbody th').allTextContents()).toEqual(
            lines.map((l) => l.name)
        )
        await screenshot(page, 'ranking')
        await page.context().close()
    })

    it('shows a user without the role an access error, not a blank page', async () => {
        const page = await newPage('no.roles', PAGE)
        await page.waitForSelector('[role=alert]')
        const alert = await text(page, '[role=alert]')
        expect(alert).toContain('You do not have access to the value scorecard')
        expect(alert).toContain('x_itvc_value.viewer')
        await screenshot(page, 'access-error')
        await page.context().close()
    })

    it('shows an error state when the API fails, and recovers on retry', async () => {
        lab.http.setFaults({ rules: [{ path: '/api/x_itvc_value/v1/scorecard', fault: { kind: 'unavailable' } }] })
        try {
            const page = await newPage(OWNER, PAGE)
            await page.waitForSelector('[role=alert]')
            const alert = await text(page, '[role=alert]')
            expect(alert).toContain('Could not load the value scorecard')
            expect(alert).toContain('HTTP 503')
            await screenshot(page, 'api-error')
            lab.http.setFaults(undefined)
            await page.getByRole('button', { name: 'Try again' }).click()
            await page.waitForSelector(VALUE)
            expect(await page.locator('[role=alert]').count()).toBe(0)
            await page.context().close()
        } finally {
            lab.http.setFaults(undefined)
        }
    })

    it('names every control and link, and moves through the views with the keyboard', async () => {
        const page = await newPage(OWNER, PAGE)
        await page.waitForSelector(VALUE)
        const unnamed = await page.$$eval('a, button, select', (elements) =>
            elements
                .filter((e) => {
                    const labelled = (e.getAttribute('aria-label') ?? '').trim() !== ''
                    const byLabel = e.id !== '' && document.querySelector(`label[for="${CSS.escape(e.id)}"]`) !== null
                    return !labelled && !byLabel && (e.textContent ?? '').trim() === ''
                })
                .map((e) => e.outerHTML.slice(0, 80))
        )
        expect(unnamed).toEqual([])
        // Tab from the top: the skip link, then the view navigation
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
        await page.keyboard.press('Tab')
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Trend')
        await page.keyboard.press('Enter')
        await page.waitForSelector('[data-testid=trend-chart]')
        expect(await page.getAttribute('nav a[aria-current=page]', 'href')).toContain('view=trend')
        await page.context().close()
    })

    it("links a count metric's value to the records behind it, and the list holds as many as the value", async () => {
        // a tagger also holds itil, so the platform's incident list is open to them
        const tagger = 'itvc.tagger'
        const res = await call(lab, tagger, 'GET', '/api/x_itvc_value/v1/scorecard')
        const metric = (res.body.result as ApiScorecard).perspectives
            .flatMap(
                (p) =>
                    p.metrics as unknown as { key: string; value: number; records: { table: string; query: string } }[]
            )
            .find((m) => m.key === 'business_impacting_incidents')
        if (!metric) throw new Error('no business_impacting_incidents on the current scorecard')
        expect(metric.value).toBeGreaterThan(0)
        const page = await newPage(tagger, PAGE)
        const link = page.locator('[data-metric=business_impacting_incidents] [data-testid=metric-value]')
        await link.waitFor()
        const href = new URL((await link.getAttribute('href')) ?? '', lab.url)
        expect(href.pathname).toBe('/incident_list.do')
        expect(href.searchParams.get('sysparm_query')).toBe(metric.records.query)
        await link.click()
        await page.waitForSelector('.summary .count')
        expect(await text(page, '.summary .count')).toBe(`${metric.value} records`)
        await page.context().close()
    })

    it('shows money in the functional currency the API names', async () => {
        setProperty(lab.lab, 'x_itvc_value.functional_currency', 'EUR')
        try {
            const page = await newPage(OWNER, PAGE)
            await page.waitForSelector(VALUE)
            expect(await text(page, '.itvc-meta')).toContain('Amounts in EUR.')
            const realised = await text(page, '[data-metric=realised_benefit] [data-testid=metric-value]')
            expect(realised).toContain('€')
            expect(realised).not.toContain('$')
            await page.context().close()
        } finally {
            setProperty(lab.lab, 'x_itvc_value.functional_currency', 'USD')
        }
    })

    it('switches the benefits view to a project picked from the projects with benefits', async () => {
        const projects = await call(lab, OWNER, 'GET', '/api/x_itvc_value/v1/benefits/projects')
        const project = projects.body.result.projects[1] as { sys_id: string }
        const summary = await call(lab, OWNER, 'GET', `/api/x_itvc_value/v1/benefits/summary?project=${project.sys_id}`)
        const planned = formatValue(summary.body.result.totals.planned, {
            unit: 'currency',
            currency: summary.body.result.currency,
            locale: 'en-US',
            compact: true,
        })
        const page = await newPage(OWNER, `${PAGE}?view=benefits`)
        const picker = page.getByLabel('Project')
        await eventually(async () => expect(await picker.locator('option').count()).toBeGreaterThan(2))
        await page.waitForSelector('[data-testid=benefits-planned]')
        const before = await text(page, '[data-testid=benefits-planned]')
        await picker.selectOption(project.sys_id)
        await eventually(async () => expect(new URL(page.url()).searchParams.get('scope_id')).toBe(project.sys_id))
        expect(new URL(page.url()).searchParams.get('scope')).toBe('project')
        await eventually(async () => expect(await text(page, '[data-testid=benefits-planned]')).toBe(planned))
        expect(planned).not.toBe(before)
        await page.context().close()
    })

    it("shows each ranked demand's state", async () => {
        const user = 'itvc.demand_manager'
        const ranking = await call(lab, user, 'GET', '/api/x_itvc_value/v1/demands/ranking?limit=25')
        const states = (ranking.body.result.demands as { state_label: string }[]).map((d) => d.state_label)
        expect(new Set(states).size).toBeGreaterThan(1)
        const page = await newPage(user, `${PAGE}?view=ranking`)
        await page.waitForSelector('[data-testid=demand-state]')
        expect(await page.getByRole('columnheader', { name: 'State', exact: true }).count()).toBe(1)
        expect(await page.$$eval('[data-testid=demand-state]', (cells) => cells.map((c) => c.textContent))).toEqual(
            states
        )
        await page.context().close()
    })
})

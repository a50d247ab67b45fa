/**
 * The IT Value Center page: a header with the view navigation, and the view the URL names (scorecard, trend,
 * demand ranking, benefits). State lives in the URL (services/route.ts); navigation pushes history entries and, in
 * the Polaris frame, updates the platform's permalink.
 */
import type { JSX } from 'react'
import { useCallback, useEffect, useRef, useState } from 'react'
import './app.css'
import { BenefitsView } from './components/benefits-view.tsx'
import { RankingView } from './components/ranking-view.tsx'
import { ScorecardView } from './components/scorecard-view.tsx'
import { TrendView } from './components/trend-view.tsx'
import type { Scorecard } from './services/api.ts'
import { markDataLoaded, markFirstRender } from './services/timing.ts'
import type { Route } from './services/route.ts'
import { VIEWS, parseRoute, routeSearch, routeTitle } from './services/route.ts'

interface PolarisWindow {
    CustomEvent?: { fireTop?: (name: string, detail: unknown) => void }
}

function publish(route: Route, replace: boolean): void {
    const path = `${window.location.pathname}${routeSearch(route)}`
    const title = routeTitle(route)
    if (window.self !== window.top) {
        ;(window as unknown as PolarisWindow).CustomEvent?.fireTop?.('magellanNavigator.permalink.set', {
            relativePath: path,
            title,
        })
    }
    if (replace) window.history.replaceState(null, '', path)
    else window.history.pushState(null, '', path)
    document.title = title
}

export function App(): JSX.Element {
    const [route, setRoute] = useState<Route>(() => parseRoute(window.location.search))
    const [scorecard, setScorecard] = useState<Scorecard | undefined>(undefined)
    const [latest, setLatest] = useState('')
    const main = useRef<HTMLElement>(null)
    const locale = navigator.language || 'en-US'

    useEffect(() => {
        markFirstRender()
        document.title = routeTitle(route)
        const onPop = (): void => setRoute(parseRoute(window.location.search))
        window.addEventListener('popstate', onPop)
        return () => window.removeEventListener('popstate', onPop)
    }, []) // once, for the route the page loaded with

    const current = useRef(route)
    current.current = route
    const navigate = useCallback((change: Partial<Route>, replace = false) => {
        const next = { ...current.current, ...change }
        current.current = next
        publish(next, replace)
        setRoute(next)
    }, [])

    const onScorecard = useCallback(
        (loaded: Scorecard) => {
            markDataLoaded()
            setScorecard(loaded)
            if (route.period === '' && route.dimension === 'all') setLatest((l) => l || loaded.period)
        },
        [route.period, route.dimension]
    )

    return (
        <div className="itvc-app">
            <a className="itvc-skip" href="#itvc-main">
                Skip to content
            </a>
            <header className="itvc-header">
                <div className="itvc-header__brand">
                    <h1>IT Value Center</h1>
                    <p>What IT delivers to the business, measured where the work happens</p>
                </div>
                <nav className="itvc-tabs" aria-label="Views">
                    {VIEWS.map((v) => (
                        <a
                            key={v.value}
                            href={routeSearch({ ...route, view: v.value }) || '?'}
                            className="itvc-tab"
                            aria-current={route.view === v.value ? 'page' : undefined}
                            onClick={(e) => {
                                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return
                                e.preventDefault()
                                navigate({ view: v.value })
                                main.current?.focus()
                            }}
                        >
                            {v.label}
                        </a>
                    ))}
                </nav>
            </header>
            <main id="itvc-main" className="itvc-main" ref={main} tabIndex={-1}>
                {route.view === 'scorecard' ? (
                    <ScorecardView
                        route={route}
                        latest={latest}
                        locale={locale}
                        onNavigate={navigate}
                        onLoaded={onScorecard}
                    />
                ) : route.view === 'trend' ? (
                    <TrendView route={route} scorecard={scorecard} locale={locale} onNavigate={navigate} />
                ) : route.view === 'ranking' ? (
                    <RankingView route={route} locale={locale} />
                ) : (
                    <BenefitsView route={route} locale={locale} onNavigate={navigate} />
                )}
            </main>
        </div>
    )
}

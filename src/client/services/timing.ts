/**
 * Page-load marks (User Timing API) the browser tests and the README's load figures read:
 * `itvc:first-render` when the page shell has rendered, `itvc:data-loaded` when the first scorecard is on screen.
 */
export const FIRST_RENDER = 'itvc:first-render'
export const DATA_LOADED = 'itvc:data-loaded'

function markOnce(name: string): void {
    if (typeof performance === 'undefined' || performance.getEntriesByName(name).length > 0) return
    performance.mark(name)
}

export function markFirstRender(): void {
    markOnce(FIRST_RENDER)
}

export function markDataLoaded(): void {
    markOnce(DATA_LOADED)
}

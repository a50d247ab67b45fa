/**
 * Headless Chromium for the page's browser tests and the README screenshot: Debian's `chromium` (/usr/bin/chromium,
 * or CHROMIUM_PATH) driven by playwright-core, with the flags this machine needs (no sandbox as root, no background
 * networking on a closed network). Playwright gives every launch a fresh, empty profile (`--user-data-dir` in a new
 * temporary directory, removed on close). `npx playwright install` does not work here and is never needed.
 */
import { existsSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import { DEMO_USERS } from '../seed/people.ts'

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS: readonly string[] = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
]

/** Whether the browser is installed. */
export function chromiumInstalled(): boolean {
    return existsSync(CHROMIUM_PATH)
}

/** Launches Chromium, or fails with what to install. */
export async function launchChromium(): Promise<Browser> {
    if (!chromiumInstalled()) {
        throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
    }
    return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] })
}

/** A page in a new context (its own cookies): en-US, UTC, 1440 × 1000 by default. */
export async function newPage(browser: Browser, viewport = { width: 1440, height: 1000 }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-US', timezoneId: 'UTC' })
    return context.newPage()
}

/** Logs a demo user in through the lab's login page (`/login.do`), landing on `path`. */
export async function logIn(page: Page, baseUrl: string, userName: string, path: string): Promise<void> {
    const user = DEMO_USERS.find((u) => u.userName === userName)
    if (!user) throw new Error(`no demo user ${userName}`)
    await page.goto(`${baseUrl}${path}`)
    await page.fill('#user_name', user.userName)
    await page.fill('#user_password', user.password)
    await Promise.all([page.waitForURL((url) => url.pathname !== '/login.do'), page.click('button[type=submit]')])
}

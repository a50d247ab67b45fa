/**
 * Headless Chromium for the browser tests: Debian's `chromium` (/usr/bin/chromium, or CHROMIUM_PATH) driven by
 * playwright-core, with the flags this machine needs (no sandbox as root, no background networking on a closed
 * network) and a fresh profile per launch. Without a browser the tests skip with a message, except in CI
 * (`CI=true`), where a missing browser fails them: `.ci/run` installs it.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import { chromium } from 'playwright-core'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import { DEMO_USERS } from '../../scripts/seed/people.ts'

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const inCi = process.env['CI'] === 'true'
export const chromiumAvailable = existsSync(CHROMIUM_PATH)

if (!chromiumAvailable && inCi) {
    throw new Error(`CI=true but no Chromium at ${CHROMIUM_PATH}: .ci/run installs it (apt-get install -y chromium)`)
}

/** `describe`, or `describe.skip` with a clear message when there is no browser (outside CI). */
export const describeInBrowser: typeof describe = chromiumAvailable
    ? describe
    : (((name: string, fn: () => void) => {
          console.warn(
              `[browser tests] skipped "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH)`
          )
          describe.skip(name, fn)
      }) as typeof describe)

/** Where screenshots and measurements go (git-ignored). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts')

export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
]

/** A launched browser; each test opens its own context (cookie jar) with {@link TestBrowser.newPage}. */
export interface TestBrowser {
    readonly browser: Browser
    /** A page in a new context: en-US, UTC, 1440 × 1000. */
    newPage(): Promise<Page>
    close(): Promise<void>
}

/**
 * Launches Chromium. Playwright gives every launch a new empty profile (`--user-data-dir` in a fresh temporary
 * directory, removed on close).
 */
export async function launchBrowser(): Promise<TestBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
    return {
        browser,
        async newPage() {
            const context = await browser.newContext({
                viewport: { width: 1440, height: 1000 },
                locale: 'en-US',
                timezoneId: 'UTC',
            })
            return context.newPage()
        },
        async close() {
            await browser.close()
        },
    }
}

/** Logs a demo user in through the lab's login page, landing on `path`. */
export async function logIn(page: Page, lab: RunningLab, userName: string, path: string): Promise<void> {
    const user = DEMO_USERS.find((u) => u.userName === userName)
    if (!user) throw new Error(`no demo user ${userName}`)
    await page.goto(`${lab.url}${path}`)
    await page.fill('#user_name', user.userName)
    await page.fill('#user_password', user.password)
    await Promise.all([page.waitForURL((url) => url.pathname !== '/login.do'), page.click('button[type=submit]')])
}

/**
 * Retries an assertion until it passes or `timeoutMs` runs out (then its last failure is thrown): what the page shows
 * settles after its REST calls answer.
 */
export async function eventually<T>(assertion: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
        try {
            return await assertion()
        } catch (error) {
            if (Date.now() > deadline) throw error
            await new Promise((resolve) => setTimeout(resolve, 100))
        }
    }
}

/** Saves a full-page screenshot under test-artifacts/. */
export async function screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true })
    const path = join(ARTIFACTS, `${name}.png`)
    await page.screenshot({ path, fullPage: true })
    return path
}

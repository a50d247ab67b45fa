/**
 * The browser tests' harness over scripts/browser/chromium.ts: without Chromium the tests skip with a message,
 * except in CI (`CI=true`), where a missing browser fails them (`.ci/run` installs it).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import type { RunningLab } from '../../scripts/lab/boot.ts'
import {
    CHROMIUM_PATH,
    chromiumInstalled,
    launchChromium,
    logIn as logInAt,
    newPage,
} from '../../scripts/browser/chromium.ts'

const inCi = process.env['CI'] === 'true'
export const chromiumAvailable = chromiumInstalled()

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

/** A launched browser; each test opens its own context (cookie jar) with {@link TestBrowser.newPage}. */
export interface TestBrowser {
    readonly browser: Browser
    /** A page in a new context: en-US, UTC, 1440 × 1000. */
    newPage(): Promise<Page>
    close(): Promise<void>
}

/** Launches Chromium for a test file. */
export async function launchBrowser(): Promise<TestBrowser> {
    const browser = await launchChromium()
    return {
        browser,
        newPage: () => newPage(browser),
        close: () => browser.close(),
    }
}

/** Logs a demo user in through the lab's login page, landing on `path`. */
export async function logIn(page: Page, lab: RunningLab, userName: string, path: string): Promise<void> {
    await logInAt(page, lab.url, userName, path)
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

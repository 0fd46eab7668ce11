/**
 * The one way the tests start a browser: Debian's Chromium (or CHROMIUM_PATH) driven by playwright-core.
 * Playwright cannot download its own browser here, so a missing binary is an error with instructions —
 * never a skipped test. One browser per test file; tests open as many contexts as they need.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, errors, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { machineLoad, NAVIGATION_TIMEOUT } from './machine';

export { CHROMIUM_PATH };

/** Throws an error that says how to get a browser when none is installed where we look. */
export function assertChromium(path = CHROMIUM_PATH): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `The browser tests need Chromium, and there is no executable at ${path}.\n` +
        `Install it:  sudo apt-get install -y chromium\n` +
        `or point the tests at another Chromium/Chrome:  CHROMIUM_PATH=/path/to/chrome npm test`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** The two widths every page is checked at: a phone and a desktop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export type ColorScheme = 'light' | 'dark';

/** A fresh context with a viewport and colour scheme; phones get touch and a mobile UA-like scale. */
export function newContext(
  browser: Browser,
  viewport: ViewportName = 'desktop',
  colorScheme: ColorScheme = 'light',
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORTS[viewport],
    colorScheme,
    reducedMotion: 'reduce',
    ...(viewport === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    ...options,
  });
}

/**
 * Opens `url` in `page`. A navigation that times out is tried once more, and the retry is reported on
 * stderr with the machine's load; any other failure, or a second time-out, fails the test. The second
 * time-out says the machine is too slow rather than leaving a bare "Timeout exceeded".
 */
export async function goto(page: Page, url: string): Promise<Response | null> {
  const attempt = () => page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT });
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    console.warn(`Retrying ${url}: it did not load within ${NAVIGATION_TIMEOUT / 1000} s (${machineLoad()}).`);
    try {
      return await attempt();
    } catch (retryError) {
      if (!(retryError instanceof errors.TimeoutError)) throw retryError;
      throw new Error(
        `${url} did not load within ${NAVIGATION_TIMEOUT / 1000} s, twice (${machineLoad()}). ` +
          'This machine is too busy for the browser tests: stop other work and run them again.',
        { cause: retryError },
      );
    }
  }
}

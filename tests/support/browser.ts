/**
 * The one way the tests start a browser: Debian's Chromium (or CHROMIUM_PATH) driven by playwright-core.
 * Playwright cannot download its own browser here, so a missing binary is an error with instructions —
 * never a skipped test. One browser per test file; tests open as many contexts as they need.
 */
import { accessSync, constants } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from '../../scripts/chromium';

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

/** Runs `task` over `items` with at most `limit` running at once (one browser, several pages). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

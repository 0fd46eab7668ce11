/**
 * How this project starts Debian's Chromium (Playwright cannot download its own browser here):
 * shared by the browser tests (tests/support/browser.ts) and `npm run lighthouse`.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Root in a container needs --no-sandbox; the rest stop Chromium calling home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

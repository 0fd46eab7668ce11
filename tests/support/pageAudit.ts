/**
 * Opens a page the way a reader would and records everything that should never happen on it: console
 * errors, uncaught exceptions, failed requests, requests to other origins, CSP violations, and the
 * scripts that run while it loads. Used by the browser tests; axe runs on the same page afterwards.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { goto } from './browser';

export interface LoadedScript {
  /** The file's URL, or the page's URL for an inline script or an event-handler attribute. */
  url: string;
  /** Length of the script's source, in characters. */
  length: number;
}

export interface PageReport {
  page: Page;
  status: number;
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  /** CSP violations reported so far (read it last: a change of colour scheme can load more). */
  cspViolations: () => Promise<string[]>;
  /** Scripts of the page itself that were compiled before the page settled (excludes the test's own). */
  scripts: LoadedScript[];
}

const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (event) => {
  (window.__cspViolations ??= []).push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber);
});`;

/**
 * Loads `path` from `origin` in a new page of `context`. `expectedStatus` is the main document's
 * status (404 for the not-found page); any other response ≥ 400 is a failed request.
 */
export async function openAndAudit(context: BrowserContext, origin: string, path: string, expectedStatus = 200): Promise<PageReport> {
  const page = await context.newPage();
  const report: PageReport = { page, status: 0, consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: async () => [], scripts: [] };
  const url = origin + path;

  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // Chrome reports the not-found page's own 404 as a console error; that one is expected.
    const expectedDocumentError = expectedStatus !== 200 && message.location().url === url && message.text().includes(`status of ${expectedStatus}`);
    if (!expectedDocumentError) report.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const requestUrl = request.url();
    if (!/^(data|blob|about):/.test(requestUrl) && new URL(requestUrl).origin !== origin) report.foreignRequests.push(requestUrl);
  });
  page.on('requestfailed', (request) => report.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    const isDocument = response.url() === url;
    if (response.status() >= 400 && !(isDocument && response.status() === expectedStatus)) {
      report.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });

  // The page's own scripts, as the engine compiles them (inline ones carry the page's URL).
  const cdp = await context.newCDPSession(page);
  let recording = true;
  cdp.on('Debugger.scriptParsed', (event) => {
    if (!recording || !event.url.startsWith(origin)) return;
    if ((event.executionContextAuxData as { isDefault?: boolean } | undefined)?.isDefault === false) return;
    // A Chromium too old to report lengths fails the budget loudly rather than passing it unmeasured.
    report.scripts.push({ url: event.url, length: event.length ?? Number.POSITIVE_INFINITY });
  });
  await cdp.send('Debugger.enable');
  await page.addInitScript(CSP_LISTENER);

  // "Settled": loaded, and no request in flight for 150 ms (at most 3 s more).
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => ((inFlight += 1), (lastActivity = Date.now()));
  const ended = () => ((inFlight -= 1), (lastActivity = Date.now()));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const response = await goto(page, url);
  report.status = response?.status() ?? 0;
  for (const deadline = Date.now() + 3_000; Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < 150);) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  recording = false;
  await cdp.send('Debugger.disable');
  await cdp.detach();
  report.cspViolations = () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  return report;
}

/**
 * The built site in Debian's Chromium, served with the headers we ship (public/_headers, applied by
 * scripts/static-server.ts, on top of the CSP <meta> tag Astro writes into each page).
 *
 * Every URL in the sitemap (plus the not-found page) at a phone width, and one page of each template at a
 * desktop width too, in light and dark: axe (WCAG 2.2 A/AA) finds nothing, the console, the network and the
 * CSP stay silent, and nothing scrolls sideways. (Pages of one template differ only in their allow-listed
 * content, which every page at phone width covers; the desktop runs cover each template's wide layout.) Pages other than
 * search run at most a small inline handler while they load. On one page of each kind, the keyboard works:
 * the skip link moves focus to the content, and every focus stop is visibly marked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { goto, launchBrowser, newContext, type ColorScheme, type ViewportName } from '../support/browser';
import { axeViolations } from '../support/axe';
import { sitemapPaths } from '../support/dist';
import { openAndAudit } from '../support/pageAudit';

const dist = inject('distDir');
/** The only script a content page may run on load: the handler that wakes search (issue 4), ≤ 2 kB. */
const ON_LOAD_SCRIPT_BUDGET = 2048;

const paths = sitemapPaths(dist);
const NOT_FOUND = '/this-page-does-not-exist/';
/** Pages that may load the search island; every other page is static HTML and CSS. */
const isSearchIsland = (path: string) => path === '/search/' || path === NOT_FOUND;

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startStaticServer(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One page of each template: the hub, a topic, a condition, an article, a list, the glossary, search and a plain page. */
function templatePages(): string[] {
  const pick = (pattern: RegExp) => paths.find((path) => pattern.test(path));
  return [
    '/',
    pick(/^\/topics\/[^/]+\/$/),
    '/topics/',
    pick(/^\/conditions\/[^/]+\/$/),
    '/conditions/',
    pick(/^\/articles\/(?!page\/)[^/]+\/$/),
    '/articles/',
    '/glossary/',
    pick(/^\/search\/$/),
    pick(/^\/about\/$/),
  ].filter((path): path is string => Boolean(path) && paths.includes(path!));
}

describe('every page in the sitemap at phone width, and each template at desktop width, light and dark', () => {
  it('has pages to visit, including the hub, an article and search', () => {
    expect(paths.length).toBeGreaterThanOrEqual(20);
    expect(paths).toContain('/');
    expect(paths.some((path) => /^\/articles\/[^/]+\/$/.test(path))).toBe(true);
  });

  it('the instrument: axe, as these tests run it, reports a missing alt text and low contrast', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.setContent(
        '<!doctype html><html lang="en"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#999;background:#aaa">Faint text</p></main></html>',
      );
      const found = (await axeViolations(page)).map((line) => line.split(' ')[1]);
      expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    } finally {
      await context.close();
    }
  });

  // One load per page and width; axe then runs in the light scheme and again after switching to dark.
  const cases = [
    ...[...paths, NOT_FOUND].map((path) => [path, 'phone'] as const),
    ...[...templatePages(), NOT_FOUND].map((path) => [path, 'desktop'] as const),
  ];
  it.concurrent.each(cases)('%s (%s, light and dark): no axe violation, console error, failed or foreign request, or CSP violation', async (path, viewport) => {
    const context = await newContext(browser, viewport, 'light');
    try {
      const report = await openAndAudit(context, server.url, path, path === NOT_FOUND ? 404 : 200);
      expect(report.status).toBe(path === NOT_FOUND ? 404 : 200);
      const problems: string[] = [];
      if (!isSearchIsland(path)) {
        const external = report.scripts.filter((script) => script.url !== server.url + path);
        const inline = report.scripts.filter((script) => script.url === server.url + path).reduce((sum, script) => sum + script.length, 0);
        if (external.length > 0) problems.push(`scripts loaded on a page without search: ${external.map((script) => script.url).join(', ')}`);
        if (inline > ON_LOAD_SCRIPT_BUDGET) problems.push(`${inline} characters of inline script ran on load (budget ${ON_LOAD_SCRIPT_BUDGET})`);
        // The instrument itself: every executable inline script in the page must have been seen compiling.
        const inlineInDom = await report.page.evaluate(
          () =>
            [...document.querySelectorAll('script:not([src])')].filter((script) =>
              ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''),
            ).length,
        );
        const inlineSeen = report.scripts.filter((script) => script.url === server.url + path).length;
        if (inlineSeen < inlineInDom) problems.push(`saw ${inlineSeen} of the page's ${inlineInDom} inline scripts compile (is the CDP recorder working?)`);
      }
      const widths = await report.page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      if (widths.page > widths.screen) problems.push(`the page is ${widths.page}px wide on a ${widths.screen}px screen: it scrolls sideways`);
      for (const scheme of ['light', 'dark'] as const) {
        await report.page.emulateMedia({ colorScheme: scheme });
        problems.push(...(await axeViolations(report.page)).map((text) => `${scheme}: ${text}`));
      }
      problems.push(
        ...report.consoleErrors.map((text) => `console ${text}`),
        ...report.failedRequests.map((text) => `failed request ${text}`),
        ...report.foreignRequests.map((text) => `request to another origin ${text}`),
        ...(await report.cspViolations()).map((text) => `CSP ${text}`),
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** One page of each kind: the keyboard checks are slow, and the templates are what differ. */
function keyboardPages(): string[] {
  const pick = (pattern: RegExp) => paths.find((path) => pattern.test(path));
  return [
    '/',
    pick(/^\/topics\/[^/]+\/$/),
    pick(/^\/articles\/(?!page\/)[^/]+\/$/),
    '/articles/',
    '/glossary/',
    pick(/^\/search\/$/),
    pick(/^\/about\/$/),
  ].filter((path): path is string => Boolean(path));
}

/**
 * Tabs through the whole page. At every stop the focused element must be on screen and carry an outline
 * (or a box-shadow ring) at least 2 px wide; for the first element of each look (tag + classes) and for any
 * without a ring, the pixels around it are also compared focused and unfocused, proving the ring is drawn.
 */
async function invisibleFocusStops(page: Page, maxStops = 300): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const looksChecked = new Set<string>();
  const viewport = page.viewportSize()!;
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
      }
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || /\d+px\s+\d+px/.test(style.boxShadow);
      const box = element.getBoundingClientRect();
      return {
        key: path.join('>'),
        look: `${element.tagName}.${element.getAttribute('class') ?? ''}`,
        label: `<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 40)}"`,
        ring,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
      };
    });
    if (!focused || seen.has(focused.key)) break; // back at the start
    seen.add(focused.key);
    const { box } = focused;
    if (box.width < 1 || box.height < 1 || box.y + box.height <= 0 || box.y >= viewport.height || box.x + box.width <= 0 || box.x >= viewport.width) {
      problems.push(`${focused.label} is focused but not on screen (${JSON.stringify(box)})`);
      continue;
    }
    if (!focused.ring) problems.push(`${focused.label} has no focus outline`);
    if (focused.ring && looksChecked.has(focused.look)) continue;
    looksChecked.add(focused.look);
    const pad = 8;
    const x = Math.max(0, box.x - pad);
    const y = Math.max(0, box.y - pad);
    const clip = { x, y, width: Math.min(viewport.width - x, box.width + 2 * pad), height: Math.min(viewport.height - y, box.height + 2 * pad) };
    const withFocus = await page.screenshot({ clip });
    // Blurring keeps Chrome's sequential-navigation point, so the next Tab continues from here.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const withoutFocus = await page.screenshot({ clip });
    if (withFocus.equals(withoutFocus)) problems.push(`${focused.label}: focusing it changes nothing on screen`);
  }
  return problems;
}

describe('keyboard', () => {
  const keyboardCombos: [ViewportName, ColorScheme][] = [
    ['desktop', 'light'],
    ['desktop', 'dark'],
    ['phone', 'light'],
  ];
  const cases = keyboardPages().flatMap((path) => keyboardCombos.map(([viewport, scheme]) => [path, viewport, scheme] as const));

  it.concurrent.each(cases)('%s (%s, %s): the skip link is the first stop and moves focus to the main content', async (path, viewport, scheme) => {
    const context = await newContext(browser, viewport, scheme);
    try {
      const page = await context.newPage();
      await goto(page, server.url + path);
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => {
        const element = document.activeElement as HTMLAnchorElement;
        const box = element.getBoundingClientRect();
        return { href: element.getAttribute('href'), text: element.textContent?.trim(), visible: box.width > 20 && box.height > 10 && box.top >= 0 };
      });
      expect(skip).toEqual({ href: '#main', text: 'Skip to main content', visible: true });
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab continues inside the main content, not in the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.concurrent.each(cases)('%s (%s, %s): every focus stop is visibly marked', async (path, viewport, scheme) => {
    const context = await newContext(browser, viewport, scheme);
    try {
      const page = await context.newPage();
      await goto(page, server.url + path);
      expect(await invisibleFocusStops(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

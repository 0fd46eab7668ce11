/**
 * What a reader sees first, measured in Debian's Chromium on the built site (issue #12): on a phone the
 * hub's first screen holds "Start here", the condition links and a search box; an article's body starts
 * within 1.2 screens and reads at ≤ 75 characters a line; the header, chips and citation markers are
 * targets a thumb can hit; callout lists keep their bullets (that no page scrolls sideways is checked on
 * every page by tests/site/browser.test.ts, which loads them all).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { goto, launchBrowser, newContext, VIEWPORTS, type ViewportName } from '../support/browser';

const dist = inject('distDir');
/** An article with callouts, citations, glossary words and a long body. */
const ARTICLE = '/articles/probiotics-for-eczema/';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startStaticServer(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport: ViewportName): Promise<Page> {
  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await goto(page, server.url + path);
  return page;
}

/** The most characters on one rendered line of an element, found from where each character is drawn. */
const longestLine = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const perLine = new Map<number, number>();
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let index = 0; index < node.textContent!.length; index++) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (rect) perLine.set(Math.round(rect.top), (perLine.get(Math.round(rect.top)) ?? 0) + 1);
        }
      }
      return Math.max(...perLine.values());
    });

describe.each(['phone', 'desktop'] as const)('at %s width', (viewport) => {
  const { height } = VIEWPORTS[viewport];

  it('the article answers first: its body starts within 1.2 screens, after the title, the short answer and the graded question', async () => {
    const page = await open(ARTICLE, viewport);
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    const body = await top('[data-article-body] > p');
    expect(body, `first body paragraph at ${body}px; a screen is ${height}px`).toBeLessThanOrEqual(1.2 * height);
    expect(await top('[data-short-answer]')).toBeLessThan(await top('[data-evidence-summary]'));
    expect(await top('[data-evidence-summary]')).toBeLessThan(body);
    await page.context().close();
  });

  it('body text reads at 60–75 characters a line, or the width of the phone', async () => {
    const page = await open(ARTICLE, viewport);
    const longest = await longestLine(page, '[data-article-body] > p');
    expect(longest).toBeLessThanOrEqual(75);
    if (viewport === 'desktop') expect(longest).toBeGreaterThanOrEqual(60);
    expect(
      await page
        .locator('[data-article-body] > p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize)),
    ).toBeGreaterThanOrEqual(17);
    await page.context().close();
  });

  it('every target in the header is at least 44 px tall, and chips and citation markers at least 24 × 24 px', async () => {
    const page = await open(ARTICLE, viewport);
    const sizes = async (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((elements) =>
          elements
            .filter((element) => (element as HTMLElement).offsetParent !== null)
            .map((element) => ({ text: element.textContent!.trim().slice(0, 30), ...element.getBoundingClientRect().toJSON() })),
        );
    const header = await sizes('body > header a, body > header button, body > header summary, body > header input');
    expect(header.length).toBeGreaterThanOrEqual(3);
    for (const target of header) expect(target.height, `header target "${target.text}"`).toBeGreaterThanOrEqual(44);
    const small = [...(await sizes('.cite a')), ...(await sizes('ul[aria-label="Topics"] a'))];
    expect(small.length).toBeGreaterThan(5);
    for (const target of small) {
      expect(target.height, `target "${target.text}"`).toBeGreaterThanOrEqual(24);
      expect(target.width, `target "${target.text}"`).toBeGreaterThanOrEqual(24);
    }
    await page.context().close();
  });

  it('a glossary word opens its definition in place, without leaving the article', async () => {
    const page = await open(ARTICLE, viewport);
    const term = page.locator('[data-article-body] button.term').first();
    const target = await term.getAttribute('popovertarget');
    await term.click();
    const definition = page.locator(`[id="${target}"]`);
    await expect.poll(() => definition.evaluate((element) => element.matches(':popover-open'))).toBe(true);
    expect(page.url()).toBe(server.url + ARTICLE);
    expect(await definition.locator('a[href^="/glossary/#"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => definition.evaluate((element) => element.matches(':popover-open'))).toBe(false);
    await page.context().close();
  });

  it('callout and urgent-care lists keep their bullets', async () => {
    const page = await open(ARTICLE, viewport);
    const markers = await page
      .locator('[data-article-body] [data-urgency] li, [data-article-body] [data-callout] li')
      .evaluateAll((items) => items.map((item) => ({ display: getComputedStyle(item).display, marker: getComputedStyle(item).listStyleType })));
    expect(markers.length).toBeGreaterThan(0);
    for (const item of markers) expect(item).toEqual({ display: 'list-item', marker: 'disc' });
    await page.context().close();
  });
});

describe('on paper', () => {
  it('the masthead gives the site, the address and the day it was printed', async () => {
    const page = await open(ARTICLE, 'desktop');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const masthead = page.locator('.print-only').first();
    await expect
      .poll(() => masthead.textContent())
      .toContain(`printed ${await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }))}`);
    expect(await masthead.textContent()).toContain(`Gut–Skin Axis · ${new URL(ARTICLE, 'https://gut-skin-axis.example.org').href}`);
    expect(await masthead.isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the hub on a phone', () => {
  it('shows "Start here", every condition link and a search box in the first screen', async () => {
    const page = await open('/', 'phone');
    const bottom = async (selector: string) => {
      const boxes = await page
        .locator(selector)
        .evaluateAll((elements) =>
          elements.filter((element) => (element as HTMLElement).offsetParent !== null).map((element) => element.getBoundingClientRect().bottom),
        );
      expect(boxes.length, selector).toBeGreaterThan(0);
      return Math.max(...boxes);
    };
    for (const selector of ['[data-start-here]', '[data-conditions] a', 'main input[type="search"]']) {
      expect(await bottom(selector), selector).toBeLessThanOrEqual(VIEWPORTS.phone.height);
    }
    expect(await page.locator('[data-conditions] a').count()).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });
});

describe('search on a phone', () => {
  it('shows the first result in the first screen, hides filter values that would find nothing once touched, and every filter when nothing is found', async () => {
    const page = await open('/search/?q=eczema', 'phone');
    const first = page.locator('[data-search-results] > li').first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThan(VIEWPORTS.phone.height);
    // A phone reader touches the filters: counts come then (they wait for the reader to reach for them).
    await page.locator('[data-search-facets] legend').first().tap();
    const counts = page.locator('[data-search-facets] [data-count]');
    await expect.poll(() => counts.evaluateAll((elements) => elements.some((element) => element.textContent !== ''))).toBe(true);
    const offered = await page
      .locator('[data-search-facets] li')
      .evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.querySelector('[data-count]')!.textContent));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain('(0)');
    await goto(page, `${server.url}/search/?q=zzqxjv`);
    await expect.poll(() => page.textContent('[data-search-heading]')).toMatch(/^No results/);
    expect(await page.locator('[data-search-facets]').isVisible()).toBe(false);
    await page.context().close();
  });
});

/**
 * Search as a reader uses it, in Debian's Chromium against the built site (served with our headers,
 * so the Content-Security-Policy applies): the header box, the results page, filters, sorting, the
 * URL, the keyboard, screen-reader announcements, layout stability, the landing-page highlight, the
 * empty and no-JavaScript states, and axe in both colour schemes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { SYNONYMS_MARKER, pagefindFilters, parseSearchState } from '../../src/lib/search';
import type { Pagefind } from '../../src/client/pagefind';
import { goto, launchBrowser, newContext, type ColorScheme } from '../support/browser';
import { publishedArticles } from '../support/articles';
import { axeViolations } from '../support/axe';
import { loadIndex, pathOf } from '../support/pagefind';

const dist = inject('distDir');
const ARTICLE = '/articles/dairy-and-skin/';

let browser: Browser;
let server: StaticServer;
let pagefind: Pagefind;
let context: BrowserContext | undefined;
const problems: string[] = [];

beforeAll(async () => {
  [browser, server, pagefind] = await Promise.all([launchBrowser(), startStaticServer(dist), loadIndex(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page that records console errors, failed requests and CSP violations into `problems`. */
async function open(
  path: string,
  colorScheme: ColorScheme = 'light',
  options: Parameters<typeof newContext>[3] = {},
): Promise<{ page: Page; requests: string[] }> {
  context = await newContext(browser, 'desktop', colorScheme, options);
  const page = await context.newPage();
  const requests: string[] = [];
  problems.length = 0;
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
  await goto(page, server.url + path);
  return { page, requests };
}

/** Waits until the results for the URL's current query are on the page; returns the heading. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const heading = document.querySelector('[data-search-heading]')?.textContent ?? '';
    const wanted = new URLSearchParams(location.search).get('q');
    return document.querySelector('[data-search-ready]') && (wanted ? heading.includes(`“${wanted}”`) : /result/.test(heading));
  });
  return (await page.textContent('[data-search-heading]'))!;
}

/** What Pagefind itself returns for the page's current URL (the truth the page must show). */
async function expectedCount(page: Page): Promise<number> {
  const state = parseSearchState(new URL(page.url()).search);
  return (await pagefind.search(state.q || null, { filters: pagefindFilters(state) })).results.length;
}

const shownCount = async (page: Page) => Number(/^(\d+)/.exec((await page.textContent('[data-search-heading]'))!)?.[1] ?? 0);
const facet = (page: Page, name: string, value: string) => page.locator(`[data-facet="${name}"] input[value="${value}"]`);
const countOf = (page: Page, name: string, value: string) => facet(page, name, value).locator('xpath=..').locator('[data-count]');
/** A facet value's count, once the reader has reached for the filters (counts wait for that). */
async function facetCount(page: Page, name: string, value: string): Promise<number> {
  await page.hover('[data-search-facets] legend');
  await expect.poll(() => countOf(page, name, value).textContent()).toMatch(/^\(\d+\)$/);
  return Number(/\((\d+)\)/.exec((await countOf(page, name, value).textContent())!)![1]);
}
/** The facet data's files (Pagefind's filter chunks). */
const facetData = (requests: string[]) => requests.filter((path) => path.includes('/pagefind/filter/'));
/** The paths of the first results shown. */
const topPaths = (page: Page, top = 3) =>
  page
    .locator('[data-search-results] > li')
    .evaluateAll((items, top) => items.slice(0, top).map((item) => new URL((item as HTMLElement).dataset.searchResult!, location.href).pathname), top);

describe('search in the browser', () => {
  it('a reader types in the header, sees results, opens one and finds the words highlighted', async () => {
    const { page, requests } = await open(ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(
      requests.filter((path) => path.includes('/pagefind/')),
      'no search bytes on a page that is only read',
    ).toEqual([]);

    await page.fill('#site-search', 'probiotic acne');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=probiotic\+acne/);
    const heading = await settled(page);
    expect(heading).toMatch(/^\d+ results? for “probiotic acne”$/);
    expect(requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);

    const first = page.locator('[data-search-results] > li').first();
    await expect.poll(() => first.locator('h3 a').textContent()).toBeTruthy();
    expect(await first.locator('mark').count(), 'the excerpt highlights the match').toBeGreaterThan(0);
    expect(await first.locator('p').first().textContent(), 'the result shows its topic and date').toMatch(/Updated \d{1,2} \w+ \d{4}/);

    const href = (await first.locator('h3 a').getAttribute('href'))!;
    expect(href).toMatch(/\?highlight=probiotic%20acne/);
    await first.locator('h3 a').click();
    await page.waitForURL(/highlight=/);
    const marks = page.locator('[data-pagefind-body] mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())!.toLowerCase()).toMatch(/^(probiotic|acne)/);
    expect(await marks.first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('/ and Ctrl+K focus the search box, but / still types inside a field', async () => {
    const { page } = await open(ARTICLE);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search')).toBe('a/b');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    await goto(page, `${server.url}/search/`);
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id), 'the search page’s own box wins').toBe('search-q');
  });

  it('?q= round-trips: the page reads it, writes it, and the back button restores earlier searches', async () => {
    const { page } = await open('/search/?q=eczema');
    await settled(page);
    expect(await page.inputValue('#search-q')).toBe('eczema');
    expect(await shownCount(page)).toBe(await expectedCount(page));

    await facet(page, 'topic', 'Probiotics').check();
    await page.waitForURL(/topic=Probiotics/);
    await expect.poll(() => shownCount(page)).toBe(await expectedCount(page));

    await page.fill('#search-q', 'fibre');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=fibre/);
    await settled(page);

    await page.goBack();
    await page.waitForURL(/q=eczema/);
    expect(await page.inputValue('#search-q')).toBe('eczema');
    expect(await facet(page, 'topic', 'Probiotics').isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => facet(page, 'topic', 'Probiotics').isChecked()).toBe(false);
    await expect.poll(() => shownCount(page)).toBe(await expectedCount(page));
    expect(problems).toEqual([]);
  });

  it('filters: values in one facet widen, facets combine to narrow, and the counts tell the truth', async () => {
    const { page } = await open('/search/?q=gut');
    await settled(page);
    const all = await shownCount(page);
    const dietCount = await facetCount(page, 'topic', 'Diet');

    await facet(page, 'topic', 'Diet').check();
    await expect.poll(() => shownCount(page)).toBe(dietCount);
    expect(dietCount).toBeLessThan(all);
    const probioticsCount = await facetCount(page, 'topic', 'Probiotics');

    await facet(page, 'topic', 'Probiotics').check();
    await page.waitForURL(/topic=Diet&topic=Probiotics/);
    await expect.poll(() => shownCount(page)).toBe(await expectedCount(page));
    const widened = await shownCount(page);
    expect(widened).toBeGreaterThan(dietCount);
    expect(widened).toBeLessThanOrEqual(dietCount + probioticsCount);

    await facet(page, 'type', 'Article').check();
    await page.waitForURL(/type=Article/);
    await expect.poll(() => shownCount(page)).toBe(await expectedCount(page));
    expect(await shownCount(page)).toBeLessThan(widened);
    expect(await page.textContent('[data-search-live]')).toMatch(/filtered by Topic: Diet or Probiotics; Type: Article/);
    expect(problems).toEqual([]);
  });

  it('loads the facet data only when the reader reaches for the filters, then counts the search on screen', async () => {
    const { page, requests } = await open('/search/?q=gut');
    await settled(page);
    await page.waitForLoadState('networkidle');
    expect(facetData(requests), 'no facet data for a search alone').toEqual([]);
    expect(await countOf(page, 'topic', 'Diet').textContent()).toBe('');

    await page.focus('[data-facet="topic"] input');
    await expect.poll(() => countOf(page, 'topic', 'Diet').textContent()).toMatch(/^\(\d+\)$/);
    expect(facetData(requests).length).toBeGreaterThan(0);
    // From then on, every search comes with its counts.
    await page.fill('#search-q', 'acne');
    await page.press('#search-q', 'Enter');
    await settled(page);
    await expect.poll(() => countOf(page, 'topic', 'Skin conditions').textContent()).toMatch(/^\([1-9]\d*\)$/);
    expect(problems).toEqual([]);
  });

  it('counts at once when the reader arrives with a filter ticked', async () => {
    const { page, requests } = await open('/search/?q=gut&topic=Diet');
    await settled(page);
    await expect.poll(() => countOf(page, 'topic', 'Diet').textContent()).toMatch(/^\([1-9]\d*\)$/);
    expect(facetData(requests).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('sorts by newest first', async () => {
    const { page } = await open('/search/?q=skin&type=Article');
    await settled(page);
    await page.selectOption('#search-sort', 'newest');
    await page.waitForURL(/sort=newest/);
    const state = parseSearchState(new URL(page.url()).search);
    const expected = await Promise.all(
      (await pagefind.search(state.q, { filters: pagefindFilters(state), sort: { updated: 'desc' } })).results
        .slice(0, 10)
        .map(async (result) => (await result.data()).meta.title),
    );
    // The heading does not change with the order, so the wait is on the titles themselves.
    await expect.poll(() => page.locator('[data-search-results] h3').allTextContents()).toEqual(expected);
  });

  it('works by keyboard alone: type, Enter moves to the results, Tab reaches the best match then the first result, Enter opens it', async () => {
    const { page } = await open('/search/');
    await page.keyboard.press('/');
    await page.keyboard.type('leaky gut');
    await page.keyboard.press('Enter');
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-search-best]') !== null),
      '"leaky gut" is a glossary name: its card comes first',
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/leaky-gut-evidence-versus-hype\/\?highlight=leaky%20gut/);
    expect(await page.locator('[data-pagefind-body] mark').count()).toBeGreaterThan(0);
  });

  it('announces results to screen readers and links to matching headings', async () => {
    const { page } = await open('/search/?q=butyrate');
    const heading = await settled(page);
    await expect.poll(() => page.textContent('[data-search-live]')).toBe(`${heading}. Best match: Butyrate.`);
    expect(await page.getAttribute('[data-search-live]', 'aria-live')).toBe('polite');
    const sectionLinks = await page.locator('[data-search-results] ul a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(sectionLinks.length).toBeGreaterThan(0);
    expect(sectionLinks.every((href) => /\/\?highlight=butyrate#[\w-]+$/.test(href))).toBe(true);
  });

  it('does not shift the layout while results arrive', async () => {
    const { page } = await open('/search/?q=probiotics');
    await settled(page);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
              if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift).toBeLessThan(0.01);
  });

  it('finds articles for a question: filler words are left out, and says which', async () => {
    const { page } = await open('/search/');
    await page.fill('#search-q', 'stress makes my skin flare');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=stress\+makes\+my\+skin\+flare/);
    expect(await settled(page)).toMatch(/^\d+ results? for “stress makes my skin flare”$/);
    expect(await topPaths(page)).toContain('/articles/stress-sleep-and-skin-flares/');
    expect(await page.textContent('[data-search-detail]')).toMatch(/^(\d+ of them match all the words but one\. )?Common words left out: makes, my\.$/);
    // The opened page highlights the words searched, not "my" (which would mark "myths").
    expect(await page.locator('[data-search-results] h3 a').first().getAttribute('href')).toMatch(/\?highlight=stress%20skin%20flare$/);
    expect(problems).toEqual([]);
  });

  it('when no page has every word, shows the pages with the most of them and says so; filters and counts still apply', async () => {
    const { page } = await open('/search/?q=does+kefir+make+rosacea+worse');
    const heading = page.locator('[data-search-heading]');
    // The fallback runs one search per word and counts every facet: on a loaded machine that takes seconds.
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toBe('No page has all of those words');
    expect(await page.inputValue('#search-q')).toBe('does kefir make rosacea worse');
    const detail = (await page.textContent('[data-search-detail]'))!;
    expect(detail).toMatch(/^Showing \d+ pages that match some of them: kefir, rosacea, worse\.$/);
    await expect.poll(() => page.textContent('[data-search-live]')).toBe(`No page has all of those words. ${detail}`);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(false);
    expect(await topPaths(page)).toContain('/articles/rosacea-and-sibo/');

    // A facet's count is what ticking it shows, here too.
    const shown = async () => Number(/^Showing (\d+)/.exec((await page.textContent('[data-search-detail]'))!)?.[1]);
    const all = await shown();
    const skin = await facetCount(page, 'topic', 'Skin conditions');
    expect(skin).toBeGreaterThan(0);
    expect(skin).toBeLessThan(all);
    await facet(page, 'topic', 'Skin conditions').check();
    await page.waitForURL(/q=does\+kefir\+make\+rosacea\+worse&topic=Skin\+conditions/);
    await expect.poll(shown).toBe(skin);
    expect(await page.textContent('[data-search-detail]')).toMatch(/Filtered by Topic: Skin conditions\.$/);
    expect(await topPaths(page)).toContain('/articles/rosacea-and-sibo/');
    expect(problems).toEqual([]);
  });

  it('never shows the hidden synonyms as an excerpt: a page found by another name shows its description', async () => {
    const { page } = await open('/search/?q=roughage');
    await settled(page);
    const results = page.locator('[data-search-results] > li');
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    const excerpts = await results.locator(':scope > p:last-of-type').allTextContents();
    expect(
      excerpts.filter((text) => /⁂|Also known as/.test(text)),
      'no excerpt quotes the hidden synonyms',
    ).toEqual([]);

    // The index still finds articles by the alias alone, and their result shows the description instead.
    const records = await Promise.all((await pagefind.search('roughage')).results.map((result) => result.data()));
    const byAliasOnly = records.filter(
      (data) => pathOf(data.url).startsWith('/articles/') && !/roughage/i.test(data.content.slice(0, data.content.lastIndexOf(SYNONYMS_MARKER))),
    );
    expect(byAliasOnly.length).toBeGreaterThan(0);
    const [first] = byAliasOnly;
    const shown = page.locator(`[data-search-result="${pathOf(first!.url)}"] [data-search-description]`);
    expect(await shown.textContent()).toBe(`${first!.meta.description} Matches “roughage”, another name for a term this page uses.`);
  });

  it('corrects a misspelt word and says so, searches the words as typed when asked, and loads the vocabulary only then', async () => {
    const { page, requests } = await open('/search/?q=probiotics+eczema');
    await settled(page);
    const vocabularyLoads = () => requests.filter((path) => path.endsWith('/search/vocabulary.txt')).length;
    expect(vocabularyLoads(), 'a search whose words are found loads no vocabulary').toBe(0);

    await page.fill('#search-q', 'exzema');
    await page.press('#search-q', 'Enter');
    const correction = page.locator('[data-search-correction]');
    await expect.poll(() => page.textContent('[data-search-heading]')).toMatch(/^\d+ results? for “eczema”$/);
    expect(await correction.textContent()).toBe('Showing results for eczema. Search instead for exzema.');
    expect(await page.inputValue('#search-q')).toBe('exzema');
    await expect.poll(() => topPaths(page, 10)).toContain('/articles/probiotics-for-eczema/');
    expect(await page.textContent('[data-search-live]')).toMatch(/^Showing results for eczema\. Search instead for exzema\./);
    expect(vocabularyLoads()).toBe(1);

    await page.click('[data-search-as-typed]');
    await page.waitForURL(/q=exzema&spelling=as-typed$/);
    await expect.poll(() => page.textContent('[data-search-heading]')).toBe('No results for “exzema”');
    expect(await correction.isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('corrects a word Pagefind only matched by a shorter beginning ("ibuprofin" matched "IBS")', async () => {
    const { page } = await open('/search/?q=ibuprofin+stomach');
    await expect.poll(() => page.textContent('[data-search-correction]')).toBe('Showing results for ibuprofen stomach. Search instead for ibuprofin stomach.');
    await expect.poll(() => topPaths(page)).toContain('/articles/nsaids-and-the-gut/');
  });

  it('shows the defining page as the best match for a name, and leaves it out of the list below', async () => {
    const { page } = await open('/search/?q=eczema');
    await settled(page);
    const card = page.locator('[data-search-best] [data-search-best-match]');
    expect(await card.getAttribute('data-search-best-match')).toBe('/conditions/eczema/');
    expect(await card.locator('p').first().textContent()).toBe('Best match · Condition');
    expect(await card.locator('h3 a').getAttribute('href')).toBe('/conditions/eczema/?highlight=eczema');
    expect(await page.locator('[data-search-results] [data-search-result="/conditions/eczema/"]').count()).toBe(0);
    expect(await page.textContent('[data-search-live]')).toMatch(/Best match: Eczema\./);

    // A glossary term's name leads to its entry; a query that is not a name shows no card.
    await page.fill('#search-q', 'what is butyrate');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => card.getAttribute('data-search-best-match')).toBe('/glossary/#butyrate');
    await page.fill('#search-q', 'probiotics eczema');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.locator('[data-search-best]').isHidden()).toBe(true);
    expect(await axeViolations(page, 'every rule')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('finds pages by everyday words, and says which name it searched them as', async () => {
    const { page } = await open('/search/?q=good+bacteria+eczema');
    await settled(page);
    expect((await topPaths(page)).slice(0, 3)).toContain('/articles/probiotics-for-eczema/');
    expect(await page.textContent('[data-search-detail]')).toContain('Searched “good bacteria” as probiotics.');
    // Highlights cover words, not the punctuation Pagefind marks with them ("eczema:", "(eczema)").
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((mark) => !/^[\p{L}\p{N}](.*[\p{L}\p{N}])?$/su.test(mark))).toEqual([]);

    // One everyday word: the pages carry it as a hidden synonym of the condition.
    await page.fill('#search-q', 'pimples');
    await page.press('#search-q', 'Enter');
    await expect.poll(() => page.locator('[data-search-best] [data-search-best-match]').getAttribute('data-search-best-match')).toBe('/conditions/acne/');
    const onAcne = publishedArticles()
      .filter((article) => article.data.conditions?.includes('acne'))
      .map((article) => `/articles/${article.slug}/`);
    await expect
      .poll(async () => (await topPaths(page, 10)).filter((path) => onAcne.includes(path)).length, { message: 'acne articles are among the first results' })
      .toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });

  it('shows a helpful empty state with topics and glossary terms', async () => {
    const { page } = await open('/search/?q=zzqxv');
    expect(await settled(page)).toBe('No results for “zzqxv”');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('a[href^="/topics/"]').count()).toBeGreaterThanOrEqual(6);
    expect(await empty.locator('a[href^="/glossary/#"]').count()).toBeGreaterThan(3);
  });

  it('says so plainly when the index cannot be loaded', async () => {
    context = await newContext(browser, 'desktop');
    const page = await context.newPage();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await goto(page, `${server.url}/search/?q=acne`);
    await expect.poll(() => page.textContent('[data-search-heading]')).toBe('Search is unavailable');
    expect(await page.textContent('[data-search-live]')).toMatch(/could not be loaded/);
  });

  it('without JavaScript, the header form still leads to a search page that explains and links onwards', async () => {
    const { page } = await open(ARTICLE, 'light', { javaScriptEnabled: false });
    await page.fill('#site-search', 'eczema');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=eczema/);
    const notice = page.locator('main noscript + *, main').first();
    expect(await notice.textContent()).toMatch(/needs JavaScript/);
    expect(await page.locator('main a[href="/articles/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="/topics/"]').count()).toBeGreaterThanOrEqual(6);
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results and with the empty state (%s)', async (scheme) => {
    for (const query of ['probiotics', 'zzqxv']) {
      const { page } = await open(`/search/?q=${query}&topic=Probiotics`, scheme);
      await settled(page);
      expect((await axeViolations(page)).map((violation) => `${query}: ${violation}`)).toEqual([]);
      await context!.close();
      context = undefined;
    }
  });
});

// @vitest-environment happy-dom
/**
 * The search page's controller on a small document of its own, with a stand-in engine: what the reader
 * sees and what the address says as they arrive, type, correct a typo, tick a filter and go back.
 * The built page in Chromium is tests/site/search*.test.ts; this is the controller alone, so each case
 * starts from nothing (two pages started on two documents share no state).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FilterCounts, Pagefind, PagefindData, PagefindResponse, PagefindResult } from '../../src/client/pagefind';
import { startSearchPage, type SearchPageServices } from '../../src/client/searchPage';
import { nameKey, type BestMatchIndex } from '../../src/lib/searchNames';

/** The page's search element, with the parts the controller reads (src/pages/search.astro, SearchFacets.astro). */
function searchDocument(bestMatches: BestMatchIndex): HTMLElement {
  document.body.innerHTML = `
    <div data-search-page data-locale="en-GB" data-vocabulary="/search/vocabulary.txt">
      <script type="application/json" data-best-matches>${JSON.stringify(bestMatches)}</script>
      <form data-search-page-form><input id="search-q" name="q" type="search" />
        <button type="submit">Search</button>
        <select id="search-sort" name="sort"><option value="relevance">Relevance</option><option value="newest">Newest first</option></select>
      </form>
      <div role="status" data-search-live></div>
      <aside data-search-facets>
        <fieldset disabled data-facet="type"><ul>
          ${['Article', 'Condition']
            .map((value) => `<li><label><input type="checkbox" name="type" value="${value}" /><span>${value}</span><span data-count></span></label></li>`)
            .join('')}
        </ul></fieldset>
      </aside>
      <h2 tabindex="-1" data-search-heading>Results</h2>
      <p hidden data-search-correction></p>
      <p data-search-detail></p>
      <div hidden data-search-best></div>
      <ol data-search-results></ol>
      <button type="button" hidden data-search-more>Show more results</button>
      <div data-search-empty>Suggestions</div>
    </div>`;
  return document.querySelector<HTMLElement>('[data-search-page]')!;
}

interface Page {
  url: string;
  title: string;
  type: string;
  content: string;
}
const PAGES: Page[] = [
  { url: '/articles/probiotics-for-eczema/', title: 'Probiotics for eczema', type: 'Article', content: 'Do probiotics help eczema in children?' },
  { url: '/articles/acne-and-the-gut/', title: 'Acne and the gut', type: 'Article', content: 'What the gut has to do with acne.' },
  { url: '/conditions/eczema/', title: 'Eczema (atopic dermatitis)', type: 'Condition', content: 'Eczema is a long-term skin condition.' },
];

/** Pagefind's behaviour that the controller relies on: every word must begin a word of the page; filters narrow; counts by facet. */
function fakePagefind(pages: Page[]): Pagefind {
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const resultOf = (page: Page, query: string[]): PagefindResult => {
    const content = page.content.split(/\s+/);
    const data: PagefindData = {
      url: page.url,
      content: page.content,
      excerpt: page.content,
      locations: content.flatMap((word, index) => (query.some((term) => wordsOf(word)[0]?.startsWith(term)) ? [index] : [])),
      meta: { title: page.title },
      filters: { type: [page.type] },
      sub_results: [],
    };
    return { id: page.url, score: 1, data: async () => data };
  };
  const counts = (found: Page[]): FilterCounts => ({
    type: Object.fromEntries(['Article', 'Condition'].map((type) => [type, found.filter((page) => page.type === type).length])),
  });
  return {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => counts(pages),
    search: async (query, options): Promise<PagefindResponse> => {
      const terms = query ? wordsOf(query) : [];
      const wanted = (options?.filters as Record<string, { any: string[] }> | undefined)?.type?.any;
      const found = pages.filter(
        (page) =>
          terms.every((term) => wordsOf(`${page.title} ${page.content}`).some((word) => word.startsWith(term))) && (!wanted || wanted.includes(page.type)),
      );
      return { results: found.map((page) => resultOf(page, terms)), unfilteredResultCount: found.length, filters: counts(found), totalFilters: counts(pages) };
    },
  };
}

const bestMatches: BestMatchIndex = {
  targets: [{ kind: 'condition', name: 'Eczema (atopic dermatitis)', url: '/conditions/eczema/' }],
  names: { [nameKey('eczema')]: 0, [nameKey('atopic dermatitis')]: 0 },
};

/** The browser's services, stood in: the fake engine, facet data that loads at once, a small vocabulary. */
function standInServices() {
  const pagefind = fakePagefind(PAGES);
  let filtersLoaded = false;
  return {
    loadPagefind: vi.fn<SearchPageServices['loadPagefind']>(async () => pagefind),
    loadFilters: vi.fn<SearchPageServices['loadFilters']>(async () => void (filtersLoaded = true)),
    haveFilters: vi.fn<SearchPageServices['haveFilters']>(() => filtersLoaded),
    fetchVocabulary: vi.fn<SearchPageServices['fetchVocabulary']>(async () => 'acne\neczema\nprobiotics\n'),
  } satisfies SearchPageServices;
}

let services: ReturnType<typeof standInServices>;
let root: HTMLElement;
const part = (selector: string) => root.querySelector<HTMLElement>(selector)!;
const resultUrls = () => [...root.querySelectorAll<HTMLElement>('[data-search-result]')].map((item) => item.dataset.searchResult);
/** A search has finished once it is announced. */
const settled = () => vi.waitFor(() => expect(part('[data-search-live]').textContent).not.toBe(''));

function start(address: string) {
  history.replaceState(null, '', address);
  root = searchDocument(bestMatches);
  startSearchPage(root, services);
}

beforeEach(() => {
  services = standInServices();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('the search page controller', () => {
  it('arriving with no query: explains what to type, enables the filters and loads nothing until the box is focused', async () => {
    start('/search/');
    expect(part('[data-search-detail]').textContent).toMatch(/^Type what you are looking for/);
    expect(root.dataset.searchReady).toBe('');
    expect(root.querySelector<HTMLFieldSetElement>('[data-facet]')!.disabled).toBe(false);
    expect(services.loadPagefind).not.toHaveBeenCalled();
    root.querySelector('input')!.dispatchEvent(new Event('focus'));
    expect(services.loadPagefind).toHaveBeenCalledOnce();
  });

  it('arriving with ?q=: fills the box, lists the pages with every word and announces them', async () => {
    start('/search/?q=probiotics');
    expect(root.querySelector<HTMLInputElement>('#search-q')!.value).toBe('probiotics');
    await settled();
    expect(resultUrls()).toEqual(['/articles/probiotics-for-eczema/']);
    expect(part('[data-search-heading]').textContent).toBe('1 result for “probiotics”');
    expect(part('[data-search-live]').textContent).toBe('1 result for “probiotics”.');
    expect(part('[data-search-empty]').hidden).toBe(true);
    expect(services.fetchVocabulary).not.toHaveBeenCalled();
  });

  it('a query that names a condition shows its page as the best match, above results that leave it out', async () => {
    start('/search/?q=eczema');
    await settled();
    expect(part('[data-search-best] [data-search-best-match]').dataset.searchBestMatch).toBe('/conditions/eczema/');
    expect(part('[data-search-best]').hidden).toBe(false);
    expect(resultUrls()).toEqual(['/articles/probiotics-for-eczema/']);
    expect(part('[data-search-live]').textContent).toContain('Best match: Eczema (atopic dermatitis).');
  });

  it('a misspelt word: fetches the vocabulary once, shows the corrected results and links to the words as typed', async () => {
    start('/search/');
    const input = root.querySelector<HTMLInputElement>('#search-q')!;
    input.value = 'exzema';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(location.search).toBe('?q=exzema');
    await settled();
    expect(services.fetchVocabulary).toHaveBeenCalledExactlyOnceWith('/search/vocabulary.txt');
    expect(part('[data-search-correction]').hidden).toBe(false);
    expect(part('[data-search-correction]').textContent).toBe('Showing results for eczema. Search instead for exzema.');
    expect(part('[data-search-as-typed]').getAttribute('href')).toBe('/search/?q=exzema&spelling=as-typed');
    expect(resultUrls()).toContain('/articles/probiotics-for-eczema/');
  });

  it('a word that finds nothing and has no correction: says so and keeps the suggestions', async () => {
    services.fetchVocabulary.mockResolvedValue('acne\n');
    start('/search/?q=zzzz');
    await settled();
    expect(part('[data-search-heading]').textContent).toBe('No results for “zzzz”');
    expect(part('[data-search-empty]').hidden).toBe(false);
    expect(part('[data-search-facets]').hidden).toBe(true);
  });

  it('ticking a filter narrows the results, loads the facet data and counts each value', async () => {
    start('/search/?q=eczema');
    await settled();
    part('[data-search-facets]').dispatchEvent(new Event('focusin'));
    const condition = root.querySelector<HTMLInputElement>('input[value="Condition"]')!;
    condition.checked = true;
    condition.dispatchEvent(new Event('change'));
    expect(location.search).toBe('?q=eczema&type=Condition');
    await vi.waitFor(() => expect(part('[data-search-live]').textContent).toContain('filtered by'));
    expect(services.loadFilters).toHaveBeenCalled();
    // The condition page is the best match card, so the list under it is empty of it.
    expect(resultUrls()).toEqual([]);
    await vi.waitFor(() => expect(condition.closest('label')!.querySelector('[data-count]')!.textContent).toBe('(1)'));
    expect(root.querySelector('input[value="Article"]')!.closest('label')!.querySelector('[data-count]')!.textContent).toBe('(1)');
  });

  it('the back button brings the previous search back, box and results', async () => {
    start('/search/?q=acne');
    await settled();
    const input = root.querySelector<HTMLInputElement>('#search-q')!;
    input.value = 'probiotics';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(resultUrls()).toEqual(['/articles/probiotics-for-eczema/']));
    history.replaceState(null, '', '/search/?q=acne');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(input.value).toBe('acne');
    await vi.waitFor(() => expect(resultUrls()).toEqual(['/articles/acne-and-the-gut/']));
  });

  it('an index that cannot be loaded: says search is unavailable and how to browse instead', async () => {
    services.loadPagefind.mockRejectedValue(new Error('404'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    start('/search/?q=acne');
    await settled();
    expect(part('[data-search-heading]').textContent).toBe('Search is unavailable');
    expect(part('[data-search-detail]').textContent).toMatch(/could not be loaded.*browse the topics/);
  });
});

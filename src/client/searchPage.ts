/**
 * The search page's controller: reads the state from the URL, runs Pagefind, renders results and
 * facet counts, keeps the URL in step (shareable; the back button works), announces results to
 * screen readers and manages focus. Rendering is in searchRender.ts; vocabulary in src/lib/search.ts.
 * It is a function of the page's search element and of what it fetches (`SearchPageServices`), so it
 * holds no state until started and tests can run it on a small document with a stand-in engine
 * (tests/unit/searchPage.test.ts).
 */
import {
  RESULTS_PER_PAGE,
  emptyFilters,
  filterSummary,
  hasFilters,
  parseSearchState,
  resultSummary,
  searchStateToQuery,
  nearMatchesDetail,
  renamedDetail,
  someWordsDetail,
  type FilterName,
  type SearchState,
} from '../lib/search';
import { haveFilters, loadFilters, loadPagefind, type Pagefind, type PagefindResult } from './pagefind';
import type { BestMatchIndex } from '../lib/searchNames';
import { facetCounts, findResults, type FacetCounts, type SearchHelpers, type SearchOutcome } from './searchQuery';
import { renderBestMatch, renderResult } from './searchRender';

const INTRO = 'Type what you are looking for, for example “probiotics eczema” or “leaky gut”.';

/** What the controller fetches: the engine, its facet data and the spelling vocabulary. */
export interface SearchPageServices {
  loadPagefind(): Promise<Pagefind>;
  loadFilters(pagefind: Pagefind): Promise<void>;
  /** Whether the facet data has loaded, so a search's response carries every facet's counts. */
  haveFilters(): boolean;
  /** The vocabulary file's text (one word per line); rejects if it cannot be had. */
  fetchVocabulary(url: string): Promise<string>;
}

/** The browser's: the build's Pagefind index and the vocabulary file beside it. */
export const pageServices: SearchPageServices = {
  loadPagefind,
  loadFilters,
  haveFilters,
  fetchVocabulary: (url) => fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`vocabulary: HTTP ${response.status}`)))),
};

/** Starts the search page on its element (`[data-search-page]`): reads the URL, wires the controls and runs the search it names. */
export function startSearchPage(root: HTMLElement, services: SearchPageServices = pageServices): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-search-page-form]');
  const input = $<HTMLInputElement>('#search-q');
  const sortSelect = $<HTMLSelectElement>('#search-sort');
  const live = $<HTMLElement>('[data-search-live]');
  const heading = $<HTMLElement>('[data-search-heading]');
  const detail = $<HTMLElement>('[data-search-detail]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const bestSlot = $<HTMLElement>('[data-search-best]');
  const correctionLine = $<HTMLElement>('[data-search-correction]');
  const facets = $<HTMLElement>('[data-search-facets]');
  const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>('[data-facet]')];
  const checkboxes = [...root.querySelectorAll<HTMLInputElement>('[data-facet] input[type="checkbox"]')];
  const dateFormat = new Intl.DateTimeFormat(root.dataset.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

  const facetValues = emptyFilters();
  for (const box of checkboxes) facetValues[box.name as FilterName].push(box.value);
  let vocabulary: Promise<readonly string[]> | undefined;
  const helpers: SearchHelpers = {
    bestMatches: JSON.parse($<HTMLScriptElement>('[data-best-matches]').textContent!) as BestMatchIndex,
    // Fetched the first time a searched word finds nothing, then kept for the page's life.
    vocabulary: () =>
      (vocabulary ??= services
        .fetchVocabulary(root.dataset.vocabulary!)
        .then((text) => text.split('\n').filter(Boolean))
        .catch((error) => {
          vocabulary = undefined;
          console.warn('Spelling suggestions are unavailable:', error);
          return [];
        })),
  };
  let pending: PagefindResult[] = [];
  /** The best match's address: the results list leaves that page out, as the card above shows it. */
  let bestUrl: string | undefined;
  /** The words the current results were found by: what the opened page highlights. */
  let highlightWords = '';
  let run = 0;
  /** The search on screen, so that counts can be added to it when the reader reaches for the filters. */
  let shown: { state: SearchState; outcome: SearchOutcome } | undefined;
  /**
   * Whether facet counts are wanted. Counting needs every facet's data (38 kB at 5,000 articles, more than
   * a tenth of a search's cost) and makes Pagefind count every facet on every search, so it waits until
   * the reader points at, touches or tabs into the filters; the boxes filter without it.
   */
  let countsWanted = false;

  function readControls(): SearchState {
    const filters = emptyFilters();
    for (const box of checkboxes) if (box.checked) filters[box.name as FilterName].push(box.value);
    return { q: input.value.trim(), filters, sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
  }

  function writeControls(state: SearchState) {
    input.value = state.q;
    sortSelect.value = state.sort;
    for (const box of checkboxes) box.checked = state.filters[box.name as FilterName].includes(box.value);
  }

  function updateUrl(state: SearchState, mode: 'push' | 'replace') {
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  }

  function showCounts(counts: FacetCounts) {
    for (const box of checkboxes) {
      const count = counts[box.name as FilterName]?.[box.value] ?? 0;
      box.closest('label')!.querySelector('[data-count]')!.textContent = `(${count})`;
      box.setAttribute('aria-label', `${box.value} (${count} ${count === 1 ? 'result' : 'results'})`);
      // A value that would find nothing is not offered, unless it is ticked (so it can be unticked).
      box.closest('li')!.hidden = count === 0 && !box.checked;
    }
  }

  /** Every value offered again, without counts: there is no search to count against. */
  function clearCounts() {
    for (const box of checkboxes) {
      box.closest('label')!.querySelector('[data-count]')!.textContent = '';
      box.closest('li')!.hidden = false;
    }
  }

  /** "Showing results for eczema. Search instead for exzema": the typed words stay one click away. */
  function showCorrection(outcome: SearchOutcome, state: SearchState) {
    correctionLine.replaceChildren();
    correctionLine.hidden = !outcome.corrected;
    if (!outcome.corrected) return;
    const shown = document.createElement('strong');
    shown.textContent = outcome.corrected.to;
    const asTyped = document.createElement('a');
    asTyped.href = `${location.pathname}${searchStateToQuery({ ...state, asTyped: true })}`;
    asTyped.textContent = outcome.corrected.from;
    asTyped.dataset.searchAsTyped = '';
    correctionLine.append('Showing results for ', shown, '. Search instead for ', asTyped, '.');
  }

  function showBestMatch(outcome: SearchOutcome) {
    bestUrl = outcome.best?.url;
    bestSlot.replaceChildren(...(outcome.best ? [renderBestMatch(outcome.best, highlightWords)] : []));
    bestSlot.hidden = !outcome.best;
  }

  function showMessage(title: string, text: string) {
    heading.textContent = title;
    detail.textContent = text;
    correctionLine.hidden = true;
    bestSlot.hidden = true;
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = false;
  }

  async function renderBatch(query: string, id: number): Promise<HTMLLIElement[]> {
    const batch = pending.splice(0, RESULTS_PER_PAGE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (id !== run) return [];
    // All of a batch is added at once, so nothing on the page moves while results arrive.
    const items = data.filter((entry) => entry.url !== bestUrl).map((entry) => renderResult(entry, query, formatDate));
    list.append(...items);
    more.hidden = pending.length === 0;
    return items;
  }

  async function search(state: SearchState, { focusResults = false } = {}) {
    const id = ++run;
    if (!state.q && !hasFilters(state)) {
      pending = [];
      shown = undefined;
      showMessage('Results', INTRO);
      clearCounts();
      facets.hidden = false;
      live.textContent = '';
      return;
    }
    let pagefind;
    try {
      pagefind = await services.loadPagefind();
    } catch (error) {
      console.warn('Search index could not be loaded:', error);
      const hint = root.hasAttribute('data-dev')
        ? 'The development server has no search index yet. Run `npm run build` once, then reload: `npm run dev` serves the last build’s index.'
        : 'The search index could not be loaded. Check your connection and reload, or browse the topics below.';
      showMessage('Search is unavailable', hint);
      live.textContent = `Search is unavailable. ${hint}`;
      return;
    }
    // The facet data is wanted once the reader reaches for the filters (or arrives with some ticked); it then
    // downloads alongside this search and the first results' data.
    if (hasFilters(state)) countsWanted = true;
    const filtersReady = countsWanted && !services.haveFilters() ? services.loadFilters(pagefind) : undefined;
    const outcome = await findResults(pagefind, state, helpers);
    if (id !== run) return;

    pending = [...outcome.results];
    highlightWords = outcome.match === 'some' || outcome.nearMatches ? outcome.words.join(' ') : outcome.query;
    list.replaceChildren();
    showBestMatch(outcome);
    showCorrection(outcome, state);
    const total = outcome.results.length;
    const some = outcome.match === 'some' && total > 0;
    const summary = some ? 'No page has all of those words' : resultSummary(total, outcome.corrected?.to ?? state.q);
    const filtered = filterSummary(state);
    const rendered = renderBatch(highlightWords, id);
    // Counted once the facet data is in (counting needs no further downloads).
    const haveCounts = filtersReady
      ? await filtersReady.then(
          () => true,
          () => false,
        )
      : services.haveFilters();
    const counts = haveCounts ? await facetCounts(pagefind, state, outcome, facetValues, { searchCounted: !filtersReady }) : undefined;
    await rendered;
    if (id !== run) return;
    shown = { state, outcome };
    // Before the reader reaches for the filters, or without the facet data (a failed download), the boxes
    // still filter; they just show no counts.
    if (counts) showCounts(counts);
    else clearCounts();
    // Nothing found and nothing ticked: no filter could help, so none is shown.
    facets.hidden = total === 0 && !hasFilters(state);
    heading.textContent = summary;
    detail.textContent = [
      some ? someWordsDetail(total, outcome.words) : '',
      outcome.nearMatches ? nearMatchesDetail(outcome.nearMatches) : '',
      outcome.renamed ? renamedDetail(outcome.renamed) : '',
      !some && total && outcome.dropped.length ? `Common words left out: ${outcome.dropped.join(', ')}.` : '',
      filtered ? `Filtered by ${filtered}.` : '',
      total ? '' : 'Nothing matched those words.',
    ]
      .filter(Boolean)
      .join(' ');
    empty.hidden = total > 0;
    const announced = some ? `${summary}. ${detail.textContent}` : `${summary}${filtered ? `, filtered by ${filtered}` : ''}.`;
    live.textContent = [outcome.corrected ? correctionLine.textContent : '', announced, outcome.best ? `Best match: ${outcome.best.name}.` : '']
      .filter(Boolean)
      .join(' ');
    if (focusResults && total > 0) heading.focus();
  }

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = readControls();
      updateUrl(state, 'replace');
      void search(state);
    }, 200);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = readControls();
    updateUrl(state, 'push');
    void search(state, { focusResults: true });
  });

  /** The reader reaches for the filters: load the facet data, then count the search on screen. */
  async function wantCounts() {
    if (countsWanted) return;
    countsWanted = true;
    const id = run;
    try {
      const pagefind = await services.loadPagefind();
      await services.loadFilters(pagefind);
      if (!shown || id !== run) return;
      const counts = await facetCounts(pagefind, shown.state, shown.outcome, facetValues);
      if (id === run) showCounts(counts);
    } catch (error) {
      console.warn('Filter counts are unavailable:', error);
    }
  }
  for (const event of ['pointerenter', 'touchstart', 'focusin'] as const)
    facets.addEventListener(event, () => void wantCounts(), { once: true, passive: true });

  const onControlChange = () => {
    const state = readControls();
    updateUrl(state, 'push');
    void search(state);
  };
  sortSelect.addEventListener('change', onControlChange);
  for (const box of checkboxes) box.addEventListener('change', onControlChange);

  more.addEventListener('click', async () => {
    const [first] = await renderBatch(highlightWords, run);
    first?.querySelector('a')?.focus();
  });

  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    writeControls(state);
    void search(state);
  });

  const initial = parseSearchState(location.search);
  writeControls(initial);
  for (const fieldset of fieldsets) fieldset.disabled = false;
  root.dataset.searchReady = '';
  if (initial.q || hasFilters(initial)) {
    empty.hidden = true;
    void search(initial);
  } else {
    detail.textContent = INTRO;
    // Start loading the engine as soon as the reader shows intent, not before.
    input.addEventListener('focus', () => void services.loadPagefind().catch(() => undefined), { once: true });
  }
}

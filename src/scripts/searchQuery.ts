/**
 * What the search page asks Pagefind for a reader's query, and the facet counts that go with it.
 * Kept apart from the DOM so tests/site/relevance.test.ts runs the very same searches in Node.
 *
 * 1. The query without filler words ("can probiotics help my eczema" → "probiotics eczema"); a query
 *    without any is searched exactly as typed. Pagefind needs every word to match, and it matches word
 *    beginnings, so "my" and "can" restricted results to pages that happen to say "myths" or "cancer".
 * 2. If no page has all the remaining words and there are two or more: the pages that match the most
 *    of them (one search per word, see rankByWordsMatched), and the page says so.
 * Filters and sort apply to every search, the fallback's included.
 */
import { FILTER_NAMES, pagefindFilters, rankByWordsMatched, topicWords, type FilterName, type SearchState } from '../lib/search';
import type { FilterCounts, Pagefind, PagefindResult } from './pagefind';

export interface SearchOutcome {
  /** `all`: every result has all the words searched; `some`: no page had, these have some of them. */
  match: 'all' | 'some';
  results: PagefindResult[];
  /** The words searched, for the explanation and for highlighting on the opened page. */
  words: string[];
  /** The query Pagefind was given: the typed query, or its words without the filler words. */
  query: string;
  /** Filler words left out of the query ("my", "can"). */
  dropped: string[];
  /** Pagefind's facet counts for the search itself (complete only if the facet data was loaded before it ran). */
  filters?: FilterCounts;
}

const searchOptions = (state: SearchState) => ({
  filters: pagefindFilters(state),
  // Pagefind drops the facet counts if `sort` is present but undefined, so it is only added when used.
  ...(state.sort === 'newest' ? { sort: { updated: 'desc' as const } } : {}),
});

/** The results for a state, as the search page shows them. A state with no words lists what the filters match. */
export async function findResults(pagefind: Pagefind, state: SearchState): Promise<SearchOutcome> {
  const { words, dropped } = topicWords(state.q);
  const query = dropped.length ? words.join(' ') : state.q;
  const response = await pagefind.search(query || null, searchOptions(state));
  if (response.results.length > 0 || words.length < 2) return { match: 'all', results: response.results, words, query, dropped, filters: response.filters };
  const perWord = await Promise.all(words.map((word) => pagefind.search(word, searchOptions(state))));
  return { match: 'some', results: rankByWordsMatched(perWord.map((each) => each.results)), words, query, dropped };
}

export type FacetCounts = Record<FilterName, Record<string, number>>;

/**
 * For every facet value, how many results the reader gets by ticking it: the other facets apply, its
 * own does not. Needs the facet data loaded (loadFilters). For the some-words fallback a value's count
 * is the number of distinct pages its per-word searches find, so it too matches what ticking shows;
 * that takes one search per value and word, cheap once the index is loaded (about 1 ms each).
 * `searchCounted`: the facet data was loaded before the search ran, so its own counts are complete.
 */
export async function facetCounts(
  pagefind: Pagefind,
  state: SearchState,
  outcome: SearchOutcome,
  values: Record<FilterName, string[]>,
  { searchCounted = false } = {},
): Promise<FacetCounts> {
  const { query } = outcome;
  const counts = {} as FacetCounts;
  // Facets with nothing ticked share one count: the search with the ticked facets only. On 5,000
  // articles one search takes ~50 ms, so it runs once (or not at all, when the search's own counts will do).
  let unwidened: Promise<FilterCounts> | undefined;
  const countsWithout = (name: FilterName): Promise<FilterCounts> => {
    if (state.filters[name].length) return pagefind.search(query || null, { filters: pagefindFilters(state, name) }).then((response) => response.filters);
    unwidened ??=
      searchCounted && outcome.filters ? Promise.resolve(outcome.filters) : pagefind.search(query || null, { filters: pagefindFilters(state) }).then((response) => response.filters);
    return unwidened;
  };
  await Promise.all(
    FILTER_NAMES.map(async (name) => {
      if (outcome.match === 'all') {
        counts[name] = (await countsWithout(name))[name] ?? {};
        return;
      }
      counts[name] = {};
      for (const value of values[name]) {
        const filters = { ...pagefindFilters(state, name), [name]: { any: [value] } };
        const found = await Promise.all(outcome.words.map((word) => pagefind.search(word, { filters })));
        counts[name][value] = new Set(found.flatMap((each) => each.results.map((result) => result.id))).size;
      }
    }),
  );
  return counts;
}

/**
 * Search vocabulary shared by the index (what the build writes) and the search page (what the
 * browser asks for), so the two cannot drift: filter names, content types, URL parameters.
 * Pure and DOM-free, so it runs in the build, in the browser and in unit tests.
 */

/** Pagefind filter names, in the order the search page shows them, with their headings. */
export const FILTERS = [
  { name: 'topic', label: 'Topic' },
  { name: 'evidence', label: 'Evidence' },
  { name: 'type', label: 'Type' },
] as const;
export type FilterName = (typeof FILTERS)[number]['name'];
export const FILTER_NAMES: FilterName[] = FILTERS.map((filter) => filter.name);

/** The `type` filter's values: what kind of page a result is. */
export const CONTENT_TYPES = { article: 'Article', topic: 'Topic', glossary: 'Glossary term' } as const;

/** Query parameter that carries the search words to the page a reader opens (read there by src/lib/highlight.ts). */
export const SEARCH_HIGHLIGHT_PARAM = 'highlight';

/** Adds the highlight parameter to a result URL, keeping any #heading at the end. */
export function withHighlight(url: string, query: string): string {
  const words = query.trim();
  if (!words) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  return `${path}${path.includes('?') ? '&' : '?'}${SEARCH_HIGHLIGHT_PARAM}=${encodeURIComponent(words)}${hash === undefined ? '' : `#${hash}`}`;
}

/** Results rendered per batch ("Show more results" loads the next batch). */
export const RESULTS_PER_PAGE = 10;

/**
 * Records without dates (glossary terms) sort after every dated page under "Newest first".
 * Pagefind drops records that lack the sort key, so every record carries one.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

export type SortOrder = 'relevance' | 'newest';

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  sort: SortOrder;
}

export const emptyFilters = (): Record<FilterName, string[]> => ({ topic: [], evidence: [], type: [] });

/** Reads the search page's state from its query string (`?q=…&topic=Diet&topic=Probiotics&sort=newest`). */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const name of FILTER_NAMES) filters[name] = [...new Set(params.getAll(name).filter(Boolean))];
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** The query string for a state; the inverse of parseSearchState. Empty parts are left out. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const hasFilters = (state: SearchState) => FILTER_NAMES.some((name) => state.filters[name].length > 0);

/**
 * Pagefind filters for a state: several values in one facet widen the search (any),
 * facets combine to narrow it (all). `except` leaves one facet out, to count that facet's values.
 */
export function pagefindFilters(state: SearchState, except?: FilterName): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) {
    if (name !== except && state.filters[name].length) filters[name] = { any: state.filters[name] };
  }
  return filters;
}

/** "12 results for “eczema”", "1 result", "No results for “xyz”": the results heading and the announcement. */
export function resultSummary(count: number, query: string): string {
  const what = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  return query ? `${what} for “${query}”` : what;
}

/** "Topic: Diet or Probiotics; Evidence: Strong evidence", or "" when nothing is filtered. */
export function filterSummary(state: SearchState): string {
  return FILTERS.filter((filter) => state.filters[filter.name].length)
    .map((filter) => `${filter.label}: ${state.filters[filter.name].join(' or ')}`)
    .join('; ');
}

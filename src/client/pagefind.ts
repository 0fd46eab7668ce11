/**
 * Loads Pagefind's search engine from the build's index (`/pagefind/pagefind.js`), once.
 * The few types we use are declared here; Pagefind ships none for its browser API.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindData {
  url: string;
  /** The page's whole indexed text. */
  content: string;
  excerpt: string;
  /** Where the searched words matched: positions among the content's words (split as Pagefind splits them, PAGEFIND_WORD_SEPARATORS). */
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  /** Relevance; under a sort, the page's rank in that order (higher comes first). */
  score: number;
  data(): Promise<PagefindData>;
}

/** How Pagefind splits a fragment's content into the words its `locations` count (its `word_separators`). */
export const PAGEFIND_WORD_SEPARATORS = /[^\S\uFEFF]+/;

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** How many words an excerpt has (Pagefind's, and ours: src/lib/searchExcerpt.ts). */
export const EXCERPT_WORDS = 24;

export const pagefindUrl = () => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;

let loading: Promise<Pagefind> | undefined;

/** Resolves to the engine, or rejects if the index is missing (as in `astro dev` before any build). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl())) as Pagefind;
    await pagefind.options({ excerptLength: EXCERPT_WORDS });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

let filtersLoading: Promise<void> | undefined;
let filtersLoaded = false;

/**
 * Loads every facet's index (Pagefind only counts values of facets it has loaded). Kept apart from
 * loadPagefind so the first search does not wait for it: the search page starts it alongside the
 * first search, and the facet data downloads while the word index and the first results' data do.
 */
export function loadFilters(pagefind: Pagefind): Promise<void> {
  filtersLoading ??= pagefind.filters().then(() => {
    filtersLoaded = true;
  });
  filtersLoading.catch(() => (filtersLoading = undefined));
  return filtersLoading;
}

/** Whether loadFilters has finished, so a search's response already carries every facet's counts. */
export const haveFilters = () => filtersLoaded;

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
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

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

export const pagefindUrl = () => `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;

let loading: Promise<Pagefind> | undefined;

/** Resolves to the engine, or rejects if the index is missing (as in `astro dev` before any build). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl())) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    // Loads every facet's index now: Pagefind only counts values of facets it has loaded.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Search vocabulary shared by the index (what the build writes) and the search page (what the
 * browser asks for), so the two cannot drift: filter names, content types, URL parameters.
 * Pure and DOM-free, so it runs in the build, in the browser and in unit tests.
 */

/** Pagefind filter names, in the order the search page shows them, with their headings. */
export const FILTERS = [
  { name: 'topic', label: 'Topic' },
  // An article's value is the certainty of its headline question, or "Not graded" (src/components/search/SearchRecord.astro).
  { name: 'evidence', label: 'Certainty of the main answer' },
  { name: 'type', label: 'Type' },
] as const;
export type FilterName = (typeof FILTERS)[number]['name'];
export const FILTER_NAMES: FilterName[] = FILTERS.map((filter) => filter.name);

/** The `type` filter's values: what kind of page a result is. */
export const CONTENT_TYPES = { article: 'Article', condition: 'Condition', topic: 'Topic', glossary: 'Glossary term' } as const;

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
  /** Search the words as typed, without correcting their spelling ("search instead for …"). */
  asTyped?: boolean;
}

/** The URL parameter that turns spelling correction off for a search (`&spelling=as-typed`). */
export const AS_TYPED_PARAM = { name: 'spelling', value: 'as-typed' } as const;

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
    ...(params.get(AS_TYPED_PARAM.name) === AS_TYPED_PARAM.value ? { asTyped: true } : {}),
  };
}

/** The query string for a state; the inverse of parseSearchState. Empty parts are left out. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.asTyped) params.set(AS_TYPED_PARAM.name, AS_TYPED_PARAM.value);
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

/**
 * The hidden synonyms paragraph (components/search/SearchSynonyms.astro) starts with this, so the
 * results page can tell its text from the page's own in an excerpt (src/lib/searchExcerpt.ts).
 * "⁂" is a character editors do not type; the visible "Also known as:" lines on topic pages lack it.
 */
export const SYNONYMS_MARKER = '⁂ Also known as:';

/**
 * Words that say how a question is asked, not what it is about: question words, pronouns,
 * auxiliaries, joiners and a few light verbs ("help", "make", "cause"). Pagefind needs every word of
 * a query to match, and it matches word beginnings ("my" finds "myths", "can" finds "candidate"), so
 * "can probiotics help my eczema" found one unrelated page; without these words it finds the article.
 * Kept short on purpose: a word that could name a topic (eat, diet, worse, baby) stays.
 */
const FILLER_WORDS = new Set(
  [
    'what which who whom whose why how when where',
    'i me my mine myself you your yours we us our it its they them their he him his she her',
    'this that these those there a an the any some',
    'am is are was were be been being do does did have has had can could will would should shall may might must',
    "i'm i've it's what's don't doesn't can't won't isn't aren't",
    'and or of to in on for with about at by from into if so than as',
    'get gets got help helps make makes made cause causes caused affect affects work works',
  ]
    .join(' ')
    .split(' '),
);

/** A word without the punctuation around it ("flare?" → "flare", "“eczema”" → "eczema"). */
export const withoutPunctuation = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** A query's words, without the punctuation around them ("flare?" → "flare"; "crohn's" is kept whole). */
export const queryWords = (query: string): string[] =>
  query
    .split(/\s+/)
    .map((word) => withoutPunctuation(word.replace(/’/g, "'")))
    .filter(Boolean);

/** Written in capitals ("WHO", "US", "IT"), a filler word is an acronym and stays. */
const isFiller = (word: string) => FILLER_WORDS.has(word.toLowerCase()) && !/^[A-Z]{2,}$/.test(word);

/**
 * The words a query is about, and the filler words left out. A query of nothing but filler words
 * ("what is it") keeps them all: there is nothing else to search for.
 */
export function topicWords(query: string): { words: string[]; dropped: string[] } {
  const all = queryWords(query);
  const words = all.filter((word) => !isFiller(word));
  if (words.length === 0) return { words: all, dropped: [] };
  const seen = new Set<string>();
  const once = words.filter((word) => !seen.has(word.toLowerCase()) && seen.add(word.toLowerCase()));
  return { words: once, dropped: all.filter(isFiller) };
}

/**
 * The pages from one search per word, with how many of the words each matches, most first, then by
 * their best score (Pagefind's relevance, or under a sort its rank in that order). Each page keeps the
 * result object with its best score: its excerpt shows that word.
 */
export function pagesByWordsMatched<T extends { id: string; score: number }>(perWord: T[][]): { result: T; matched: number }[] {
  const pages = new Map<string, { result: T; matched: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const page = pages.get(result.id);
      if (!page) pages.set(result.id, { result, matched: 1 });
      else {
        page.matched++;
        if (result.score > page.result.score) page.result = result;
      }
    }
  }
  return [...pages.values()].sort((a, b) => b.matched - a.matched || b.result.score - a.result.score);
}

/**
 * Queries of at least this many words also show the pages that match all of them but one: "does coffee
 * make rosacea worse" then finds the rosacea-triggers article, which never says "worse". With two words,
 * "all but one" would be either word, which is too loose.
 */
export const NEAR_MATCH_MIN_WORDS = 3;

/**
 * The pages that match every word or all but one, ranked together by how strongly they match each word:
 * the sum over the words of the page's score for that word divided by the best score any page has for
 * it. A page that is about two of the words ("can probiotics cure eczema": an article on probiotics for
 * eczema that never says "cure") then ranks above pages that mention all three in passing. Relevance
 * scores only: under a sort, use the sort's order.
 */
export function blendNearMatches<T extends { id: string; score: number }>(perWord: T[][]): { result: T; matched: number }[] {
  const best = perWord.map((results) => Math.max(0, ...results.map((result) => result.score)) || 1);
  const pages = new Map<string, { result: T; matched: number; strength: number }>();
  perWord.forEach((results, word) => {
    for (const result of results) {
      const page = pages.get(result.id) ?? pages.set(result.id, { result, matched: 0, strength: 0 }).get(result.id)!;
      page.matched++;
      page.strength += result.score / best[word]!;
      if (result.score > page.result.score) page.result = result;
    }
  });
  return [...pages.values()]
    .filter((page) => page.matched >= perWord.length - 1)
    .sort((a, b) => b.strength - a.strength)
    .map(({ result, matched }) => ({ result, matched }));
}

/** "Showing 7 pages that match some of them: stress, skin, flare." */
export const someWordsDetail = (count: number, words: string[]) =>
  `Showing ${count} ${count === 1 ? 'page that matches' : 'pages that match'} some of them: ${words.join(', ')}.`;

/** "3 of them match all the words but one." */
export const nearMatchesDetail = (near: number) => `${near} of them ${near === 1 ? 'matches' : 'match'} all the words but one.`;

/** "Searched “friendly bacteria” as probiotics." */
export const renamedDetail = (renamed: { from: string; to: string }[]) => renamed.map(({ from, to }) => `Searched “${from}” as ${to}.`).join(' ');

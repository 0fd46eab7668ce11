/**
 * What the search page asks Pagefind for a reader's query, and the facet counts that go with it.
 * Kept apart from the DOM so tests/site/relevance.test.ts runs the very same searches in Node.
 *
 * 1. The query without filler words ("can probiotics help my eczema" → "probiotics eczema"); a query
 *    without any is searched exactly as typed. Pagefind needs every word to match, and it matches word
 *    beginnings, so "my" and "can" restricted results to pages that happen to say "myths" or "cancer".
 * 2. A query of three words or more also lists the pages with all its words but one, blended in by how
 *    strongly they match each word (NEAR_MATCH_MIN_WORDS, blendNearMatches): the best answer often lacks
 *    one of the reader's words.
 * 3. If no page has all the words and there are two or more: the pages that match the most of them
 *    (one search per word, see pagesByWordsMatched), and the page says so.
 * 4. If Pagefind did not find a word as typed (no result, or only its fallback to a shorter beginning:
 *    see foundAsTyped), its spelling is corrected from the site's vocabulary (src/lib/spelling.ts,
 *    fetched only then), and the corrected query's results are shown if it finds any (unless `asTyped`).
 * 5. A query that is the name of a condition, topic or glossary term brings its page as the best match,
 *    and an everyday phrase in it is searched as the site's name for it (withMainNames).
 * Filters and sort apply to every search, the fallback's included.
 */
import {
  blendNearMatches,
  FILTER_NAMES,
  NEAR_MATCH_MIN_WORDS,
  pagefindFilters,
  pagesByWordsMatched,
  topicWords,
  withoutPunctuation,
  type FilterName,
  type SearchState,
} from '../lib/search';
import { bestMatchFor, withMainNames, type BestMatchIndex, type BestMatchTarget } from '../lib/searchNames';
import { correction, foundAsTyped, MIN_WORD_LENGTH } from '../lib/spelling';
import { PAGEFIND_WORD_SEPARATORS, type FilterCounts, type Pagefind, type PagefindResult } from './pagefind';

export interface SearchOutcome {
  /** `all`: every result has all the words searched (then the near matches); `some`: no page had, these have some of them. */
  match: 'all' | 'some';
  results: PagefindResult[];
  /** How many of the results match all the words but one (`all` only). */
  nearMatches: number;
  /** The words searched, for the explanation and for highlighting on the opened page. */
  words: string[];
  /** The query Pagefind was given: the typed query, or its words without the filler words. */
  query: string;
  /** Filler words left out of the query ("my", "can"). */
  dropped: string[];
  /** Pagefind's facet counts for the search itself (complete only if the facet data was loaded before it ran). */
  filters?: FilterCounts;
  /** Set when a misspelt word was corrected: what the reader typed, and the query searched instead. */
  corrected?: { from: string; to: string };
  /** The page that defines what was searched for, when the query is its name. */
  best?: BestMatchTarget;
  /** Everyday phrases searched as the site's names for them ("friendly bacteria" as "probiotics"). */
  renamed?: { from: string; to: string }[];
}

/** What the search needs besides the index; left out, it neither corrects spelling nor finds a best match. */
export interface SearchHelpers {
  /** The spelling vocabulary, fetched the first time a word finds nothing. */
  vocabulary?: () => Promise<readonly string[]>;
  bestMatches?: BestMatchIndex;
}

const searchOptions = (state: SearchState) => ({
  filters: pagefindFilters(state),
  // Pagefind drops the facet counts if `sort` is present but undefined, so it is only added when used.
  ...(state.sort === 'newest' ? { sort: { updated: 'desc' as const } } : {}),
});

/** The words Pagefind matched in a result: its content's words at the match locations. Its data is fetched once and kept. */
async function matchedWords(result: PagefindResult): Promise<string[]> {
  const { content, locations } = await result.data();
  const words = content.split(PAGEFIND_WORD_SEPARATORS);
  return locations.map((location) => withoutPunctuation(words[location] ?? ''));
}

/** Of `words`, those the top result did not match as typed (none if there is no result: then every word is unfound). */
async function unfound(words: string[], top: PagefindResult | undefined): Promise<string[]> {
  const candidates = words.filter((word) => word.length >= MIN_WORD_LENGTH);
  if (!candidates.length) return [];
  if (!top) return candidates;
  const matched = await matchedWords(top);
  return candidates.filter((word) => !foundAsTyped(word, matched));
}

/** Steps 1–3 for the query as it stands, and the words that Pagefind did not find as typed (step 4's candidates). */
async function searchWords(pagefind: Pagefind, state: SearchState): Promise<{ outcome: SearchOutcome; unfoundWords: string[] }> {
  const { words, dropped } = topicWords(state.q);
  const query = dropped.length ? words.join(' ') : state.q;
  const response = await pagefind.search(query || null, searchOptions(state));
  const full = response.results;
  const base = { words, query, dropped };
  if (words.length < 2 || (full.length > 0 && words.length < NEAR_MATCH_MIN_WORDS)) {
    return {
      outcome: { match: 'all', results: full, nearMatches: 0, ...base, filters: response.filters },
      unfoundWords: query ? await unfound(words, full[0]) : [],
    };
  }
  const perWord = await Promise.all(words.map((word) => pagefind.search(word, searchOptions(state))));
  const pages = pagesByWordsMatched(perWord.map((each) => each.results));
  if (full.length === 0) {
    const unfoundWords = (await Promise.all(words.map((word, index) => unfound([word], perWord[index]!.results[0])))).flat();
    return { outcome: { match: 'some', results: pages.map((page) => page.result), nearMatches: 0, ...base }, unfoundWords };
  }
  const unfoundWords = await unfound(words, full[0]);
  // A page with every word keeps its result from the all-words search: its excerpt marks them all.
  const inFull = new Map(full.map((result) => [result.id, result]));
  const near = pages.filter((page) => page.matched === words.length - 1 && !inFull.has(page.result.id)).map((page) => page.result);
  // By relevance, the near matches blend in by strength; under a sort they follow the full matches.
  const results =
    state.sort === 'newest'
      ? [...full, ...near]
      : blendNearMatches(perWord.map((each) => each.results)).map((page) => inFull.get(page.result.id) ?? page.result);
  return { outcome: { match: 'all', results, nearMatches: near.length, ...base, filters: response.filters }, unfoundWords };
}

/** The query with each misspelt word replaced, or undefined if no word has a correction. */
function correctedQuery(query: string, words: string[], vocabulary: readonly string[]): string | undefined {
  let corrected = query;
  for (const word of words) {
    const fix = correction(word, vocabulary);
    if (fix) corrected = corrected.replace(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu'), fix);
  }
  return corrected === query ? undefined : corrected;
}

/** The results for a state, as the search page shows them. A state with no words lists what the filters match. */
export async function findResults(pagefind: Pagefind, state: SearchState, helpers: SearchHelpers = {}): Promise<SearchOutcome> {
  const best = (query: string) => (helpers.bestMatches ? bestMatchFor(query, helpers.bestMatches) : undefined);
  const { query: renamedQuery, replaced } = helpers.bestMatches ? withMainNames(state.q, helpers.bestMatches) : { query: state.q, replaced: [] };
  if (replaced.length)
    return { ...(await findResults(pagefind, { ...state, q: renamedQuery }, { ...helpers, bestMatches: undefined })), renamed: replaced, best: best(state.q) };
  const { outcome, unfoundWords } = await searchWords(pagefind, state);
  if (unfoundWords.length && !state.asTyped && helpers.vocabulary) {
    const to = correctedQuery(state.q, unfoundWords, await helpers.vocabulary());
    if (to) {
      const retry = await searchWords(pagefind, { ...state, q: to });
      if (retry.outcome.results.length) return { ...retry.outcome, corrected: { from: state.q, to }, best: best(to) };
    }
  }
  return { ...outcome, best: best(state.q) };
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
      searchCounted && outcome.filters
        ? Promise.resolve(outcome.filters)
        : pagefind.search(query || null, { filters: pagefindFilters(state) }).then((response) => response.filters);
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

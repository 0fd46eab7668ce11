/**
 * "Did you mean": the vocabulary the build writes for the search page, and the correction it makes
 * from it. Pagefind has no typo tolerance, so a misspelt word ("exzema") finds nothing; the search
 * page then loads this list (only then) and replaces the word with the nearest one in it.
 *
 * The vocabulary is the site's own words, most useful first: the names readers search by (glossary
 * terms, topics, conditions and their aliases), then the words of the pages (titles, headings, bodies)
 * that at least two pages use, by how many pages use them, up to MAX_PAGE_WORDS: its size stays the same
 * however many articles there are. Its order is the tie-break: of two words equally near the typo, the
 * earlier wins. Pure, for the build, the browser and tests.
 */

/** Words shorter than this are not corrected, nor offered: too many short words are a letter apart. */
export const MIN_WORD_LENGTH = 4;
/** The page words kept, by how many pages use them (names are kept whatever their number). */
export const MAX_PAGE_WORDS = 2000;
/** A word used by fewer pages is a name, a typo or too rare to be what a reader meant. */
export const MIN_PAGES_PER_WORD = 2;

const WORD = /[a-z]+(?:'[a-z]+)?/g;

/** A text's words as the vocabulary keeps them: lower case, letters only, at least MIN_WORD_LENGTH long. */
export const vocabularyWords = (text: string): string[] =>
  (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length >= MIN_WORD_LENGTH && !word.includes("'"));

export interface VocabularySources {
  /** Names readers search by. */
  names: string[];
  /** Each page's text: its title, headings and body (markup is fine: words inside tags are few and rare). */
  pages: string[];
}

/** The vocabulary, most useful word first. */
export function buildVocabulary({ names, pages }: VocabularySources): string[] {
  const kept = new Set<string>();
  for (const name of names) for (const word of vocabularyWords(name)) kept.add(word);
  const pagesUsing = new Map<string, number>();
  for (const page of pages) for (const word of new Set(vocabularyWords(page))) pagesUsing.set(word, (pagesUsing.get(word) ?? 0) + 1);
  const frequent = [...pagesUsing]
    .filter(([word, count]) => count >= MIN_PAGES_PER_WORD && !kept.has(word))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_PAGE_WORDS)
    .map(([word]) => word);
  return [...kept, ...frequent];
}

/**
 * Whether Pagefind found a typed word itself, judged from the words it matched in a result. Pagefind
 * matches word stems and beginnings, and when no word begins like the typed one it falls back to
 * shorter and shorter beginnings ("ibuprofin" finds "IBS"), so an empty result list is not the only
 * sign of a misspelling: a match that shares less than the typed word minus a stem's ending
 * (three letters) was not a match for it.
 */
export function foundAsTyped(typed: string, matched: readonly string[]): boolean {
  const word = typed.toLowerCase();
  const beginning = word.slice(0, Math.max(MIN_WORD_LENGTH - 1, word.length - 3));
  return matched.some((found) => found.toLowerCase().startsWith(beginning));
}

/** How far a word may be from its correction: one edit for short words, two from eight letters. */
export const maxEdits = (word: string) => (word.length >= 8 ? 2 : 1);

/**
 * The optimal-string-alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours each count one: "exzema" → "eczema" is 1, "rosaceae" → "rosacea" is 1), or `limit + 1`
 * as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The vocabulary word nearest to `word` within maxEdits, the earlier of equals; undefined if none is near. */
export function correction(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < MIN_WORD_LENGTH || !/^[a-z]+$/.test(typed)) return undefined;
  const limit = maxEdits(typed);
  let best: { word: string; edits: number } | undefined;
  for (const candidate of vocabulary) {
    if (candidate === typed) return undefined;
    const edits = editDistance(typed, candidate, best ? Math.min(limit, best.edits - 1) : limit);
    if (edits <= limit && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best?.word;
}

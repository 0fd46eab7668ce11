/**
 * Result excerpts as a reader should see them: never the hidden synonyms, and not a restated title.
 *
 * An article carries the other names of the terms it uses as hidden, indexed text at the end of its body
 * (components/search/SearchSynonyms.astro), so a search for "eczema" finds an article that says "atopic
 * dermatitis". When that hidden text is where the match is, Pagefind's excerpt quotes it, and the reader
 * would see words the page never shows them.
 * Pure, so it is unit-tested; the search page turns the result into DOM (src/client/searchRender.ts).
 */
import { SYNONYMS_MARKER, withoutPunctuation } from './search';

/** A piece of an excerpt: plain text, or a matched word that Pagefind marked. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

export interface VisibleExcerpt {
  /** The part of the excerpt that is text on the page (all of it, when no hidden text is quoted). */
  segments: ExcerptSegment[];
  /** Whether hidden text was cut off the end. */
  cut: boolean;
  /** Whether a matched word is in the part that is shown. */
  matchShown: boolean;
  /** Words matched only in the hidden synonyms ("eczema"), each once. */
  synonyms: string[];
}

/**
 * How many characters at the start of an excerpt's text are the page's own text. The hidden paragraph
 * is the end of the record's content, from the marker on; Pagefind cuts excerpts out of that content,
 * so the excerpt's place in it says where the hidden text starts.
 */
export function visibleLength(excerpt: string, content: string): number {
  const hiddenStart = content.lastIndexOf(SYNONYMS_MARKER);
  if (hiddenStart < 0) return excerpt.length;
  const at = content.indexOf(excerpt);
  if (at >= 0) return Math.max(0, Math.min(excerpt.length, hiddenStart - at));
  // Not found verbatim (should not happen): fall back to the marker itself, if the excerpt quotes it.
  const marker = excerpt.indexOf(SYNONYMS_MARKER);
  return marker >= 0 ? marker : excerpt.length;
}

/** The excerpt up to where the hidden text starts, and the words that matched only after it. */
export function visibleExcerpt(segments: ExcerptSegment[], content: string): VisibleExcerpt {
  let left = visibleLength(segments.map((segment) => segment.text).join(''), content);
  const shown: ExcerptSegment[] = [];
  const synonyms = new Set<string>();
  let cut = false;
  for (const segment of segments) {
    if (left >= segment.text.length) {
      shown.push(segment);
      left -= segment.text.length;
      continue;
    }
    cut = true;
    if (left > 0 && !segment.mark) shown.push({ text: segment.text.slice(0, left), mark: false });
    // A marked word that straddles the boundary counts as hidden: the page does not show it whole.
    const word = segment.mark ? withoutPunctuation(segment.text) : '';
    if (word) synonyms.add(word.toLowerCase());
    left = 0;
  }
  return { segments: shown, cut, matchShown: shown.some((segment) => segment.mark), synonyms: [...synonyms] };
}

/**
 * An excerpt that does not restate the result's title. A page's indexed text starts with its title (the
 * h1 is the top of data-pagefind-body), so for a query in the title Pagefind's excerpt repeats, often cut
 * mid-way, what the result's heading says just above it ("dermatitis (eczema) and the gut: what infant
 * studies show. Small…"). From the record's words (its content split as Pagefind splits it) and the match
 * locations: the window of `length` words after the title with the most matches (the earliest of equals),
 * opening a few words before its first match; with no match after the title, the words that follow it (the
 * short answer). Undefined when the content does not start with the title (glossary records, say): then
 * Pagefind's own excerpt stands.
 */
export function excerptAfterTitle(words: string[], locations: number[], title: string | undefined, length: number): ExcerptSegment[] | undefined {
  const titleWords = title?.split(/\s+/).filter(Boolean) ?? [];
  if (!titleWords.length || titleWords.some((word, index) => withoutPunctuation(words[index] ?? '') !== withoutPunctuation(word))) return undefined;
  const after = [...new Set(locations)].filter((location) => location >= titleWords.length).sort((a, b) => a - b);
  const LEAD_IN = 3;
  let start = titleWords.length;
  let most = 0;
  for (const location of after) {
    const from = Math.max(titleWords.length, location - LEAD_IN);
    const matches = after.filter((other) => other >= from && other < from + length).length;
    if (matches > most) [start, most] = [from, matches];
  }
  const marked = new Set(after);
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else segments.push({ text, mark });
  };
  words.slice(start, start + length).forEach((word, offset) => {
    if (offset) push(' ', false);
    push(word, marked.has(start + offset));
  });
  return segments;
}

/** "Matches “eczema”, another name for a term this page uses." (or two, three names). */
export function synonymNote(synonyms: string[]): string {
  const names = synonyms.slice(0, 3).map((name) => `“${name}”`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return names.length > 1 ? `Matches ${list}, other names for terms this page uses.` : `Matches ${list}, another name for a term this page uses.`;
}

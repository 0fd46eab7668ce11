/**
 * Search synonyms, driven by the glossary: an article that mentions a term under one of its
 * names (say "atopic dermatitis") is also indexed under its other names ("eczema", "atopic eczema").
 * Pagefind has no synonym feature, so the article page carries the missing names as hidden,
 * indexed text (see components/search/SearchSynonyms.astro). Editors add a synonym by adding an alias in content/glossary.yaml.
 */

export interface SynonymEntry {
  term: string;
  aliases: string[];
}

/** Letters and digits of any script are word characters; everything else separates words. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const ASCII_WORD_CHARACTER = Uint8Array.from({ length: 128 }, (_, code) => Number(/[A-Za-z0-9]/.test(String.fromCharCode(code))));

/**
 * The words of a text: its runs of letters and digits, as `text.split(/[^\p{L}\p{N}]+/u)` gives them
 * without the empty ends, lower-cased unless asked not to. One pass over the characters: the regex
 * took a third of a millisecond per article, which added up to seconds in a 5,000-article build
 * (tests/unit/synonymsEquivalence.test.ts checks the result against the plain definition).
 */
function wordsOf(text: string, keepCase = false): string[] {
  const words: string[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    let isWord: boolean;
    if (code < 128) isWord = ASCII_WORD_CHARACTER[code] === 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A character outside the Basic Multilingual Plane takes two code units.
      isWord = WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(index)!));
      if (isWord) {
        if (start < 0) start = index;
        index++;
        continue;
      }
    } else isWord = WORD_CHARACTER.test(text[index]!);
    if (isWord) {
      if (start < 0) start = index;
    } else if (start >= 0) {
      const word = text.slice(start, index);
      words.push(keepCase ? word : word.toLowerCase());
      start = -1;
    }
  }
  return words;
}

/** Short all-capitals aliases ("UC", "RR", "SCFA") are matched case-sensitively so ordinary words do not trigger them. */
const isAcronym = (name: string) => /^[A-Z0-9]{2,6}s?$/.test(name.replace(/[^\p{L}\p{N}]/gu, ''));

/** Whether `text` mentions `name` as whole words (hyphens, punctuation and case do not matter). */
export function mentions(text: string, name: string): boolean {
  return mentionedNames(text, [name]).has(name);
}

interface Needle {
  name: string;
  words: string[];
  acronym: boolean;
}

/** A name as words to look for; computed once per name, not once per page (a build has thousands of pages). */
const needles = new Map<string, Needle>();
function needleOf(name: string): Needle {
  let needle = needles.get(name);
  if (!needle) {
    const acronym = isAcronym(name);
    needles.set(name, (needle = { name, words: wordsOf(name, acronym), acronym }));
  }
  return needle;
}

/** Names by their first word, case-folded and (for acronyms) as written: built once per list of names. */
interface NameIndex {
  folded: Map<string, Needle[]>;
  cased: Map<string, Needle[]>;
}
const nameIndexes = new Map<string, NameIndex>();
function nameIndexOf(names: string[]): NameIndex {
  const key = names.join('\u0000');
  let index = nameIndexes.get(key);
  if (!index) {
    index = { folded: new Map(), cased: new Map() };
    for (const needle of names.map(needleOf)) {
      if (needle.words.length === 0) continue;
      const byFirstWord = needle.acronym ? index.cased : index.folded;
      (byFirstWord.get(needle.words[0]!) ?? byFirstWord.set(needle.words[0]!, []).get(needle.words[0]!)!).push(needle);
    }
    nameIndexes.set(key, index);
  }
  return index;
}

/**
 * The names a text mentions as whole words in sequence (what `" a b ".includes(" x y ")` says on the
 * normalised texts). One pass over the text's words, looking each up among the names' first words,
 * rather than one scan of the whole text per name: a page is checked against hundreds of names.
 */
function mentionedNames(text: string, names: string[]): Set<string> {
  const index = nameIndexOf(names);
  const found = new Set<string>();
  const scan = (words: string[], byFirstWord: Map<string, Needle[]>) => {
    for (let start = 0; start < words.length; start++) {
      const candidates = byFirstWord.get(words[start]!);
      if (!candidates) continue;
      for (const needle of candidates) {
        if (needle.words.every((next, offset) => words[start + offset] === next)) found.add(needle.name);
      }
    }
  };
  const cased = wordsOf(text, true);
  if (index.folded.size)
    scan(
      cased.map((word) => word.toLowerCase()),
      index.folded,
    );
  if (index.cased.size) scan(cased, index.cased);
  return found;
}

/** A glossary term a text mentions, with the names it does not use (the ones search should add). */
export interface SynonymGroup {
  term: string;
  missing: string[];
}

/**
 * For each glossary term the text mentions under any of its names (or that the page links, by its name in
 * `linked`), the other names that the text does not already contain. Terms whose every name is present are
 * left out.
 */
export function synonymsFor(text: string, entries: SynonymEntry[], linked: string[] = []): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  const mentioned = mentionedNames(
    text,
    entries.flatMap((entry) => [entry.term, ...entry.aliases]),
  );
  for (const entry of entries) {
    const names = [entry.term, ...entry.aliases];
    const present = names.map((name) => mentioned.has(name));
    if (!present.some(Boolean) && !names.some((name) => linked.includes(name))) continue;
    const missing = names.filter((_, index) => !present[index]);
    if (missing.length) groups.push({ term: entry.term, missing });
  }
  return groups;
}

/** A readable summary of synonym groups: "Atopic dermatitis: eczema, atopic eczema." per term. */
export const synonymText = (groups: SynonymGroup[]) => groups.map((group) => `${group.term}: ${group.missing.join(', ')}.`).join(' ');

/** Pagefind matches a word's plural as the word (it stems both), so "antibacterials" is "antibacterial" here. */
const singular = (word: string) => (word.length > 3 ? word.replace(/s$/, '') : word);

/**
 * The hidden, indexed text a page carries for its synonyms: the words of the names it lacks that the page
 * itself does not use ("pimples, breakouts, zits, vulgaris." for a page that says "acne"), each once.
 * Pagefind matches words, not phrases, so a word the page already has ("acne" of "acne vulgaris") adds
 * nothing but bytes: every word here is stored in the index and in the page's search fragment. Acronyms,
 * which match case-sensitively, are compared as written.
 */
export function synonymIndexText(groups: SynonymGroup[], pageText = ''): string {
  const pageWords = wordsOf(pageText, true);
  const present = new Set(pageWords.map((word) => singular(word.toLowerCase())));
  const presentCased = new Set(pageWords);
  const seen = new Set<string>();
  return groups
    .map((group) =>
      group.missing.flatMap((name) => {
        const acronym = isAcronym(name);
        return wordsOf(name, acronym).filter((word) => {
          const key = acronym ? word : singular(word);
          // A single letter ("P." of "P. acnes") finds nothing useful on its own.
          if (word.length < 2 || (acronym ? presentCased : present).has(key) || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      }),
    )
    .filter((words) => words.length)
    .map((words) => `${words.join(', ')}.`)
    .join(' ');
}

/**
 * An article page's texts for synonyms (src/layouts/ArticleLayout.astro): `indexed`, what the page's
 * indexed body says as readers see it (the words it already has need no hidden copy); `mentions`, where
 * the names of the ideas it is about are looked for (the indexed text and the description); and `linked`,
 * the names of the glossary terms it links, which it is about whatever form of the word it uses ("observational
 * studies" links "Observational study").
 */
export function articleSearchTexts(
  data: { title: string; description: string; summary: string; keyTakeaways: string[] },
  body: { headings: string[]; prose: string; termIds: string[] },
  termName: (id: string) => string,
): { indexed: string; mentions: string; linked: string[] } {
  const indexed = [data.title, data.summary, ...data.keyTakeaways, ...body.headings, body.prose].join('\n');
  return { indexed, mentions: `${data.description}\n${indexed}`, linked: body.termIds.map(termName) };
}

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

/** Lower-cases (unless asked not to) and turns punctuation and hyphens into single spaces. */
function normalise(text: string, keepCase = false): string {
  const spaced = ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return keepCase ? spaced : spaced.toLowerCase();
}

/** Short all-capitals aliases ("UC", "RR", "SCFA") are matched case-sensitively so ordinary words do not trigger them. */
const isAcronym = (name: string) => /^[A-Z0-9]{2,6}s?$/.test(name.replace(/[^\p{L}\p{N}]/gu, ''));

/** Whether `text` mentions `name` as whole words (hyphens, punctuation and case do not matter). */
export function mentions(text: string, name: string): boolean {
  return prepared(text)(name);
}

/** A name as words to look for; computed once per name, not once per page (a build has thousands of pages). */
const needles = new Map<string, { words: string[]; acronym: boolean }>();
function needleOf(name: string) {
  let needle = needles.get(name);
  if (!needle) {
    const acronym = isAcronym(name);
    needles.set(name, (needle = { words: normalise(name, acronym).trim().split(' ').filter(Boolean), acronym }));
  }
  return needle;
}

/** The words of a text, and where each word occurs, so a name is found without scanning the text again. */
function wordIndex(normalised: string) {
  const words = normalised.trim().split(' ');
  const at = new Map<string, number[]>();
  words.forEach((word, position) => (at.get(word) ?? at.set(word, []).get(word)!).push(position));
  return { words, at };
}

/** Normalises a text once (it may be a whole article) and returns a fast `mentions` for it. */
function prepared(text: string): (name: string) => boolean {
  let folded: ReturnType<typeof wordIndex> | undefined;
  let cased: ReturnType<typeof wordIndex> | undefined;
  return (name) => {
    const needle = needleOf(name);
    if (needle.words.length === 0) return false;
    const index = needle.acronym ? (cased ??= wordIndex(normalise(text, true))) : (folded ??= wordIndex(normalise(text)));
    // Whole words in sequence, as `" a b ".includes(" x y ")` on the normalised texts would say.
    return (index.at.get(needle.words[0]!) ?? []).some((start) => needle.words.every((word, offset) => index.words[start + offset] === word));
  };
}

/** A glossary term a text mentions, with the names it does not use (the ones search should add). */
export interface SynonymGroup {
  term: string;
  missing: string[];
}

/**
 * For each glossary term the text mentions under any of its names, the other names that the
 * text does not already contain. Terms whose every name is present are left out.
 */
export function synonymsFor(text: string, entries: SynonymEntry[]): SynonymGroup[] {
  const groups: SynonymGroup[] = [];
  const has = prepared(text);
  for (const entry of entries) {
    const names = [entry.term, ...entry.aliases];
    const present = names.map(has);
    if (!present.some(Boolean)) continue;
    const missing = names.filter((_, index) => !present[index]);
    if (missing.length) groups.push({ term: entry.term, missing });
  }
  return groups;
}

/** A readable summary of synonym groups: "Atopic dermatitis: eczema, atopic eczema." per term. */
export const synonymText = (groups: SynonymGroup[]) => groups.map((group) => `${group.term}: ${group.missing.join(', ')}.`).join(' ');

/**
 * The hidden, indexed text a page carries for its synonyms: only the names it lacks, each once
 * ("eczema, atopic eczema. SCFA, SCFAs."). The term itself is not repeated as a label (the page
 * already mentions it under some name, or it is among the missing names), and names that differ only
 * in case are written once (acronyms, which match case-sensitively, are kept as written). Every word
 * here is stored in the index and in the page's search fragment, so it is kept to what search needs.
 */
export function synonymIndexText(groups: SynonymGroup[]): string {
  const seen = new Set<string>();
  return groups
    .map((group) =>
      group.missing.filter((name) => {
        const key = isAcronym(name) ? name : name.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    )
    .filter((names) => names.length)
    .map((names) => `${names.join(', ')}.`)
    .join(' ');
}

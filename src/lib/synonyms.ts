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

/** Normalises a text once (it may be a whole article) and returns a fast `mentions` for it. */
function prepared(text: string): (name: string) => boolean {
  const folded = normalise(text);
  const cased = normalise(text, true);
  return (name) => {
    const acronym = isAcronym(name);
    const needle = normalise(name, acronym);
    return needle.trim() !== '' && (acronym ? cased : folded).includes(needle);
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

/** The hidden text a page carries for its synonyms: "Atopic dermatitis: eczema, atopic eczema." per term. */
export const synonymText = (groups: SynonymGroup[]) => groups.map((group) => `${group.term}: ${group.missing.join(', ')}.`).join(' ');

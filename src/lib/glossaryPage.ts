/**
 * The glossary page's shape: terms grouped under their first letter for the A–Z bar, the names worth
 * showing as "Also called" (not plurals or case variants of the term), and the articles each term is
 * used in. Pure, for tests.
 */

/** "Probiotics" and "probiotic", "RCTs" and "RCT": the same word, not another name. */
const sameWord = (a: string, b: string) => {
  const base = (word: string) => word.toLowerCase().replace(/(es|s)$/, '');
  return a.toLowerCase() === b.toLowerCase() || base(a) === base(b);
};

/** The aliases a reader learns something from: every other name, once, leaving out plurals and case variants. */
export function realSynonyms(term: string, aliases: string[]): string[] {
  const shown: string[] = [];
  for (const alias of aliases) if (!sameWord(alias, term) && !shown.some((other) => sameWord(alias, other))) shown.push(alias);
  return shown;
}

/** The letter a term files under: A–Z, or "#" for a digit or symbol. */
export const letterOf = (term: string) => (/^[a-z]/i.test(term) ? term[0]!.toUpperCase() : '#');

/** Terms grouped by letter, in alphabetical order of letter (the terms keep their given order). */
export function byLetter<T extends { term: string }>(terms: T[]): { letter: string; terms: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const entry of terms) groups.set(letterOf(entry.term), [...(groups.get(letterOf(entry.term)) ?? []), entry]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([letter, grouped]) => ({ letter, terms: grouped }));
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

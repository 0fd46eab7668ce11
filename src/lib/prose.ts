/** Plain-text measures of prose: sentences, word counts, overlap. The prose itself comes from the MDX tree (bodyFacts.ts). */

/**
 * A paragraph, list item or table row as the sentence(s) a reader sees: it ends with a full stop and
 * starts with a capital, so readability formulas count sentence breaks where a reader sees them. A space
 * left before punctuation (where a citation marker was) goes.
 */
export function sentence(block: string): string {
  const text = block
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
  if (!text) return '';
  const ended = /[.!?:]$/.test(text) ? text : `${text}.`;
  return ended.charAt(0).toUpperCase() + ended.slice(1);
}

export const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

/**
 * The sentences of a plain paragraph: each ends with a full stop, question or exclamation mark and a
 * space or the end. An initial ("C. difficile") does not end one.
 */
export const sentencesOf = (text: string) =>
  text
    .split(/(?<=(?<!\b[A-Z])[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);

const contentWords = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9%]{4,}/g) ?? []);

/**
 * How much of the shorter text the longer one repeats: the share of its words of four letters or more
 * (numbers and "%" included) that the other also uses. 1 means every such word is repeated.
 */
export function wordOverlap(a: string, b: string): number {
  const [shorter, longer] = [contentWords(a), contentWords(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (shorter.size === 0) return 0;
  return [...shorter].filter((word) => longer.has(word)).length / shorter.size;
}

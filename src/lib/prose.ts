/** Turns an MDX body into the plain prose a reader sees, for word counts and readability. */

/**
 * Each paragraph and list item is a sentence or more of its own: it ends with a full stop
 * and starts with a capital, so readability formulas count sentence breaks where a reader sees them.
 */
function asSentences(block: string): string {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  const ended = /[.!?:]$/.test(text) ? text : `${text}.`;
  return ended.charAt(0).toUpperCase() + ended.slice(1);
}

export function proseOf(body: string): string {
  const plain = body
    .replace(/\s*<Cite[^>]*\/>/g, '')
    .replace(/<\/?Term[^>]*>/g, '') // inline: the linked word stays in its sentence
    .replace(/<\/?[A-Z][^>]*>/g, '\n\n') // block components (Callout …) start and end blocks
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>|]/g, '');
  const blocks = plain
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line)) // headings are labels, not sentences
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '\n\n')) // a list item starts a block
    .join('\n')
    .split(/\n\s*\n/);
  return blocks.map(asSentences).filter(Boolean).join(' ');
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

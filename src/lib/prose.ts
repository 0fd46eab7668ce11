/** Turns an MDX body into the plain prose a reader sees, for word counts and readability. */
export function proseOf(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line)) // headings are labels, not sentences
    .map((line) => {
      const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
      // A list item is read as a sentence of its own.
      return item ? `${item[1]!.replace(/[.;:,]?\s*$/, '')}.` : line;
    })
    .join('\n')
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>|]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;

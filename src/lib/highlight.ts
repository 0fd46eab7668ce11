/**
 * Finding the searched words on the page a reader opened from a result.
 * No imports, and nothing here is imported by the search page: this module is bundled into the
 * header's small script (pageScript.ts), which Astro then inlines into every page (with a CSP hash)
 * only as long as it shares no module with another script.
 */

/**
 * Query parameter that carries the search words to the opened page: `/articles/x/?highlight=eczema#diet`.
 * The search page writes it with the same name (SEARCH_HIGHLIGHT_PARAM in src/lib/search.ts; a unit test keeps them equal).
 */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The words to mark, as a pattern. Pagefind matches word stems ("probiotics" finds "probiotic"),
 * so each word is cut back to a simple stem and matched wherever a word starts with it.
 * Returns undefined when there is nothing worth marking.
 */
export function highlightPattern(query: string): RegExp | undefined {
  const stems = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1)
    .map((word) => (word.length > 4 ? word.replace(/(ies|es|s|ing|ed)$/, '') : word))
    .sort((a, b) => b.length - a.length);
  if (!stems.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/**
 * Reference numbering. Editors cite with `<Cite id="key" />`; references are numbered in the
 * order of their first citation in the body, and any listed but uncited come after them. The
 * citation order is read from the rendered MDX tree (src/lib/editorMarkers.ts), not from the text.
 */

export interface Numbering {
  /** Keys in reference-list order; a key's number is its index + 1. */
  order: string[];
  /** Keys cited in the body but missing from the article's `references`. */
  unlisted: string[];
  /** Keys in `references` that the body never cites. */
  uncited: string[];
}

/** Numbers an article's references from the keys in order of first citation and its frontmatter `references` list. */
export function numberReferences(cited: string[], listed: string[]): Numbering {
  const listedSet = new Set(listed);
  const citedSet = new Set(cited);
  const uncited = listed.filter((key) => !citedSet.has(key));
  return {
    order: [...cited.filter((key) => listedSet.has(key)), ...uncited],
    unlisted: cited.filter((key) => !listedSet.has(key)),
    uncited,
  };
}

/** Anchor ids shared by the citation marker and the reference list, so they link both ways. */
export const referenceAnchor = (key: string) => `ref-${key}`;
export const citationAnchor = (key: string) => `cite-${key}`;
/** Whether an id is one of those two kinds: headings must not take them, and they are not heading anchors. */
export const isCitationAnchor = (id: string) => /^(ref|cite)-/.test(id);

/** Ends `text` with a full stop unless it already ends a sentence ("et al.", "?"), so none is doubled. */
export const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** A source formatted the way every reference list shows it: "Authors. Title. Journal. Year;Volume:Pages." */
export function formatSource(source: { authors: string[]; title: string; journal: string; year: number; volume?: string; pages?: string }): string {
  const volume = source.volume ? `;${source.volume}` : '';
  const pages = source.pages ? `:${source.pages}` : '';
  return `${sentence(source.authors.join(', '))} ${sentence(source.title)} ${sentence(source.journal)} ${source.year}${volume}${pages}.`;
}

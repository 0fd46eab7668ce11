/**
 * Numbers an article's citations and decides which glossary words carry their definition, from the MDX
 * tree Astro renders (a Sätteri mdast plugin, set in astro.config.mjs), before any component renders.
 * <Cite> and <Term> then render from their props alone: nothing depends on the order Astro renders them
 * in, and a marker inside code or a comment is not a marker, because in the tree it is text.
 *
 * - each <Cite id> gets `number` (its place in the reference list) and, on the key's first marker, `first`
 *   (that marker carries the anchor the reference list links back to);
 * - each <Term id> gets `mode`: "define" where the page writes its definition (the first use, for the
 *   first MAX_DEFINITIONS_PER_PAGE terms), "open" for later uses of those, "link" for the rest;
 * - the body's facts (bodyFacts.ts: the keys in order of first citation, the terms it links, its prose)
 *   go to the render result (`remarkPluginFrontmatter`), so the reference list is numbered from the same
 *   walk, and the search index and the glossary read the body as the tree has it.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { bodyMarkers, idOf, type BodyFacts, type MdastNode } from './bodyFacts';
import { numberReferences } from './citations';

/** A page holds at most this many definitions, so its weight stays within the article budget. */
export const MAX_DEFINITIONS_PER_PAGE = 8;

export type TermMode = 'define' | 'open' | 'link';

/** What the plugin adds to each component's props; editors never write these (the checker refuses them). */
export interface CiteMarks {
  number: string;
  first?: boolean;
}
export interface TermMarks {
  mode: TermMode;
}

/** The element as it was, plus `marks` as attributes (Sätteri lets a plugin replace a node, not edit its attributes). */
const withMarks = (node: MdastNode, marks: Record<string, string | null>) => ({
  type: node.type,
  name: node.name,
  attributes: [
    ...(node.attributes ?? []).filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name! in marks)),
    ...Object.entries(marks).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
  ],
  children: [...(node.children ?? [])],
});

/** What the plugin adds to the render result (`remarkPluginFrontmatter`). */
export interface MarkedFacts extends BodyFacts {
  /** The reference list's keys in order: cited ones by first citation, then those listed but not cited. */
  referenceOrder: string[];
}

export const editorMarkers = () =>
  defineMdastPlugin({
    name: 'gut-skin-axis:editor-markers',
    before(root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      const listed = Array.isArray(frontmatter?.references) ? frontmatter.references.map(String) : [];
      const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an article';

      const { cites, terms, ...facts } = bodyMarkers(root as MdastNode);
      const { order, unlisted } = numberReferences(facts.citedKeys, listed);
      if (unlisted.length) {
        throw new Error(
          `${file}: references — <Cite id="${unlisted.join('">, <Cite id="')}" /> is not listed in the frontmatter references. Add the key to references (and to content/bibliography.yaml if it is new).`,
        );
      }
      const numbers = new Map(order.map((key, index) => [key, String(index + 1)]));
      const seen = new Set<string>();
      for (const node of cites) {
        const id = idOf(node);
        const marks: Record<string, string | null> = { number: numbers.get(id)! };
        if (!seen.has(id)) marks.first = null;
        seen.add(id);
        ctx.replaceNode(node as never, withMarks(node, marks) as never);
      }

      const defined = new Set<string>();
      for (const node of terms) {
        const id = idOf(node);
        const mode: TermMode = defined.has(id) ? 'open' : defined.size < MAX_DEFINITIONS_PER_PAGE ? 'define' : 'link';
        if (mode === 'define') defined.add(id);
        ctx.replaceNode(node as never, withMarks(node, { mode }) as never);
      }
      if (frontmatter) Object.assign(frontmatter, { ...facts, referenceOrder: order } satisfies MarkedFacts);
    },
  });

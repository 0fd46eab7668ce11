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
 * - the keys in order of first citation go to the render result (`remarkPluginFrontmatter.citedKeys`),
 *   so the reference list is numbered from the same walk.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
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

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  type: string;
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
}

const idOf = (node: JsxElement) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
/** The element as it was, plus `marks` as attributes (Sätteri lets a plugin replace a node, not edit its attributes). */
const withMarks = (node: JsxElement, marks: Record<string, string | null>) => ({
  type: node.type,
  name: node.name,
  attributes: [
    ...node.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name! in marks)),
    ...Object.entries(marks).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
  ],
  children: [...node.children],
});

export const editorMarkers = () =>
  defineMdastPlugin({
    name: 'gut-skin-axis:editor-markers',
    before(root, ctx) {
      const frontmatter = (ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
      const listed = Array.isArray(frontmatter?.references) ? frontmatter.references.map(String) : [];
      const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an article';

      // One walk collects the markers in document order; a number needs the whole citation order, so marks come after it.
      const cites: JsxElement[] = [];
      const terms: JsxElement[] = [];
      const walk = (node: { type: string; children?: unknown[] }) => {
        if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
          const element = node as unknown as JsxElement;
          if (element.name === 'Cite') cites.push(element);
          if (element.name === 'Term') terms.push(element);
        }
        for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
      };
      walk(root as { type: string; children?: unknown[] });

      const citedInOrder = [...new Set(cites.map((node) => String(idOf(node))))];
      const { order, unlisted } = numberReferences(citedInOrder, listed);
      if (unlisted.length) {
        throw new Error(
          `${file}: references — <Cite id="${unlisted.join('">, <Cite id="')}" /> is not listed in the frontmatter references. Add the key to references (and to content/bibliography.yaml if it is new).`,
        );
      }
      const numbers = new Map(order.map((key, index) => [key, String(index + 1)]));
      const seen = new Set<string>();
      for (const node of cites) {
        const id = String(idOf(node));
        const marks: Record<string, string | null> = { number: numbers.get(id)! };
        if (!seen.has(id)) marks.first = null;
        seen.add(id);
        ctx.replaceNode(node as never, withMarks(node, marks) as never);
      }

      const defined = new Set<string>();
      for (const node of terms) {
        const id = String(idOf(node));
        const mode: TermMode = defined.has(id) ? 'open' : defined.size < MAX_DEFINITIONS_PER_PAGE ? 'define' : 'link';
        if (mode === 'define') defined.add(id);
        ctx.replaceNode(node as never, withMarks(node, { mode }) as never);
      }
      if (frontmatter) frontmatter.citedKeys = citedInOrder;
    },
  });

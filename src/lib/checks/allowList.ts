/**
 * What an article body may contain: a closed table. The checker (mdxBody.ts) walks the whole tree
 * Sätteri gives (the parser Astro renders with) and refuses every node, element or attribute that is not
 * listed here, with what to write instead; CONTRIBUTING.md's "What you can write" is generated from it.
 * A deny-list is never finished: anything new that MDX learns to parse is refused until it is added here.
 */
import { z } from 'astro/zod';
import { EDITOR_COMPONENTS } from '../../schemas/editorComponents';

/** Markdown node types, with how editors write them (for CONTRIBUTING.md). */
export const MARKDOWN_NODES: Record<string, string> = {
  paragraph: 'paragraphs',
  heading: "headings `##`, `###` and `####` (the title is the page's only `#` heading)",
  text: 'text',
  emphasis: '*italic*',
  strong: '**bold**',
  delete: '~~struck out~~',
  inlineCode: '`code`',
  code: 'fenced code blocks (shown as text)',
  blockquote: '> quotations',
  list: 'bulleted and numbered lists',
  listItem: 'list items',
  thematicBreak: 'a rule, `---`',
  break: 'a line break (two spaces at the end of a line)',
  link: 'links, `[text](https://…)` or `[text](/articles/…/)`',
  linkReference: 'reference links, `[text][name]` with a `[name]: https://…` line',
  definition: 'the `[name]: https://…` line of a reference link',
  image: 'images, `![what it shows](./picture.png)`',
  imageReference: 'reference images, `![what it shows][name]`',
  table: 'tables',
  tableRow: 'table rows',
  tableCell: 'table cells',
};

/** Heading levels an article may use: h1 is the title, and h5/h6 are too deep to read. */
export const HEADING_DEPTHS = { min: 2, max: 4 } as const;

/** Plain HTML elements allowed inline, and their attributes (all plain text). */
export const INLINE_HTML = {
  sub: { props: z.object({}).strict(), use: 'subscript', example: 'CO<sub>2</sub>' },
  sup: { props: z.object({}).strict(), use: 'superscript', example: '10<sup>9</sup>' },
  abbr: {
    props: z.object({ title: z.string().trim().min(2, 'Write what the abbreviation stands for, e.g. title="immunoglobulin E".') }).strict(),
    use: 'an abbreviation with its expansion',
    example: '<abbr title="immunoglobulin E">IgE</abbr>',
  },
} as const;

/** Everything MDX can hold that an article may not, with what to write instead. */
export const REFUSED_NODES: Record<string, { problem: string; fix: string }> = {
  mdxjsEsm: { problem: 'is code (an import or export line)', fix: 'Remove the line: Callout, Cite and Term work without importing anything.' },
  mdxFlowExpression: { problem: 'is read as code', fix: 'Write literal curly braces as \\{ and \\}; a comment is written {/* like this */}.' },
  mdxTextExpression: { problem: 'is read as code', fix: 'Write literal curly braces as \\{ and \\}; a comment is written {/* like this */}.' },
  footnoteReference: { problem: 'is a footnote', fix: 'Cite sources with <Cite id="…" />; put an aside in the text or in a <Callout>.' },
  footnoteDefinition: { problem: 'is a footnote', fix: 'Cite sources with <Cite id="…" />; put an aside in the text or in a <Callout>.' },
  html: { problem: 'is raw HTML', fix: 'Write it in Markdown, or with <Callout>, <Cite> or <Term>.' },
  yaml: { problem: 'is a second frontmatter block', fix: 'Keep one frontmatter block, at the top of the file.' },
};

export { EDITOR_COMPONENTS };

/**
 * Whether an expression `{…}` holds only comments (`{/* note *\/}`), which MDX compiles to nothing.
 * Read character by character rather than with a regex: a block comment ends at its first `*\/`, so
 * `/* a *\/ code /* b *\/` is code between two comments, which a greedy pattern would take for one comment.
 */
export function isCommentOnly(expression: string): boolean {
  let index = 0;
  while (index < expression.length) {
    const rest = expression.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
    } else if (rest.startsWith('/*')) {
      const end = expression.indexOf('*/', index + 2);
      if (end < 0) return false;
      index = end + 2;
    } else if (rest.startsWith('//')) {
      const end = expression.indexOf('\n', index);
      index = end < 0 ? expression.length : end + 1;
    } else {
      return false;
    }
  }
  return true;
}

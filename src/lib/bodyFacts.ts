/**
 * What an article body says, read from its MDX tree (Sätteri's mdast, the tree Astro renders), not
 * from the raw text: the prose a reader reads, the glossary terms it links and the sources it cites.
 * One definition, whichever pass holds the tree: Astro's render gets these from the editor-markers
 * plugin (editorMarkers.ts, through `remarkPluginFrontmatter`); the content tests and
 * `npm run reading-level` from their own parse of the same file (`bodyFactsOf`).
 * In the tree, a marker written inside code is code and a comment is a comment, so neither counts.
 */
import { mdxToMdast } from 'satteri';
import { sentence } from './prose';

export interface MdastNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: MdastNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface BodyFacts {
  /** The prose a reader sees: each paragraph, list item and table row a sentence or more of its own. */
  prose: string;
  /** The headings' text, in order (labels, not prose). */
  headings: string[];
  /** The keys of <Cite id>, once each, in order of first citation (the reference list's numbering). */
  citedKeys: string[];
  /** The ids of <Term id>, once each, in order of first use. */
  termIds: string[];
}

/** Everything a reader does not read as running text: labels, code, addresses, and what is not rendered. */
const NOT_PROSE = new Set([
  'yaml',
  'toml',
  'heading',
  'code',
  'definition',
  'image',
  'imageReference',
  'html',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'footnoteDefinition',
  'footnoteReference',
]);

const isElement = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
/** An editor component's `id`: always plain text (the checker refuses `{…}`). */
export const idOf = (node: MdastNode) => String(node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value);

/** A block's words as they read: a <Cite> marker ("[3]") and the space before it are not words. */
function inlineText(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (NOT_PROSE.has(node.type) || (isElement(node) && node.name === 'Cite')) return '';
  return (node.children ?? []).map(inlineText).join('');
}

/** The <Cite> and <Term> elements of a tree, in document order, with the prose and the ids they give. */
export function bodyMarkers(root: MdastNode): BodyFacts & { cites: MdastNode[]; terms: MdastNode[] } {
  const blocks: string[] = [];
  const headings: string[] = [];
  const cites: MdastNode[] = [];
  const terms: MdastNode[] = [];
  const findMarkers = (node: MdastNode) => {
    if (isElement(node) && node.name === 'Cite') cites.push(node);
    if (isElement(node) && node.name === 'Term') terms.push(node);
    node.children?.forEach(findMarkers);
  };
  const findBlocks = (node: MdastNode) => {
    if (node.type === 'heading') headings.push((node.children ?? []).map(inlineText).join('').trim());
    if (NOT_PROSE.has(node.type)) return;
    if (node.type === 'paragraph') blocks.push(inlineText(node));
    else if (node.type === 'tableRow') blocks.push((node.children ?? []).map(inlineText).join(', '));
    else node.children?.forEach(findBlocks);
  };
  findMarkers(root);
  findBlocks(root);
  return {
    prose: blocks.map(sentence).filter(Boolean).join(' '),
    headings,
    citedKeys: [...new Set(cites.map(idOf))],
    termIds: [...new Set(terms.map(idOf))],
    cites,
    terms,
  };
}

function bodyFacts(root: MdastNode): BodyFacts {
  const { prose, headings, citedKeys, termIds } = bodyMarkers(root);
  return { prose, headings, citedKeys, termIds };
}

/** The facts of an MDX file's text (frontmatter and all), parsed as Astro parses it. */
export const bodyFactsOf = (source: string): BodyFacts => bodyFacts(mdxToMdast(source) as MdastNode);

/**
 * Reads an article's MDX with the same parser Astro uses (Sätteri) and collects what the checks
 * need: headings and their anchors, components, links, images and code. Parsing the whole file keeps
 * line numbers equal to the editor's.
 */
import { slug as slugify } from 'github-slugger';
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

export interface Located {
  line: number;
}

export interface JsxElement extends Located {
  name: string;
  /** Attribute values: a string, `true` for a bare attribute, or `{…}` for an expression. */
  attributes: Map<string, string | true | { expression: string }>;
  /** Plain text inside the element, e.g. the word a <Term> wraps. */
  text: string;
}

export interface MdxFacts {
  headings: (Located & { slug: string; text: string })[];
  elements: JsxElement[];
  links: (Located & { url: string })[];
  images: (Located & { url: string; alt: string })[];
  /** `import`/`export` lines and `{…}` expressions: code, which articles must not contain. */
  code: (Located & { kind: 'esm' | 'expression'; value: string })[];
  /** Where the body starts (the line after the frontmatter). */
  bodyLine: number;
}

export interface MdxSyntaxError extends Located {
  column: number;
  reason: string;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Parses `source` (a whole .mdx file, frontmatter included); a syntax error comes back with its line. */
export function readMdx(source: string): { facts: MdxFacts } | { error: MdxSyntaxError } {
  let root: Node;
  try {
    root = mdxToMdast(source) as Node;
  } catch (error) {
    return { error: parseSyntaxError(String((error as Error).message ?? error)) };
  }
  const facts: MdxFacts = { headings: [], elements: [], links: [], images: [], code: [], bodyLine: 1 };
  const slugger = new GithubSlugger();
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'yaml':
        facts.bodyLine = (node.position as { end?: { line: number } } | undefined)?.end?.line ?? 0;
        facts.bodyLine += 1;
        break;
      case 'heading': {
        const text = textOf(node).trim();
        facts.headings.push({ line, text, slug: slugger.slug(text) });
        break;
      }
      case 'link':
        facts.links.push({ line, url: node.url ?? '' });
        break;
      case 'image':
        facts.images.push({ line, url: node.url ?? '', alt: node.alt ?? '' });
        break;
      case 'mdxjsEsm':
        facts.code.push({ line, kind: 'esm', value: node.value ?? '' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* comments */} are expressions too, and harmless.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '')) facts.code.push({ line, kind: 'expression', value: node.value ?? '' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes = new Map<string, string | true | { expression: string }>();
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
          const value = attribute.value;
          attributes.set(
            attribute.name,
            value == null ? true : typeof value === 'string' ? value : { expression: String((value as { value?: string }).value ?? '') },
          );
        }
        facts.elements.push({ line, name: node.name ?? '', attributes, text: textOf(node).trim() });
        if (node.name === 'a' && typeof attributes.get('href') === 'string') facts.links.push({ line, url: attributes.get('href') as string });
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return { facts };
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** Sätteri reports "11:1: Expected a closing tag for `<Callout>` (11:1) (mdx-jsx:unexpected-character)". */
export function parseSyntaxError(message: string): MdxSyntaxError {
  const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\(\d+:\d+(?:-\d+:\d+)?\))?(?:\s*\([\w:-]+\))?\s*$/s.exec(message.trim());
  if (!match) return { line: 1, column: 1, reason: message.trim() };
  return { line: Number(match[1]), column: Number(match[2]), reason: match[3]!.trim() };
}

/** The URL slug Astro's glob loader gives a file path, e.g. "Acne And Gut.mdx" → "acne-and-gut". */
export const slugOfPath = (path: string) =>
  path
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((segment) => slugify(segment))
    .join('/');

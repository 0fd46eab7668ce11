/**
 * Reads an article's MDX with the same parser Astro renders it with (Sätteri), walks the whole tree
 * against the allow-list (allowList.ts) and collects what the other checks need: headings and their
 * anchors, links, images, citations and glossary terms. Anything not on the list comes back as a
 * refusal with its line and what to write instead. Parsing the whole file keeps line numbers equal
 * to the editor's.
 */
import { slug as slugify } from 'github-slugger';
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import type { z } from 'astro/zod';
import { emergencySignIn } from '../urgentCare';
import { EDITOR_COMPONENTS, HEADING_DEPTHS, INLINE_HTML, isCommentOnly, MARKDOWN_NODES, REFUSED_NODES } from './allowList';

export interface Located {
  line: number;
}

export interface Refusal extends Located {
  problem: string;
  fix: string;
}

export interface MdxFacts {
  headings: (Located & { slug: string; text: string })[];
  /** Link addresses: inline links and the `[name]: …` lines of reference links. */
  links: (Located & { url: string })[];
  /** Image addresses, from `![…](…)` or a reference image, with their alt text. */
  images: (Located & { url: string; alt: string })[];
  cites: (Located & { id: string })[];
  terms: (Located & { id: string; text: string })[];
  /** Urgent-care blocks and their tiers (<UrgentCare tier="…">, and <BowelWarningSigns /> as "soon"). */
  urgentCare: (Located & { tier: string })[];
  /** Emergency signs named outside an emergency-tier block (src/lib/urgentCare.ts). */
  emergencySigns: (Located & { sign: string })[];
  /** What the allow-list does not accept. */
  refusals: Refusal[];
  /** Words of running text in the body (not code), to catch an empty article. */
  words: number;
  /** Where the body starts (the line after the frontmatter). */
  bodyLine: number;
}

export interface MdxSyntaxError extends Located {
  column: number;
  reason: string;
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value?: string };
}

interface Node {
  type: string;
  position?: { start: { line: number }; end?: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  identifier?: string;
  checked?: boolean | null;
  attributes?: Attribute[];
}

/** Elements that would run code or embed another page: named plainly, whatever else they carry. */
const EMBEDS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
  'svg',
  'math',
  'template',
  'portal',
]);

const COMPONENT_LIST = Object.keys(EDITOR_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/** Parses `source` (a whole .mdx file, frontmatter included); a syntax error comes back with its line. */
export function readMdx(source: string): { facts: MdxFacts } | { error: MdxSyntaxError } {
  let root: Node;
  try {
    root = mdxToMdast(source) as Node;
  } catch (error) {
    return { error: parseSyntaxError(String((error as Error).message ?? error)) };
  }
  const facts: MdxFacts = {
    headings: [],
    links: [],
    images: [],
    cites: [],
    terms: [],
    urgentCare: [],
    emergencySigns: [],
    refusals: [],
    words: 0,
    bodyLine: 1,
  };
  /** The tier of the urgent-care block being walked, if any. */
  let tier: string | undefined;
  const references = collectReferences(root);
  const slugger = new GithubSlugger();
  const refuse = (line: number, problem: string, fix: string) => facts.refusals.push({ line, problem, fix });

  const visit = (node: Node, isFirst: boolean) => {
    const line = node.position?.start.line ?? 1;
    // The frontmatter (frontmatter.ts refuses TOML by name).
    if ((node.type === 'yaml' || node.type === 'toml') && isFirst) {
      facts.bodyLine = (node.position?.end?.line ?? 0) + 1;
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!isCommentOnly(node.value ?? '')) refuse(line, `{${shorten(node.value ?? '')}} ${REFUSED_NODES[node.type]!.problem}`, REFUSED_NODES[node.type]!.fix);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return visitElement(node, line);
    const refused = REFUSED_NODES[node.type];
    if (refused) return refuse(line, `${describeNode(node)} ${refused.problem}`, refused.fix);
    if (!(node.type in MARKDOWN_NODES) && node.type !== 'root') {
      return refuse(line, `${node.type} is not something an article can contain`, 'Write it as plain Markdown (see "What you can write" in CONTRIBUTING.md).');
    }
    switch (node.type) {
      case 'text': {
        facts.words += (node.value ?? '').split(/\s+/).filter(Boolean).length;
        const sign = tier === 'emergency' ? undefined : emergencySignIn(node.value ?? '');
        if (sign) facts.emergencySigns.push({ line, sign });
        break;
      }
      case 'heading': {
        const depth = node.depth ?? 1;
        const text = textOf(node).trim();
        if (depth < HEADING_DEPTHS.min)
          refuse(line, `"# ${text}" is a second title (a level-1 heading)`, `Write "## ${text}": the article's title is its only level-1 heading.`);
        else if (depth > HEADING_DEPTHS.max)
          refuse(line, `"${'#'.repeat(depth)} ${text}" is a level-${depth} heading`, `Use ## to #### only: write "#### ${text}", or make it a bold sentence.`);
        if (!text) refuse(line, 'the heading is empty', "Write the heading's text, or remove the line.");
        else facts.headings.push({ line, text, slug: slugger.slug(text) });
        break;
      }
      case 'link':
        facts.links.push({ line, url: node.url ?? '' });
        break;
      case 'definition':
        // Checked as a link, or as an image when only images use it.
        if (!references.imageOnly(node.identifier ?? '')) facts.links.push({ line, url: node.url ?? '' });
        break;
      case 'linkReference':
      case 'imageReference': {
        const url = references.definitions.get(node.identifier ?? '');
        if (url === undefined)
          refuse(
            line,
            `[${textOf(node) || node.alt || ''}][${node.identifier}] has no "[${node.identifier}]: …" line`,
            `Add a line "[${node.identifier}]: https://…" below the paragraph, or write the link inline: [text](https://…).`,
          );
        else if (node.type === 'imageReference') facts.images.push({ line, url, alt: node.alt ?? '' });
        break;
      }
      case 'image':
        facts.images.push({ line, url: node.url ?? '', alt: node.alt ?? '' });
        break;
      case 'listItem':
        if (typeof node.checked === 'boolean') refuse(line, 'is a checklist item ("- [ ]")', 'Write a plain list item: "- text".');
        break;
    }
    (node.children ?? []).forEach((child, index) => visit(child, node.type === 'root' && index === 0));
  };

  const visitElement = (node: Node, line: number) => {
    const name = node.name ?? '';
    if (!name) return refuse(line, 'an empty tag <> … </> is not allowed', 'Remove the <> and </>: write the text on its own.');
    const attributes = readAttributes(node, name, line, refuse);
    const component = EDITOR_COMPONENTS[name as keyof typeof EDITOR_COMPONENTS];
    const element = INLINE_HTML[name as keyof typeof INLINE_HTML];
    if (component) {
      const props = attributes && validateProps(component.props, attributes, name, line, refuse);
      const text = textOf(node).trim();
      if (component.content === 'none' && node.children?.length)
        refuse(line, `<${name}> cannot wrap text`, `Write it on its own, e.g. ${component.example}, after the words it supports.`);
      if (component.content === 'text') {
        if (!text) refuse(line, `<${name}> has no text`, `Put the word it explains between the tags, e.g. ${component.example}.`);
        if (node.children?.some((child) => child.type !== 'text'))
          refuse(line, `<${name}> may only wrap plain words`, `Write just the word, e.g. ${component.example}.`);
      }
      if (props && name === 'Cite' && typeof props.id === 'string') facts.cites.push({ line, id: props.id });
      if (props && name === 'Term' && typeof props.id === 'string') facts.terms.push({ line, id: props.id, text });
      if (name === 'BowelWarningSigns') facts.urgentCare.push({ line, tier: 'soon' });
      if (component.content === 'list') {
        const content = (node.children ?? []).filter((child) => !(child.type === 'text' && !child.value?.trim()));
        if (content.length !== 1 || content[0]!.type !== 'list' || (content[0] as { ordered?: boolean }).ordered) {
          refuse(
            line,
            `<${name}> must hold one bulleted list and nothing else`,
            `Write each sign on its own line starting with "- ", e.g. ${component.example.replace(/\n/g, ' ')}.`,
          );
        }
        if (props && typeof props.tier === 'string') facts.urgentCare.push({ line, tier: props.tier });
        const outer = tier;
        tier = typeof props?.tier === 'string' ? props.tier : outer;
        (node.children ?? []).forEach((child) => visit(child, false));
        tier = outer;
      } else if (component.content === 'markdown') (node.children ?? []).forEach((child) => visit(child, false));
      else (node.children ?? []).forEach((child) => child.type === 'text' && visit(child, false));
      return;
    }
    if (element) {
      if (attributes) validateProps(element.props, attributes, name, line, refuse);
      (node.children ?? []).forEach((child) => visit(child, false));
      return;
    }
    if (EMBEDS.has(name.toLowerCase())) {
      return refuse(
        line,
        `<${name}> is not allowed in an article`,
        'Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
      );
    }
    if (/^[A-Z]/.test(name)) {
      return refuse(
        line,
        `<${name}> is not an editor component`,
        `Use ${COMPONENT_LIST} (see CONTRIBUTING.md), or plain Markdown. Key takeaways go in the frontmatter.`,
      );
    }
    const inline = Object.keys(INLINE_HTML)
      .map((tag) => `<${tag}>`)
      .join(', ');
    return refuse(
      line,
      `<${name}> is not allowed in an article`,
      `Write it in Markdown (**bold**, *italic*, [link](https://…), ## heading); the only HTML allowed is ${inline}.`,
    );
  };

  visit(root, false);
  return { facts };
}

/** An element's attributes as plain text, or undefined (with refusals) when any of them is code or a directive. */
function readAttributes(
  node: Node,
  name: string,
  line: number,
  refuse: (line: number, problem: string, fix: string) => void,
): Record<string, string | true> | undefined {
  const attributes: Record<string, string | true> = {};
  let ok = true;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      refuse(
        line,
        `<${name} {${shorten(String((attribute.value as string | undefined) ?? ''))}}> is code (a spread attribute)`,
        `Remove the {…} and write each attribute as name="value", e.g. ${exampleOf(name)}.`,
      );
      ok = false;
    } else if (attribute.name.includes(':')) {
      refuse(line, `${attribute.name} on <${name}> is an Astro directive`, `Remove ${attribute.name}: articles cannot set HTML, scripts or styles directly.`);
      ok = false;
    } else if (attribute.value && typeof attribute.value === 'object') {
      const code = attribute.value.value ?? '';
      const literal = /^\s*(["'])([^"'\\]*)\1\s*$/.exec(code)?.[2];
      refuse(line, `${attribute.name}={${shorten(code)}} on <${name}> is code`, `Write the value in quotes: ${attribute.name}="${literal ?? '…'}".`);
      ok = false;
    } else if (Object.hasOwn(attributes, attribute.name)) {
      refuse(line, `<${name}> has ${attribute.name} twice`, `Keep one ${attribute.name}="…".`);
      ok = false;
    } else {
      attributes[attribute.name] = attribute.value ?? true;
    }
  }
  return ok ? attributes : undefined;
}

/** Checks attributes against a component's or element's schema; returns the parsed props when valid. */
function validateProps(
  schema: z.ZodType,
  attributes: Record<string, string | true>,
  name: string,
  line: number,
  refuse: (line: number, problem: string, fix: string) => void,
): Record<string, unknown> | undefined {
  const result = schema.safeParse(attributes);
  if (result.success) return result.data as Record<string, unknown>;
  const allowed = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (/^on/i.test(key)) {
          refuse(line, `${key}=… on <${name}> is an inline event handler, which runs code`, `Remove the ${key} attribute: articles cannot run code.`);
          continue;
        }
        refuse(
          line,
          `${key} is not an attribute of <${name}>`,
          allowed.length ? `Remove it; <${name}> takes ${allowed.map((a) => `${a}="…"`).join(' and ')}.` : `Remove it; <${name}> takes no attributes.`,
        );
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    const value = attributes[key];
    if (value === undefined)
      refuse(line, `<${name}> has no ${key}`, issue.message.startsWith('Invalid') ? `Add ${key}="…", e.g. ${exampleOf(name)}.` : issue.message);
    else if (value === true) refuse(line, `${key} on <${name}> has no value`, `Write ${key}="…", e.g. ${exampleOf(name)}.`);
    else refuse(line, `<${name} ${key}="${value}"> is not valid`, issue.message);
  }
  return undefined;
}

const exampleOf = (name: string) =>
  (EDITOR_COMPONENTS[name as keyof typeof EDITOR_COMPONENTS] ?? INLINE_HTML[name as keyof typeof INLINE_HTML])?.example ?? `<${name}>`;

/**
 * The `[name]: address` definitions (the first of each name wins, as in Markdown) and which names links
 * and images use, in one walk. A definition that only images use is an image address, checked as one.
 */
function collectReferences(root: Node) {
  const definitions = new Map<string, string>();
  const usedBy = { linkReference: new Set<string>(), imageReference: new Set<string>() };
  const visit = (node: Node) => {
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url ?? '');
    if ((node.type === 'linkReference' || node.type === 'imageReference') && node.identifier) usedBy[node.type].add(node.identifier);
    node.children?.forEach(visit);
  };
  visit(root);
  return { definitions, imageOnly: (identifier: string) => usedBy.imageReference.has(identifier) && !usedBy.linkReference.has(identifier) };
}

function describeNode(node: Node): string {
  if (node.type === 'mdxjsEsm') return `"${(node.value ?? '').split('\n')[0]}"`;
  if (node.type.startsWith('footnote')) return `[^${node.identifier ?? ''}]`;
  return node.type;
}

const shorten = (code: string) => {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

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
    .replace(/\.mdx?$/i, '')
    .split('/')
    .map((segment) => slugify(segment))
    .join('/');

/**
 * The parts of CONTRIBUTING.md that are generated from the code, so the editors' guide cannot drift
 * from the rules: the frontmatter table (from the article schema's `.meta()`), the evidence
 * grades (from evidence.ts) and the allow-list of what a body may contain (from checks/allowList.ts). `npm run docs:contributing` rewrites them; a unit test fails when
 * CONTRIBUTING.md is out of date.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import type { FieldDoc, SchemaTools } from '../schemas/tools';
import { ANSWER, ANSWERS, CERTAINTIES, CERTAINTY, CERTAINTY_METHOD } from './evidence';
import { URGENCY, URGENCY_TIERS } from './urgentCare';
import { EDITOR_COMPONENTS, HEADING_DEPTHS, INLINE_HTML, MARKDOWN_NODES } from './checks/allowList';
import { IMAGE_EXTENSIONS, MAX_ARTICLE_BYTES, MAX_IMAGE_BYTES, MIN_BODY_WORDS } from './checks/files';

/** Stand-ins for Astro's helpers: only the shape of the schema is read here. */
const docTools = {
  reference: () => z.string(),
  image: () => z.string(),
} as unknown as SchemaTools;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function frontmatterTable(): string {
  const shape = (articleSchema(docTools) as unknown as { shape: Record<string, z.ZodType> }).shape;
  const rows = Object.entries(shape).map(([name, field]) => {
    const doc = field.meta() as FieldDoc | undefined;
    if (!doc?.description) throw new Error(`The article field "${name}" has no .meta({ description }) for CONTRIBUTING.md.`);
    const empty = field.safeParse(undefined);
    const required = !empty.success
      ? 'yes'
      : doc.requiredUnless
        ? `yes, unless ${doc.requiredUnless}`
        : empty.data === undefined
          ? 'no'
          : `no (default: \`${formatDefault(empty.data)}\`)`;
    return `| \`${name}\` | ${required} | ${cell(doc.description)} | ${doc.example ? `\`${cell(`${name}: ${doc.example}`)}\`` : ''} |`;
  });
  return ['| Field | Required | What to write | Example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const formatDefault = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

/** The answers and certainties a graded question takes, and what raises and lowers certainty. */
export function evidenceTable(): string {
  const answers = ANSWERS.map((answer) => `| \`${answer}\` | ${ANSWER[answer].label} | ${cell(ANSWER[answer].meaning)} |`);
  const certainties = CERTAINTIES.map((certainty) => `| \`${certainty}\` | ${CERTAINTY[certainty].label} | ${cell(CERTAINTY[certainty].meaning)} |`);
  return [
    '| `answer:` | Shown as | Use it when |',
    '| --- | --- | --- |',
    ...answers,
    '',
    '| `certainty:` | Shown as | It means |',
    '| --- | --- | --- |',
    ...certainties,
    '',
    `**Where certainty starts.** ${CERTAINTY_METHOD.startsAt.join(' ')}`,
    '',
    `**What lowers it:** ${CERTAINTY_METHOD.lowers.join('; ')}. **What can raise it** (mainly for observational studies): ${CERTAINTY_METHOD.raises.join('; ')}.`,
  ].join('\n');
}

/** Every attribute a component or element takes, read from its zod schema. */
const attributesOf = (schema: z.ZodType) => {
  const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  const names = Object.entries(shape).map(([name, field]) => {
    const values = (field as unknown as { def: { innerType?: { options?: string[] }; options?: string[] } }).def;
    const options = values.innerType?.options ?? values.options;
    return `\`${name}\`${options ? ` (${options.map((option) => `\`${option}\``).join(', ')})` : ''}${field.safeParse(undefined).success ? ', optional' : ''}`;
  });
  return names.length ? names.join('; ') : 'none';
};

/** What a body may contain: the same tables the checker walks the MDX tree with. */
export function allowListTables(): string {
  const markdown = Object.values(MARKDOWN_NODES).filter((use) => !/^(text|list items|table rows|table cells)$/.test(use));
  const components = Object.entries(EDITOR_COMPONENTS).map(
    ([name, component]) => `| \`<${name}>\` | ${cell(attributesOf(component.props))} | \`${cell(component.example)}\` |`,
  );
  const elements = Object.entries(INLINE_HTML).map(
    ([name, element]) => `| \`<${name}>\` | ${cell(attributesOf(element.props))} | \`${cell(element.example)}\` (${element.use}) |`,
  );
  return [
    `**Markdown:** ${markdown.join('; ')}. Headings go from \`${'#'.repeat(HEADING_DEPTHS.min)}\` to \`${'#'.repeat(HEADING_DEPTHS.max)}\`.`,
    '',
    '| Component or element | Attributes (always `name="text"` in quotes) | Example |',
    '| --- | --- | --- |',
    ...components,
    ...elements,
    '',
    '**Addresses:** `https://…` (any letter case), `mailto:…`, site pages from the root (`/articles/…/`) and anchors that exist (`#a-heading`). `http:` is refused (use https), and so is every other scheme (`javascript:`, `data:`, `file:` …) and any address containing a space or an invisible character.',
    '',
    `**Files:** articles are \`content/articles/<name>.mdx\` (lower-case \`.mdx\`, at most ${MAX_ARTICLE_BYTES / 1000} kB, at least ${MIN_BODY_WORDS} words once published). Pictures sit next to them as ${IMAGE_EXTENSIONS.map((extension) => `\`${extension}\``).join(', ')} files of at most ${MAX_IMAGE_BYTES / 1e6} MB, written \`./name.png\`; SVG is not accepted (it can carry code). Symbolic links are refused everywhere in \`content/\`.`,
    '',
    '**Everything else is refused**, with the file, the line, the field and what to write instead: any other HTML element or attribute (`style`, `class`, `id`, `data-…`, event handlers such as `onclick`), Astro directives (`set:html`, `is:raw`, `class:list` …), `{…}` expressions and `import`/`export` lines, footnotes and checklists, HTML comments (write `{/* … */}`), and in YAML anchors, aliases, tags and merge keys.',
  ].join('\n');
}

/** The urgent-care tiers: what the page says for each, and when to use it. */
export const urgencyRows = () =>
  [
    '| `tier=` | The page says | Use it for |',
    '| --- | --- | --- |',
    ...URGENCY_TIERS.map((tier) => `| \`${tier}\` | ${cell(URGENCY[tier].heading)} ${cell(URGENCY[tier].elsewhere)} | ${cell(URGENCY[tier].use)} |`),
  ].join('\n');

const GENERATED: Record<string, () => string> = { frontmatter: frontmatterTable, evidence: evidenceTable, allowlist: allowListTables, urgency: urgencyRows };

/**
 * Replaces each `<!-- generated:name -->…<!-- /generated:name -->` block of `markdown` with its
 * current content. Throws if a block is missing, so a deleted marker is noticed too.
 */
export function renderGenerated(markdown: string): string {
  let text = markdown;
  for (const [name, render] of Object.entries(GENERATED)) {
    const block = new RegExp(`(<!-- generated:${name} [^>]*-->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!block.test(text)) throw new Error(`CONTRIBUTING.md has no <!-- generated:${name} --> block.`);
    text = text.replace(block, (_, start: string, end: string) => `${start}${render()}\n${end}`);
  }
  return text;
}

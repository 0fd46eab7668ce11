/**
 * The parts of CONTRIBUTING.md that are generated from the code, so the editors' guide cannot drift
 * from the rules: the frontmatter table (from the article schema's `.meta()`) and the evidence
 * levels (from evidence.ts). `npm run docs:contributing` rewrites them; a unit test fails when
 * CONTRIBUTING.md is out of date.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import type { FieldDoc, SchemaTools } from '../schemas/tools';
import { EVIDENCE, EVIDENCE_LEVELS } from './evidence';

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
    const required = !empty.success ? 'yes' : empty.data === undefined ? 'no' : `no (default: \`${formatDefault(empty.data)}\`)`;
    return `| \`${name}\` | ${required} | ${cell(doc.description)} | ${doc.example ? `\`${cell(`${name}: ${doc.example}`)}\`` : ''} |`;
  });
  return ['| Field | Required | What to write | Example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const formatDefault = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

export function evidenceTable(): string {
  const rows = EVIDENCE_LEVELS.map((level) => `| \`${level}\` | ${EVIDENCE[level].label} | ${cell(EVIDENCE[level].meaning)} |`);
  return ['| `evidence:` | Shown as | Use it when |', '| --- | --- | --- |', ...rows].join('\n');
}

const GENERATED: Record<string, () => string> = { frontmatter: frontmatterTable, evidence: evidenceTable };

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

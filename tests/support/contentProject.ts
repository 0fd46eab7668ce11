/**
 * A small project for content-check tests: the real topics, glossary and authors, the three sources the
 * base article cites, the base article, and whatever files a case adds. Each case runs in its own copy
 * under the system's temporary folder, so cases cannot affect each other or the real content/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll } from 'vitest';
import { checkContent } from '../../src/lib/checks/checkContent';
import { formatProblem } from '../../src/lib/checks/problem';

const PROJECT = new URL('../../', import.meta.url).pathname;
export const today = new Date('2026-12-02T12:00:00Z');
export const SOURCES = ['salem2018gut', 'oneill2016gut', 'bowe2011acne'];
export const PNG = readFileSync(join(PROJECT, 'tests/fixtures/bad-articles/fixture-chart.png'));

/** Frontmatter fields, one line each, so that a field's line is its position + 2. */
export const FIELDS: Record<string, string> = {
  title: '"Fermented foods and the skin: a test article"',
  description: '"A test article used by the content-is-data suite to check what the content checks accept and refuse."',
  summary:
    '"This file is a valid article used only by the automated tests. Each case changes one thing in it and checks what the content checks say about the change."',
  topics: '[diet, microbiome]',
  published: '2026-11-20',
  updated: '2026-11-20',
  lastReviewed: '2026-11-20',
  questions: '[{ question: "Do fermented foods change the skin?", answer: unclear, certainty: very-low, sources: [salem2018gut] }]',
  keyTakeaways: '["A valid article needs no code change.", "It appears on its topic pages.", "Search finds it by its words."]',
  references: `[${SOURCES.join(', ')}]`,
};
/** The body starts on line 14; text a case appends starts on line 16. */
export const BODY = `Fermented foods such as yoghurt, kefir, kimchi and sauerkraut contain live microbes, and researchers study whether eating them changes the <Term id="gut-microbiome">gut microbiome</Term> and, through it, the skin <Cite id="salem2018gut" />. Reviews of the gut–skin axis describe links between <Term id="dysbiosis">dysbiosis</Term> and several skin conditions, while saying plainly that most of the evidence comes from small or observational studies <Cite id="oneill2016gut" />. An older review first set out how the gut, the brain and the skin might be connected in acne <Cite id="bowe2011acne" />. None of this shows that a food treats a skin condition, and the trials that would show it have not yet been done. Until they are, fermented foods are best seen as one part of a varied diet rather than as a treatment, and anyone with a skin condition should keep to the treatment plan agreed with their clinician.`;

/** An article: the base fields with `fields` changed (null removes one, extra keys are added at the end) and `append` after the body. */
export function article(fields: Record<string, string | null> = {}, append = '', body = BODY): string {
  const all = { ...FIELDS, ...fields };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}${append ? `\n\n${append}` : ''}\n`;
}

export type Files = Record<string, string | Buffer | { symlinkTo: string }>;

const roots: string[] = [];
const baseRoot = (() => {
  const root = mkdtempSync(join(tmpdir(), 'content-is-data-base-'));
  roots.push(root);
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  for (const file of ['topics.yaml', 'conditions.yaml', 'glossary.yaml', 'authors.yaml']) cpSync(join(PROJECT, 'content', file), join(root, 'content', file));
  // Each source's verifiedAt is its DOI page here, so that no case prints the real bibliography's pending warnings.
  const bibliography = (parse(readFileSync(join(PROJECT, 'content/bibliography.yaml'), 'utf8')) as { id: string; doi: string; verifiedAt?: string }[])
    .filter((source) => SOURCES.includes(source.id))
    .map((source) =>
      source.verifiedAt && /pmc\.ncbi|biomedcentral/.test(source.verifiedAt) ? source : { ...source, verifiedAt: `https://doi.org/${source.doi}` },
    );
  writeFileSync(join(root, 'content/bibliography.yaml'), stringify(bibliography));
  writeFileSync(join(root, 'content/articles/base-article.mdx'), article({ title: '"The base article of the content-is-data suite"' }));
  return root;
})();
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Checks a copy of the base project with `files` added or replaced; returns every line printed. */
export function check(files: Files): string[] {
  const root = mkdtempSync(join(tmpdir(), 'content-is-data-'));
  roots.push(root);
  cpSync(baseRoot, root, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    rmSync(join(root, path), { force: true });
    if (typeof content === 'object' && 'symlinkTo' in content) symlinkSync(content.symlinkTo.replace('$ROOT', root), join(root, path));
    else writeFileSync(join(root, path), content);
  }
  const report = checkContent({ root, today });
  return [...report.errors, ...report.warnings].map((p) => (p.severity === 'warning' ? 'warning: ' : '') + formatProblem(p));
}

export const A = 'content/articles/case.mdx';
/** The case article with `append` after the body. */
export const body = (append: string, fields: Record<string, string | null> = {}) => ({ [A]: article(fields, append) });
export const fm = (fields: Record<string, string | null>) => ({ [A]: article(fields) });
export const yamlFile = (file: string, edit: (text: string) => string) => ({
  [`content/${file}`]: edit(readFileSync(join(baseRoot, 'content', file), 'utf8')),
});

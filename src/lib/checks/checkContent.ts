/**
 * The content checks, in one pass over `content/`: what `npm run check:content` prints and what the
 * build runs first (src/integrations/contentChecks.ts). The schemas are the collections' own
 * (src/schemas/), so the rules cannot drift; on top of them come the checks a schema cannot express:
 * links between files, the MDX body, duplicates, dates against today, unused sources.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { articleSchema } from '../../schemas/article';
import { authorSchema } from '../../schemas/author';
import { bibliographySchema } from '../../schemas/bibliography';
import { glossarySchema } from '../../schemas/glossary';
import { topicSchema } from '../../schemas/topic';
import { SITE } from '../../site.config';
import { isoDay, reviewDueDate } from '../dates';
import { checkingTools, unknownId, type KnownIds } from './checkingTools';
import { readMdx, slugOfPath, type MdxFacts } from './mdxBody';
import { sortProblems, type CheckReport, type Problem } from './problem';
import { fieldDocs, objectShape, validate } from './schemaIssues';
import { ARTICLE_PAGE_IDS, checkLink, type SiteIndex } from './siteLinks';
import { parseYaml, type YamlSource } from './yamlSource';

export interface CheckOptions {
  /** The project root (the folder that holds `content/`). */
  root: string;
  /** More article files to check as if they were in content/articles/ (tests use this for fixtures). */
  extraArticles?: string[];
  /** More bibliography files whose entries join content/bibliography.yaml (for tests). */
  extraBibliography?: string[];
  /** The day to check dates against. Default: now. */
  today?: Date;
}

/** The editor components and the attributes they take (src/components/mdx/). */
export const EDITOR_COMPONENTS = new Set(['Callout', 'Cite', 'Term']);
const CALLOUT_TYPES = ['note', 'warning', 'clinician'];
/** Elements that would embed code or another page. */
const EMBEDS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form']);
/** Placeholder marker used by content/articles/_template.mdx. */
const TEMPLATE_MARKER = /\bTODO\b/;
/** Up to a day ahead is allowed: an editor east of UTC may already be on tomorrow's date. */
const DAY = 24 * 60 * 60 * 1000;

interface ArticleInput {
  file: string;
  slug: string;
  text: string;
  raw?: Record<string, unknown>;
  source?: YamlSource;
  data?: { title: string; draft: boolean; references: { id: string }[]; topics: { id: string }[] };
  facts?: MdxFacts;
}

export function checkContent(options: CheckOptions): CheckReport {
  const { root } = options;
  const today = options.today ?? new Date();
  const problems: Problem[] = [];
  const rel = (path: string) => (isAbsolute(path) ? relative(root, path) : path);

  // Data collections first: their ids are what articles point to.
  const topics = readCollection(root, 'content/topics.yaml', problems);
  const glossary = readCollection(root, 'content/glossary.yaml', problems);
  const authors = readCollection(root, 'content/authors.yaml', problems);
  const sources = [
    readCollection(root, 'content/bibliography.yaml', problems),
    ...(options.extraBibliography ?? []).map((file) => readCollection(root, rel(file), problems)),
  ];
  const known: KnownIds = {
    topics: idsOf([topics]),
    glossary: idsOf([glossary]),
    authors: idsOf([authors]),
    bibliography: idsOf(sources),
  };
  const checkEntries = (collection: Collection | undefined, schema: Parameters<typeof validate>[0], noun: string) => {
    for (const entry of collection?.entries ?? []) {
      problems.push(...validate(schema, collection!.source, { base: [entry.index], fieldPrefix: `${entry.id}.` }).problems);
      problems.push(...unknownFields(collection!.source, [entry.index], entry.value, schema, `${entry.id}.`, noun, ['id']));
    }
  };
  const tools = (file: string) => checkingTools(root, file, known);
  checkEntries(topics, topicSchema(tools('content/topics.yaml')), 'a topic');
  checkEntries(glossary, glossarySchema(tools('content/glossary.yaml')), 'a glossary term');
  checkEntries(authors, authorSchema, 'an author');
  for (const collection of sources) checkEntries(collection, bibliographySchema, 'a source');

  // Articles: each file on its own, then what only the whole collection shows.
  const files = [...articleFiles(root, problems), ...(options.extraArticles ?? []).map(rel)];
  const articles = files.map((file) => readArticle(root, file, known, today, problems));
  const site = siteIndex(articles, known);
  for (const article of articles) checkBody(root, article, site, known, problems);
  checkDuplicates(articles, problems);
  checkUnusedSources(sources, articles, problems);

  const sorted = sortProblems(problems);
  return {
    errors: sorted.filter((p) => p.severity === 'error'),
    warnings: sorted.filter((p) => p.severity === 'warning'),
    counted: { articles: articles.length, topics: known.topics.size, glossary: known.glossary.size, sources: known.bibliography.size },
  };
}

interface Collection {
  source: YamlSource;
  entries: { id: string; index: number; value: Record<string, unknown> }[];
}

function readCollection(root: string, file: string, problems: Problem[]): Collection | undefined {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push({ file, line: 1, field: 'file', problem: 'is missing', fix: 'Restore the file from the repository.', severity: 'error' });
    return undefined;
  }
  const source = parseCached(file, path);
  for (const error of source.syntaxErrors) {
    problems.push({ file, line: error.line, field: 'YAML', problem: error.message, fix: 'Fix the YAML: indent with spaces, put text containing ": " in quotes, start list items with "- ".', severity: 'error' });
  }
  if (!Array.isArray(source.value)) return source.syntaxErrors.length ? undefined : { source, entries: [] };
  const entries: Collection['entries'] = [];
  const seen = new Map<string, number>();
  source.value.forEach((value: unknown, index) => {
    const id = value && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
    const line = source.lineOf([index]);
    if (typeof id !== 'string' || !id) {
      problems.push({ file, line, field: 'id', problem: 'is missing', fix: 'Give the entry an id, e.g. "- id: smith2024gut".', severity: 'error' });
      return;
    }
    if (seen.has(id)) {
      problems.push({ file, line, field: `${id}.id`, problem: `"${id}" is used twice (also line ${seen.get(id)})`, fix: 'Give each entry its own id, or merge the two entries.', severity: 'error' });
      return;
    }
    seen.set(id, line);
    entries.push({ id, index, value: value as Record<string, unknown> });
  });
  return { source, entries };
}

/** The bibliography and glossary are large and rarely change between runs (dev server, tests): parse each version once. */
const parsedYaml = new Map<string, { version: string; source: YamlSource }>();
function parseCached(file: string, path: string): YamlSource {
  const { mtimeMs, size } = statSync(path);
  const version = `${mtimeMs}:${size}`;
  const cached = parsedYaml.get(path);
  if (cached?.version === version && cached.source.file === file) return cached.source;
  const source = parseYaml(file, readFileSync(path, 'utf8'));
  parsedYaml.set(path, { version, source });
  return source;
}

const idsOf = (collections: (Collection | undefined)[]) => new Set(collections.flatMap((collection) => collection?.entries.map((entry) => entry.id) ?? []));

/** Fields the schema does not know are dropped silently by zod; a typo ("descripton") deserves a message. */
function unknownFields(source: YamlSource, base: PropertyKey[], value: unknown, schema: Parameters<typeof validate>[0], prefix: string, noun: string, allowed: string[] = []): Problem[] {
  const shape = objectShape(schema);
  if (!shape || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const fields = Object.keys(shape);
  return Object.keys(value)
    .filter((key) => !(key in shape) && !allowed.includes(key))
    .map((key) => {
      const guess = fields.find((field) => field.toLowerCase() === key.toLowerCase()) ?? closestField(key, fields);
      return {
        file: source.file,
        line: source.lineOf([...base, key]),
        field: prefix + key,
        problem: `is not a field of ${noun}`,
        fix: guess ? `Did you mean "${guess}"? Rename it.` : `Remove it, or use one of: ${fields.join(', ')}.`,
        severity: 'error' as const,
      };
    });
}

function closestField(key: string, fields: string[]): string | undefined {
  const letters = (text: string) => [...text.toLowerCase()].sort().join('');
  return fields.find((field) => Math.abs(field.length - key.length) <= 2 && (letters(field) === letters(key) || field.toLowerCase().startsWith(key.toLowerCase().slice(0, 5))));
}

function articleFiles(root: string, problems: Problem[]): string[] {
  const dir = join(root, 'content/articles');
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = `content/articles/${name}`;
    if (basename(name).startsWith('_') || name.split('/').some((part) => part.startsWith('_')) || statSync(join(dir, name)).isDirectory()) continue;
    if (/\.(md|markdown|mdown)$/i.test(name)) {
      problems.push({ file, line: 1, field: 'file name', problem: 'is not an .mdx file, so it is not published', fix: `Rename it to ${basename(name).replace(/\.\w+$/, '.mdx')}.`, severity: 'error' });
      continue;
    }
    if (!name.endsWith('.mdx')) continue;
    if (name.includes('/')) {
      problems.push({ file, line: 1, field: 'file name', problem: 'is in a sub-folder', fix: `Move it to content/articles/${basename(name)}.`, severity: 'error' });
    }
    files.push(file);
  }
  return files;
}

function readArticle(root: string, file: string, known: KnownIds, today: Date, problems: Problem[]): ArticleInput {
  const text = readFileSync(join(root, file), 'utf8').replace(/\r\n?/g, '\n');
  const slug = slugOfPath(basename(file));
  const article: ArticleInput = { file, slug, text };
  const error = (line: number, field: string, problem: string, fix: string) => problems.push({ file, line, field, problem, fix, severity: 'error' });

  if (!/^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/.test(basename(file))) {
    error(1, 'file name', `"${basename(file)}" is not a URL slug`, `Rename the file to ${slug}.mdx: lower-case words joined by hyphens (the file name is the URL).`);
  }
  const frontmatter = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!frontmatter) {
    error(1, 'frontmatter', 'is missing', 'Start the file with the fields between two "---" lines; copy content/articles/_template.mdx.');
  } else {
    const source = parseYaml(file, frontmatter[1]!, 2);
    article.source = source;
    const seen = new Set<string>();
    for (const syntax of source.syntaxErrors) {
      if (seen.has(`${syntax.line}:${syntax.message}`)) continue;
      seen.add(`${syntax.line}:${syntax.message}`);
      error(syntax.line, 'frontmatter', `the YAML cannot be read (${syntax.message})`, 'Put text in double quotes (especially text containing ": " or "#"), indent with spaces, start list items with "- ".');
    }
    if (!source.syntaxErrors.length) {
      const raw = (source.value && typeof source.value === 'object' && !Array.isArray(source.value) ? source.value : {}) as Record<string, unknown>;
      article.raw = raw;
      const { schema, docs } = articleSchemaFor(root, file, known);
      const result = validate(schema, source, { docs: (field) => docs.get(field) });
      problems.push(...result.problems);
      article.data = result.data as ArticleInput['data'];
      problems.push(...unknownFields(source, [], raw, schema, '', 'an article'));
      problems.push(...checkDates(file, source, raw, schema, today));
      problems.push(...htmlInText(file, source, raw));
    }
  }

  const draft = article.data?.draft ?? article.raw?.draft === true;
  const marker = text.split('\n').findIndex((line) => TEMPLATE_MARKER.test(line));
  if (marker >= 0 && !draft) {
    error(marker + 1, 'template text', 'still contains "TODO" from the template', 'Replace every TODO with your own text, or keep draft: true until it is ready.');
  }

  const body = readMdx(text);
  if ('error' in body) {
    const { line, reason } = body.error;
    error(line, 'body', `MDX syntax error: ${reason}`, syntaxFix(reason));
  } else {
    article.facts = body.facts;
  }
  return article;
}

/**
 * The article schema and its field docs, built once per folder rather than once per article (building a zod
 * schema costs more than validating with it). The checking tools depend on the file only through its folder
 * (images are resolved from it), and `known` is the same object for the whole run.
 */
const articleSchemas = new WeakMap<KnownIds, Map<string, { schema: ReturnType<typeof articleSchema>; docs: ReturnType<typeof fieldDocs> }>>();
function articleSchemaFor(root: string, file: string, known: KnownIds) {
  let byFolder = articleSchemas.get(known);
  if (!byFolder) articleSchemas.set(known, (byFolder = new Map()));
  const key = join(root, dirname(file));
  let entry = byFolder.get(key);
  if (!entry) {
    const schema = articleSchema(checkingTools(root, file, known));
    byFolder.set(key, (entry = { schema, docs: fieldDocs(schema) }));
  }
  return entry;
}

function syntaxFix(reason: string): string {
  const unclosed = /closing tag for `<(\w+)>`/.exec(reason);
  if (unclosed) return `Close the tag: add </${unclosed[1]}> where it ends, or write <${unclosed[1]} … /> if it has no content.`;
  if (/expression|brace|`\{`|`\}`/i.test(reason)) return 'Write a literal curly brace as \\{ or \\}; MDX reads { … } as code.';
  if (/`<`|tag|jsx|element/i.test(reason)) return 'Write a literal "<" as &lt; (or "less than"); MDX reads <Name …> as a component. Check every tag is closed.';
  return 'Check the line (and the one above) for an unclosed tag, a stray "<" or "{", or a component written in lower case.';
}

function checkDates(file: string, source: YamlSource, raw: Record<string, unknown>, schema: ReturnType<typeof articleSchema>, today: Date): Problem[] {
  const shape = objectShape(schema)!;
  const dates: Record<string, Date | undefined> = {};
  for (const field of ['published', 'updated', 'lastReviewed']) {
    const parsed = shape[field]!.safeParse(raw[field]);
    dates[field] = parsed.success ? (parsed.data as Date) : undefined;
  }
  const problems: Problem[] = [];
  const latest = new Date(today.getTime() + DAY);
  for (const [field, date] of Object.entries(dates)) {
    if (date && isoDay(date) > isoDay(latest)) {
      problems.push({ file, line: source.lineOf([field]), field, problem: `${isoDay(date)} is in the future`, fix: `Use today's date (${isoDay(today)}) or an earlier one.`, severity: 'error' });
    }
  }
  if (dates.lastReviewed && raw.draft !== true) {
    const due = reviewDueDate(dates.lastReviewed);
    if (due < today) {
      const title = typeof raw.title === 'string' ? `"${raw.title}" ` : '';
      problems.push({
        file,
        line: source.lineOf(['lastReviewed']),
        field: 'lastReviewed',
        problem: `${title}was last reviewed on ${isoDay(dates.lastReviewed)}; its review was due on ${isoDay(due)} (every ${SITE.reviewCycleMonths} months)`,
        fix: 'Check the article against current evidence, then set lastReviewed to the day you did (and updated, if you changed it).',
        severity: 'warning',
      });
    }
  }
  return problems;
}

/** HTML in a frontmatter string is shown as typed (it is escaped); editors expecting formatting should know. */
function htmlInText(file: string, source: YamlSource, raw: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const tag = /<\/?[a-z][^>]*>/i.exec(value);
      if (tag) {
        problems.push({
          file,
          line: source.lineOf(path),
          field: path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key)).join(''),
          problem: `contains HTML (${tag[0]}), which readers will see as typed`,
          fix: 'Write plain text here; formatting belongs in the body.',
          severity: 'warning',
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(raw, []);
  return problems;
}

function siteIndex(articles: ArticleInput[], known: KnownIds): SiteIndex {
  const site: SiteIndex = { articles: new Map(), topics: new Map([...known.topics].map((id) => [id, 0])), glossary: known.glossary };
  for (const article of articles) {
    const draft = article.data?.draft ?? article.raw?.draft === true;
    const references = Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : [];
    const anchors = new Set([
      ...ARTICLE_PAGE_IDS,
      ...(article.facts?.headings.map((heading) => heading.slug) ?? []),
      ...references.flatMap((key) => [`ref-${key}`, `cite-${key}-1`]),
    ]);
    if (!site.articles.has(article.slug)) site.articles.set(article.slug, { anchors, draft });
    if (!draft) for (const topic of article.data?.topics ?? []) site.topics.set(topic.id, (site.topics.get(topic.id) ?? 0) + 1);
  }
  return site;
}

function checkBody(root: string, article: ArticleInput, site: SiteIndex, known: KnownIds, problems: Problem[]) {
  const { file, facts } = article;
  if (!facts) return;
  const error = (line: number, problem: string, fix: string, field = 'body') => problems.push({ file, line, field, problem, fix, severity: 'error' });
  const listed = new Set(Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : []);
  const cited = new Set<string>();

  for (const element of facts.elements) {
    const { name, line, attributes } = element;
    const id = attributes.get('id');
    if (EMBEDS.has(name.toLowerCase())) {
      error(line, `<${name}> is not allowed in an article`, 'Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.');
    }
    for (const attribute of attributes.keys()) {
      if (/^on[a-z]+$/i.test(attribute)) error(line, `${attribute}=… on <${name}> is an inline event handler, which runs code`, `Remove the ${attribute} attribute: articles cannot run code.`);
    }
    if (name === 'Cite') {
      if (typeof id !== 'string' || !id) {
        error(line, '<Cite> has no id', 'Write the bibliography key, e.g. <Cite id="salem2018gut" />.');
      } else {
        cited.add(id);
        if (!known.bibliography.has(id)) {
          const { problem, fix } = unknownId('bibliography', id, known.bibliography);
          error(line, `<Cite id="${id}" />: ${problem}`, fix);
        } else if (article.raw && !listed.has(id)) {
          error(line, `<Cite id="${id}" /> is not listed in references`, `Add ${id} to references in the frontmatter, e.g. references: [${[...listed, id].join(', ')}].`);
        }
      }
    } else if (name === 'Term') {
      if (typeof id !== 'string' || !id) error(line, '<Term> has no id', 'Write the glossary id, e.g. <Term id="dysbiosis">dysbiosis</Term>.');
      else if (!known.glossary.has(id)) {
        const { problem, fix } = unknownId('glossary', id, known.glossary);
        error(line, `<Term id="${id}">: ${problem}`, fix);
      }
    } else if (name === 'Callout') {
      const type = attributes.get('type');
      if (typeof attributes.get('title') !== 'string') error(line, '<Callout> has no title', 'Give it a title, e.g. <Callout type="clinician" title="When to see a clinician">.');
      if (type !== undefined && !CALLOUT_TYPES.includes(String(type))) error(line, `<Callout type="${String(type)}"> is not a callout type`, `Use type="${CALLOUT_TYPES.join('", type="')}", or leave type out for a note.`);
    } else if (/^[A-Z]/.test(name) && !EDITOR_COMPONENTS.has(name)) {
      error(line, `<${name}> is not an editor component`, 'Use <Callout>, <Cite> or <Term> (see CONTRIBUTING.md), or plain Markdown. Key takeaways go in the frontmatter.');
    } else if (name === 'img') {
      const src = attributes.get('src');
      const alt = attributes.get('alt');
      if (typeof alt !== 'string' || !alt.trim()) error(line, 'the image has no alt text', 'Describe the image for readers who cannot see it: alt="…".');
      if (typeof src === 'string') checkImageFile(root, file, src, line, problems);
    }
  }

  for (const image of facts.images) {
    if (!image.alt.trim()) error(image.line, 'the image has no alt text', `Describe it between the brackets, e.g. ![A diagram of the gut lining](${image.url}).`);
    checkImageFile(root, file, image.url, image.line, problems);
  }
  for (const link of facts.links) {
    const problem = checkLink(link.url, article.slug, site);
    if (problem) error(link.line, problem.problem, problem.fix);
  }
  for (const code of facts.code) {
    if (code.kind === 'esm') error(code.line, `"${code.value.split('\n')[0]}" is code`, 'Remove the import/export line: Callout, Cite and Term work without importing anything.');
    else error(code.line, `{${code.value.trim().slice(0, 40)}} is read as code`, 'Write literal curly braces as \\{ and \\}, or remove them.');
  }
  if (article.data) {
    for (const key of listed) {
      if (!cited.has(key) && known.bibliography.has(key)) {
        problems.push({
          file,
          line: article.source!.lineOf(['references']),
          field: 'references',
          problem: `${key} is listed but never cited in the text`,
          fix: `Cite it where you use it with <Cite id="${key}" />, or remove it from references.`,
          severity: 'warning',
        });
      }
    }
  }
}

function checkImageFile(root: string, file: string, url: string, line: number, problems: Problem[]) {
  if (/^(https?:)?\/\//i.test(url)) {
    problems.push({ file, line, field: 'body', problem: `the image ${url} loads from another website`, fix: 'Save the image next to the article and write its name, e.g. ./chart.png: the site makes no third-party requests.', severity: 'error' });
    return;
  }
  const path = url.startsWith('/') ? join(root, 'public', url) : join(root, dirname(file), decodeURI(url.split(/[?#]/)[0]!));
  if (!existsSync(path)) {
    problems.push({ file, line, field: 'body', problem: `the image file ${relative(root, path)} does not exist`, fix: `Put the image in ${dirname(file)}/ and check the spelling of its name, e.g. ![…](./${basename(url)}).`, severity: 'error' });
  }
}

function checkDuplicates(articles: ArticleInput[], problems: Problem[]) {
  const bySlug = new Map<string, ArticleInput>();
  const byTitle = new Map<string, ArticleInput>();
  for (const article of articles) {
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({ file: article.file, line: 1, field: 'file name', problem: `has the same URL (/articles/${article.slug}/) as ${first.file}`, fix: 'Give this article a different file name: the file name is the URL.', severity: 'error' });
    } else bySlug.set(article.slug, article);
    const title = typeof article.raw?.title === 'string' ? article.raw.title.trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
    if (!title) continue;
    const same = byTitle.get(title);
    if (same) {
      problems.push({ file: article.file, line: article.source!.lineOf(['title']), field: 'title', problem: `is the same as the title of ${same.file}`, fix: 'Give each article its own title, so readers and search engines can tell them apart.', severity: 'error' });
    } else byTitle.set(title, article);
  }
}

function checkUnusedSources(sources: (Collection | undefined)[], articles: ArticleInput[], problems: Problem[]) {
  const used = new Set(articles.flatMap((article) => (Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : [])));
  for (const collection of sources) {
    for (const entry of collection?.entries ?? []) {
      if (used.has(entry.id)) continue;
      problems.push({
        file: collection!.source.file,
        line: collection!.source.lineOf([entry.index]),
        field: `${entry.id}`,
        problem: 'is not cited by any article',
        fix: `Cite it from an article (add ${entry.id} to its references and <Cite id="${entry.id}" /> in the text), or remove the entry.`,
        severity: 'error',
      });
    }
  }
}

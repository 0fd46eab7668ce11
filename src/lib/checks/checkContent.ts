/**
 * The content checks, in one pass over `content/`: what `npm run check:content` prints and what the
 * build runs first (src/integrations/contentGate.ts). The schemas are the collections' own
 * (src/schemas/), so the rules cannot drift; on top of them come the checks a schema cannot express:
 * links between files, the MDX body, duplicates, dates against today, unused sources.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { articleSchema } from '../../schemas/article';
import { authorSchema } from '../../schemas/author';
import { bibliographySchema } from '../../schemas/bibliography';
import { glossarySchema } from '../../schemas/glossary';
import { topicSchema } from '../../schemas/topic';
import { conditionSchema } from '../../schemas/condition';
import { SITE } from '../../site.config';
import { citationAnchor, isCitationAnchor, referenceAnchor } from '../citations';
import { isoDay, reviewDueDate } from '../dates';
import { checkerSchemaTools, unknownId, type CollectionName, type KnownIds } from './schemaTools';
import {
  DEFAULT_AUTHOR,
  defaultAuthorProblem,
  glossaryNameClashes,
  idProblem,
  missingIds,
  searchNameClashes,
  selfRelations,
  type Collection,
} from './crossCollection';
import { articleFiles, dataFileProblem, imageProblem, MAX_ARTICLE_BYTES, MIN_BODY_WORDS } from './files';
import { readFrontmatter } from './frontmatter';
import { readMdx, slugOfPath, type MdxFacts } from './mdxBody';
import { sourceRuleProblems } from './sources';
import { sortProblems, type CheckReport, type Problem } from './problem';
import { fieldDocs, objectShape, validate } from './schemaIssues';
import { ARTICLE_PAGE_IDS } from '../articlePageIds';
import { checkLink, type SiteIndex } from './siteLinks';
import { fieldAtLine, invisibleCharacters } from './text';
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

/** Articles on these topics discuss symptoms or treatments, so readers need to know when to get help. */
export const URGENT_CARE_TOPICS = ['skin-conditions', 'medication-safety'] as const;
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
  data?: { title: string; draft: boolean; references: { id: string }[]; topics: { id: string }[]; conditions: { id: string }[] };
  facts?: MdxFacts;
}

export function checkContent(options: CheckOptions): CheckReport {
  const { root } = options;
  const today = options.today ?? new Date();
  const problems: Problem[] = [];
  const rel = (path: string) => (isAbsolute(path) ? relative(root, path) : path);

  // Data collections first: their ids are what articles point to.
  const topics = readCollection(root, 'content/topics.yaml', problems);
  const conditions = readCollection(root, 'content/conditions.yaml', problems);
  const glossary = readCollection(root, 'content/glossary.yaml', problems);
  const authors = readCollection(root, 'content/authors.yaml', problems);
  const sources = [
    readCollection(root, 'content/bibliography.yaml', problems),
    ...(options.extraBibliography ?? []).map((file) => readCollection(root, rel(file), problems)),
  ];
  const known: KnownIds = {
    topics: idsOf([topics]),
    conditions: idsOf([conditions]),
    glossary: idsOf([glossary]),
    authors: idsOf([authors]),
    bibliography: idsOf(sources),
    unreadable: new Set(
      Object.entries({ topics, conditions, glossary, authors, bibliography: sources[0] })
        .filter(([, collection]) => !collection)
        .map(([name]) => name),
    ),
  };
  const checkEntries = (collection: Collection | undefined, schema: Parameters<typeof validate>[0], noun: string) => {
    for (const entry of collection?.entries ?? []) {
      problems.push(...validate(schema, collection!.source, { base: [entry.index], fieldPrefix: `${entry.id}.` }).problems);
      problems.push(...unknownFields(collection!.source, [entry.index], entry.value, schema, `${entry.id}.`, noun, ['id']));
    }
  };
  const tools = (file: string) => checkerSchemaTools(root, file, known);
  checkEntries(topics, topicSchema(tools('content/topics.yaml')), 'a topic');
  checkEntries(conditions, conditionSchema(tools('content/conditions.yaml')), 'a condition');
  checkEntries(glossary, glossarySchema(tools('content/glossary.yaml')), 'a glossary term');
  checkEntries(authors, authorSchema, 'an author');
  for (const collection of sources) checkEntries(collection, bibliographySchema, 'a source');
  problems.push(
    ...glossaryNameClashes(glossary),
    ...searchNameClashes(glossary, topics, conditions),
    ...selfRelations(topics),
    ...sources.flatMap(sourceRuleProblems),
  );

  // Articles: each file on its own, then what only the whole collection shows.
  const files = [...articleFiles(root, problems), ...(options.extraArticles ?? []).map(rel)];
  const articles = files.map((file) => readArticle(root, file, known, today, problems));
  const site = siteIndex(articles, known);
  for (const article of articles) checkBody(root, article, site, known, problems);
  checkDuplicates(articles, problems);
  checkUnusedSources(sources, articles, problems);
  checkMissingIds(articles, known, authors, problems);

  const sorted = sortProblems(problems);
  return {
    errors: sorted.filter((p) => p.severity === 'error'),
    warnings: sorted.filter((p) => p.severity === 'warning'),
    counted: { articles: articles.length, topics: known.topics.size, glossary: known.glossary.size, sources: known.bibliography.size },
  };
}

function readCollection(root: string, file: string, problems: Problem[]): Collection | undefined {
  const unreadable = dataFileProblem(root, file);
  if (unreadable) {
    problems.push(unreadable);
    return undefined;
  }
  const { source, invisible } = parseCached(file, join(root, file));
  for (const error of source.syntaxErrors) {
    problems.push({
      file,
      line: error.line,
      field: 'YAML',
      problem: error.message,
      fix: 'Fix the YAML: indent with spaces, put text containing ": " in quotes, start list items with "- ".',
      severity: 'error',
    });
  }
  for (const refusal of source.refusals)
    problems.push({ file, line: refusal.line, field: 'YAML', problem: refusal.problem, fix: refusal.fix, severity: 'error' });
  problems.push(...invisible);
  if (source.value === undefined) return undefined;
  if (!Array.isArray(source.value)) {
    problems.push({
      file,
      line: 1,
      field: 'YAML',
      problem: 'is not a list of entries',
      fix: 'Start each entry with "- id: …", as in the rest of the file.',
      severity: 'error',
    });
    return undefined;
  }
  const entries: Collection['entries'] = [];
  const seen = new Map<string, number>();
  source.value.forEach((value: unknown, index) => {
    const id = value && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
    const line = source.lineOf([index]);
    if (typeof id !== 'string' || !id) {
      problems.push({ file, line, field: 'id', problem: 'is missing', fix: 'Give the entry an id, e.g. "- id: smith2024gut".', severity: 'error' });
      return;
    }
    const unsafe = idProblem(source, index, id);
    if (unsafe) {
      problems.push(unsafe);
      return;
    }
    if (seen.has(id)) {
      problems.push({
        file,
        line,
        field: `${id}.id`,
        problem: `"${id}" is used twice (also line ${seen.get(id)})`,
        fix: 'Give each entry its own id, or merge the two entries.',
        severity: 'error',
      });
      return;
    }
    seen.set(id, line);
    entries.push({ id, index, value: value as Record<string, unknown> });
  });
  return { source, entries };
}

/** Invisible characters in a file's text (`firstLine` is the line `text` starts on). */
function invisibleCharacterProblems(file: string, text: string, firstLine: number, fieldOf: (line: number) => string = () => 'text'): Problem[] {
  return invisibleCharacters(text.replace(/^\uFEFF/, ''), firstLine).map(({ line, name }) => ({
    file,
    line,
    field: fieldOf(line),
    problem: `contains an invisible character, ${name}`,
    fix: 'Delete it: retype the text around it, or paste it as plain text. It can break the feed or make text display out of order.',
    severity: 'error',
  }));
}

/**
 * The bibliography and glossary are large and rarely change between runs (dev server, tests): read and
 * parse each version once, and scan its text for invisible characters in the same read.
 */
const parsedYaml = new Map<string, { version: string; source: YamlSource; invisible: Problem[] }>();
function parseCached(file: string, path: string): { source: YamlSource; invisible: Problem[] } {
  const { mtimeMs, size } = statSync(path);
  const version = `${mtimeMs}:${size}`;
  const cached = parsedYaml.get(path);
  if (cached?.version === version && cached.source.file === file) return cached;
  const text = readFileSync(path, 'utf8');
  const entry = { version, source: parseYaml(file, text), invisible: invisibleCharacterProblems(file, text, 1) };
  parsedYaml.set(path, entry);
  return entry;
}

const idsOf = (collections: (Collection | undefined)[]) => new Set(collections.flatMap((collection) => collection?.entries.map((entry) => entry.id) ?? []));

/** Fields the schema does not know are dropped silently by zod; a typo ("descripton") deserves a message. */
function unknownFields(
  source: YamlSource,
  base: PropertyKey[],
  value: unknown,
  schema: Parameters<typeof validate>[0],
  prefix: string,
  noun: string,
  allowed: string[] = [],
): Problem[] {
  const shape = objectShape(schema);
  if (!shape || !value || typeof value !== 'object' || Array.isArray(value)) return [];
  const fields = Object.keys(shape);
  return Object.keys(value)
    .filter((key) => !Object.hasOwn(shape, key) && !allowed.includes(key))
    .map((key) => {
      if (key === 'slug' && noun === 'an article') {
        return {
          file: source.file,
          line: source.lineOf([...base, key]),
          field: key,
          problem: 'cannot be set: the file name is the URL',
          fix: 'Remove slug; to change the address, rename the file (e.g. content/articles/new-address.mdx).',
          severity: 'error' as const,
        };
      }
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
  return fields.find(
    (field) => Math.abs(field.length - key.length) <= 2 && (letters(field) === letters(key) || field.toLowerCase().startsWith(key.toLowerCase().slice(0, 5))),
  );
}

function readArticle(root: string, file: string, known: KnownIds, today: Date, problems: Problem[]): ArticleInput {
  const bytes = readFileSync(join(root, file));
  const text = bytes.toString('utf8').replace(/\r\n?/g, '\n');
  const slug = slugOfPath(basename(file));
  const article: ArticleInput = { file, slug, text };
  const error = (line: number, field: string, problem: string, fix: string) => problems.push({ file, line, field, problem, fix, severity: 'error' });

  if (!/^[a-z0-9]+(-[a-z0-9]+)*\.mdx$/.test(basename(file))) {
    error(
      1,
      'file name',
      `"${basename(file)}" is not a URL slug`,
      `Rename the file to ${slug || 'new-article'}.mdx: lower-case words joined by hyphens (the file name is the URL).`,
    );
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    error(
      1,
      'body',
      `is ${Math.round(bytes.length / 1000)} kB; the limit is ${MAX_ARTICLE_BYTES / 1000} kB`,
      'Split it into two articles that link to each other: a page this long cannot stay within the page-weight budget that keeps articles fast on phones.',
    );
    return article;
  }
  const frontmatter = readFrontmatter(file, text);
  if ('problem' in frontmatter) {
    error(frontmatter.problem.line, 'frontmatter', frontmatter.problem.problem, frontmatter.problem.fix);
  } else {
    const { source } = frontmatter;
    article.source = source;
    const seen = new Set<string>();
    for (const syntax of source.syntaxErrors) {
      if (seen.has(`${syntax.line}:${syntax.message}`)) continue;
      seen.add(`${syntax.line}:${syntax.message}`);
      error(
        syntax.line,
        'frontmatter',
        `the YAML cannot be read (${syntax.message})`,
        'Put text in double quotes (especially text containing ": " or "#"), indent with spaces, start list items with "- ".',
      );
    }
    for (const refusal of source.refusals) error(refusal.line, fieldAtLine(text, refusal.line) ?? 'frontmatter', refusal.problem, refusal.fix);
    if (source.value !== undefined) {
      const raw = (source.value && typeof source.value === 'object' && !Array.isArray(source.value) ? source.value : {}) as Record<string, unknown>;
      article.raw = raw;
      const { schema, docs } = checkerArticleSchema(root, file, known);
      const result = validate(schema, source, { docs: (field) => docs.get(field) });
      problems.push(...result.problems.filter((problem) => !isImplicitDefaultAuthor(problem, raw, known)));
      article.data = result.data as ArticleInput['data'];
      problems.push(...unknownFields(source, [], raw, schema, '', 'an article'));
      problems.push(...checkDates(file, source, raw, schema, today));
      problems.push(...htmlInText(file, source, raw));
    }
  }
  const draft = isDraft(article);
  const marker = text.split('\n').findIndex((line) => TEMPLATE_MARKER.test(line));
  if (marker >= 0 && !draft) {
    error(
      marker + 1,
      'template text',
      'still contains "TODO" from the template',
      'Replace every TODO with your own text, or keep draft: true until it is ready.',
    );
  }

  // Until the frontmatter is found, the build reads its fields as text: errors there would only repeat this one.
  const body = 'problem' in frontmatter ? { facts: undefined } : readMdx(text);
  if ('error' in body) {
    const { line, reason } = body.error;
    error(line, 'body', `MDX syntax error: ${reason}`, syntaxFix(reason));
  } else {
    article.facts = body.facts;
  }
  problems.push(
    ...invisibleCharacterProblems(file, text, 1, (line) =>
      line < (article.facts?.bodyLine ?? Infinity) ? (fieldAtLine(text, line) ?? 'frontmatter') : 'body',
    ),
  );
  return article;
}

/** A draft, as far as the file says: from the validated data, or the raw field when validation failed. */
const isDraft = (article: ArticleInput) => article.data?.draft ?? article.raw?.draft === true;

/**
 * An article that names no author is credited to the default one; when that entry is missing, the one
 * problem belongs to content/authors.yaml (defaultAuthorProblem), not to every article.
 */
function isImplicitDefaultAuthor(problem: Problem, raw: Record<string, unknown>, known: KnownIds): boolean {
  const field = /^(authors|reviewers)\[/.exec(problem.field)?.[1];
  return Boolean(field) && raw[field!] === undefined && !known.authors.has(DEFAULT_AUTHOR);
}

/**
 * The article schema and its field docs, built once per folder rather than once per article (building a zod
 * schema costs more than validating with it). The checking tools depend on the file only through its folder
 * (images are resolved from it), and `known` is the same object for the whole run.
 */
const articleSchemas = new WeakMap<KnownIds, Map<string, { schema: ReturnType<typeof articleSchema>; docs: ReturnType<typeof fieldDocs> }>>();
function checkerArticleSchema(root: string, file: string, known: KnownIds) {
  let byFolder = articleSchemas.get(known);
  if (!byFolder) articleSchemas.set(known, (byFolder = new Map()));
  const key = join(root, dirname(file));
  let entry = byFolder.get(key);
  if (!entry) {
    const schema = articleSchema(checkerSchemaTools(root, file, known));
    byFolder.set(key, (entry = { schema, docs: fieldDocs(schema) }));
  }
  return entry;
}

function syntaxFix(reason: string): string {
  if (/create a comment in MDX/.test(reason)) return 'HTML comments (<!-- … -->) do not work in MDX: write the comment as {/* … */} instead.';
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
      problems.push({
        file,
        line: source.lineOf([field]),
        field,
        problem: `${isoDay(date)} is in the future`,
        fix: `Use today's date (${isoDay(today)}) or an earlier one.`,
        severity: 'error',
      });
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
  const site: SiteIndex = {
    articles: new Map(),
    topics: new Map([...known.topics].map((id) => [id, 0])),
    conditions: new Map([...known.conditions].map((id) => [id, 0])),
    glossary: known.glossary,
  };
  for (const article of articles) {
    const draft = isDraft(article);
    const references = Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : [];
    const anchors = new Set([
      ...ARTICLE_PAGE_IDS,
      ...(article.facts?.headings.map((heading) => heading.slug) ?? []),
      // Every listed source has its place in the reference list; only a cited one has a marker to link back to.
      ...references.map(referenceAnchor),
      ...(article.facts?.cites.map((cite) => citationAnchor(cite.id)) ?? []),
    ]);
    if (!site.articles.has(article.slug)) site.articles.set(article.slug, { anchors, draft });
    if (!draft) for (const topic of article.data?.topics ?? []) site.topics.set(topic.id, (site.topics.get(topic.id) ?? 0) + 1);
    if (!draft) for (const condition of article.data?.conditions ?? []) site.conditions.set(condition.id, (site.conditions.get(condition.id) ?? 0) + 1);
  }
  return site;
}

function checkBody(root: string, article: ArticleInput, site: SiteIndex, known: KnownIds, problems: Problem[]) {
  const { file, facts } = article;
  if (!facts) return;
  const error = (line: number, problem: string, fix: string, field = 'body') => problems.push({ file, line, field, problem, fix, severity: 'error' });
  const listed = new Set(Array.isArray(article.raw?.references) ? (article.raw.references as unknown[]).map(String) : []);
  const cited = new Set<string>();

  for (const refusal of facts.refusals) error(refusal.line, refusal.problem, refusal.fix);
  const draft = isDraft(article);
  if (facts.words < MIN_BODY_WORDS && !facts.refusals.length && !draft) {
    error(
      facts.bodyLine,
      `has ${facts.words} word${facts.words === 1 ? '' : 's'} of text; an article needs at least ${MIN_BODY_WORDS}`,
      'Write the article below the frontmatter: answer the question first, then the evidence (copy the layout of content/articles/_template.mdx).',
    );
  }
  const topics = (article.data?.topics ?? []).map((topic) => topic.id);
  const needsUrgentCare = topics.find((topic) => (URGENT_CARE_TOPICS as readonly string[]).includes(topic));
  if (needsUrgentCare && !draft && !facts.urgentCare.length) {
    error(
      facts.bodyLine,
      `has no urgent-care advice, which every article on ${needsUrgentCare} needs`,
      'Add <UrgentCare tier="…"> with a bulleted list of the signs that need help (emergency: 999/A&E; urgent: the same day; soon: a routine appointment). See "Urgent-care advice" in CONTRIBUTING.md.',
    );
  }
  for (const { line, sign } of facts.emergencySigns) {
    problems.push({
      file,
      line,
      field: 'body',
      problem: `"${sign}" is an emergency sign, named outside an emergency-tier block`,
      fix: 'If readers should act on it, list it under <UrgentCare tier="emergency"> (999 or A&E), not under a GP or pharmacist; if the sentence only mentions it, leave it.',
      severity: 'warning',
    });
  }
  for (const heading of facts.headings) {
    if (ARTICLE_PAGE_IDS.includes(heading.slug) || isCitationAnchor(heading.slug)) {
      error(
        heading.line,
        `the heading "${heading.text}" would get the anchor #${heading.slug}, which the page uses for its own ${ARTICLE_PAGE_IDS.includes(heading.slug) ? 'section' : 'citations'}`,
        'Reword the heading (references and related articles are added to every page for you).',
      );
    }
  }
  for (const { line, id } of facts.cites) {
    cited.add(id);
    if (known.unreadable?.has('bibliography')) continue;
    if (!known.bibliography.has(id)) {
      const { problem, fix } = unknownId('bibliography', id, known.bibliography);
      error(line, `<Cite id="${id}" />: ${problem}`, fix);
    } else if (article.raw && !listed.has(id)) {
      error(
        line,
        `<Cite id="${id}" /> is not listed in references`,
        `Add ${id} to references in the frontmatter, e.g. references: [${[...listed, id].join(', ')}].`,
      );
    }
  }
  // A graded answer rests on sources the reader can find in the article's own reference list.
  const questions = Array.isArray(article.raw?.questions) ? (article.raw.questions as { sources?: unknown }[]) : [];
  questions.forEach((question, index) => {
    for (const id of Array.isArray(question?.sources) ? question.sources.map(String) : []) {
      if (!known.bibliography.has(id) || listed.has(id)) continue;
      error(
        article.source!.lineOf(['questions', index, 'sources']),
        `${id} is a source of this answer but is not listed in references`,
        `Add ${id} to references and cite it in the text where the answer is explained, or remove it from this question's sources.`,
        `questions[${index}].sources`,
      );
    }
  });
  for (const { line, id } of facts.terms) {
    if (!known.glossary.has(id) && !known.unreadable?.has('glossary')) {
      const { problem, fix } = unknownId('glossary', id, known.glossary);
      error(line, `<Term id="${id}">: ${problem}`, fix);
    }
  }
  for (const image of facts.images) {
    if (!image.alt.trim())
      error(image.line, 'the image has no alt text', `Describe it between the brackets, e.g. ![A diagram of the gut lining](${image.url}).`);
    const problem = imageProblem(root, file, image.url);
    if (problem) error(image.line, problem.problem, problem.fix);
  }
  for (const link of facts.links) {
    const problem = checkLink(link.url, article.slug, site);
    if (problem) error(link.line, problem.problem, problem.fix);
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

function checkDuplicates(articles: ArticleInput[], problems: Problem[]) {
  const bySlug = new Map<string, ArticleInput>();
  const byTitle = new Map<string, ArticleInput>();
  for (const article of articles) {
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({
        file: article.file,
        line: 1,
        field: 'file name',
        problem: `has the same URL (/articles/${article.slug}/) as ${first.file}`,
        fix: 'Give this article a different file name: the file name is the URL.',
        severity: 'error',
      });
    } else bySlug.set(article.slug, article);
    const title = typeof article.raw?.title === 'string' ? article.raw.title.trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
    if (!title) continue;
    const same = byTitle.get(title);
    if (same) {
      problems.push({
        file: article.file,
        line: article.source!.lineOf(['title']),
        field: 'title',
        problem: `is the same as the title of ${same.file}`,
        fix: 'Give each article its own title, so readers and search engines can tell them apart.',
        severity: 'error',
      });
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

/** Ids used by several articles but missing from their data file: most likely renamed or removed there. */
function checkMissingIds(articles: ArticleInput[], known: KnownIds, authors: Collection | undefined, problems: Problem[]) {
  const relying = articles
    .filter((article) => article.raw && (article.raw.authors === undefined || article.raw.reviewers === undefined))
    .map((article) => article.file);
  const defaultAuthor = defaultAuthorProblem(authors, relying);
  if (defaultAuthor) problems.push(defaultAuthor);
  const collect = (ids: (article: ArticleInput) => unknown) => {
    const uses = new Map<string, string[]>();
    for (const article of articles) {
      const value = ids(article);
      for (const id of new Set(Array.isArray(value) ? value.map(String) : [])) uses.set(id, [...(uses.get(id) ?? []), article.file]);
    }
    return uses;
  };
  const missing = (collection: CollectionName, uses: Map<string, string[]>) =>
    known.unreadable?.has(collection) ? new Map() : new Map([...uses].filter(([id, files]) => !known[collection].has(id) && files.length >= 2));
  problems.push(
    ...missingIds(
      'content/topics.yaml',
      'the topic',
      missing(
        'topics',
        collect((article) => article.raw?.topics),
      ),
    ),
    ...missingIds(
      'content/conditions.yaml',
      'the condition',
      missing(
        'conditions',
        collect((article) => article.raw?.conditions),
      ),
    ),
    ...missingIds(
      'content/bibliography.yaml',
      'the source',
      missing(
        'bibliography',
        collect((article) => article.raw?.references),
      ),
    ),
    ...missingIds(
      'content/glossary.yaml',
      'the term',
      missing(
        'glossary',
        collect((article) => article.facts?.terms.map((term) => term.id)),
      ),
    ),
    ...missingIds(
      'content/authors.yaml',
      'the author',
      missing(
        'authors',
        collect((article) => [...((article.raw?.authors as unknown[]) ?? []), ...((article.raw?.reviewers as unknown[]) ?? [])]),
      ),
    ),
  );
}

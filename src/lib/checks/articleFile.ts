/**
 * One article file on its own: its name (the URL), its size, its frontmatter against the collection's
 * schema (fields, dates, HTML in text), template text left in, and whether its MDX parses. What the body
 * says is read here once (readMdx) and checked against the rest of the site in articleBody.ts.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { articleSchema } from '../../schemas/article';
import { SITE } from '../../site.config';
import { isoDay, reviewDueDate } from '../dates';
import { DEFAULT_AUTHOR } from './crossCollection';
import { MAX_ARTICLE_BYTES } from './files';
import { readFrontmatter } from './frontmatter';
import { readMdx, slugOfPath, type MdxFacts } from './mdxBody';
import type { Problem } from './problem';
import { fieldDocs, objectShape, validate } from './schemaIssues';
import { checkerSchemaTools, type KnownIds } from './schemaTools';
import { fieldAtLine, invisibleCharacterProblems } from './text';
import { unknownFields } from './unknownFields';
import type { YamlSource } from './yamlSource';

/** Placeholder marker used by content/articles/_template.mdx. */
const TEMPLATE_MARKER = /\bTODO\b/;
/** Up to a day ahead is allowed: an editor east of UTC may already be on tomorrow's date. */
const DAY = 24 * 60 * 60 * 1000;

/** An article as the checks read it: what could be read of it, and no more (a part that failed is undefined). */
export interface ArticleInput {
  file: string;
  slug: string;
  text: string;
  raw?: Record<string, unknown>;
  source?: YamlSource;
  data?: { title: string; draft: boolean; references: { id: string }[]; topics: { id: string }[]; conditions: { id: string }[] };
  facts?: MdxFacts;
}

/** Reads and checks one article file; its problems go to `problems`. */
export function readArticle(root: string, file: string, known: KnownIds, today: Date, problems: Problem[]): ArticleInput {
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
export const isDraft = (article: ArticleInput) => article.data?.draft ?? article.raw?.draft === true;

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

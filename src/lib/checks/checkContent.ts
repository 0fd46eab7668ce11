/**
 * The content checks, in one pass over `content/`: what `npm run check:content` prints and what the
 * build runs first (src/integrations/contentGate.ts). The schemas are the collections' own
 * (src/schemas/), so the rules cannot drift; on top of them come the checks a schema cannot express:
 * links between files, the MDX body, duplicates, dates against today, unused sources.
 * This file is the order of the pass; each concern is a file of its own: the data files (dataFiles.ts),
 * one article file (articleFile.ts), its body against the site (articleBody.ts) and what only the whole
 * collection shows (acrossArticles.ts).
 */
import { isAbsolute, relative } from 'node:path';
import { authorSchema } from '../../schemas/author';
import { bibliographySchema } from '../../schemas/bibliography';
import { conditionSchema } from '../../schemas/condition';
import { glossarySchema } from '../../schemas/glossary';
import { topicSchema } from '../../schemas/topic';
import { checkDuplicates, checkMissingIds, checkUnusedSources } from './acrossArticles';
import { checkBody, siteIndex } from './articleBody';
import { readArticle } from './articleFile';
import { glossaryNameClashes, searchNameClashes, selfRelations, type Collection } from './crossCollection';
import { idsOf, readCollection } from './dataFiles';
import { articleFiles } from './files';
import { sortProblems, type CheckReport, type Problem } from './problem';
import { validate } from './schemaIssues';
import { checkerSchemaTools, type KnownIds } from './schemaTools';
import { sourceRuleProblems } from './sources';
import { unknownFields } from './unknownFields';

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

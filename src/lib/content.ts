/**
 * The one module that reads content collections. Drafts are dropped here, once, so no page,
 * feed or index can publish one by mistake.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { articlesOnCondition, articlesOnTopic, byNewest } from './articles';
import type { MarkedFacts } from './editorMarkers';
import { nameGroups, namedEntries, type NameGroup } from './searchNames';
import { conditionUrl, glossaryUrl, topicUrl } from './urls';

/** Drafts are shown in `astro dev` only (src/integrations/drafts.ts); elsewhere, such as the Container API in tests, never. */
const SHOW_DRAFTS = typeof __SHOW_DRAFTS__ !== 'undefined' && __SHOW_DRAFTS__;

export type Article = CollectionEntry<'articles'>;
export type Topic = CollectionEntry<'topics'>;
export type Condition = CollectionEntry<'conditions'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type Source = CollectionEntry<'bibliography'>;
export type Author = CollectionEntry<'authors'>;

/**
 * `reference()` only checks the shape of an id, so a typo in a topic, source or author would
 * otherwise publish a broken page. Every unknown id fails the build, naming the file and the field.
 */
async function assertLinksResolve(articles: Article[]): Promise<void> {
  const [topics, conditions, sources, authors] = await Promise.all(
    (['topics', 'conditions', 'bibliography', 'authors'] as const).map(async (name) => new Set((await getCollection(name)).map((entry) => entry.id))),
  );
  const known = { topics: topics!, conditions: conditions!, references: sources!, authors: authors!, reviewers: authors! };
  const where = {
    topics: 'content/topics.yaml',
    conditions: 'content/conditions.yaml',
    references: 'content/bibliography.yaml',
    authors: 'content/authors.yaml',
    reviewers: 'content/authors.yaml',
  };
  const problems = articles.flatMap((article) =>
    (Object.keys(known) as (keyof typeof known)[]).flatMap((field) =>
      article.data[field]
        .filter((ref) => !known[field].has(ref.id))
        .map((ref) => `${article.filePath}: ${field} — "${ref.id}" does not exist. Use an id from ${where[field]} or add it there.`),
    ),
  );
  if (problems.length) throw new Error(`Unknown ids in articles:\n${problems.join('\n')}`);
}

/**
 * Every article page needs the topics, glossary, authors and bibliography: in a build, where content
 * cannot change, each is read (and sorted or mapped) once rather than once per page. `astro dev` reads
 * them afresh each time, so edits show on reload. Callers must not mutate what these return.
 */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (SHOW_DRAFTS) return load();
    return (cached ??= load().catch((error) => {
      cached = undefined;
      throw error;
    }));
  };
}

/**
 * Published articles, newest first, with every id they name checked. Drafts appear only in `astro dev`, so
 * editors can preview them. Read and checked once per build, however many pages ask (ten routes do).
 */
export const getArticles: () => Promise<Article[]> = oncePerBuild(async () => {
  const articles = await getCollection('articles', ({ data }) => SHOW_DRAFTS || !data.draft);
  await assertLinksResolve(articles);
  return articles.sort(byNewest);
});

export const getTopics: () => Promise<Topic[]> = oncePerBuild(async () => (await getCollection('topics')).sort((a, b) => a.data.order - b.data.order));

export const getConditions: () => Promise<Condition[]> = oncePerBuild(async () =>
  (await getCollection('conditions')).sort((a, b) => a.data.order - b.data.order),
);

/** Each condition with its published articles (newest first). */
export async function getConditionsWithArticles(): Promise<{ condition: Condition; articles: Article[] }[]> {
  const [conditions, articles] = await Promise.all([getConditions(), getArticles()]);
  return conditions.map((condition) => ({ condition, articles: articlesOnCondition(articles, condition.id) }));
}

export const getGlossary: () => Promise<GlossaryTerm[]> = oncePerBuild(async () =>
  (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term)),
);

/** The names readers search by, grouped by idea (src/lib/searchNames.ts): synonyms and best matches. */
export const getNameGroups: () => Promise<NameGroup[]> = oncePerBuild(async () => {
  const [glossary, topics, conditions] = await Promise.all([getGlossary(), getTopics(), getConditions()]);
  return nameGroups(
    namedEntries(
      {
        glossary: glossary.map((term) => ({ id: term.id, ...term.data })),
        topics: topics.map((topic) => ({ id: topic.id, name: topic.data.name, aliases: topic.data.aliases, term: topic.data.term?.id })),
        conditions: conditions.map((condition) => ({
          id: condition.id,
          name: condition.data.name,
          aliases: condition.data.aliases,
          term: condition.data.term.id,
        })),
      },
      { glossary: glossaryUrl, topic: topicUrl, condition: conditionUrl },
    ),
  );
});

export const getBibliography: () => Promise<Map<string, Source>> = oncePerBuild(
  async () => new Map((await getCollection('bibliography')).map((source) => [source.id, source])),
);

export const getAuthors: () => Promise<Map<string, Author>> = oncePerBuild(
  async () => new Map((await getCollection('authors')).map((author) => [author.id, author])),
);

/** Each topic with its published articles (newest first). */
export async function getTopicsWithArticles(): Promise<{ topic: Topic; articles: Article[] }[]> {
  const [topics, articles] = await Promise.all([getTopics(), getArticles()]);
  return topics.map((topic) => ({ topic, articles: articlesOnTopic(articles, topic.id) }));
}

/** An article's reference list, in the order the editor-markers plugin numbered it from the MDX tree (src/lib/editorMarkers.ts). */
export async function getArticleReferences(referenceOrder: string[]): Promise<Source[]> {
  const bibliography = await getBibliography();
  return referenceOrder.map((key) => bibliography.get(key)!);
}

/**
 * What each published article's body says (the terms it links, its citations, its prose), read from the
 * MDX tree it was compiled from (src/lib/editorMarkers.ts), for the pages that count across articles.
 */
export const getArticleFacts: () => Promise<Map<string, MarkedFacts>> = oncePerBuild(async () => {
  const articles = await getArticles();
  const rendered = await Promise.all(articles.map(async (article) => [article.id, (await render(article)).remarkPluginFrontmatter as MarkedFacts] as const));
  return new Map(rendered);
});

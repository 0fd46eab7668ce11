/**
 * The Pagefind index that `npm run build` writes: exactly the published articles, the topics, the
 * conditions and one record per glossary term, each with its filters and meta; and the synonyms of the
 * glossary's, topics' and conditions' names work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CERTAINTY, NOT_GRADED, verdict, type Certainty } from '../../src/lib/evidence';
import { SYNONYMS_MARKER } from '../../src/lib/search';
import { nameGroups, namedEntries, synonymEntriesOf, type NameSources } from '../../src/lib/searchNames';
import { bodyFactsOf } from '../../src/lib/bodyFacts';
import { articleSearchTexts, synonymIndexText, synonymsFor, type SynonymEntry } from '../../src/lib/synonyms';
import type { Pagefind, PagefindData } from '../../src/client/pagefind';
import { publishedArticles, readYaml } from '../support/articles';
import { loadIndex, pathAndHashOf, pathOf, searchAll } from '../support/pagefind';

const dist = inject('distDir');
const articles = publishedArticles();
const topics = readYaml<{ id: string; name: string }[]>('topics.yaml');
const glossary = readYaml<(SynonymEntry & { id: string })[]>('glossary.yaml');
const conditions = readYaml<NameSources['conditions']>('conditions.yaml');
const topicName = new Map(topics.map((topic) => [topic.id, topic.name]));
/** The synonyms every page is indexed with: the names of glossary terms, topics and conditions, by idea. */
const synonyms = synonymEntriesOf(
  nameGroups(
    namedEntries(
      { glossary, topics, conditions },
      { glossary: (id) => `/glossary/#${id}`, topic: (id) => `/topics/${id}/`, condition: (id) => `/conditions/${id}/` },
    ),
  ),
);
/** The article layout's texts for synonyms, from the same function and the same parse of the body. */
const searchTexts = new Map(
  articles.map((article) => [
    article.slug,
    articleSearchTexts(
      article.data as Parameters<typeof articleSearchTexts>[0],
      bodyFactsOf(readFileSync(article.file, 'utf8')),
      (id) => glossary.find((term) => term.id === id)!.term,
    ),
  ]),
);
/** Where the layout looks for the names of the ideas an article is about. */
const text = (article: (typeof articles)[number]) => searchTexts.get(article.slug)!.mentions;
/** The synonym groups the layout gives an article, from the same texts. */
const synonymsOf = (article: (typeof articles)[number], entries: SynonymEntry[]) => synonymsFor(text(article), entries, searchTexts.get(article.slug)!.linked);
/** What the article page indexes, without markup: the hidden synonyms leave out its words. */
const indexedText = (article: (typeof articles)[number]) => searchTexts.get(article.slug)!.indexed;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

let pagefind: Pagefind;
let records: Map<string, PagefindData>;
beforeAll(async () => {
  pagefind = await loadIndex(dist);
  const all = await searchAll(pagefind, null, { filters: { type: { any: ['Article', 'Condition', 'Topic', 'Glossary term'] } } });
  records = new Map(all.map((data) => [pathAndHashOf(data.url), data]));
});

describe('the search index', () => {
  it('holds exactly the published articles, the topics, the conditions and the glossary terms', () => {
    const expected = [
      ...articles.map((article) => `/articles/${article.slug}/`),
      ...topics.map((topic) => `/topics/${topic.id}/`),
      ...conditions.map((condition) => `/conditions/${condition.id}/`),
      ...glossary.map((term) => `/glossary/#${term.id}`),
    ].sort();
    expect([...records.keys()].sort()).toEqual(expected);
  });

  it('has every filter value counted', async () => {
    const filters = await pagefind.filters();
    expect(filters.type).toEqual({ Article: articles.length, Condition: conditions.length, Topic: topics.length, 'Glossary term': glossary.length });
    expect(Object.keys(filters.topic!).sort()).toEqual([...topicName.values()].sort());
  });

  it.each(articles.map((article) => [article.slug, article]))(
    '%s carries its topics, headline grade, type, title, description, date and main topic',
    (slug, article) => {
      const data = records.get(`/articles/${slug}/`)!;
      const names = (article.data.topics as string[]).map((id) => topicName.get(id)!);
      const headline = article.data.questions?.[0];
      const evidence = headline ? CERTAINTY[headline.certainty as Certainty].label : NOT_GRADED.filter;
      expect({ ...data.filters, topic: [...data.filters.topic!].sort() }).toEqual({ type: ['Article'], topic: [...names].sort(), evidence: [evidence] });
      expect(data.meta.verdict).toBe(headline ? `${headline.question} ${verdict(headline)}` : undefined);
      expect(data.meta).toMatchObject({
        title: article.data.title,
        description: article.data.description,
        updated: iso(article.data.updated),
        mainTopic: names[0],
      });
    },
  );

  it('stores no doubled full stop in any record (a definition that ends its own sentence gets no second one)', () => {
    const doubled = [...records].filter(([, record]) => /[^.]\.\.(?!\.)/.test(record.content)).map(([path]) => path);
    expect(doubled).toEqual([]);
  });

  it('indexes the main content only: not the reference list, the table of contents or the related articles', () => {
    const article = records.get(`/articles/${articles[0]!.slug}/`)!;
    expect(article.content).not.toMatch(/On this page|Related articles|Medical disclaimer|Edit this page/);
    expect(article.content).not.toMatch(/doi\.org|PMID/);
  });

  it('sorts by updated date, newest first, keeping every record', async () => {
    const sorted = await searchAll(pagefind, null, { filters: { type: { any: ['Article'] } }, sort: { updated: 'desc' } });
    const dates = sorted.map((data) => data.meta.updated!);
    expect(dates.length).toBe(articles.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('synonyms from the glossary aliases', () => {
  it.each([
    ['eczema', 'atopic dermatitis'],
    ['leaky gut', 'intestinal permeability'],
    ['SCFA', 'short-chain fatty acids'],
  ])('“%s” finds the articles that only say “%s”', async (alias) => {
    const entry = glossary.find((candidate) => [candidate.term, ...candidate.aliases].some((name) => name.toLowerCase() === alias.toLowerCase()))!;
    expect(entry, `content/glossary.yaml has “${alias}”`).toBeDefined();
    // Every article that uses any name of the term must be found by the alias, including those that never use the alias.
    const expected = articles.filter((article) => synonymsOf(article, [entry]).length > 0 || text(article).toLowerCase().includes(alias.toLowerCase()));
    expect(expected.length).toBeGreaterThan(0);
    const found = new Set((await searchAll(pagefind, alias)).map((data) => pathOf(data.url)));
    expect(expected.map((article) => `/articles/${article.slug}/`).filter((path) => !found.has(path))).toEqual([]);
  });

  it.each([
    ['pimples', 'a condition'],
    ['good bacteria', 'a topic'],
  ])('the everyday name “%s” (of %s) finds every article that uses another name of the same idea', async (alias) => {
    const entry = synonyms.find((candidate) => [candidate.term, ...candidate.aliases].includes(alias))!;
    expect(entry, `“${alias}” is a search name`).toBeDefined();
    const expected = articles.filter((article) => synonymsOf(article, [entry]).length > 0);
    expect(expected.length).toBeGreaterThan(0);
    const found = new Set((await searchAll(pagefind, alias)).map((data) => pathOf(data.url)));
    expect(expected.map((article) => `/articles/${article.slug}/`).filter((path) => !found.has(path))).toEqual([]);
  });

  it('writes them as hidden text inside the indexed body of each article', () => {
    const [article] = articles.filter((candidate) => synonymIndexText(synonymsOf(candidate, synonyms), indexedText(candidate)) !== '');
    const hidden = synonymIndexText(synonymsOf(article!, synonyms), indexedText(article!));
    const html = readFileSync(join(dist, 'articles', article!.slug, 'index.html'), 'utf8');
    const body = html.slice(html.indexOf('data-pagefind-body'));
    expect(body).toMatch(new RegExp(`<p hidden data-search-synonyms[^>]*>${SYNONYMS_MARKER} `));
    expect(body).toContain(hidden.split('.')[0]!.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
  });

  it('ends every article’s indexed text with them, after the marker the results page cuts excerpts at', () => {
    const withSynonyms = articles.filter((article) => synonymsOf(article, synonyms).length > 0);
    expect(withSynonyms.length).toBeGreaterThan(0);
    for (const article of withSynonyms) {
      const { content } = records.get(`/articles/${article.slug}/`)!;
      const hidden = content.slice(content.lastIndexOf(SYNONYMS_MARKER) + SYNONYMS_MARKER.length + 1);
      // The same names, and nothing else (the layout may list the terms in another order).
      const sentences = (names: string) => names.split('. ').sort();
      expect(sentences(hidden), article.slug).toEqual(sentences(synonymIndexText(synonymsOf(article, synonyms), indexedText(article))));
    }
  });
});

/**
 * The relevance set (relevance.json): for each query a reader would type (their typos and everyday
 * words included), the page that must be among the first three results of the real, built index,
 * searched with the library the site ships and asked exactly what the search page asks (findResults,
 * with the page's best-match names and spelling vocabulary). The best match, when there is one, comes first.
 * `expect` is an article's file name, or a page's path ("/conditions/eczema/", "/glossary/#butyrate").
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyFilters } from '../../src/lib/search';
import type { Pagefind } from '../../src/client/pagefind';
import { findResults } from '../../src/client/searchQuery';
import { publishedArticles } from '../support/articles';
import { loadIndex, pathAndHashOf } from '../support/pagefind';
import { searchHelpersFrom } from '../support/searchHelpers';

interface Case {
  query: string;
  expect: string;
  /** What kind of miss the query is there to catch: typo, everyday word, question, defining page. */
  class?: string;
}
const pathOf = (expected: string) => (expected.startsWith('/') ? expected : `/articles/${expected}/`);
const { queries } = JSON.parse(readFileSync(new URL('./relevance.json', import.meta.url), 'utf8')) as { queries: Case[] };
const TOP = 3;

let pagefind: Pagefind;
const helpers = searchHelpersFrom(inject('distDir'));
beforeAll(async () => {
  pagefind = await loadIndex(inject('distDir'));
});

describe('relevance set', () => {
  it('has at least 35 queries, each naming a published article or a page, and at least 5 of each class of miss', () => {
    const slugs = new Set(publishedArticles().map((article) => article.slug));
    expect(queries.length).toBeGreaterThanOrEqual(35);
    expect(queries.filter((entry) => !entry.expect.startsWith('/') && !slugs.has(entry.expect)).map((entry) => entry.expect)).toEqual([]);
    for (const kind of ['typo', 'everyday word', 'question', 'defining page'])
      expect(queries.filter((entry) => entry.class === kind).length, kind).toBeGreaterThanOrEqual(5);
  });

  it.each(queries.map((entry) => [entry.query, entry.expect]))(`“%s” has %s in the top ${TOP}`, async (query, slug) => {
    const { results, best } = await findResults(pagefind, { q: query, filters: emptyFilters(), sort: 'relevance' }, helpers);
    const found = await Promise.all(results.slice(0, TOP).map(async (result) => pathAndHashOf((await result.data()).url)));
    const top = [...(best ? [best.url] : []), ...found.filter((path) => path !== best?.url)].slice(0, TOP);
    expect(top, `top ${TOP} for “${query}”`).toContain(pathOf(slug));
  });
});

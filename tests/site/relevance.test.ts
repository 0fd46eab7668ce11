/**
 * The relevance set (relevance.json): for each query a reader would type, the article that must be
 * among the first three results of the real, built index, searched with the library the site ships
 * and asked exactly what the search page asks (findResults: filler words left out, and the pages with
 * the most of the words when no page has them all).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyFilters } from '../../src/lib/search';
import type { Pagefind } from '../../src/scripts/pagefind';
import { findResults } from '../../src/scripts/searchQuery';
import { publishedArticles } from '../support/articles';
import { loadIndex, pathAndHashOf } from '../support/pagefind';

interface Case {
  query: string;
  expect: string;
}
const { queries } = JSON.parse(readFileSync(new URL('./relevance.json', import.meta.url), 'utf8')) as { queries: Case[] };
const TOP = 3;

let pagefind: Pagefind;
beforeAll(async () => {
  pagefind = await loadIndex(inject('distDir'));
});

describe('relevance set', () => {
  it('has at least 15 queries, each naming a published article', () => {
    const slugs = new Set(publishedArticles().map((article) => article.slug));
    expect(queries.length).toBeGreaterThanOrEqual(15);
    expect(queries.filter((entry) => !slugs.has(entry.expect)).map((entry) => entry.expect)).toEqual([]);
  });

  it.each(queries.map((entry) => [entry.query, entry.expect]))(`“%s” has %s in the top ${TOP}`, async (query, slug) => {
    const { results } = await findResults(pagefind, { q: query, filters: emptyFilters(), sort: 'relevance' });
    const top = await Promise.all(results.slice(0, TOP).map(async (result) => pathAndHashOf((await result.data()).url)));
    expect(top, `top ${TOP} for “${query}”`).toContain(`/articles/${slug}/`);
  });
});

/**
 * The relevance set (relevance.json): for each query a reader would type, the article that must be
 * among the first three results of the real, built index, searched with the library the site ships.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Pagefind } from '../../src/scripts/pagefind';
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
    const { results } = await pagefind.search(query);
    const top = await Promise.all(results.slice(0, TOP).map(async (result) => pathAndHashOf((await result.data()).url)));
    expect(top, `top ${TOP} for “${query}”`).toContain(`/articles/${slug}/`);
  });
});

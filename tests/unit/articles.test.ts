import { describe, expect, it } from 'vitest';
import { articlesOnTopic, byNewest, neighboursInMainTopic, paginate, relatedArticles, type ArticleLike } from '../../src/lib/articles';

const article = (id: string, published: string, topics: string[], updated = published): ArticleLike => ({
  id,
  data: { title: id, published: new Date(published), updated: new Date(updated), topics: topics.map((topic) => ({ id: topic })) },
});

const a = article('a', '2026-01-01', ['diet', 'microbiome']);
const b = article('b', '2026-03-01', ['diet']);
const c = article('c', '2026-02-01', ['microbiome', 'diet']);
const d = article('d', '2026-04-01', ['medication-safety']);
const all = [a, b, c, d];

describe('byNewest', () => {
  it('orders by publication date, newest first, and by title on a tie', () => {
    const tie = article('aa', '2026-04-01', ['diet']);
    expect([a, b, c, d, tie].sort(byNewest).map((x) => x.id)).toEqual(['aa', 'd', 'b', 'c', 'a']);
  });
});

describe('articlesOnTopic', () => {
  it('lists every article that has the topic anywhere in its list, newest first', () => {
    expect(articlesOnTopic(all, 'diet').map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(articlesOnTopic(all, 'inflammation')).toEqual([]);
  });
});

describe('relatedArticles', () => {
  it('ranks by shared topics, counting a shared main topic double', () => {
    // For c (main: microbiome): a shares two topics; b shares one and is newer, but ranks lower.
    expect(relatedArticles(c, all).map((x) => x.id)).toEqual(['a', 'b']);
    // For a (main: diet): c shares two topics (2); b shares diet, a's main topic (1 + 1), and is newer.
    expect(relatedArticles(a, all).map((x) => x.id)).toEqual(['b', 'c']);
  });
  it('breaks ties by the most recently updated and never includes the article itself or unrelated ones', () => {
    const e = article('e', '2026-01-01', ['diet'], '2026-06-01');
    const related = relatedArticles(b, [...all, e]).map((x) => x.id);
    expect(related[0]).toBe('e');
    expect(related).not.toContain('b');
    expect(related).not.toContain('d');
  });
  it('respects the limit', () => {
    expect(relatedArticles(a, all, 1)).toHaveLength(1);
  });
});

describe('neighboursInMainTopic', () => {
  it('gives the newer and older article within the main topic', () => {
    // Main topics: a and b diet, c microbiome. Diet, newest first: b, c, a. Microbiome: c, a.
    expect(neighboursInMainTopic(b, all)).toEqual({ previous: undefined, next: c });
    expect(neighboursInMainTopic(c, all)).toEqual({ previous: undefined, next: a });
    expect(neighboursInMainTopic(a, all)).toEqual({ previous: c, next: undefined });
    const f = article('f', '2026-05-01', ['diet']);
    expect(neighboursInMainTopic(c, [...all, f])).toEqual({ previous: undefined, next: a });
    expect(neighboursInMainTopic(b, [...all, f])).toEqual({ previous: f, next: c });
  });
});

describe('paginate', () => {
  it('splits into pages of the given size and numbers them from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
  it('always returns one page, even when empty', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }]);
  });
});

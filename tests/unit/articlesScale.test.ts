/**
 * Related articles and previous/next are computed for every article page, so they must not cost
 * O(N) each (O(N²) per build). The cached versions in src/lib/articles.ts must give exactly what the
 * plain definition gives, and stay fast at 5,000 articles.
 */
import { describe, expect, it } from 'vitest';
import { articlesOnTopic, byNewest, mainTopicOf, neighboursInMainTopic, relatedArticles, type ArticleLike } from '../../src/lib/articles';

const TOPICS = ['microbiome', 'diet', 'probiotics', 'inflammation', 'skin-conditions', 'medication-safety'];

function corpus(count: number, seed = 1): ArticleLike[] {
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, index) => {
    const topics = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => TOPICS[Math.floor(next() * TOPICS.length)]!))];
    const day = Date.UTC(2025, 0, 1) + Math.floor(next() * 40) * 86_400_000; // many ties on purpose
    return {
      id: `a${index}`,
      data: { title: `Article ${Math.floor(next() * 50)}`, published: new Date(day), updated: new Date(day), topics: topics.map((id) => ({ id })) },
    };
  }).sort(byNewest);
}

/** The definition, computed from scratch for one article. */
function naiveRelated(article: ArticleLike, articles: ArticleLike[], limit = 3): string[] {
  const mine = new Set(article.data.topics.map((topic) => topic.id));
  return articles
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, score: other.data.topics.filter((topic) => mine.has(topic.id)).length + (mainTopicOf(other) === mainTopicOf(article) ? 1 : 0) }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) => b.score - a.score || b.other.data.updated.getTime() - a.other.data.updated.getTime() || a.other.data.title.localeCompare(b.other.data.title),
    )
    .slice(0, limit)
    .map(({ other }) => other.id);
}

describe('related articles and previous/next at scale', () => {
  it('give exactly the plain definition', () => {
    const articles = corpus(400);
    for (const article of articles) {
      expect(relatedArticles(article, articles).map((other) => other.id)).toEqual(naiveRelated(article, articles));
      const inTopic = articlesOnTopic(articles, mainTopicOf(article));
      const index = inTopic.findIndex((other) => other.id === article.id);
      const { previous, next } = neighboursInMainTopic(article, articles);
      expect([previous?.id, next?.id]).toEqual([inTopic[index - 1]?.id, inTopic[index + 1]?.id]);
    }
  });

  it('cost about the same per page at 5,000 articles as at 500 (no per-page sort of the whole list)', () => {
    const time = (count: number) => {
      const articles = corpus(count, 7);
      const started = performance.now();
      for (const article of articles) {
        relatedArticles(article, articles);
        neighboursInMainTopic(article, articles);
      }
      return (performance.now() - started) / count;
    };
    time(500); // warm up the JIT
    const small = time(500);
    const large = time(5000);
    // Sorting the whole list for every page would make each page ~10× dearer at 10× the articles.
    expect(large).toBeLessThan(Math.max(small * 4, 0.05));
  });
});

/**
 * Pure functions over article data: ordering, topic lists, related articles, previous/next.
 * They take plain objects so they can be unit-tested without Astro.
 */

/** The minimum an article needs for these functions. */
export interface ArticleLike {
  id: string;
  data: {
    title: string;
    published: Date;
    updated: Date;
    topics: { id: string }[];
    conditions?: { id: string }[];
  };
}

/** Newest first by publication date; ties broken by title so the order is stable. */
export function byNewest<T extends ArticleLike>(a: T, b: T): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title);
}

export const mainTopicOf = (article: ArticleLike) => article.data.topics[0]!.id;

export const hasTopic = (article: ArticleLike, topicId: string) => article.data.topics.some((topic) => topic.id === topicId);

/** Articles on a topic, newest first. */
export function articlesOnTopic<T extends ArticleLike>(articles: T[], topicId: string): T[] {
  return articles.filter((article) => hasTopic(article, topicId)).sort(byNewest);
}

/** Articles about a condition (their `conditions` name it), newest first. */
export function articlesOnCondition<T extends ArticleLike>(articles: T[], conditionId: string): T[] {
  return articles.filter((article) => article.data.conditions?.some((condition) => condition.id === conditionId)).sort(byNewest);
}

/**
 * Rankings are computed once per list of articles and reused for every page built from it, so that
 * building N article pages stays O(N) rather than O(N²): an article page's related articles depend only
 * on its main topic and topic set (a handful of combinations), and previous/next on its main topic.
 * The cache is keyed by the array itself (the one getStaticPaths passes to every page); do not mutate it.
 */
const rankingCache = new WeakMap<readonly ArticleLike[], Map<string, ArticleLike[]>>();

function cached<T extends ArticleLike>(articles: readonly T[], key: string, compute: () => T[]): T[] {
  let byKey = rankingCache.get(articles);
  if (!byKey) rankingCache.set(articles, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T[];
}

/**
 * Related articles: those sharing the most topics with `article` (a shared main topic counts
 * double), then the most recently updated. Articles with nothing in common are left out, and so are
 * `exclude`d ones (the previous and next links beside them, so the footer never offers one twice).
 */
export function relatedArticles<T extends ArticleLike>(article: T, articles: T[], limit = 3, exclude: readonly string[] = []): T[] {
  const mine = new Set(article.data.topics.map((topic) => topic.id));
  const main = mainTopicOf(article);
  // Every article with the same main topic and topic set ranks the others identically.
  const ranked = cached(articles, `related:${main}:${[...mine].sort().join(',')}`, () => {
    const score = (other: T) => other.data.topics.filter((topic) => mine.has(topic.id)).length + (mainTopicOf(other) === main ? 1 : 0);
    return articles
      .map((other) => ({ other, score: score(other) }))
      .filter(({ score }) => score > 0)
      .sort(
        (a, b) => b.score - a.score || b.other.data.updated.getTime() - a.other.data.updated.getTime() || a.other.data.title.localeCompare(b.other.data.title),
      )
      .map(({ other }) => other);
  });
  const related: T[] = [];
  for (const other of ranked) {
    if (related.length === limit) break;
    if (other.id !== article.id && !exclude.includes(other.id)) related.push(other);
  }
  return related;
}

/** The previous (newer) and next (older) article within `article`'s main topic. */
export function neighboursInMainTopic<T extends ArticleLike>(article: T, articles: T[]): { previous?: T; next?: T } {
  const inTopic = cached(articles, `topic:${mainTopicOf(article)}`, () => articlesOnTopic(articles, mainTopicOf(article)));
  const index = inTopic.findIndex((other) => other.id === article.id);
  return { previous: inTopic[index - 1], next: inTopic[index + 1] };
}

export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  total: number;
}

/** How many pages a list of `count` items takes: at least one, so an empty list still has its page. */
export const pageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/** Splits `items` into pages of `size`. There is always at least one page, even when empty. */
export function paginate<T>(items: T[], size: number): Page<T>[] {
  const total = pageCount(items.length, size);
  return Array.from({ length: total }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    total,
  }));
}

/** The most recent `updated` date among articles (a topic's freshness, for "Newest first" in search). */
export function latestUpdate(articles: { data: { updated: Date } }[]): Date | undefined {
  if (!articles.length) return undefined;
  return new Date(Math.max(...articles.map((article) => article.data.updated.getTime())));
}

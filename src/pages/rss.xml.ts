import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '../lib/content';
import { absoluteUrl, articleUrl } from '../lib/urls';
import { SITE } from '../site.config';

/** The feed carries the newest articles only, so its size stays bounded as the collection grows. */
const FEED_LENGTH = 50;

export async function GET(context: APIContext) {
  const articles = await getArticles();
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: context.site ?? SITE.url,
    items: articles.slice(0, FEED_LENGTH).map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.published,
      link: absoluteUrl(articleUrl(article.id)),
      categories: article.data.topics.map((topic) => topic.id),
    })),
    customData: `<language>${SITE.locale.toLowerCase()}</language>`,
  });
}

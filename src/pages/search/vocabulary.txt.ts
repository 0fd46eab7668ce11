/**
 * The search page's "did you mean" vocabulary (src/lib/spelling.ts), one word a line, most useful first.
 * The search page fetches it only when a searched word finds nothing.
 */
import type { APIRoute } from 'astro';
import { getArticles, getNameGroups } from '../../lib/content';
import { buildVocabulary } from '../../lib/spelling';

export const GET: APIRoute = async () => {
  const [articles, groups] = await Promise.all([getArticles(), getNameGroups()]);
  const vocabulary = buildVocabulary({
    names: groups.flatMap((group) => group.names),
    // An article's body holds its headings; the title is added to it.
    pages: articles.map((article) => `${article.data.title}\n${article.body ?? ''}`),
  });
  return new Response(`${vocabulary.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

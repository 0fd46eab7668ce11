/**
 * The search page's "did you mean" vocabulary (src/lib/spelling.ts), one word a line, most useful first.
 * The search page fetches it only when a searched word finds nothing.
 */
import type { APIRoute } from 'astro';
import { getArticles, getNameGroups } from '../../lib/content';
import { buildVocabulary } from '../../lib/spelling';

/** An MDX body's headings ("## What the trials found"), read without rendering the page. */
const headingsOf = (body: string) => body.match(/^#{2,6}\s.*$/gm) ?? [];

export const GET: APIRoute = async () => {
  const [articles, groups] = await Promise.all([getArticles(), getNameGroups()]);
  const vocabulary = buildVocabulary({
    names: groups.flatMap((group) => group.names),
    headings: articles.flatMap((article) => [article.data.title, ...headingsOf(article.body ?? '')]),
    bodies: articles.map((article) => article.body ?? ''),
  });
  return new Response(`${vocabulary.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

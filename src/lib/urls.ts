/**
 * Every URL the site prints is built here, so that pages, the feed, the sitemap, JSON-LD
 * and components agree, and a base path (e.g. GitHub Pages) is applied in one place.
 */
import { routePath } from './routes';
import { SITE } from '../site.config';

const BASE = (import.meta.env?.BASE_URL ?? SITE.base).replace(/\/?$/, '/');

/** Prefixes a site-relative path ("articles/x/") with the base path. */
export function withBase(path: string): string {
  return BASE + path.replace(/^\//, '');
}

export const homeUrl = () => withBase(routePath('home', {}));
export const articlesUrl = (page = 1) => withBase(routePath('articles', {}, page));
export const articleUrl = (slug: string) => withBase(routePath('article', { slug }));
export const topicsUrl = () => withBase(routePath('topics', {}));
export const conditionsUrl = () => withBase(routePath('conditions', {}));
export const conditionUrl = (condition: string, page = 1) => withBase(routePath('condition', { condition }, page));
export const topicUrl = (topic: string, page = 1) => withBase(routePath('topic', { topic }, page));
export const glossaryUrl = (termId?: string) => withBase(routePath('glossary', {})) + (termId ? `#${termId}` : '');
/** The search page's spelling vocabulary (src/pages/search/vocabulary.txt.ts). */
export const spellingVocabularyUrl = () => withBase(routePath('spellingVocabulary', {}));
export const searchUrl = (query?: string) => withBase(routePath('search', {})) + (query ? `?q=${encodeURIComponent(query)}` : '');
export const pageUrl = (name: 'about' | 'editorialPolicy' | 'medicalDisclaimer') => withBase(routePath(name, {}));
export const editorialPolicyUrl = (anchor?: string) => pageUrl('editorialPolicy') + (anchor ? `#${anchor}` : '');
export const feedUrl = () => withBase(routePath('feed', {}));
/** A share image (src/pages/share/[card].png.ts): the site's, or a topic's or condition's. */
export const shareImageUrl = (card: ShareCardId = 'site') => withBase(routePath('shareImage', { card }));
export type ShareCardId = 'site' | `topic-${string}` | `condition-${string}`;
export const sitemapUrl = () => withBase(routePath('sitemap', {}));

/** Absolute URL on the public site, for canonical links, Open Graph and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, SITE.url).toString();
}

/** A pre-filled e-mail to the editors about one page: readers need no GitHub account to report an error. */
export const reportProblemUrl = (title: string, pageAddress: string) =>
  `mailto:${SITE.contactEmail}?subject=${encodeURIComponent(`Problem with: ${title}`)}&body=${encodeURIComponent(`Page: ${pageAddress}\n\nWhat is wrong, and where (a sentence or heading):\n\n`)}`;

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

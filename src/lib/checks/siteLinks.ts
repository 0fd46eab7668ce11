/**
 * Which site-relative links resolve, worked out from the content alone (no build needed). Mirrors the
 * routes in src/pages/ and the URL helpers in src/lib/urls.ts: trailing slashes, pagination, anchors.
 */
import { SITE } from '../../site.config';
import { ARTICLE_PAGE_IDS } from '../articlePageIds';
import { isCitationAnchor } from '../citations';
import { classifyUrl } from '../urlPolicy';

export interface SiteIndex {
  /** Every article by slug: its anchors (heading ids plus the ids the article page adds) and draft flag. */
  articles: Map<string, { anchors: Set<string>; draft: boolean }>;
  /** Published articles per topic, for pagination. */
  topics: Map<string, number>;
  /** Published articles per condition, for pagination. */
  conditions: Map<string, number>;
  glossary: Set<string>;
}

const STATIC_PAGES = new Set([
  '',
  'articles/',
  'topics/',
  'conditions/',
  'glossary/',
  'search/',
  'about/',
  'editorial-policy/',
  'medical-disclaimer/',
  'rss.xml',
  'sitemap-index.xml',
  'robots.txt',
]);

const pages = (count: number) => Math.max(1, Math.ceil(count / SITE.pageSize));

export type LinkProblem = { problem: string; fix: string };

/**
 * Checks one link written in an article (`fromSlug`) against the URL policy (src/lib/urlPolicy.ts):
 * web addresses must be https and e-mail addresses mailto:, and are not followed; site links must
 * start with "/" and end with "/", and their anchors must exist.
 */
export function checkLink(url: string, fromSlug: string, site: SiteIndex): LinkProblem | undefined {
  const verdict = classifyUrl(url);
  switch (verdict.kind) {
    case 'refused':
      return { problem: verdict.problem, fix: verdict.fix };
    case 'external':
    case 'email':
      return undefined;
    case 'anchor':
      return checkAnchor(verdict.hash, fromSlug, site, url, true);
    case 'relative':
      return { problem: `"${url}" is a relative link`, fix: 'Write site links from the root, e.g. /articles/what-are-probiotics/.' };
  }
  const { path, hash } = verdict;
  if (!/\/$|\.(xml|txt)$/.test(path) && path !== '') {
    const withSlash = `/${path}/`;
    if (resolves(`${path}/`, site)) return { problem: `"${url}" has no trailing slash`, fix: `Write ${withSlash}${hash ? `#${hash}` : ''}.` };
  }
  if (!resolves(path, site)) {
    const article = /^articles\/([^/]+)\/$/.exec(path)?.[1];
    if (article && site.articles.get(article)?.draft) {
      return { problem: `"${url}" links to a draft`, fix: 'Link to it once it is published (draft: false), or remove the link.' };
    }
    return { problem: `"${url}" is not a page on this site`, fix: linkHint(path, site) };
  }
  const article = /^articles\/([^/]+)\/$/.exec(path)?.[1];
  if (hash && article) return checkAnchor(hash, article, site, url);
  if (hash && path === 'glossary/' && !site.glossary.has(decodeURIComponent(hash))) {
    return { problem: `"${url}": the glossary has no term "${hash}"`, fix: 'Use an id from content/glossary.yaml, or better, <Term id="…">word</Term>.' };
  }
  return undefined;
}

function checkAnchor(anchor: string, slug: string, site: SiteIndex, url: string, samePage = false): LinkProblem | undefined {
  const anchors = site.articles.get(slug)?.anchors;
  if (!anchors || anchors.has(decodeURIComponent(anchor))) return undefined;
  const headings = [...anchors].filter((id) => !ARTICLE_PAGE_IDS.includes(id) && !isCitationAnchor(id));
  return {
    problem: samePage ? `"${url}" is not a heading in this article` : `"${url}": the article ${slug} has no heading "#${anchor}"`,
    fix: `Use one of its heading anchors: ${headings.map((id) => `#${id}`).join(', ') || '(it has no headings)'}.`,
  };
}

function resolves(path: string, site: SiteIndex): boolean {
  if (STATIC_PAGES.has(path)) return true;
  let match: RegExpExecArray | null;
  if ((match = /^articles\/page\/(\d+)\/$/.exec(path))) {
    const published = [...site.articles.values()].filter((article) => !article.draft).length;
    return Number(match[1]) >= 2 && Number(match[1]) <= pages(published);
  }
  if ((match = /^articles\/([^/]+)\/$/.exec(path))) return site.articles.get(match[1]!)?.draft === false;
  if ((match = /^(topics|conditions)\/([^/]+)\/(?:page\/(\d+)\/)?$/.exec(path))) {
    const count = site[match[1] as 'topics' | 'conditions'].get(match[2]!);
    return count !== undefined && (!match[3] || (Number(match[3]) >= 2 && Number(match[3]) <= pages(count)));
  }
  return false;
}

function linkHint(path: string, site: SiteIndex): string {
  if (path.startsWith('articles/')) return "Check the article's file name in content/articles/ (the URL is /articles/<file name without .mdx>/).";
  if (path.startsWith('topics/')) return `Use one of: ${[...site.topics.keys()].map((id) => `/topics/${id}/`).join(', ')}.`;
  if (path.startsWith('conditions/')) return `Use one of: ${[...site.conditions.keys()].map((id) => `/conditions/${id}/`).join(', ')}.`;
  return 'Check the address on the built site (npm run dev), and write it from the root with a trailing slash.';
}

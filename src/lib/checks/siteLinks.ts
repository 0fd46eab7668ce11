/**
 * Which site-relative links resolve, worked out from the content alone (no build needed). Addresses
 * are read with the route table (src/lib/routes.ts) that the URL helpers and pages build them from;
 * this adds what only the content knows: which slugs are published, how many pages a list has, and
 * each page's anchors.
 */
import { SITE } from '../../site.config';
import { pageCount } from '../articles';
import { ARTICLE_PAGE_IDS } from '../articlePageIds';
import { isCitationAnchor } from '../citations';
import { matchRoute, type RouteMatch } from '../routes';
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

const pages = (count: number) => pageCount(count, SITE.pageSize);

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
  if (path && !path.endsWith('/') && exists(matchRoute(`${path}/`), site)) {
    return { problem: `"${url}" has no trailing slash`, fix: `Write /${path}/${hash ? `#${hash}` : ''}.` };
  }
  const route = matchRoute(path);
  if (!route || !exists(route, site)) {
    if (route?.name === 'article' && site.articles.get(route.params.slug!)?.draft) {
      return { problem: `"${url}" links to a draft`, fix: 'Link to it once it is published (draft: false), or remove the link.' };
    }
    return { problem: `"${url}" is not a page on this site`, fix: linkHint(path, site) };
  }
  if (hash && route.name === 'article') return checkAnchor(hash, route.params.slug!, site, url);
  if (hash && route.name === 'glossary' && !site.glossary.has(decodeURIComponent(hash))) {
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

/** Whether the build writes the page a route names: a published slug, a page in range. */
function exists(route: RouteMatch | undefined, site: SiteIndex): boolean {
  switch (route?.name) {
    case undefined:
      return false;
    case 'articles':
      return route.page <= pages([...site.articles.values()].filter((article) => !article.draft).length);
    case 'article':
      return site.articles.get(route.params.slug!)?.draft === false;
    case 'topic':
    case 'condition': {
      const count = (route.name === 'topic' ? site.topics : site.conditions).get(route.params[route.name]!);
      return count !== undefined && route.page <= pages(count);
    }
    case 'shareImage':
      // Share images are for other sites' previews, not for links in an article.
      return false;
    default:
      return true;
  }
}

function linkHint(path: string, site: SiteIndex): string {
  if (path.startsWith('articles/')) return "Check the article's file name in content/articles/ (the URL is /articles/<file name without .mdx>/).";
  if (path.startsWith('topics/')) return `Use one of: ${[...site.topics.keys()].map((id) => `/topics/${id}/`).join(', ')}.`;
  if (path.startsWith('conditions/')) return `Use one of: ${[...site.conditions.keys()].map((id) => `/conditions/${id}/`).join(', ')}.`;
  return 'Check the address on the built site (npm run dev), and write it from the root with a trailing slash.';
}

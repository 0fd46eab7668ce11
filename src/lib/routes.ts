/**
 * The site's route table: the address of every page family, defined once. The URL helpers
 * (urls.ts) fill these patterns in, the paginated pages take their `[...page]` parameter from
 * here, and the link checker (checks/siteLinks.ts) reads an editor's link back through
 * `matchRoute`, so a link is accepted exactly when it names an address the build writes.
 * Patterns are written as the files in src/pages/ name them ([slug], [topic], ...); a unit test
 * holds the table and the folder to each other.
 */

export const ROUTES = {
  home: '',
  articles: 'articles/',
  article: 'articles/[slug]/',
  topics: 'topics/',
  topic: 'topics/[topic]/',
  conditions: 'conditions/',
  condition: 'conditions/[condition]/',
  glossary: 'glossary/',
  search: 'search/',
  spellingVocabulary: 'search/vocabulary.txt',
  about: 'about/',
  editorialPolicy: 'editorial-policy/',
  medicalDisclaimer: 'medical-disclaimer/',
  feed: 'rss.xml',
  robots: 'robots.txt',
  favicon: 'favicon.svg',
  shareImage: 'share/[card].png',
  /** Written by @astrojs/sitemap, not by a file in src/pages/. */
  sitemap: 'sitemap-index.xml',
} as const;

export type RouteName = keyof typeof ROUTES;

/** The lists that run over several pages: page 2 onwards is `<list>page/<n>/` (src/pages/…/[...page].astro). */
export const PAGINATED_ROUTES = ['articles', 'topic', 'condition'] as const satisfies readonly RouteName[];
type PaginatedRoute = (typeof PAGINATED_ROUTES)[number];

/** The names inside a pattern's brackets: 'topics/[topic]/' → 'topic'. */
type ParamNames<Pattern extends string> = Pattern extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never;
export type RouteParams<Name extends RouteName> = Record<ParamNames<(typeof ROUTES)[Name]>, string>;

const PAGE_SEGMENT = 'page/';
const isPaginated = (name: RouteName): name is PaginatedRoute => (PAGINATED_ROUTES as readonly RouteName[]).includes(name);

/** The `[...page]` route parameter for a page number: page 1 has none, page 2 is "page/2". */
export const pageParam = (number: number) => (number === 1 ? undefined : `${PAGE_SEGMENT}${number}`);

/** A route's site-relative path ("topics/diet/page/2/"), without the base path. */
export function routePath<Name extends RouteName>(name: Name, params: RouteParams<Name>, page = 1): string {
  const path = ROUTES[name].replace(/\[(\w+)\]/g, (_, key: string) => encodeURIComponent((params as Record<string, string>)[key]!));
  return page > 1 && isPaginated(name) ? `${path}${pageParam(page)}/` : path;
}

export interface RouteMatch {
  name: RouteName;
  params: Record<string, string>;
  /** 1 unless the path names a later page of a paginated list. */
  page: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|\\]/g, '\\$&');
const MATCHERS = (Object.entries(ROUTES) as [RouteName, string][]).map(([name, pattern]) => {
  const keys = [...pattern.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
  const body = pattern
    .split(/\[\w+\]/)
    .map(escape)
    .join('([^/]+)');
  const pageSuffix = isPaginated(name) ? `(?:${PAGE_SEGMENT}([1-9]\\d*)/)?` : '';
  return { name, keys, regex: new RegExp(`^${body}${pageSuffix}$`) };
});

/**
 * Which route a site-relative path (no leading slash, no base) names, with its parameters, or
 * undefined if none does. Whether that page exists (a known slug, a page in range) is the caller's
 * question. "…/page/1/" is not an address: page 1 is the list itself.
 */
export function matchRoute(path: string): RouteMatch | undefined {
  for (const { name, keys, regex } of MATCHERS) {
    const match = regex.exec(path);
    if (!match) continue;
    const page = match[keys.length + 1] ? Number(match[keys.length + 1]) : 1;
    if (match[keys.length + 1] && page < 2) return undefined;
    return { name, params: Object.fromEntries(keys.map((key, index) => [key, decodeURIComponent(match[index + 1]!)])), page };
  }
  return undefined;
}

import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGINATED_ROUTES, ROUTES, matchRoute, pageParam, routePath, type RouteName } from '../../src/lib/routes';

const PAGES = join(import.meta.dirname, '../../src/pages');
const files = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));

/** The address pattern Astro gives a file in src/pages/: `topics/[topic]/[...page].astro` → `topics/[topic]/`. */
function patternOf(file: string): { pattern: string; paginated: boolean } {
  const path = relative(PAGES, file).split(sep).join('/');
  const paginated = path.endsWith('/[...page].astro');
  const pattern = path
    .replace(/\[\.\.\.page\]\.astro$/, '')
    .replace(/(^|\/)index\.astro$/, '$1')
    .replace(/\.astro$/, '/')
    .replace(/\.ts$/, '');
  return { pattern, paginated };
}

describe('the route table', () => {
  const pageFiles = files(PAGES)
    .map(patternOf)
    .filter(({ pattern }) => pattern !== '404/');

  it('names every file in src/pages/ (but the 404 page), and only those and the sitemap', () => {
    const table = Object.entries(ROUTES)
      .filter(([name]) => name !== 'sitemap')
      .map(([, pattern]) => pattern);
    expect(new Set(pageFiles.map(({ pattern }) => pattern))).toEqual(new Set(table));
  });

  it('marks as paginated exactly the routes whose file is a [...page] route', () => {
    const paginated = pageFiles.filter((file) => file.paginated).map((file) => file.pattern);
    expect(new Set(paginated)).toEqual(new Set(PAGINATED_ROUTES.map((name) => ROUTES[name])));
  });

  it.each([
    ['home', {}, 1, ''],
    ['article', { slug: 'what-are-probiotics' }, 1, 'articles/what-are-probiotics/'],
    ['articles', {}, 3, 'articles/page/3/'],
    ['topic', { topic: 'diet' }, 1, 'topics/diet/'],
    ['condition', { condition: 'acne' }, 2, 'conditions/acne/page/2/'],
    ['shareImage', { card: 'topic-diet' }, 1, 'share/topic-diet.png'],
    ['about', {}, 2, 'about/'],
  ] as [RouteName, Record<string, string>, number, string][])('builds %s %o page %i as "%s", and reads it back', (name, params, page, path) => {
    expect(routePath(name, params as never, page)).toBe(path);
    expect(matchRoute(path)).toEqual({ name, params, page: PAGINATED_ROUTES.includes(name as never) ? page : 1 });
  });

  it.each(['articles/page/1/', 'articles/page/0/', 'articles/page/02/', 'topics/diet/page/', 'articles/a/b/', 'nope/', 'rss.xml/'])(
    'reads "%s" as no address',
    (path) => {
      expect(matchRoute(path)).toBeUndefined();
    },
  );

  it('gives page 1 no [...page] parameter', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
  });
});

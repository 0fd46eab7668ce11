/**
 * What search engines are told is consistent: every URL in the sitemap is a real page that may be
 * indexed (Lighthouse's SEO audit and Search Console both flag a listed page marked noindex), and the
 * not-found page is neither listed nor indexable.
 */
import { describe, expect, inject, it } from 'vitest';
import { fileForPath, readPage, sitemapPaths } from '../support/dist';

const dist = inject('distDir');
const paths = sitemapPaths(dist);

describe('sitemap and robots meta', () => {
  it('every URL in the sitemap is a built page that allows indexing', () => {
    const problems = paths.flatMap((path) => {
      const file = fileForPath(dist, path);
      if (!file) return [`${path}: no page`];
      const robots = readPage(dist, file).querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
      return /noindex/.test(robots) ? [`${path}: listed in the sitemap but marked ${robots}`] : [];
    });
    expect(paths.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('the not-found page is not listed and not indexable', () => {
    expect(paths.some((path) => path.startsWith('/404'))).toBe(false);
    expect(readPage(dist, '404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);
  });
});

/**
 * GitHub Pages serves a project site from a sub-folder (https://<owner>.github.io/<repo>/), and the deploy
 * workflow builds with BASE_PATH and SITE_URL. Build once that way and check that every link, script,
 * stylesheet and form points inside the base path at a file that exists, and that the sitemap, robots.txt
 * and canonical URLs use the public URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, removeCopy, type SiteCopy } from './setup/siteCopy';
import { htmlFiles } from '../support/dist';

const BASE = '/gut-skin-axis';
const SITE_URL = 'https://owner.github.io';
let copy: SiteCopy;

beforeAll(async () => {
  copy = await copyProject();
  Object.assign(process.env, { BASE_PATH: BASE, SITE_URL });
  // Vite leaves its own BASE_URL and SITE in a test worker's environment; the build would take them over ours.
  delete process.env.BASE_URL;
  delete process.env.SITE;
  const build = await buildCopy(copy);
  if (!build.ok) throw new Error(`The site did not build with BASE_PATH=${BASE}:\n${build.output.slice(-3000)}`);
}, 180_000);
afterAll(() => removeCopy(copy));

describe(`a build for ${SITE_URL}${BASE}/`, () => {
  it('points every local URL inside the base path, at a file that exists', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of htmlFiles(copy.dist)) {
      const html = readFileSync(join(copy.dist, page), 'utf8');
      for (const [, url] of html.matchAll(/\b(?:href|src|action)="([^"]+)"/g)) {
        if (/^(https?:|mailto:|data:|#|\/\/)/.test(url!)) continue;
        checked++;
        if (!url!.startsWith(`${BASE}/`)) {
          problems.push(`${page}: ${url} is outside ${BASE}/`);
          continue;
        }
        const path = decodeURIComponent(url!.replace(/[?#].*$/, '').slice(BASE.length));
        if (!existsSync(join(copy.dist, path)) && !existsSync(join(copy.dist, path, 'index.html'))) problems.push(`${page}: ${url} (no such file)`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });

  it('tells search engines and readers the public URL', () => {
    expect(readFileSync(join(copy.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}/sitemap-index.xml`);
    expect(readFileSync(join(copy.dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE_URL}${BASE}/</loc>`);
    expect(readFileSync(join(copy.dist, 'index.html'), 'utf8')).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}/">`);
  });

  it('loads the search engine from inside the base path', () => {
    const searchPage = readFileSync(join(copy.dist, 'search/index.html'), 'utf8');
    const files = [...searchPage.matchAll(/src="([^"]+\.js)"/g)].map(([, src]) => readFileSync(join(copy.dist, src!.slice(BASE.length)), 'utf8'));
    expect(files.join('\n')).toContain(`${BASE}/`);
    expect(existsSync(join(copy.dist, 'pagefind/pagefind.js'))).toBe(true);
  });
});

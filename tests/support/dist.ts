/** Helpers for reading the built site. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(dir, path)).isFile());
}

export const htmlFiles = (dist: string) => listFiles(dist).filter((path) => path.endsWith('.html'));

/** The URL path a built HTML file is served at ("articles/x/index.html" → "/articles/x/"). */
export const urlPathOf = (file: string) => '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');

export function readPage(dist: string, file: string): HTMLElement {
  return parse(readFileSync(join(dist, file), 'utf8'));
}

/** The HTML file that answers a URL path, or undefined if none does. */
export function fileForPath(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/^\//, ''));
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    try {
      if (statSync(join(dist, candidate)).isFile()) return relative(dist, join(dist, candidate));
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** The URL paths listed in the built sitemap(s), in order ("https://site/base/x/" → "/base/x/"). */
export function sitemapPaths(dist: string): string[] {
  return listFiles(dist)
    .filter((path) => /^sitemap-\d+\.xml$/.test(path))
    .flatMap((path) => [...readFileSync(join(dist, path), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
}

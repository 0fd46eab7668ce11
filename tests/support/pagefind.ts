/**
 * Runs real Pagefind searches in Node against a built index (`<dist>/pagefind`), with the same
 * browser library the site ships. Pagefind fetches its files; here fetch reads them from disk.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pagefind, PagefindData } from '../../src/client/pagefind';

const ORIGIN = 'http://pagefind.test';
const indexDirs = new Map<string, string>();
let patched = false;

/** Serves `http://pagefind.test/<n>/pagefind/…` from the n-th loaded index folder; other URLs go to the real fetch. */
function patchFetch() {
  if (patched) return;
  patched = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const [, key, , ...rest] = url.pathname.split('/');
    const dir = url.origin === ORIGIN ? indexDirs.get(key!) : undefined;
    if (!dir) return realFetch(input, init);
    try {
      return new Response(await readFile(join(dir, decodeURIComponent(rest.join('/')))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

/** Loads a fresh Pagefind instance for the index in `distDir` (each call gets its own module instance). */
export async function loadIndex(distDir: string): Promise<Pagefind> {
  patchFetch();
  const key = String(indexDirs.size + 1);
  const indexDir = join(distDir, 'pagefind');
  indexDirs.set(key, indexDir);
  // A query string makes Node load a separate module instance per index.
  const pagefind = (await import(`${pathToFileURL(join(indexDir, 'pagefind.js')).href}?instance=${key}`)) as Pagefind;
  await pagefind.options({ basePath: `${ORIGIN}/${key}/pagefind/` });
  await pagefind.init();
  await pagefind.filters();
  return pagefind;
}

/** Every record's data for a query (null: every record that matches the filters). */
export async function searchAll(pagefind: Pagefind, query: string | null, options: Parameters<Pagefind['search']>[1] = {}): Promise<PagefindData[]> {
  const response = await pagefind.search(query, options);
  return Promise.all(response.results.map((result) => result.data()));
}

/** "/articles/x/" from a result URL ("http://pagefind.test/1/articles/x/#h" → "/articles/x/"). */
export const pathOf = (url: string) => new URL(url, 'http://site').pathname.replace(/^\/\d+\//, '/');

/** "/articles/x/#h" from a result URL. */
export const pathAndHashOf = (url: string) => pathOf(url) + new URL(url, 'http://site').hash;

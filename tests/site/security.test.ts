/**
 * The security policy in the build output: the CSP <meta> tag on every page, the headers file for
 * Netlify / Cloudflare Pages, and safe external links. (That the browser is satisfied by both policies
 * is proven in browser.test.ts, which serves the site with these headers.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/static-server.ts';
import { headerCsp, parseCsp, SECURITY_HEADERS } from '../../src/lib/securityHeaders';
import { htmlFiles, readPage } from '../support/dist';

const dist = inject('distDir');
const pages = htmlFiles(dist);
const SITE_ORIGIN = 'http://site';

/** CSP hash sources of a page's executable inline scripts, computed here independently of the build. */
function inlineScriptHashes(file: string): string[] {
  return readPage(dist, file)
    .querySelectorAll('script:not([src])')
    .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
    .map((script) => `'sha256-${createHash('sha256').update(script.rawText).digest('base64')}'`);
}

/** The script-src sources of a page's CSP <meta> tag, the list Astro computes from our components' scripts. */
function metaScriptSources(file: string): string[] {
  const meta = readPage(dist, file).querySelector('meta[http-equiv="content-security-policy"]');
  return parseCsp(meta?.getAttribute('content') ?? '').get('script-src') ?? [];
}

const shippedHeaders = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const sourceHeaders = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));

describe('the headers file (Netlify, Cloudflare Pages)', () => {
  const headers = headersFor(shippedHeaders, '/articles/any-article/');

  it('sends every security header on every path', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
    expect(Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security']!)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headersFor(shippedHeaders, '/')['Content-Security-Policy']).toBe(headers['Content-Security-Policy']);
  });

  it('public/_headers states the policy of src/lib/securityHeaders.ts (before the build adds hashes)', () => {
    expect(headersFor(sourceHeaders, '/')['Content-Security-Policy']).toBe(headerCsp());
  });

  it('sends a CSP that allows exactly our own scripts, WebAssembly, and the inline scripts the pages contain', () => {
    const inline = [...new Set(pages.flatMap(inlineScriptHashes))].sort();
    expect(headers['Content-Security-Policy']).toBe(headerCsp(inline));
    const csp = parseCsp(headers['Content-Security-Policy']!);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const sources of csp.values()) expect(sources.filter((source) => /^(\*|https?:|data:)/.test(source))).toEqual([]);
  });

  it("hashes only scripts Astro listed in a page's CSP <meta> tag (ours, never content's)", () => {
    const listed = new Set(pages.flatMap((page) => metaScriptSources(page)));
    const hashed = parseCsp(headers['Content-Security-Policy']!)
      .get('script-src')!
      .filter((source) => /^'sha(256|384|512)-/.test(source));
    expect(hashed.length).toBeGreaterThan(0);
    for (const hash of hashed) expect(listed, hash).toContain(hash);
  });

  it('caches fingerprinted assets for a year', () => {
    expect(headersFor(shippedHeaders, '/_astro/BaseLayout.abc123.css')['Cache-Control']).toMatch(/max-age=31536000.*immutable/);
  });
});

describe('the CSP <meta> tag', () => {
  it.each(pages.map((page) => [page]))('%s carries a strict policy that allows its inline scripts', (page) => {
    const metas = readPage(dist, page).querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const csp = parseCsp(metas[0]!.getAttribute('content')!);
    const scriptSources = csp.get('script-src')!;
    expect(scriptSources).toContain("'self'");
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");
    for (const hash of inlineScriptHashes(page)) expect(scriptSources, `inline script ${hash}`).toContain(hash);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    // A browser ignores frame-ancestors in <meta> and logs an error; it belongs in the header only.
    expect(csp.has('frame-ancestors')).toBe(false);
  });

  it('comes before any script or stylesheet in <head>', () => {
    for (const page of pages) {
      const head = readFileSync(join(dist, page), 'utf8').split('</head>')[0]!;
      const meta = head.indexOf('http-equiv="content-security-policy"');
      const firstResource = head.search(/<script(?![^>]*application\/ld\+json)|<link[^>]*rel="stylesheet"/);
      expect(meta, page).toBeGreaterThan(-1);
      if (firstResource > -1) expect(meta, page).toBeLessThan(firstResource);
    }
  });
});

describe('links to other sites', () => {
  const externalLinks = pages.flatMap((page) =>
    readPage(dist, page)
      .querySelectorAll('a[href]')
      .filter((link) => new URL(link.getAttribute('href')!, SITE_ORIGIN).origin !== SITE_ORIGIN && /^https?:/.test(link.getAttribute('href')!))
      .map((link) => ({ page, link })),
  );

  it('exist (articles cite sources)', () => {
    expect(externalLinks.length).toBeGreaterThan(10);
  });

  it('never give the other site a handle on ours (rel="noopener noreferrer")', () => {
    const unsafe = externalLinks
      .filter(({ link }) => !['noopener', 'noreferrer'].every((value) => (link.getAttribute('rel') ?? '').split(/\s+/).includes(value)))
      .map(({ page, link }) => `${page}: ${link.getAttribute('href')}`);
    expect(unsafe).toEqual([]);
  });

  it('in article text and references, open in a new tab, are marked external and say so to screen readers', () => {
    const articleLinks = externalLinks.filter(
      ({ page, link }) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(page) && link.closest('[data-pagefind-body], .prose, ol'),
    );
    expect(articleLinks.length).toBeGreaterThan(10);
    const unmarked = articleLinks
      .filter(({ link }) => {
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        const note = link.querySelector('.sr-only')?.text ?? '';
        return link.getAttribute('target') !== '_blank' || !rel.includes('external') || !/opens in a new tab/.test(note);
      })
      .map(({ page, link }) => `${page}: ${link.getAttribute('href')}`);
    expect(unmarked).toEqual([]);
  });
});

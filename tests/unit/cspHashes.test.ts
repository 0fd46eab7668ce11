/**
 * The CSP of dist/_headers hashes only the inline scripts Astro listed in a page's CSP <meta> tag
 * (src/integrations/cspHashes.ts): an inline script that came with the content gets no hash,
 * it is reported, and the build fails on it.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageScripts, withCsp } from '../../src/integrations/cspHashes';

const hash = (body: string, algorithm = 'sha256') => `'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`;
const OURS = 'document.documentElement.dataset.search = "ready";';
const INJECTED = 'fetch("/steal?c=" + document.cookie)';

const meta = (...hashes: string[]) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}; style-src 'self';">`;
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageScripts', () => {
  it('hashes our script (listed by Astro) and reports an injected one, which gets no hash', () => {
    const html = page(meta(hash(OURS)), `<script type="module">${OURS}</script><article><p>Text</p><script>${INJECTED}</script></article>`);
    const result = pageScripts(html);
    expect(result.listed).toEqual([hash(OURS)]);
    expect(result.ours).toEqual([hash(OURS)]);
    expect(result.foreign).toHaveLength(1);
    expect(result.foreign[0]).toContain(hash(INJECTED));
    expect(result.ours).not.toContain(hash(INJECTED));
  });

  it('ignores JSON-LD and other JSON blocks, which never run (and content fills them)', () => {
    const jsonLd = '{"@context":"https://schema.org","@type":"Article","headline":"Acne"}';
    const html = page(meta(), `<script type="application/ld+json">${jsonLd}</script><script type='application/json'>{}</script>`);
    expect(pageScripts(html)).toEqual({ listed: [], ours: [], foreign: [] });
  });

  it('ignores scripts loaded from a file (allowed by script-src, not by hash)', () => {
    expect(pageScripts(page(meta(), '<script type="module" src="/_astro/search.js"></script>')).foreign).toEqual([]);
  });

  it('counts every other inline script, whatever its type, attributes or case', () => {
    for (const tag of [
      '<script>',
      '<SCRIPT type="text/javascript">',
      '<script type="importmap">',
      '<script type="speculationrules">',
      '<script data-src="x.js">',
      '<script title="a > b">',
      '<svg><script>',
    ])
      expect(pageScripts(page(meta(hash(OURS)), `${tag}${INJECTED}</script>`)).foreign, tag).toHaveLength(1);
  });

  it('reports an inline script on a page without a CSP <meta> tag', () => {
    expect(pageScripts(page('', `<script>${OURS}</script>`))).toMatchObject({ listed: undefined, ours: [], foreign: [expect.stringContaining(hash(OURS))] });
  });

  it('never takes hashes from a second CSP <meta> tag (one in the content), and reports it', () => {
    const html = page(meta(hash(OURS)), `${meta(hash(INJECTED))}<script>${INJECTED}</script>`);
    const result = pageScripts(html);
    expect(result.listed).toEqual([hash(OURS)]);
    expect(result.ours).toEqual([]);
    expect(result.foreign).toEqual(['a second CSP <meta> tag', expect.stringContaining(hash(INJECTED))]);
  });

  it("does not read tags inside a script's text", () => {
    const body = `const s = '<script>${INJECTED}<\\/script>'; const m = "<meta http-equiv=content-security-policy content=x>";`;
    const result = pageScripts(page(meta(hash(body)), `<script>${body}</script>`));
    expect(result).toEqual({ listed: [hash(body)], ours: [hash(body)], foreign: [] });
  });

  it('hashes with the algorithm Astro used', () => {
    const result = pageScripts(page(meta(hash(OURS, 'sha384')), `<script>${OURS}</script>`));
    expect(result.ours).toEqual([hash(OURS, 'sha384')]);
    expect(result.foreign).toEqual([]);
  });
});

describe('withCsp', () => {
  it('replaces the policy on every Content-Security-Policy line', () => {
    const file = '/*\n  Content-Security-Policy: old\n  X-Frame-Options: DENY\n';
    expect(withCsp(file, "script-src 'self'")).toBe("/*\n  Content-Security-Policy: script-src 'self'\n  X-Frame-Options: DENY\n");
  });
});

/**
 * Weight budgets, measured on the built files the way a CDN sends them (gzip):
 * - an article's HTML fits in the first round trip (≤ 14 kB gz), and HTML + CSS in ≤ 24 kB gz;
 * - every page shares one cached stylesheet;
 * - pages other than search carry no script files, only a small inline handler (≤ 2 kB), and no
 *   inline event-handler attributes;
 * - nothing is loaded from another origin.
 * (browser.test.ts checks the same things in Chromium, as the page loads.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readPage, urlPathOf } from '../support/dist';

const dist = inject('distDir');
const pages = htmlFiles(dist);
const KB = 1024;
const BUDGETS = {
  /** ≈ one TCP initial congestion window (10 × 1,460 bytes): the page arrives in the first round trip. */
  articleHtmlGz: 14 * KB,
  articleHtmlPlusCssGz: 24 * KB,
  /** Every other page (hub, topics, lists, glossary): the same total. */
  pageHtmlPlusCssGz: 24 * KB,
  inlineScript: 2 * KB,
};

const gzSize = (path: string) => gzipSync(readFileSync(join(dist, path))).length;
const isArticle = (page: string) => /^articles\/(?!page\/)[^/]+\/index\.html$/.test(page);
const isSearchIsland = (page: string) => page === 'search/index.html' || page === '404.html';
const stylesheetsOf = (page: string) =>
  readPage(dist, page)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => new URL(link.getAttribute('href')!, `http://site${urlPathOf(page)}`).pathname.replace(/^\//, ''))
    .sort();

const weights = pages.map((page) => {
  const html = gzSize(page);
  const css = stylesheetsOf(page).reduce((sum, sheet) => sum + gzSize(sheet), 0);
  return { page, html, css, total: html + css };
});

describe('page weight (gzip)', () => {
  const articles = weights.filter(({ page }) => isArticle(page));
  it('has articles to weigh', () => expect(articles.length).toBeGreaterThanOrEqual(3));

  it.each(articles.map((weight) => [weight.page, weight]))('%s: HTML ≤ 14 kB, HTML + CSS ≤ 24 kB', (_page, weight) => {
    expect(weight.html).toBeLessThanOrEqual(BUDGETS.articleHtmlGz);
    expect(weight.total).toBeLessThanOrEqual(BUDGETS.articleHtmlPlusCssGz);
  });

  it('every other page: HTML + CSS ≤ 24 kB', () => {
    const over = weights
      .filter(({ page, total }) => !isArticle(page) && total > BUDGETS.pageHtmlPlusCssGz)
      .map(({ page, total }) => `${page}: ${(total / KB).toFixed(1)} kB`);
    expect(over).toEqual([]);
  });
});

describe('CSS', () => {
  it('is one set of stylesheets shared by every page (the search page may add its own)', () => {
    const shared = stylesheetsOf('index.html');
    expect(shared.length).toBeGreaterThan(0);
    const different = pages
      .filter((page) => {
        const sheets = stylesheetsOf(page);
        return isSearchIsland(page) ? !shared.every((sheet) => sheets.includes(sheet)) : sheets.join() !== shared.join();
      })
      .map((page) => `${page}: ${stylesheetsOf(page).join(', ')}`);
    expect(different).toEqual([]);
  });

  it('is never inlined (no <style> element and no style attribute, which the CSP would block)', () => {
    const inline = pages.filter((page) => readPage(dist, page).querySelector('style, [style]'));
    expect(inline).toEqual([]);
  });
});

describe('JavaScript on pages that are only read', () => {
  const readingPages = pages.filter((page) => !isSearchIsland(page));

  it.each(readingPages.map((page) => [page]))('%s loads no script file and at most 2 kB of inline script', (page) => {
    const html = readPage(dist, page);
    expect(html.querySelectorAll('script[src], link[rel="modulepreload"]').map((node) => node.toString())).toEqual([]);
    const inline = html
      .querySelectorAll('script:not([src])')
      .filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
      .reduce((sum, script) => sum + Buffer.byteLength(script.rawText), 0);
    expect(inline).toBeLessThanOrEqual(BUDGETS.inlineScript);
    const handlers = html.querySelectorAll('*').filter((node) => Object.keys(node.attributes).some((name) => /^on[a-z]+$/i.test(name)));
    expect(handlers.map((node) => node.tagName)).toEqual([]);
  });
});

describe('other origins', () => {
  it('no page loads anything from another origin', () => {
    const foreign = pages.flatMap((page) =>
      readPage(dist, page)
        .querySelectorAll(
          'script[src], link[href]:not([rel="canonical"]):not([rel="alternate"]):not([rel="sitemap"]), img, source, iframe, video, audio, embed, object',
        )
        .flatMap((node) => [
          node.getAttribute('src'),
          node.getAttribute('href'),
          ...(node.getAttribute('srcset') ?? '').split(',').map((entry) => entry.trim().split(/\s+/)[0]),
        ])
        .filter((url): url is string => Boolean(url) && /^(https?:)?\/\//.test(url!))
        .map((url) => `${page}: ${url}`),
    );
    expect(foreign).toEqual([]);
  });
});

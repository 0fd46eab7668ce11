/**
 * The search integration on a small built site: exactly the opted-in pages and glossary terms are
 * indexed, with their filters, meta and sort key, and nothing outside the main content is searchable.
 */
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossaryRecords } from '../../src/integrations/glossaryRecords';
import { buildSearchIndex, type SearchIndexSummary } from '../../src/integrations/searchIndex';
import type { Pagefind } from '../../src/client/pagefind';
import { loadIndex, pathAndHashOf, pathOf, searchAll } from '../support/pagefind';

const page = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><nav>Navigation chrome wording</nav>${body}<footer>Footer chrome wording</footer></body></html>`;
const record = (type: string, title: string, topics: string[], updated?: string, evidence?: string) => `
  <div hidden data-search-record>
    <span data-pagefind-filter="type">${type}</span>
    ${topics.map((topic) => `<span data-pagefind-filter="topic">${topic}</span>`).join('')}
    ${evidence ? `<span data-pagefind-filter="evidence">${evidence}</span>` : ''}
    <span data-pagefind-meta="title">${title}</span>
    <span data-pagefind-meta="mainTopic">${topics[0]}</span>
    ${updated ? `<span data-pagefind-meta="updated">${updated}</span>` : ''}
    <span data-pagefind-sort="updated">${updated ?? '0000-00-00'}</span>
  </div>`;

const GLOSSARY = page(`<dl>
  <div id="atopic-dermatitis" data-glossary-entry data-topic="Skin conditions"><dt><a href="#atopic-dermatitis">Atopic dermatitis</a></dt>
    <dd>A long-term itchy inflammatory skin condition.</dd><dd>Also called: eczema</dd><dd data-glossary-ignore>Topic: <a href="/topics/skin/">Skin conditions</a></dd></div>
  <div id="scfa" data-glossary-entry data-topic="Gut microbiome"><dt>Short-chain fatty acids</dt><dd>Made when bacteria ferment fibre in the colon.</dd></div>
</dl>`);

const FILES: Record<string, string> = {
  'articles/fibre/index.html': page(`<article><div data-pagefind-body><h1>Fibre and the gut</h1><p>Fibre feeds bacteria that make short-chain fatty acids.</p>
    <h2 id="butyrate">Butyrate</h2><p>Butyrate nourishes the colon lining.</p><nav data-pagefind-ignore>Ignoredtableofcontents</nav>
    <p hidden data-search-synonyms>Also known as: Short-chain fatty acids: SCFA.</p></div>
    <section>References: Referencelistonly</section>${record('Article', 'Fibre and the gut', ['Diet', 'Gut microbiome'], '2026-03-01', 'Moderate certainty')}</article>`),
  'articles/eczema/index.html': page(`<div data-pagefind-body><h1>Atopic dermatitis in infants</h1><p>Atopic dermatitis is common in babies.</p></div>
    ${record('Article', 'Atopic dermatitis in infants', ['Skin conditions'], '2026-05-01', 'Low certainty')}`),
  'topics/diet/index.html': page(
    `<div data-pagefind-body><h1>Diet</h1><p>How food shapes the microbiome.</p></div>${record('Topic', 'Diet', ['Diet'], '2026-02-01')}`,
  ),
  'about/index.html': page('<main><h1>About</h1><p>Aboutpageonly words.</p></main>'),
  'glossary/index.html': GLOSSARY,
};

let dist: string;
let summary: SearchIndexSummary;
let pagefind: Pagefind;
const logged: string[] = [];

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'search-index-'));
  for (const [path, html] of Object.entries(FILES)) {
    await mkdir(join(dist, path, '..'), { recursive: true });
    await writeFile(join(dist, path), html);
  }
  summary = await buildSearchIndex(dist, '/', { info: (message: string) => logged.push(message) });
  pagefind = await loadIndex(dist);
}, 60_000);
afterAll(() => rm(dist, { recursive: true, force: true }));

describe('buildSearchIndex', () => {
  it('indexes exactly the pages that opt in, plus one record per glossary term, and says so in the log', async () => {
    expect(summary.glossaryTerms).toBe(2);
    expect(logged.join('\n')).toMatch(/2 glossary terms/);
    const all = await searchAll(pagefind, null, { filters: { type: { any: ['Article', 'Topic', 'Glossary term'] } } });
    expect(all.map((data) => pathAndHashOf(data.url)).sort()).toEqual([
      '/articles/eczema/',
      '/articles/fibre/',
      '/glossary/#atopic-dermatitis',
      '/glossary/#scfa',
      '/topics/diet/',
    ]);
  });

  it('stores the filters, meta and sort key', async () => {
    expect(await pagefind.filters()).toEqual({
      type: { Article: 2, Topic: 1, 'Glossary term': 2 },
      topic: { Diet: 2, 'Gut microbiome': 2, 'Skin conditions': 2 },
      evidence: { 'Moderate certainty': 1, 'Low certainty': 1 },
    });
    const [fibre] = await searchAll(pagefind, 'butyrate');
    expect(fibre!.meta).toMatchObject({ title: 'Fibre and the gut', mainTopic: 'Diet', updated: '2026-03-01' });
    expect(fibre!.sub_results.some((sub) => sub.url.endsWith('#butyrate'))).toBe(true);
    const newest = await searchAll(pagefind, null, { filters: { type: { any: ['Article', 'Topic', 'Glossary term'] } }, sort: { updated: 'desc' } });
    expect(newest.map((data) => pathOf(data.url)).slice(0, 3)).toEqual(['/articles/eczema/', '/articles/fibre/', '/topics/diet/']);
  });

  it('finds hidden synonyms, but nothing outside the main content', async () => {
    expect((await searchAll(pagefind, 'SCFA')).map((data) => pathOf(data.url))).toContain('/articles/fibre/');
    expect((await searchAll(pagefind, 'eczema')).map((data) => new URL(data.url, 'http://s').hash)).toEqual(['#atopic-dermatitis']);
    // Pagefind falls back to near matches, so the check is that the page is not found by a word it has only outside its body.
    const outside = {
      Ignoredtableofcontents: '/articles/fibre/',
      Referencelistonly: '/articles/fibre/',
      Aboutpageonly: '/about/',
      Navigation: '/articles/eczema/',
      Footer: '/topics/diet/',
    };
    for (const [word, path] of Object.entries(outside)) {
      expect(
        (await searchAll(pagefind, word)).map((data) => pathOf(data.url)),
        word,
      ).not.toContain(path);
    }
    expect((await searchAll(pagefind, 'Ignoredtableofcontents')).every((data) => !data.content.includes('Ignoredtableofcontents'))).toBe(true);
  });

  it('leaves out Pagefind’s prebuilt UIs, which the site does not use', async () => {
    const files = await readdir(join(dist, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });
});

describe('glossaryRecords', () => {
  it('makes one record per term, linked to its anchor, without the topic link text', () => {
    const [first] = glossaryRecords(GLOSSARY, '/base/glossary/');
    expect(first).toMatchObject({
      url: '/base/glossary/#atopic-dermatitis',
      meta: { title: 'Atopic dermatitis', mainTopic: 'Skin conditions' },
      filters: { type: ['Glossary term'], topic: ['Skin conditions'] },
      sort: { updated: '0000-00-00' },
    });
    expect(first!.content).toContain('Also called: eczema');
    expect(first!.content).not.toContain('Topic:');
  });

  it('fails loudly on an entry without a term', () => {
    expect(() => glossaryRecords('<div id="x" data-glossary-entry><dd>Definition only, no term</dd></div>', '/glossary/')).toThrow(
      /missing its id, term or definition/,
    );
  });
});

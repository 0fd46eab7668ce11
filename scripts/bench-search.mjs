/**
 * `npm run bench:search`: what a search costs a reader, on the real site and on a generated
 * 5,000-article corpus. For each site it builds a copy outside the repository (the project's own
 * build command, so the index comes from the real integration), serves it gzipped like a CDN
 * (scripts/static-server.ts), and in Chromium measures:
 *   - cold: a fresh browser opens /search/?q=… — bytes fetched under /pagefind/ (transferred, compressed)
 *     until the first results are on screen, and the time Pagefind took (load + init + search + first results' data);
 *   - warm: further searches on the same page — time for search + the first results' data.
 * Targets (issue 4): cold ≤ 150 kB on 5,000 articles; warm < 50 ms.
 * Options: --articles N (default 5000), --json (machine-readable output, for `npm run bench`).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chromium } from 'playwright-core';
import { buildCopy, copyProject, PROJECT_ROOT } from '../tests/site/setup/siteCopy.ts';
import { startStaticServer } from './static-server.ts';

const args = process.argv.slice(2);
const ARTICLES = Number(args[args.indexOf('--articles') + 1]) > 0 && args.includes('--articles') ? Number(args[args.indexOf('--articles') + 1]) : 5000;
const JSON_OUTPUT = args.includes('--json');
const COLD_QUERIES = ['probiotics eczema', 'leaky gut', 'fibre acne'];
const WARM_QUERIES = ['dairy', 'short-chain fatty acids', 'rosacea gut', 'inflammation skin', 'antibiotics microbiome', 'stress'];
const TARGETS = { coldKb: 150, warmMs: 50 };
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const log = (...parts) => !JSON_OUTPUT && console.log(...parts);

/** A small seeded random generator, so the corpus is the same on every run. */
function random(seed) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Articles written from the real articles' words, valid for the schema, with realistic word statistics.
 *
 * Earlier versions drew every word from one pooled bag of all the real articles' words: a 22-article
 * vocabulary spread evenly over 5,000 articles, so every topical word ("leaky", "dairy", "rosacea")
 * appeared in nearly every article and every posting list in the index was about 5,000 pages long.
 * Real collections are not like that (Zipf/Heaps): a word's document frequency stays roughly constant
 * as a site grows, topical words cluster in the articles on that topic, and the vocabulary keeps
 * growing with rare terms (strains, drugs, foods, study names) that only a few articles use.
 * So each generated article is modelled on one real article (its theme, which also picks its main topic):
 *   - 70% of its words come from that article, 15% from a second real article (articles touch other
 *     topics), so each word's document frequency in the corpus follows its frequency among the real
 *     articles ("gut": 21 of 22, "leaky": 5 of 22);
 *   - 15% come from a long tail of 40,000 synthetic terms with Zipf frequencies (rank r ∝ 1/r),
 *     so the vocabulary grows with the corpus as it does in practice.
 */
export async function generateCorpus(count) {
  const dir = join(PROJECT_ROOT, 'content', 'articles');
  const { readdir } = await import('node:fs/promises');
  const sources = (await readdir(dir)).filter((name) => /^[a-z].*\.mdx$/.test(name));
  const themes = [];
  for (const name of sources) {
    const text = await readFile(join(dir, name), 'utf8');
    const body = text.split(/^---$/m).slice(2).join('');
    const words = body.replace(/<[^>]+>|\[[^\]]*\]\([^)]*\)|[#*_`"()]/g, ' ').split(/\s+/).filter((word) => /^[A-Za-z][a-z'’-]*[a-z]$/.test(word));
    const topicIds = /^topics:\s*\[([^\]]*)\]/m.exec(text)?.[1].split(',').map((id) => id.trim()).filter(Boolean) ?? [];
    themes.push({ words, topics: topicIds });
  }
  const bibliography = parse(await readFile(join(PROJECT_ROOT, 'content', 'bibliography.yaml'), 'utf8')).map((source) => source.id);
  const topics = parse(await readFile(join(PROJECT_ROOT, 'content', 'topics.yaml'), 'utf8')).map((topic) => topic.id);
  const levels = ['strong', 'moderate', 'limited', 'emerging'];
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  // The long tail: pronounceable synthetic terms, drawn with Zipf frequencies by inverting the harmonic CDF.
  const syllables = ['ba', 'co', 'di', 'fen', 'gal', 'hex', 'ki', 'lo', 'mar', 'nu', 'pro', 'qui', 'ra', 'sul', 'ta', 'vo', 'xi', 'zo', 'lin', 'tor'];
  const TAIL = 40_000;
  const tailWord = (rank) => {
    let word = '';
    for (let n = rank + 7919; word.length < 7 || n > 0; n = Math.floor(n / syllables.length)) word += syllables[n % syllables.length];
    return word;
  };
  const harmonic = Math.log(TAIL) + 0.5772;
  const zipf = () => Math.min(TAIL - 1, Math.floor(Math.exp(next() * harmonic - 0.5772)));
  let theme = themes[0];
  let secondary = themes[1];
  const word = () => {
    const roll = next();
    return roll < 0.7 ? pick(theme.words) : roll < 0.85 ? pick(secondary.words) : tailWord(zipf());
  };
  const sentence = (min, max) => {
    const length = min + Math.floor(next() * (max - min));
    const text = Array.from({ length }, () => word().toLowerCase()).join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const files = {};
  for (let index = 1; index <= count; index++) {
    const refs = [pick(bibliography), pick(bibliography), pick(bibliography)].filter((key, position, all) => all.indexOf(key) === position);
    while (refs.length < 3) {
      const key = pick(bibliography);
      if (!refs.includes(key)) refs.push(key);
    }
    theme = pick(themes);
    secondary = pick(themes);
    const articleTopics = [theme.topics.find((topic) => topics.includes(topic)) ?? pick(topics), pick(topics)].filter((topic, position, all) => all.indexOf(topic) === position);
    const day = `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    const sections = Array.from({ length: 4 }, (_, section) => {
      const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(8, 18)).join(' '));
      return `## ${sentence(3, 6).slice(0, -1)} ${section + 1}\n\n${paragraphs.join(refs[section % 3] ? ` <Cite id="${refs[section % 3]}" />\n\n` : '\n\n')}`;
    });
    files[`content/articles/generated-${String(index).padStart(5, '0')}.mdx`] = `---
title: "Generated article ${index}: ${sentence(3, 6).slice(0, 40).replace(/[."]/g, '')}"
description: "${(sentence(14, 18) + " " + sentence(14, 18)).slice(0, 150).replace(/"/g, '')}"
summary: "${Array.from({ length: 3 }, () => sentence(10, 14)).join(' ').slice(0, 600).replace(/"/g, '')}"
topics: [${articleTopics.join(', ')}]
published: ${day}
updated: ${day}
lastReviewed: ${day}
evidence: ${pick(levels)}
keyTakeaways:
  - "${sentence(8, 12).replace(/"/g, '')}"
  - "${sentence(8, 12).replace(/"/g, '')}"
  - "${sentence(8, 12).replace(/"/g, '')}"
references: [${refs.join(', ')}]
---

${sections.join('\n\n')}
`;
  }
  return files;
}

async function buildSite(label, files) {
  log(`\n${label}: building a copy${Object.keys(files).length ? ` with ${Object.keys(files).length} generated articles` : ''}…`);
  const copy = await copyProject();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(copy.root, path, '..'), { recursive: true });
    await writeFile(join(copy.root, path), text);
  }
  const started = performance.now();
  const build = await buildCopy(copy);
  if (!build.ok) throw new Error(`${label}: the build failed:\n${build.output.slice(-4000)}`);
  const seconds = (performance.now() - started) / 1000;
  const indexed = /read (\d+) pages .* and (\d+) glossary terms/.exec(build.output);
  log(`  built in ${seconds.toFixed(1)} s; ${indexed ? `${indexed[1]} pages read and ${indexed[2]} glossary terms indexed` : ''}`);
  return { copy, buildSeconds: seconds };
}

/** In-page measurement with the same engine the search page uses. */
const ENGINE = `async (query) => {
  const started = performance.now();
  window.__pagefind ??= await (async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  // As on the search page, the facet data loads alongside the first search, not before it.
  window.__filters ??= window.__pagefind.filters();
  const searchStarted = performance.now();
  const response = await window.__pagefind.search(query, { filters: {} });
  const searchMs = performance.now() - searchStarted;
  await Promise.all([window.__filters, ...response.results.slice(0, 10).map((result) => result.data())]);
  return { ms: performance.now() - started, searchMs, results: response.results.length };
}`;

/** Measures cold and warm searches on a built site (`dist`); `npm run bench` calls it on its own corpus. */
export async function measure(label, dist, browser) {
  const server = await startStaticServer(dist);
  const cold = [];
  const warm = [];
  try {
    for (const query of COLD_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const transfers = [];
      page.on('requestfinished', async (request) => {
        if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
        const sizes = await request.sizes().catch(() => undefined);
        if (sizes) transfers.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
      });
      // The reader's path: the results page, with its first batch of results rendered.
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction((q) => (document.querySelector('[data-search-heading]')?.textContent ?? '').includes(`“${q}”`), query, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      const uiBytes = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
      // The engine alone, cold, in a second fresh context (no HTTP cache).
      const engineContext = await browser.newContext();
      const enginePage = await engineContext.newPage();
      await enginePage.goto(`${server.url}/search/`);
      const engine = await enginePage.evaluate(`(${ENGINE})(${JSON.stringify(query)})`);
      for (const warmQuery of WARM_QUERIES) warm.push(await enginePage.evaluate(`(${ENGINE})(${JSON.stringify(warmQuery)})`));
      const byKind = {};
      for (const { path, bytes } of transfers) {
        const kind = /\/(index|fragment|filter)\//.exec(path)?.[1] ?? (/pf_meta$/.test(path) ? 'meta' : 'library');
        byKind[kind] = Math.round(((byKind[kind] ?? 0) + bytes / 1024) * 10) / 10;
      }
      cold.push({ query, kb: uiBytes / 1024, files: transfers.length, ms: engine.ms, results: engine.results, byKind });
      await context.close();
      await engineContext.close();
    }
  } finally {
    await server.close();
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const result = {
    label,
    coldKbMax: Math.max(...cold.map((entry) => entry.kb)),
    coldMsMedian: median(cold.map((entry) => entry.ms)),
    // Warm: the engine is loaded; `search` is Pagefind answering, `withData` adds loading the first 10 results' excerpts.
    warmSearchMsMedian: median(warm.map((entry) => entry.searchMs)),
    warmMsMedian: median(warm.map((entry) => entry.ms)),
    warmMsMax: Math.max(...warm.map((entry) => entry.ms)),
    cold,
  };
  log('  cold search (fresh browser, results page rendered):');
  for (const entry of cold) {
    const kinds = Object.entries(entry.byKind).map(([kind, kb]) => `${kind} ${kb}`).join(', ');
    log(`    “${entry.query}”: ${entry.kb.toFixed(1)} kB in ${entry.files} files (${kinds}); engine ${entry.ms.toFixed(0)} ms; ${entry.results} results`);
  }
  log(`  warm search (${warm.length} searches): Pagefind answers in ${result.warmSearchMsMedian.toFixed(1)} ms (median); with the first 10 results' excerpts ${result.warmMsMedian.toFixed(1)} ms (median), slowest ${result.warmMsMax.toFixed(1)} ms`);
  return result;
}

// Run directly (`npm run bench:search`), not when `npm run bench` imports measure().
if (import.meta.main) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  }).catch((error) => {
    throw new Error(`bench:search needs Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH): ${error.message}`);
  });
  const copies = [];
  try {
    const results = [];
    const real = await buildSite('Real site', {});
    copies.push(real.copy.root);
    results.push({ ...(await measure('real site', real.copy.dist, browser)), buildSeconds: real.buildSeconds });
    const corpus = await buildSite(`Generated corpus (${ARTICLES} articles)`, await generateCorpus(ARTICLES));
    copies.push(corpus.copy.root);
    const large = { ...(await measure(`${ARTICLES}-article corpus`, corpus.copy.dist, browser)), buildSeconds: corpus.buildSeconds };
    results.push(large);
    const pass = large.coldKbMax <= TARGETS.coldKb && results.every((result) => result.warmMsMedian < TARGETS.warmMs);
    if (JSON_OUTPUT) console.log(JSON.stringify({ targets: TARGETS, results, pass }, null, 2));
    else {
      log(`\nTargets: cold ≤ ${TARGETS.coldKb} kB on ${ARTICLES} articles (measured ${large.coldKbMax.toFixed(1)} kB); warm < ${TARGETS.warmMs} ms (median with excerpts ${Math.max(...results.map((r) => r.warmMsMedian)).toFixed(1)} ms).`);
      log(pass ? 'Within targets.' : 'OVER TARGET.');
    }
    process.exitCode = pass ? 0 : 1;
  } finally {
    await browser.close();
    for (const root of copies) await rm(root, { recursive: true, force: true });
  }
}

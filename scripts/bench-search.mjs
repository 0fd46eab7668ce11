/**
 * `npm run bench:search`: what a search costs a reader, on the real site and on a generated
 * 5,000-article corpus (scripts/bench/corpus.ts, the same generator as `npm run bench`). For each site it builds a copy outside the repository (the project's own
 * build command, so the index comes from the real integration), serves it gzipped like a CDN
 * (scripts/static-server.ts), and in Chromium measures:
 *   - cold: a fresh browser opens /search/?q=… — bytes fetched under /pagefind/ (transferred, compressed)
 *     until the first results are on screen, and the time Pagefind took (load + init + search + first results' data);
 *   - warm: further searches on the same page — time for search + the first results' data.
 * Targets (issue 4): cold ≤ 150 kB on 5,000 articles; warm < 50 ms.
 * Options: --articles N (default 5000), --json (machine-readable output, for `npm run bench`).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildCopy, copyProject, PROJECT_ROOT } from '../tests/site/setup/siteCopy.ts';
import { generateCorpus, readSources } from './bench/corpus.ts';
import { startStaticServer } from './static-server.ts';

const args = process.argv.slice(2);
const ARTICLES = Number(args[args.indexOf('--articles') + 1]) > 0 && args.includes('--articles') ? Number(args[args.indexOf('--articles') + 1]) : 5000;
const JSON_OUTPUT = args.includes('--json');
const COLD_QUERIES = ['probiotics eczema', 'leaky gut', 'fibre acne'];
const WARM_QUERIES = ['dairy', 'short-chain fatty acids', 'rosacea gut', 'inflammation skin', 'antibiotics microbiome', 'stress'];
const TARGETS = { coldKb: 150, warmMs: 50 };
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const log = (...parts) => !JSON_OUTPUT && console.log(...parts);

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
    const corpus = await buildSite(`Generated corpus (${ARTICLES} articles)`, generateCorpus(ARTICLES, readSources(join(PROJECT_ROOT, 'content'))));
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

/**
 * `npm run bench [-- --n 5000]`: how the build scales. Generates N realistic articles
 * (scripts/bench/corpus.ts) into a temporary copy of the project — never into content/ — and measures:
 *   - the build: astro (pages) and the search index separately, pages per second, peak memory of the
 *     whole process tree (polled from /proc), index size on disk, median article weight (gzip);
 *   - (search has its own benchmark against plain Pagefind: `npm run bench:search`);
 *   - a bare Astro project building the same MDX (mdx() only, no layouts, no other integrations):
 *     our overhead as a ratio;
 *   - Astro's experimental incremental build (experimental.incrementalBuild + a cacheKey per
 *     article page, applied to the copy only) for a one-article edit.
 * Prints a table and appends the figures, with the date and commit, to bench/results.jsonl and
 * bench/results.md. Options: --n N (default 1000), --no-bare, --no-incremental, --keep.
 * Targets at 5,000 articles (2 cores): build + index < 45 s, peak < 3 GB, overhead ≤ 1.2×.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { copyProject, PROJECT_ROOT } from '../tests/site/setup/siteCopy.ts';
import { astroBuild, bareProject, du, mb, median, phases, TIMED_CONFIG } from './bench/builds.ts';
import { generateCorpus, readSources } from './bench/corpus.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const N = Number(option('--n') ?? 1000);
const TARGETS = { buildSeconds: 45, peakGb: 3, overhead: 1.2 };
/** Median gzip weight of the generated articles' pages, and with their stylesheets. */
function articleWeights(dist: string) {
  const dir = join(dist, 'articles');
  const html: number[] = [];
  const withCss: number[] = [];
  const cssCache = new Map<string, number>();
  for (const slug of readdirSync(dir).filter((name) => name.startsWith('bench-'))) {
    const text = readFileSync(join(dir, slug, 'index.html'));
    const size = gzipSync(text).length;
    const css = [...text.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, [, href]) => {
      if (!cssCache.has(href!)) cssCache.set(href!, gzipSync(readFileSync(join(dist, href!))).length);
      return sum + cssCache.get(href!)!;
    }, 0);
    html.push(size);
    withCss.push(size + css);
  }
  return { htmlGz: median(html), htmlCssGz: median(withCss) };
}

/** Turns on Astro's experimental incremental build in the copy, with a cacheKey per article page. */
function enableIncremental(root: string): void {
  const configPath = join(root, 'astro.config.mjs');
  const config = readFileSync(configPath, 'utf8');
  writeFileSync(configPath, config.replace("trailingSlash: 'always',", "trailingSlash: 'always',\n  experimental: { incrementalBuild: true },"));
  const pagePath = join(root, 'src/pages/articles/[slug].astro');
  const page = readFileSync(pagePath, 'utf8');
  const patched = page.replace('---\n', "---\nimport { createHash } from 'node:crypto';\n").replace(
    'return articles.map((article) => ({ params: { slug: article.id }, props: { article, articles } }));',
    // An article page shows its own body and data, plus other articles' titles, topics and dates
    // (related, previous/next): the key covers both, so editing one body re-renders one page.
    `const shared = createHash('sha256').update(JSON.stringify(articles.map((a) => [a.id, a.data]))).digest('hex');
  return articles.map((article) => ({ params: { slug: article.id }, props: { article, articles }, cacheKey: \`\${article.digest}:\${shared}\` }));`,
  );
  if (patched === page) throw new Error('bench: could not add a cacheKey to src/pages/articles/[slug].astro (its getStaticPaths changed?)');
  writeFileSync(pagePath, patched);
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// ———————————————————————————————————————————————————————————————————————————————————————————————
const started = Date.now();
console.log(`Generating ${N} articles…`);
const corpus = generateCorpus(N, readSources(join(PROJECT_ROOT, 'content')));
const copy = await copyProject(corpus);
writeFileSync(join(copy.root, 'astro.bench.config.mjs'), TIMED_CONFIG);
const cleanup = [copy.root];
const result: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: commit(),
  articles: N,
  cores: (await import('node:os')).availableParallelism(),
};

try {
  console.log(`Building our site (${N} generated + the real articles) in ${copy.root}…`);
  const ours = await astroBuild(copy.root, 'astro.bench.config.mjs');
  const indexSeconds = (ours.marks.indexDone! - ours.marks.indexStart!) / 1000;
  const pages = readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  const weights = articleWeights(copy.dist);
  Object.assign(result, {
    phases: phases(ours),
    buildSeconds: ours.seconds,
    astroSeconds: ours.seconds - indexSeconds,
    indexSeconds,
    pages,
    pagesPerSecond: pages / (ours.seconds - indexSeconds),
    peakMb: mb(ours.peakBytes),
    indexMb: mb(du(join(copy.dist, 'pagefind'))),
    distMb: mb(du(copy.dist)),
    articleHtmlGzKb: weights.htmlGz / 1024,
    articleHtmlCssGzKb: weights.htmlCssGz / 1024,
  });

  if (!args.includes('--no-bare')) {
    console.log('Building the same MDX with a bare Astro project…');
    const bareRoot = await bareProject(corpus);
    cleanup.push(bareRoot);
    const bare = await astroBuild(bareRoot);
    Object.assign(result, {
      barePhases: phases(bare),
      bareSeconds: bare.seconds,
      barePeakMb: mb(bare.peakBytes),
      overheadPages: (ours.seconds - indexSeconds) / bare.seconds,
      overheadTotal: ours.seconds / bare.seconds,
    });
  }

  if (!args.includes('--no-incremental')) {
    console.log('Incremental build: first build fills the cache, then a no-change rebuild, then a one-article edit…');
    enableIncremental(copy.root);
    const first = await astroBuild(copy.root, 'astro.bench.config.mjs');
    const unchanged = await astroBuild(copy.root, 'astro.bench.config.mjs');
    const edited = join(copy.root, 'content/articles/bench-00001.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8') + '\nAn edit made by the benchmark, BENCHEDITMARKER.\n');
    const edit = await astroBuild(copy.root, 'astro.bench.config.mjs');
    const page = readFileSync(join(copy.dist, 'articles/bench-00001/index.html'), 'utf8');
    if (!page.includes('BENCHEDITMARKER')) throw new Error('incremental build: the edited article was not re-rendered');
    Object.assign(result, {
      incrementalFirstSeconds: first.seconds,
      incrementalUnchangedSeconds: unchanged.seconds,
      incrementalEditSeconds: edit.seconds,
      incrementalEditIndexSeconds: (edit.marks.indexDone! - edit.marks.indexStart!) / 1000,
    });
  }
} finally {
  if (!args.includes('--keep')) for (const root of cleanup) await rm(root, { recursive: true, force: true });
  else console.log(`Kept: ${cleanup.join(', ')}`);
}

// ———————————————————————————————————————————————————————————————————————————————————————————————
const r = result as Record<string, number> & { date: string; commit: string };
const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));
const rows: [string, string, string][] = [
  ['articles (generated)', String(N), ''],
  ['pages built', String(r.pages), ''],
  ['build: astro (pages)', `${fixed(r.astroSeconds)} s`, ''],
  ['build: search index', `${fixed(r.indexSeconds)} s`, ''],
  ['build: total', `${fixed(r.buildSeconds)} s`, N >= 5000 ? `< ${TARGETS.buildSeconds} s` : ''],
  ['pages per second (astro)', fixed(r.pagesPerSecond, 0), ''],
  ['peak memory (process tree)', `${fixed(r.peakMb / 1024, 2)} GB`, `< ${TARGETS.peakGb} GB`],
  ['search index on disk', `${fixed(r.indexMb)} MB`, ''],
  ['output on disk', `${fixed(r.distMb)} MB`, ''],
  ['median article HTML (gzip)', `${fixed(r.articleHtmlGzKb)} kB`, '≤ 14 kB'],
  ['median article HTML + CSS (gzip)', `${fixed(r.articleHtmlCssGzKb)} kB`, '≤ 24 kB'],
  ['bare Astro build, same MDX', `${fixed(r.bareSeconds)} s`, ''],
  ['overhead: our astro build ÷ bare', `${fixed(r.overheadPages, 2)}×`, `≤ ${TARGETS.overhead}×`],
  ['overhead: our build + index ÷ bare', `${fixed(r.overheadTotal, 2)}×`, ''],
  ['incremental: first build (fills cache)', `${fixed(r.incrementalFirstSeconds)} s`, ''],
  ['incremental: rebuild, nothing changed', `${fixed(r.incrementalUnchangedSeconds)} s`, ''],
  ['incremental: rebuild after a one-article edit', `${fixed(r.incrementalEditSeconds)} s`, 'much less than cold'],
];
console.log(`\nBenchmark, ${r.date.slice(0, 10)}, commit ${r.commit}, ${r.cores} cores, ${((Date.now() - started) / 1000).toFixed(0)} s in all\n`);
console.log('| measure | value | target |\n| --- | ---: | --- |');
for (const [name, value, target] of rows) console.log(`| ${name} | ${value} | ${target} |`);

// Where the time goes, phase by phase, against bare Astro (what our overhead is made of).
const ourPhases = (result.phases ?? {}) as Record<string, number>;
const barePhases = (result.barePhases ?? {}) as Record<string, number>;
console.log('\n| phase | ours | bare | difference |\n| --- | ---: | ---: | ---: |');
for (const name of Object.keys(ourPhases)) {
  const bare = barePhases[name];
  const difference = bare === undefined ? '' : `${ourPhases[name]! - bare >= 0 ? '+' : ''}${fixed(ourPhases[name]! - bare)} s`;
  console.log(`| ${name} | ${fixed(ourPhases[name])} s | ${bare === undefined ? '—' : `${fixed(bare)} s`} | ${difference} |`);
}

const resultsDir = join(PROJECT_ROOT, 'bench');
mkdirSync(resultsDir, { recursive: true });
appendFileSync(join(resultsDir, 'results.jsonl'), JSON.stringify(result) + '\n');
const md = join(resultsDir, 'results.md');
if (!existsSync(md)) {
  writeFileSync(
    md,
    '# Benchmark results\n\nAppended by `npm run bench` (one row per run; the full figures are in results.jsonl).\n\n' +
      '| date | commit | articles | astro s | index s | total s | pages/s | peak GB | index MB | article gz kB | cold search kB | warm search ms | bare s | overhead | incremental edit s |\n' +
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n',
  );
}
appendFileSync(
  md,
  `| ${r.date.slice(0, 16).replace('T', ' ')} | ${r.commit} | ${N} | ${fixed(r.astroSeconds)} | ${fixed(r.indexSeconds)} | ${fixed(r.buildSeconds)} | ${fixed(r.pagesPerSecond, 0)} | ${fixed(r.peakMb / 1024, 2)} | ${fixed(r.indexMb)} | ${fixed(r.articleHtmlGzKb)} | ${fixed(r.searchColdKb)} | ${fixed(r.searchWarmMs)} | ${fixed(r.bareSeconds)} | ${fixed(r.overheadPages, 2)} | ${fixed(r.incrementalEditSeconds)} |\n`,
);
const failed = N >= 5000 && (r.buildSeconds >= TARGETS.buildSeconds || r.peakMb / 1024 >= TARGETS.peakGb || (r.overheadPages ?? 0) > TARGETS.overhead);
if (failed) {
  console.error('\nOver a 5,000-article target (see the table).');
  process.exitCode = 1;
}

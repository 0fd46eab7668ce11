/**
 * `npm run bench [-- --n 5000]`: what the build costs against its real floor. Generates N realistic
 * articles (scripts/bench/corpus.ts) into temporary folders outside the repository — never into
 * content/ — and, in one run and on the same corpus, builds:
 *   - ours: `npm run build` in a copy of the project (content checks, Astro, then the search index in
 *     its own process), with its phases, pages per second and article weight (gzip);
 *   - the floor: a bare Astro project rendering the same MDX (mdx() only, stub components), then the
 *     plain Pagefind CLI (default options) over its output;
 *   - optionally (--incremental) Astro's experimental incremental build for a one-article edit.
 * Each build's wall time and the peak memory of its whole process tree (polled from /proc) are measured.
 * It reports total build ÷ (bare Astro + plain Pagefind) and peak memory ÷ the larger of their two peaks,
 * against the targets (1.15× and 1.10×), prints a table and appends the figures, with the date and
 * commit, to bench/results.jsonl and bench/results.md. Exits with 1 when a ratio is over its target.
 * Options: --n N (default 1000), --incremental, --keep. Run it on a quiet machine.
 * Search has its own benchmark against plain Pagefind: `npm run bench:search`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { copyProject, PROJECT_ROOT } from '../tests/site/setup/siteCopy.ts';
import { astroBuild, bareProject, du, indexSeconds, mb, median, ourBuild, phases, plainPagefind, writeTimedConfig } from './bench/builds.ts';
import { generateCorpus, readSources } from './bench/corpus.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const N = Number(option('--n') ?? 1000);
/** Ours ÷ the floor: total build time, and peak memory. */
const TARGETS = { time: 1.15, memory: 1.1 };
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
writeTimedConfig(copy.root);
const cleanup = [copy.root];
const result: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: commit(),
  articles: N,
  cores: (await import('node:os')).availableParallelism(),
};

try {
  console.log(`Building our site (${N} generated + the real articles) in ${copy.root}…`);
  const ours = await ourBuild(copy.root);
  const index = indexSeconds(ours);
  const pages = readdirSync(copy.dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  const weights = articleWeights(copy.dist);
  Object.assign(result, {
    phases: phases(ours),
    buildSeconds: ours.seconds,
    astroSeconds: ours.seconds - index,
    indexSeconds: index,
    pages,
    pagesPerSecond: pages / (ours.seconds - index),
    peakMb: mb(ours.peakBytes),
    indexMb: mb(du(join(copy.dist, 'pagefind'))),
    distMb: mb(du(copy.dist)),
    articleHtmlGzKb: weights.htmlGz / 1024,
    articleHtmlCssGzKb: weights.htmlCssGz / 1024,
  });

  console.log('Building the same MDX with a bare Astro project, then indexing it with plain Pagefind…');
  const bareRoot = await bareProject(corpus);
  cleanup.push(bareRoot);
  const bare = await astroBuild(bareRoot);
  const plain = await plainPagefind(join(bareRoot, 'dist'));
  Object.assign(result, {
    barePhases: phases(bare),
    bareSeconds: bare.seconds,
    barePeakMb: mb(bare.peakBytes),
    plainPagefindSeconds: plain.seconds,
    plainPagefindPeakMb: mb(plain.peakBytes),
    timeRatio: ours.seconds / (bare.seconds + plain.seconds),
    memoryRatio: ours.peakBytes / Math.max(bare.peakBytes, plain.peakBytes),
  });

  if (args.includes('--incremental')) {
    console.log('Incremental build: first build fills the cache, then a no-change rebuild, then a one-article edit…');
    enableIncremental(copy.root);
    const first = await ourBuild(copy.root);
    const unchanged = await ourBuild(copy.root);
    const edited = join(copy.root, 'content/articles/bench-00001.mdx');
    writeFileSync(edited, readFileSync(edited, 'utf8') + '\nAn edit made by the benchmark, BENCHEDITMARKER.\n');
    const edit = await ourBuild(copy.root);
    const page = readFileSync(join(copy.dist, 'articles/bench-00001/index.html'), 'utf8');
    if (!page.includes('BENCHEDITMARKER')) throw new Error('incremental build: the edited article was not re-rendered');
    Object.assign(result, {
      incrementalFirstSeconds: first.seconds,
      incrementalUnchangedSeconds: unchanged.seconds,
      incrementalEditSeconds: edit.seconds,
      incrementalEditIndexSeconds: indexSeconds(edit),
    });
  }
} finally {
  if (!args.includes('--keep')) for (const root of cleanup) await rm(root, { recursive: true, force: true });
  else console.log(`Kept: ${cleanup.join(', ')}`);
}

// ———————————————————————————————————————————————————————————————————————————————————————————————
const r = result as Record<string, number> & { date: string; commit: string };
const fixed = (value: number | undefined, digits = 1) => (value === undefined ? '—' : value.toFixed(digits));
const gb = (megabytes: number | undefined) => (megabytes === undefined ? '—' : `${fixed(megabytes / 1024, 2)} GB`);
const rows: [string, string, string][] = [
  ['articles (generated)', String(N), ''],
  ['pages built', String(r.pages), ''],
  ['ours: astro (checks and pages)', `${fixed(r.astroSeconds)} s`, ''],
  ['ours: search index', `${fixed(r.indexSeconds)} s`, ''],
  ['ours: total', `${fixed(r.buildSeconds)} s`, ''],
  ['floor: bare Astro, same MDX', `${fixed(r.bareSeconds)} s`, ''],
  ['floor: plain Pagefind over its output', `${fixed(r.plainPagefindSeconds)} s`, ''],
  ['time: ours ÷ (bare Astro + plain Pagefind)', `${fixed(r.timeRatio, 2)}×`, `≤ ${TARGETS.time}×`],
  ['ours: peak memory (process tree)', gb(r.peakMb), ''],
  ['floor: bare Astro peak', gb(r.barePeakMb), ''],
  ['floor: plain Pagefind peak', gb(r.plainPagefindPeakMb), ''],
  ['memory: ours ÷ the larger floor peak', `${fixed(r.memoryRatio, 2)}×`, `≤ ${TARGETS.memory}×`],
  ['pages per second (astro)', fixed(r.pagesPerSecond, 0), ''],
  ['search index on disk', `${fixed(r.indexMb)} MB`, ''],
  ['output on disk', `${fixed(r.distMb)} MB`, ''],
  ['median article HTML (gzip)', `${fixed(r.articleHtmlGzKb)} kB`, '≤ 14 kB'],
  ['median article HTML + CSS (gzip)', `${fixed(r.articleHtmlCssGzKb)} kB`, '≤ 24 kB'],
];
if (r.incrementalEditSeconds !== undefined) {
  rows.push(
    ['incremental: first build (fills cache)', `${fixed(r.incrementalFirstSeconds)} s`, ''],
    ['incremental: rebuild, nothing changed', `${fixed(r.incrementalUnchangedSeconds)} s`, ''],
    ['incremental: rebuild after a one-article edit', `${fixed(r.incrementalEditSeconds)} s`, 'much less than cold'],
  );
}
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
/** Rows from 2 December 2026 on: ours against bare Astro + plain Pagefind, measured in the same run. */
const FLOOR_SECTION = '## Against the floor: bare Astro + plain Pagefind, in the same run';
if (!existsSync(md)) writeFileSync(md, '# Benchmark results\n\nAppended by `npm run bench` (one row per run; the full figures are in results.jsonl).\n');
if (!readFileSync(md, 'utf8').includes(FLOOR_SECTION)) {
  appendFileSync(
    md,
    `\n${FLOOR_SECTION}\n\n` +
      '| date | commit | articles | ours s | astro s | index s | bare Astro s | plain Pagefind s | time ratio | ours peak GB | bare peak GB | Pagefind peak GB | memory ratio | article gz kB |\n' +
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n',
  );
}
const gbFigure = (megabytes: number) => fixed(megabytes / 1024, 2);
appendFileSync(
  md,
  `| ${r.date.slice(0, 16).replace('T', ' ')} | ${r.commit} | ${N} | ${fixed(r.buildSeconds)} | ${fixed(r.astroSeconds)} | ${fixed(r.indexSeconds)} | ${fixed(r.bareSeconds)} | ${fixed(r.plainPagefindSeconds)} | ${fixed(r.timeRatio, 2)} | ${gbFigure(r.peakMb)} | ${gbFigure(r.barePeakMb)} | ${gbFigure(r.plainPagefindPeakMb)} | ${fixed(r.memoryRatio, 2)} | ${fixed(r.articleHtmlGzKb)} |\n`,
);
const over = [
  r.timeRatio > TARGETS.time && `time ${fixed(r.timeRatio, 2)}× > ${TARGETS.time}×`,
  r.memoryRatio > TARGETS.memory && `memory ${fixed(r.memoryRatio, 2)}× > ${TARGETS.memory}×`,
].filter(Boolean);
if (over.length) {
  console.error(`\nOver target against the floor: ${over.join(', ')}.`);
  process.exitCode = 1;
}

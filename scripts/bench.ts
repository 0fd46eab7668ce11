/**
 * `npm run bench [-- --n 5000]`: how the build scales. Generates N realistic articles
 * (scripts/bench/corpus.ts) into a temporary copy of the project — never into content/ — and measures:
 *   - the build: astro (pages) and the search index separately, pages per second, peak memory of the
 *     whole process tree (polled from /proc), index size on disk, median article weight (gzip);
 *   - search: cold and warm queries in Chromium (scripts/bench-search.mjs's measure());
 *   - a bare Astro project building the same MDX (mdx() only, no layouts, no other integrations):
 *     our overhead as a ratio;
 *   - Astro's experimental incremental build (experimental.incrementalBuild + a cacheKey per
 *     article page, applied to the copy only) for a one-article edit.
 * Prints a table and appends the figures, with the date and commit, to bench/results.jsonl and
 * bench/results.md. Options: --n N (default 1000), --no-bare, --no-incremental, --no-search, --keep.
 * Targets at 5,000 articles (2 cores): build + index < 45 s, peak < 3 GB, overhead ≤ 1.2×.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { copyProject, PROJECT_ROOT } from '../tests/site/setup/siteCopy.ts';
import { generateCorpus, readSources } from './bench/corpus.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const N = Number(option('--n') ?? 1000);
const TARGETS = { buildSeconds: 45, peakGb: 3, overhead: 1.2 };
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

interface BuildRun {
  seconds: number;
  peakBytes: number;
  marks: Record<string, number>;
  output: string;
}

/** Runs `astro build` in `root` (optionally with another config file) and measures it. */
async function astroBuild(root: string, config?: string): Promise<BuildRun> {
  const marksFile = join(root, '.bench-marks');
  writeFileSync(marksFile, '');
  const started = performance.now();
  const startedAt = performance.timeOrigin + started;
  const child = spawn(process.execPath, [ASTRO, 'build', ...(config ? ['--config', config] : [])], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', BENCH_MARKS: marksFile },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakBytes = 0;
  const poll = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed in ${root}:\n${output.slice(-4000)}`);
  const marks = Object.fromEntries(
    readFileSync(marksFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' '))
      .map(([name, time]) => [name!, Number(time)]),
  );
  return { seconds, peakBytes, marks: { start: startedAt, ...marks, end: startedAt + seconds * 1000 }, output };
}

/**
 * Timestamps at the build's phase boundaries, written by tiny integrations into BENCH_MARKS:
 * `checked` (config:setup, after our content checks), `synced` (build:start, after the content sync),
 * `generated` (pages written) and `indexStart`/`indexDone` around the search index. The same markers
 * go into the bare project. No hook separates bundling from page generation: Astro's log gives the
 * generation's duration ("generating static routes … ✓ Completed in 20.23s."), so `bundled` is derived.
 */
const MARKERS = `import { appendFileSync } from 'node:fs';
const mark = (name) => () => appendFileSync(process.env.BENCH_MARKS, name + ' ' + (performance.timeOrigin + performance.now()) + '\\n');
const marker = (name, hook) => ({ name: 'bench-' + name, hooks: { [hook]: mark(name) } });
const phaseMarkers = [marker('checked', 'astro:config:setup'), marker('synced', 'astro:build:start'), marker('generated', 'astro:build:generated')];
`;

/** A config that wraps the project's own, adding the phase markers and timestamps around the search index. */
const TIMED_CONFIG = `${MARKERS}import config from './astro.config.mjs';
const integrations = [...config.integrations];
const search = integrations.findIndex((integration) => /search/i.test(integration.name));
integrations.splice(search + 1, 0, marker('indexDone', 'astro:build:done'));
integrations.splice(search, 0, marker('indexStart', 'astro:build:done'));
// Right after the content checks, which run in config:setup.
integrations.splice(integrations.findIndex((integration) => integration.name === 'content-checks') + 1, 0, ...phaseMarkers);
// The config's own cacheDir (./.astro/cache) keeps each copy's cache apart from the others'.
export default { ...config, integrations };
`;

/** Seconds in "1m 5s", "20.23s" or "850ms", as Astro's log writes durations. */
function logSeconds(text: string): number {
  const minutes = /(\d+)m\s/.exec(text)?.[1];
  const rest = /([\d.]+)(ms|s)$/.exec(text.trim());
  return Number(minutes ?? 0) * 60 + (rest ? Number(rest[1]) / (rest[2] === 'ms' ? 1000 : 1) : 0);
}

/** Seconds spent in each phase of a build, from its marks and log (a phase whose marks are missing is left out). */
function phases(run: BuildRun): Record<string, number> {
  const marks = { ...run.marks };
  const generation = /generating static routes[\s\S]*?✓ Completed in ([^.\n]*\.?\d*m?s)\./.exec(run.output)?.[1];
  if (generation && marks.generated !== undefined) marks.bundled = marks.generated - logSeconds(generation) * 1000;
  const spans: [string, string, string][] = [
    ['start-up and content checks', 'start', 'checked'],
    ['content sync', 'checked', 'synced'],
    ['bundling (Vite)', 'synced', 'bundled'],
    ['page generation', 'bundled', 'generated'],
    ['after generation (sitemap…)', 'generated', 'indexStart'],
    ['search index', 'indexStart', 'indexDone'],
    ['to exit (CSP hashes…)', 'indexDone', 'end'],
  ];
  const result: Record<string, number> = {};
  for (const [name, from, to] of spans) {
    // The bare build has no index: its "after generation" runs to the end.
    const until = marks[to] ?? (to === 'indexStart' ? marks.end : undefined);
    if (marks[from] !== undefined && until !== undefined) result[name] = (until - marks[from]!) / 1000;
  }
  return result;
}

const du = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0) : statSync(path).size;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mb = (bytes: number) => bytes / 1024 / 1024;

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

/** A bare Astro project: the same MDX, rendered by one page template with stub components. */
async function bareProject(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gut-skin-bare-'));
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  };
  await write('package.json', JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }));
  await write('astro.config.mjs', `${MARKERS}import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx(), ...phaseMarkers], trailingSlash: 'always', cacheDir: './.astro-cache' };\n`);
  await write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }) }) };\n`,
  );
  await write('src/components/Cite.astro', `<sup>[{Astro.props.id}]</sup>\n`);
  await write('src/components/Term.astro', `<a href={'/glossary/#' + Astro.props.id}><slot /></a>\n`);
  await write('src/components/Callout.astro', `<aside><strong>{Astro.props.title}</strong><slot /></aside>\n`);
  await write(
    'src/pages/articles/[slug].astro',
    `---
import { getCollection, render } from 'astro:content';
import Cite from '../../components/Cite.astro';
import Term from '../../components/Term.astro';
import Callout from '../../components/Callout.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en"><head><meta charset="utf-8" /><title>{article.data.title}</title></head>
<body><h1>{article.data.title}</h1><Content components={{ Cite, Term, Callout }} /></body></html>
`,
  );
  for (const [path, text] of Object.entries(files)) await write(path, text);
  return root;
}

/** Turns on Astro's experimental incremental build in the copy, with a cacheKey per article page. */
function enableIncremental(root: string): void {
  const configPath = join(root, 'astro.config.mjs');
  const config = readFileSync(configPath, 'utf8');
  writeFileSync(configPath, config.replace("trailingSlash: 'always',", "trailingSlash: 'always',\n  experimental: { incrementalBuild: true },"));
  const pagePath = join(root, 'src/pages/articles/[slug].astro');
  const page = readFileSync(pagePath, 'utf8');
  const patched = page
    .replace("---\n", "---\nimport { createHash } from 'node:crypto';\n")
    .replace(
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
const result: Record<string, unknown> = { date: new Date().toISOString(), commit: commit(), articles: N, cores: (await import('node:os')).availableParallelism() };

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

  if (!args.includes('--no-search')) {
    const { launchBrowser } = await import('../tests/support/browser.ts');
    const { measure } = (await import('./bench-search.mjs')) as unknown as { measure: (label: string, dist: string, browser: unknown) => Promise<Record<string, number>> };
    const browser = await launchBrowser();
    try {
      const search = await measure(`${N}-article corpus`, copy.dist, browser);
      Object.assign(result, { searchColdKb: search.coldKbMax, searchColdMs: search.coldMsMedian, searchWarmMs: search.warmMsMedian, searchWarmEngineMs: search.warmSearchMsMedian });
    } finally {
      await browser.close();
    }
  }

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
  ['cold search: bytes (max of 3)', `${fixed(r.searchColdKb)} kB`, '≤ 150 kB'],
  ['cold search: time (median)', `${fixed(r.searchColdMs, 0)} ms`, ''],
  ['warm search: Pagefind alone (median)', `${fixed(r.searchWarmEngineMs)} ms`, '< 50 ms'],
  ['warm search: with 10 excerpts (median)', `${fixed(r.searchWarmMs)} ms`, ''],
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

/**
 * The builds the benchmarks compare, each measured the same way (wall time and the peak memory of the
 * whole process tree): our site, a bare Astro project building the same MDX, and the plain Pagefind CLI
 * over the bare project's output. `npm run bench` and `npm run bench:search` both use them.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../../tests/site/setup/siteCopy.ts';

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(PROJECT_ROOT, 'node_modules/.bin/pagefind');

const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
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

export interface BuildRun {
  seconds: number;
  peakBytes: number;
  marks: Record<string, number>;
  output: string;
}

/** Runs a command and measures it: wall time, the peak memory of its process tree, and what it printed. */
export async function timedCommand(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ seconds: number; peakBytes: number; output: string }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peakBytes = 0;
  const poll = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peakBytes, output };
}

/** Reads the phase marks a build's marker integrations wrote (see MARKERS). */
function readMarks(marksFile: string, startedAt: number, seconds: number): Record<string, number> {
  const written = readFileSync(marksFile, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .map(([name, time]) => [name!, Number(time)]);
  return { start: startedAt, ...Object.fromEntries(written), end: startedAt + seconds * 1000 };
}

/** Runs a build command in `root` with the phase markers' file set, and measures it. */
async function markedBuild(root: string, command: string[]): Promise<BuildRun> {
  const marksFile = join(root, '.bench-marks');
  writeFileSync(marksFile, '');
  const startedAt = performance.timeOrigin + performance.now();
  const { seconds, peakBytes, output } = await timedCommand(process.execPath, command, root, {
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    BENCH_MARKS: marksFile,
  });
  return { seconds, peakBytes, marks: readMarks(marksFile, startedAt, seconds), output };
}

/** Runs `astro build` itself in `root` (the bare project) and measures it, with its phase marks. */
export const astroBuild = (root: string): Promise<BuildRun> => markedBuild(root, [ASTRO, 'build']);

/**
 * Runs our `npm run build` (scripts/build.ts: content checks, Astro, then the search index in its own
 * process) in a copy of the project, with the timed config (writeTimedConfig() writes it into the copy first).
 */
export const ourBuild = (root: string): Promise<BuildRun> =>
  markedBuild(root, ['--import', './scripts/register-ts.mjs', 'scripts/build.ts', '--config', TIMED_CONFIG_FILE]);

/** Seconds the search index took in one of our builds, from the line scripts/build.ts prints. */
export function indexSeconds(run: BuildRun): number {
  const seconds = /^search index: .* in ([\d.]+) s$/m.exec(run.output)?.[1];
  if (seconds === undefined) throw new Error(`bench: the build did not say how long its search index took:\n${run.output.slice(-2000)}`);
  return Number(seconds);
}

/**
 * Timestamps at the build's phase boundaries, written by tiny integrations into BENCH_MARKS:
 * `checked` (config:setup, after our content checks), `synced` (build:start, after the content sync),
 * `generated` (pages written) and `astroDone` (build:done, after every integration). The same markers
 * go into the bare project. No hook separates bundling from page generation: Astro's log gives the
 * generation's duration ("generating static routes … ✓ Completed in 20.23s."), so `bundled` is derived.
 */
export const MARKERS = `import { appendFileSync } from 'node:fs';
const mark = (name) => () => appendFileSync(process.env.BENCH_MARKS, name + ' ' + (performance.timeOrigin + performance.now()) + '\\n');
const marker = (name, hook) => ({ name: 'bench-' + name, hooks: { [hook]: mark(name) } });
const phaseMarkers = [marker('checked', 'astro:config:setup'), marker('synced', 'astro:build:start'), marker('generated', 'astro:build:generated')];
const doneMarker = marker('astroDone', 'astro:build:done');
`;

const TIMED_CONFIG_FILE = 'astro.bench.config.mjs';

/** Writes into a copy of the project a config that wraps its own, adding the phase markers. */
export function writeTimedConfig(root: string): void {
  const config = `${MARKERS}import config from './astro.config.mjs';
const integrations = [...config.integrations];
// Right after the content checks, which run in config:setup; the last marker after every other integration.
integrations.splice(integrations.findIndex((integration) => integration.name === 'gut-skin-axis:content-gate') + 1, 0, ...phaseMarkers);
// The config's own cacheDir (./.astro/cache) keeps each copy's cache apart from the others'.
export default { ...config, integrations: [...integrations, doneMarker] };
`;
  writeFileSync(join(root, TIMED_CONFIG_FILE), config);
}

/** Seconds in "1m 5s", "20.23s" or "850ms", as Astro's log writes durations. */
function logSeconds(text: string): number {
  const minutes = /(\d+)m\s/.exec(text)?.[1];
  const rest = /([\d.]+)(ms|s)$/.exec(text.trim());
  return Number(minutes ?? 0) * 60 + (rest ? Number(rest[1]) / (rest[2] === 'ms' ? 1000 : 1) : 0);
}

/** Seconds spent in each phase of a build, from its marks and log (a phase whose marks are missing is left out). */
export function phases(run: BuildRun): Record<string, number> {
  const marks = { ...run.marks };
  const generation = /generating static routes[\s\S]*?✓ Completed in ([^.\n]*\.?\d*m?s)\./.exec(run.output)?.[1];
  if (generation && marks.generated !== undefined) marks.bundled = marks.generated - logSeconds(generation) * 1000;
  const spans: [string, string, string][] = [
    ['start-up and content checks', 'start', 'checked'],
    ['content sync', 'checked', 'synced'],
    ['bundling (Vite)', 'synced', 'bundled'],
    ['page generation', 'bundled', 'generated'],
    ['after generation (sitemap, CSP hashes)', 'generated', 'astroDone'],
    ['Astro exits; ours: search index, publish', 'astroDone', 'end'],
  ];
  const result: Record<string, number> = {};
  for (const [name, from, to] of spans) {
    if (marks[from] !== undefined && marks[to] !== undefined) result[name] = (marks[to]! - marks[from]!) / 1000;
  }
  return result;
}

export const du = (path: string): number =>
  statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0) : statSync(path).size;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
export const mb = (bytes: number) => bytes / 1024 / 1024;


/** A bare Astro project: the same MDX, rendered by one page template with stub components. */
export async function bareProject(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gut-skin-bare-'));
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  };
  await write('package.json', JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }));
  await write('astro.config.mjs', `${MARKERS}import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx(), ...phaseMarkers, doneMarker], trailingSlash: 'always', cacheDir: './.astro-cache' };\n`);
  await write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }) }) };\n`,
  );
  await write('src/components/Cite.astro', `<sup>[{Astro.props.id}]</sup>\n`);
  await write('src/components/Term.astro', `<a href={'/glossary/#' + Astro.props.id}><slot /></a>\n`);
  await write('src/components/Callout.astro', `<aside><strong>{Astro.props.title}</strong><slot /></aside>\n`);
  await write('src/components/UrgentCare.astro', `<aside><strong>{Astro.props.tier}</strong><slot /></aside>\n`);
  await write(
    'src/pages/articles/[slug].astro',
    `---
import { getCollection, render } from 'astro:content';
import Cite from '../../components/Cite.astro';
import Term from '../../components/Term.astro';
import Callout from '../../components/Callout.astro';
import UrgentCare from '../../components/UrgentCare.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((article) => ({ params: { slug: article.id }, props: { article } }));
}
const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en"><head><meta charset="utf-8" /><title>{article.data.title}</title></head>
<body><h1>{article.data.title}</h1><Content components={{ Cite, Term, Callout, UrgentCare }} /></body></html>
`,
  );
  for (const [path, text] of Object.entries(files)) await write(path, text);
  return root;
}


/** The floor for search: Pagefind's own CLI, default options, over a built site (writes <site>/pagefind). */
export const plainPagefind = (site: string) => timedCommand(PAGEFIND, ['--site', site], site);

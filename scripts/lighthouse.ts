/**
 * `npm run lighthouse`: Lighthouse (the npm package) with Debian's Chromium, on the hub, an article and
 * the search page, served like the CDN serves them (scripts/static-server.ts: gzip + public/_headers).
 * Builds a copy of the project first, with SITE_URL set to the local server so canonical URLs match.
 * Prints performance / accessibility / best practices / SEO for the mobile and desktop presets,
 * lists every audit that cost points, and fails if a score is below --min (default 100).
 *
 *   npm run lighthouse [-- --dist path/to/dist] [--min 95] [--json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildCopy, copyProject } from '../tests/site/setup/siteCopy.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const MIN = Number(option('--min') ?? 100);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Chromium with a DevTools port for Lighthouse; fails with instructions if it is missing. */
async function startChromium(): Promise<{ port: number; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(CHROMIUM, ['--headless=new', `--remote-debugging-port=${port}`, ...CHROMIUM_ARGS, 'about:blank']);
  await new Promise<void>((resolve, reject) => {
    child.on('error', () => reject(new Error(`Lighthouse needs Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`)));
    child.stderr!.on('data', (chunk: Buffer) => chunk.toString().includes('DevTools listening') && resolve());
  });
  return { port, process: child };
}

let copyRoot: string | undefined;
let dist = option('--dist');
const port = await freePort();
if (!dist) {
  console.log('Building a copy of the site…');
  process.env.SITE_URL = `http://127.0.0.1:${port}`;
  const copy = await copyProject();
  copyRoot = copy.root;
  const build = await buildCopy(copy);
  if (!build.ok) throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
  dist = copy.dist;
}
const article = readdirSync(`${dist}/articles`).find((name) => name !== 'page' && !name.endsWith('.html'));
const pages = { hub: '/', article: `/articles/${article}/`, search: '/search/' };
const server = await startStaticServer(dist, port);
const chromium = await startChromium();

interface Row {
  page: string;
  preset: string;
  scores: Record<string, number>;
  lost: string[];
}
const rows: Row[] = [];
try {
  for (const preset of ['mobile', 'desktop'] as const) {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(
        server.url + path,
        { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
      const lost = CATEGORIES.flatMap((id) =>
        lhr.categories[id]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map(
          (ref) => `${id}: ${ref.id} (${lhr.audits[ref.id]!.displayValue ?? lhr.audits[ref.id]!.score})`,
        ),
      );
      rows.push({ page: `${name} ${path}`, preset, scores, lost });
    }
  }
} finally {
  chromium.process.kill();
  await server.close();
  if (copyRoot) await rm(copyRoot, { recursive: true, force: true });
}

if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(`\n| page | preset | performance | accessibility | best practices | SEO |\n| --- | --- | ---: | ---: | ---: | ---: |`);
  for (const row of rows) console.log(`| ${row.page} | ${row.preset} | ${CATEGORIES.map((id) => row.scores[id]).join(' | ')} |`);
  for (const row of rows) for (const line of row.lost) console.log(`  ${row.page} (${row.preset}) lost points on ${line}`);
}
const below = rows.filter((row) => CATEGORIES.some((id) => row.scores[id]! < MIN));
if (below.length) {
  console.error(`\n${below.length} run(s) scored below ${MIN}.`);
  process.exitCode = 1;
}

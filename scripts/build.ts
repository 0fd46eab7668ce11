/**
 * `npm run build`: the production build, which never half-publishes.
 *
 * 1. The content checks (`npm run check:content`, src/lib/checks/) and `astro build` start together, each
 *    in a process of its own: on two cores the checks take the second one while Astro loads and bundles
 *    (at 1,000 articles the checks took 3 s, before Astro started). Astro's output is held until the
 *    checks pass. Any problem prints the editor's list (`file:line — field — what is wrong — what to do`)
 *    as the build's only message, Astro is stopped and the script exits with 1: nothing is published and
 *    `dist/` is left as it was. The checks finish long before Astro's memory peaks (page generation), so
 *    theirs never adds to it.
 * 2. `astro build` writes into a temporary folder next to `dist/` (`.dist-partial-<pid>`, same
 *    filesystem, so the final move is a rename).
 * 3. Once Astro's process has exited, and so released its memory, this script writes the search index
 *    into that folder (Pagefind runs in a process of its own). Run inside Astro, the indexer's memory
 *    came on top of Astro's: at 5,000 articles the build's peak was the sum of the two.
 * 4. Only when all of that has finished without error does the folder replace `dist/`. On any failure,
 *    or Ctrl-C, the temporary folder is deleted, the previous `dist/` is untouched and the script exits
 *    with the failing step's code.
 *
 * Astro is told it was started by this script (src/integrations/buildScript.ts), so its content-check
 * and search-index integrations leave those steps to it. Other arguments are passed on to `astro build`
 * (`npm run build -- --verbose`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILD_SCRIPT_ENV } from '../src/integrations/buildScript';
import { buildSearchIndex } from '../src/integrations/searchIndex';
import { SITE } from '../src/site.config';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const partial = join(root, `.dist-partial-${process.pid}`);
const previous = join(root, `.dist-previous-${process.pid}`);
const ASTRO = join(root, 'node_modules/astro/bin/astro.mjs');

const args = process.argv.slice(2);
const refused = args.find((arg) => /^--(outDir|root)(=|$)/.test(arg));
if (refused) {
  console.error(
    `npm run build: ${refused.split('=')[0]} is not supported here (the build always writes dist/ in this project). Run \`npx astro build\` for a one-off build elsewhere.`,
  );
  process.exit(2);
}

/** Folders left by a build that was killed outright (SIGKILL, power cut): only those whose process is gone. */
function removeLeftovers() {
  for (const name of readdirSync(root)) {
    const pid = /^\.dist-(?:partial|previous)-(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') rmSync(join(root, name), { recursive: true, force: true });
    }
  }
}

/** Puts the finished build in place of dist/: two renames, then the old build is deleted. */
function publish() {
  const hadDist = existsSync(dist);
  if (hadDist) renameSync(dist, previous);
  try {
    renameSync(partial, dist);
  } catch (error) {
    if (hadDist) renameSync(previous, dist);
    throw error;
  }
  if (hadDist) rmSync(previous, { recursive: true, force: true });
}

removeLeftovers();

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

rmSync(partial, { recursive: true, force: true });
const check = spawn(process.execPath, ['--import', './scripts/register-ts.mjs', 'scripts/check-content.ts', '--before-build'], {
  cwd: root,
  stdio: 'inherit',
});
const astro = spawn(process.execPath, [ASTRO, 'build', '--outDir', partial, ...args], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'pipe'],
  // Astro writes to a pipe now; it keeps its colours when this script writes to a terminal.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [BUILD_SCRIPT_ENV]: String(process.pid), ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) },
});

/** Astro's output, held until the checks pass (then written, and passed straight through after that). */
let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
const relay = (to: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push([to, chunk]) : to.write(chunk));
astro.stdout!.on('data', relay(process.stdout));
astro.stderr!.on('data', relay(process.stderr));
function releaseAstroOutput() {
  for (const [to, chunk] of held ?? []) to.write(chunk);
  held = undefined;
}

/** The checks' exit code. A failure stops Astro: its exit below then ends the build with this code. */
const checked = new Promise<number>((resolveCode) => {
  check.on('error', (error) => {
    console.error(`npm run build: could not start the content checks: ${error.message}`);
    resolveCode(1);
  });
  check.on('exit', (code, signal) => resolveCode(code ?? 128 + (SIGNALS[signal ?? ''] ?? 1)));
});
void checked.then((code) => {
  if (code === 0) releaseAstroOutput();
  else if (astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
});

// While Astro runs, Ctrl-C reaches it and the checks too (same process group) and a `kill` of this script alone is
// passed on; either way Astro's exit below cleans up. While the index is written, Pagefind's process
// gets the Ctrl-C itself; a signal to this script alone cleans up and stops here.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (check.exitCode === null && check.signalCode === null) check.kill(signal);
    if (astro.exitCode === null && astro.signalCode === null) return void astro.kill(signal);
    rmSync(partial, { recursive: true, force: true });
    console.error(`\nStopped (${signal}), so nothing was published.`);
    process.exit(128 + SIGNALS[signal]!);
  });
}
astro.on('error', (error) => {
  rmSync(partial, { recursive: true, force: true });
  console.error(`npm run build: could not start Astro: ${error.message}`);
  process.exit(1);
});
// 'close', not 'exit': Astro's output has all been read by then.
astro.on('close', async (code, signal) => {
  const checks = await checked;
  if (checks !== 0) {
    // The checks' report is the message; Astro's (stopped, or failing on the same content) is not shown.
    rmSync(partial, { recursive: true, force: true });
    if (checks > 128) console.error('\nStopped, so nothing was published.');
    process.exit(checks);
  }
  releaseAstroOutput();
  if (code === 0) {
    try {
      const started = performance.now();
      const index = await buildSearchIndex(partial, SITE.base);
      console.log(`search index: ${index.pages} pages and ${index.glossaryTerms} glossary terms in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.error(`npm run build: ${(error as Error).message}`);
      code = 1;
    }
  }
  if (code === 0) {
    try {
      publish();
      console.log('\nPublished: dist/ now holds this build.');
      return;
    } catch (error) {
      console.error(`npm run build: the build finished but could not be moved into dist/: ${(error as Error).message}`);
      code = 1;
    }
  }
  rmSync(partial, { recursive: true, force: true });
  console.error(`\nThe build failed, so nothing was published: ${existsSync(dist) ? 'dist/ still holds the previous build' : 'there is no dist/'}.`);
  process.exit(code ?? 128 + (SIGNALS[signal ?? ''] ?? 1));
});

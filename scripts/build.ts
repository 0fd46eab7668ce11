/**
 * `npm run build`: the production build, which never half-publishes.
 *
 * 1. The content checks (src/lib/checks/, the same as `npm run check:content`) run first. Any problem
 *    prints the editor's list (`file:line — field — what is wrong — what to do`) and exits with 1,
 *    before Astro starts: no page is rendered and `dist/` is left as it was.
 * 2. `astro build` then writes into a temporary folder next to `dist/` (`.dist-partial-<pid>`, same
 *    filesystem, so the final move is a rename). Only when Astro and every integration after it (the
 *    search index, the security headers) have finished without error does that folder replace
 *    `dist/`. On any failure, or Ctrl-C, the temporary folder is deleted, the previous `dist/` is
 *    untouched and the script exits with Astro's code.
 *
 * Astro is told the content was checked (GSA_CONTENT_CHECKED = this process's id, which only its
 * direct child can match), so src/integrations/contentChecks.ts does not run the checks a second
 * time. Other arguments are passed on to `astro build` (`npm run build -- --verbose`).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/lib/checks/checkContent';
import { formatReport } from '../src/lib/checks/problem';
import { CONTENT_FAILED, CONTENT_CHECKED_ENV } from '../src/integrations/contentChecks';

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

const report = checkContent({ root });
if (report.errors.length) {
  console.error(`${CONTENT_FAILED}\n\n${formatReport(report)}`);
  process.exit(1);
}
// Warnings do not stop the build; they are listed the way `npm run check:content` lists them.
if (report.warnings.length) console.warn(`${formatReport(report)}\n`);
console.log(`content checked: ${report.counted.articles} articles, no problems`);

rmSync(partial, { recursive: true, force: true });
const astro = spawn(process.execPath, [ASTRO, 'build', '--outDir', partial, ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [CONTENT_CHECKED_ENV]: String(process.pid) },
});

// Ctrl-C reaches Astro too (same process group); a `kill` of this script alone is passed on. Either
// way Astro's exit below cleans up.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => astro.kill(signal));

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
astro.on('error', (error) => {
  rmSync(partial, { recursive: true, force: true });
  console.error(`npm run build: could not start Astro: ${error.message}`);
  process.exit(1);
});
astro.on('exit', (code, signal) => {
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

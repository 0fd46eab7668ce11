/**
 * Builds the site from a temporary copy of the project, outside the repository (so that Tailwind
 * does not scan it and the real `content/` is never touched), optionally with extra articles.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const PROJECT_ROOT = new URL('../../../', import.meta.url).pathname;
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', 'test-results']);

export interface SiteCopy {
  root: string;
  dist: string;
}

/** Copies the project (without node_modules, build output or tests) and adds `files` (path → text). */
export async function copyProject(files: Record<string, string> = {}): Promise<SiteCopy> {
  const root = await mkdtemp(join(tmpdir(), 'gut-skin-site-'));
  await cp(PROJECT_ROOT, root, {
    recursive: true,
    filter: (source) => !SKIP.has(relative(PROJECT_ROOT, source).split('/')[0]!),
  });
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) await writeFile(join(root, path), text);
  return { root, dist: join(root, 'dist') };
}

/** Deletes a copy (its build output can be hundreds of megabytes). */
export async function removeCopy(copy: SiteCopy | undefined): Promise<void> {
  if (copy) await rm(copy.root, { recursive: true, force: true });
}

export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Runs the project's own build command in the copy; never throws, so tests can assert on failures. */
export async function buildCopy(copy: SiteCopy): Promise<BuildResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', 'build', '--silent'], {
      cwd: copy.root,
      // Vitest sets NODE_ENV=test, which would make Astro build in development mode (drafts included).
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

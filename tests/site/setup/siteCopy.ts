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
    // .dist-partial-* and .dist-previous-*: a build in progress in the project (scripts/build.ts).
    filter: (source) => {
      const top = relative(PROJECT_ROOT, source).split('/')[0]!;
      return !SKIP.has(top) && !top.startsWith('.dist-');
    },
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
  /** The exit code (undefined when the command could not start or was killed). */
  code?: number;
  output: string;
}

/**
 * What Vitest adds to a test worker's environment. Astro turns every environment variable into an
 * `import.meta.env.<NAME>` of the server code, so DEV=1 and PROD="" from Vitest would build the copy
 * as if in `astro dev` (drafts included): the build gets the environment of a real one instead.
 */
const VITEST_ENV = /^(VITEST.*|TEST|MODE|DEV|PROD|SSR|BASE_URL)$/;

export interface BuildOptions {
  /** More environment variables for the build. */
  env?: Record<string, string>;
  /** Run `astro build` itself instead of the project's `npm run build` (scripts/build.ts). */
  astroDirectly?: boolean;
}

/** Runs the project's own build command in the copy; never throws, so tests can assert on failures. */
export async function buildCopy(copy: SiteCopy, options: BuildOptions = {}): Promise<BuildResult> {
  const [command, args] = options.astroDirectly ? [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']] : ['npm', ['run', 'build', '--silent']];
  try {
    const { stdout, stderr } = await run(command, args, {
      cwd: copy.root,
      // Vitest sets NODE_ENV=test, which would make Astro build in development mode (drafts included).
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name))),
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...options.env,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; code?: number | string };
    return { ok: false, code: typeof failure.code === 'number' ? failure.code : undefined, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

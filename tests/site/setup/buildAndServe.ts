/**
 * Global setup for the "site" tests: build the real site once (plus a draft and an
 * underscore file, which must not be published), serve it with `astro preview`, and hand
 * the tests the folder and the URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { buildCopy, copyProject, PROJECT_ROOT, removeCopy } from './siteCopy';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    baseUrl: string;
  }
}

const fixture = (name: string) => readFile(`${PROJECT_ROOT}tests/fixtures/site/${name}`, 'utf8');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${url}:\n${log()}`);
}

export default async function setup(project: TestProject) {
  const copy = await copyProject({
    'content/articles/unpublished-draft-fixture.mdx': await fixture('draft.mdx'),
    'content/articles/_underscore-fixture.mdx': await fixture('underscore.mdx'),
  });
  const build = await buildCopy(copy);
  if (!build.ok) throw new Error(`The site did not build:\n${build.output}`);

  const port = await freePort();
  let log = '';
  const preview = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: copy.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  preview.stdout.on('data', (chunk) => (log += chunk));
  preview.stderr.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, preview, () => log);

  project.provide('distDir', copy.dist);
  project.provide('baseUrl', baseUrl);
  return async () => {
    preview.kill();
    await removeCopy(copy);
  };
}

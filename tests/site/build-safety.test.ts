/**
 * The build never half-publishes, and content is data: on temporary copies of the project,
 * - a broken article stops `npm run build` (and `astro build` run directly) with the editor's list,
 *   no stack trace, before Astro writes anything: no dist/, or the previous one byte for byte;
 * - a page that fails to render stops the build after Astro has started: the temporary folder is
 *   deleted and the previous dist/ is untouched; the next good build replaces dist/ whole;
 * - each former code-execution payload in an otherwise valid article is refused by name, and nothing
 *   from the build machine (an environment value, the host name, a file's contents) reaches the log
 *   or any file the build leaves behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_FAILED } from '../../src/integrations/contentGate';
import { checkContent } from '../../src/lib/checks/checkContent';
import { formatProblem } from '../../src/lib/checks/problem';
import { listFiles } from '../support/dist';
import { buildCopy, copyProject, PROJECT_ROOT, removeCopy, type BuildResult, type SiteCopy } from './setup/siteCopy';

const fixture = (path: string) => readFile(join(PROJECT_ROOT, 'tests/fixtures', path), 'utf8');

/** What a crash looks like in Astro's output; a content problem must not look like one. */
const CRASH = [/Stack trace/i, /unhandled error/i, /^\s+at .+:\d+:\d+\)?$/m];

/** Every file under `dir`, path → SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** A previous build, as an earlier `npm run build` would have left it. */
async function previousBuild(copy: SiteCopy): Promise<Record<string, string>> {
  const files = {
    'index.html': '<!doctype html><title>previous build</title>',
    'articles/an-old-article/index.html': '<!doctype html><title>an old article</title>',
    'pagefind/pagefind.js': 'export const previous = true;\n',
    _headers: '/*\n  X-Previous: yes\n',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(copy.dist, path)), { recursive: true });
    await writeFile(join(copy.dist, path), text);
  }
  return snapshot(copy.dist);
}

/** The build's temporary folders (scripts/build.ts): none may outlive the build. */
const leftovers = (copy: SiteCopy) => readdirSync(copy.root).filter((name) => name.startsWith('.dist-'));

describe('a broken article', () => {
  let copy: SiteCopy;
  let before: Record<string, string>;
  let npmBuild: BuildResult;
  let astroBuild: BuildResult;
  let editorsList: string;

  beforeAll(async () => {
    copy = await copyProject({
      'content/articles/unknown-topic.mdx': await fixture('bad-articles/unknown-topic.mdx'),
      'content/articles/raw-script.mdx': await fixture('bad-articles/raw-script.mdx'),
    });
    before = await previousBuild(copy);
    editorsList = checkContent({ root: copy.root }).errors.map(formatProblem).join('\n');
    npmBuild = await buildCopy(copy);
    astroBuild = await buildCopy(copy, { astroDirectly: true });
  }, 120_000);
  afterAll(() => removeCopy(copy));

  it('is what the checks find (two problems, one per file)', () => {
    expect(editorsList).toMatch(/^content\/articles\/raw-script\.mdx:\d+ — body — /m);
    expect(editorsList).toMatch(/^content\/articles\/unknown-topic\.mdx:\d+ — topics\[1\] — /m);
  });

  it.each([
    ['npm run build', () => npmBuild],
    ['astro build', () => astroBuild],
  ])("%s exits with 1 and prints the editor's list, not a crash", (_, result) => {
    const build = result();
    expect(build.ok).toBe(false);
    expect(build.code).toBe(1);
    expect(build.output).toContain(CONTENT_FAILED);
    expect(build.output).toContain(editorsList);
    for (const crash of CRASH) expect(build.output).not.toMatch(crash);
  });

  it('npm run build stops before Astro starts', () => {
    expect(npmBuild.output).not.toMatch(/\[build\]|\[content\]|\[vite\]/);
  });

  it('leaves the previous dist/ byte for byte, and no temporary folder', () => {
    expect(snapshot(copy.dist)).toEqual(before);
    expect(leftovers(copy)).toEqual([]);
  });

  it('leaves no dist/ when there was none', async () => {
    const fresh = await copyProject({ 'content/articles/raw-script.mdx': await fixture('bad-articles/raw-script.mdx') });
    try {
      const build = await buildCopy(fresh);
      expect(build.ok).toBe(false);
      expect(existsSync(fresh.dist)).toBe(false);
      expect(leftovers(fresh)).toEqual([]);
    } finally {
      await removeCopy(fresh);
    }
  }, 60_000);
});

describe('a page that fails to render, after Astro has started writing', () => {
  let copy: SiteCopy;
  let before: Record<string, string>;
  let failed: BuildResult;
  let fixed: BuildResult;
  let after: Record<string, string>;
  const PAGE = 'src/pages/about.astro';

  beforeAll(async () => {
    copy = await copyProject();
    const page = await readFile(join(copy.root, PAGE), 'utf8');
    // Thrown while the page is rendered: other pages are already written by then.
    await writeFile(join(copy.root, PAGE), page.replace(/^---\n/, "---\nif (Astro.url) throw new Error('GSA_RENDER_FAILURE');\n"));
    before = await previousBuild(copy);
    failed = await buildCopy(copy);
    after = snapshot(copy.dist);
    await writeFile(join(copy.root, PAGE), page);
    fixed = await buildCopy(copy);
  }, 240_000);
  afterAll(() => removeCopy(copy));

  it("fails with Astro's error and says nothing was published", () => {
    expect(failed.ok).toBe(false);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('GSA_RENDER_FAILURE');
    expect(failed.output).toContain('The build failed, so nothing was published: dist/ still holds the previous build.');
  });

  it('leaves the previous dist/ byte for byte, and deletes the half-written build', () => {
    expect(after).toEqual(before);
    expect(failed.output).toMatch(/\.dist-partial-\d+/); // Astro did write into the temporary folder…
    expect(leftovers(copy)).toEqual([]); // …which is gone.
  });

  it('the next good build replaces dist/ whole: nothing of the previous one remains', () => {
    expect(fixed.ok, fixed.output).toBe(true);
    expect(fixed.output).toContain('Published: dist/ now holds this build.');
    // The content checks ran once, before Astro, and the index once, after it (scripts/build.ts); the
    // integrations saw that and did not repeat them.
    expect(fixed.output.match(/^Checked \d+ articles, .*: no problems\.$/gm)).toHaveLength(1);
    expect(fixed.output).not.toContain('[gut-skin-axis:content-gate]');
    expect(fixed.output.match(/^search index: \d+ pages and \d+ glossary terms in [\d.]+ s$/gm)).toHaveLength(1);
    expect(fixed.output).not.toContain('[gut-skin-axis:search-index]');
    const files = snapshot(copy.dist);
    expect(files['articles/an-old-article/index.html']).toBeUndefined();
    for (const [file, hash] of Object.entries(before)) expect(files[file], file).not.toBe(hash);
    expect(files['about/index.html']).toBeDefined();
    expect(files['pagefind/pagefind.js']).toBeDefined();
    expect(readFileSync(join(copy.dist, '_headers'), 'utf8')).toContain('Content-Security-Policy');
    expect(leftovers(copy)).toEqual([]);
  });
});

describe('the former code-execution payloads', () => {
  const CANARY = `canary-${randomBytes(8).toString('hex')}`;
  /** Each payload, as an editor could have typed it, on its own line of an otherwise valid article. */
  const PAYLOADS: Record<string, string> = {
    'attribute-expression': '<span title={process.env.GSA_CANARY}>x</span>',
    'attribute-spread': '<Callout type="note" title="t" {...{ title: process.env.GSA_CANARY }}>x</Callout>',
    // Astro makes every environment variable an import.meta.env value of the server code.
    'import-meta-env': '{import.meta.env.GSA_CANARY}',
    'comment-wrapped-expression': '{/* a */ process.env.GSA_CANARY /* b */}',
    'require-call': "{require('os').hostname()}",
    'dynamic-import': "{(await import('node:fs')).readFileSync('/etc/passwd', 'utf8')}",
    'file-read': "{(await import('node:fs')).readFileSync('/etc/hostname', 'utf8')}",
    'esm-export': 'export const x = process.env.GSA_CANARY',
  };
  const fileOf = (name: string) => `content/articles/payload-${name}.mdx`;
  let copy: SiteCopy;
  let build: BuildResult;
  const lineOf: Record<string, number> = {};
  let controlErrors: string[];

  /** The fixture article with its own title, and `payload` as a paragraph after the first one. */
  async function article(name: string, payload: string | undefined): Promise<string> {
    const text = (await fixture('good-articles/fermented-foods-fixture-article.mdx')).replace(/^title: .*$/m, `title: "Payload fixture: ${name}"`);
    const lines = text.split('\n');
    const end = lines.indexOf('---', 1);
    const firstParagraphEnd = lines.findIndex((line, index) => index > end + 1 && line === '');
    if (payload !== undefined) lines.splice(firstParagraphEnd + 1, 0, payload, '');
    lineOf[name] = firstParagraphEnd + 2;
    return lines.join('\n');
  }

  beforeAll(async () => {
    const names = Object.keys(PAYLOADS);
    // First without the payloads: the articles are valid, so a problem reported later is the payload's.
    copy = await copyProject(Object.fromEntries(await Promise.all(names.map(async (name) => [fileOf(name), await article(name, undefined)]))));
    controlErrors = checkContent({ root: copy.root }).errors.map(formatProblem);
    for (const name of names) await writeFile(join(copy.root, fileOf(name)), await article(name, PAYLOADS[name]));
    build = await buildCopy(copy, { env: { GSA_CANARY: CANARY } });
  }, 240_000);
  afterAll(() => removeCopy(copy));

  it('the articles are valid without their payloads', () => {
    expect(controlErrors).toEqual([]);
  });

  it('the build fails', () => {
    expect(build.ok).toBe(false);
    expect(build.output).toContain(CONTENT_FAILED);
  });

  it.each(Object.keys(PAYLOADS))('%s is refused, on its line', (name) => {
    expect(build.output).toContain(`${fileOf(name)}:${lineOf[name]} — `);
  });

  it('nothing from the build machine reaches the log or any file the build left', () => {
    const secrets: [string, RegExp][] = [
      ['the canary environment value', new RegExp(CANARY)],
      // The host name can be short ("vm"): as a whole word only.
      ['the host name', new RegExp(`(?<![\\w.-])${hostname().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`)],
      [
        'the first line of /etc/passwd',
        new RegExp(
          readFileSync('/etc/passwd', 'utf8')
            .split('\n')[0]!
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        ),
      ],
    ];
    const outputs = [copy.dist, ...leftovers(copy).map((name) => join(copy.root, name))].filter(existsSync);
    const texts: [string, string][] = [
      ['the log', build.output],
      ...outputs.flatMap((dir) => listFiles(dir).map((file): [string, string] => [join(dir, file), readFileSync(join(dir, file), 'latin1')])),
    ];
    const found = texts.flatMap(([where, text]) => secrets.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${what} in ${where}`));
    expect(found).toEqual([]);
    expect(existsSync(copy.dist)).toBe(false);
    expect(leftovers(copy)).toEqual([]);
  });
});

describe('drafts', () => {
  it('stay out of a build even when the environment says DEV=1 (Astro turns environment variables into import.meta.env values)', async () => {
    const copy = await copyProject({ 'content/articles/unpublished-draft-fixture.mdx': await fixture('site/draft.mdx') });
    try {
      const build = await buildCopy(copy, { env: { DEV: '1', PROD: '' } });
      expect(build.ok, build.output).toBe(true);
      expect(existsSync(join(copy.dist, 'articles/what-are-probiotics/index.html'))).toBe(true);
      expect(existsSync(join(copy.dist, 'articles/unpublished-draft-fixture'))).toBe(false);
      expect(readFileSync(join(copy.dist, 'sitemap-0.xml'), 'utf8')).not.toContain('unpublished-draft-fixture');
    } finally {
      await removeCopy(copy);
    }
  }, 240_000);
});

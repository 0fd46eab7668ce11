/**
 * The scaffolder (`npm run new:article`) and the checker's command line, run as an editor runs them,
 * on a temporary copy of content/.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/checkContent';
import { fillTemplate, localDay, slugFromTitle, uniqueSlug } from '../../src/lib/scaffold';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;

/** Runs an npm script's command line with the same Node and loader `npm run` uses. */
async function script(name: 'new-article' | 'check-content', args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', './scripts/register-ts.mjs', `scripts/${name}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe('slugs and the template', () => {
  it('makes a file name from a headline', () => {
    expect(slugFromTitle('Probiotics & eczema: what the trials show')).toBe('probiotics-eczema-what-the-trials-show');
    expect(slugFromTitle('Café au lait spots — are they linked to the gut?')).toBe('cafe-au-lait-spots-are-they-linked-to-the-gut');
    expect(slugFromTitle('a '.repeat(30) + 'very long headline that keeps on going well past the limit').length).toBeLessThanOrEqual(70);
  });

  it('never reuses a file name', () => {
    const taken = new Set(['kefir', 'kefir-2']);
    expect(uniqueSlug('kefir', (slug) => taken.has(slug))).toBe('kefir-3');
    expect(uniqueSlug('kombucha', (slug) => taken.has(slug))).toBe('kombucha');
  });

  it('fills in the title, topics and dates and keeps the article a draft', async () => {
    const template = await readFile(join(root, 'content/articles/_template.mdx'), 'utf8');
    const text = fillTemplate(template, { title: 'Kefir and the skin: "what we know"', topics: ['diet', 'microbiome'], date: '2026-12-01' });
    expect(text).toMatch(/^---\ntitle: "Kefir and the skin: \\"what we know\\""\n/);
    expect(text).toContain('\ntopics: [diet, microbiome]\n');
    expect(text).toContain('\npublished: 2026-12-01\nupdated: 2026-12-01\nlastReviewed: 2026-12-01\n');
    expect(text).toContain('\ndraft: true\n');
    expect(text).not.toContain('# The article template');
  });
});

describe('npm run new:article and npm run check:content', () => {
  let copy: string;
  beforeEach(async () => {
    copy = await mkdtemp(join(tmpdir(), 'gut-skin-editor-'));
    await cp(join(root, 'content'), join(copy, 'content'), { recursive: true });
  });
  afterEach(() => rm(copy, { recursive: true, force: true }));

  it('creates a valid draft dated today with a unique file name, which passes the check', async () => {
    const title = 'Kefir, kombucha and the skin: what we know';
    const first = await script('new-article', [title, '--topic', 'diet', '--topic', 'microbiome', '--root', copy]);
    expect(first.code).toBe(0);
    expect(first.output).toContain(
      'Created content/articles/kefir-kombucha-and-the-skin-what-we-know.mdx (a draft; its URL will be /articles/kefir-kombucha-and-the-skin-what-we-know/).',
    );
    const second = await script('new-article', ['Kefir, kombucha and the skin - what we know', '--topic', 'diet', '--root', copy]);
    expect(second.output).toContain('Created content/articles/kefir-kombucha-and-the-skin-what-we-know-2.mdx');

    const text = await readFile(join(copy, 'content/articles/kefir-kombucha-and-the-skin-what-we-know.mdx'), 'utf8');
    expect(text).toContain(`\npublished: ${localDay()}\n`);
    expect(text).toContain('\ntopics: [diet, microbiome]\n');
    expect(text).toContain('\ndraft: true\n');

    const report = checkContent({ root: copy });
    expect(report.errors).toEqual([]);
    const cli = await script('check-content', ['--root', copy]);
    expect(cli.code).toBe(0);
    expect(cli.output).toMatch(/no problems\.\n$/);
  });

  it('refuses an unknown topic, a headline already in use, and a headline of the wrong length', async () => {
    const topic = await script('new-article', ['Kefir, kombucha and the skin: what we know', '--topic', 'diett', '--root', copy]);
    expect(topic.code).toBe(1);
    expect(topic.output).toContain('"diett" is not a topic. Did you mean "diet"? Use one of: microbiome, diet, probiotics');
    const existing = (await readdir(join(copy, 'content/articles'))).find((name) => !name.startsWith('_'))!;
    const existingTitle = /^title: "(.*)"$/m.exec(await readFile(join(copy, 'content/articles', existing), 'utf8'))![1]!;
    const duplicate = await script('new-article', [existingTitle, '--topic', 'diet', '--root', copy]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toContain(`content/articles/${existing} already has this title.`);
    const short = await script('new-article', ['Kefir', '--topic', 'diet', '--root', copy]);
    expect(short.output).toContain('The headline is 5 characters long; write 20 to 90 characters.');
  });

  it('publishing a scaffolded draft without replacing the template text fails the check', async () => {
    await script('new-article', ['Kefir, kombucha and the skin: what we know', '--topic', 'diet', '--root', copy]);
    const file = join(copy, 'content/articles/kefir-kombucha-and-the-skin-what-we-know.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('draft: true', 'draft: false'));
    const cli = await script('check-content', ['--root', copy]);
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(
      'content/articles/kefir-kombucha-and-the-skin-what-we-know.mdx:3 — template text — still contains "TODO" from the template — Replace every TODO with your own text, or keep draft: true until it is ready.',
    );
  });

  it('prints every problem as file:line — field — what is wrong — what to do, and exits with 1', async () => {
    await cp(join(root, 'tests/fixtures/bad-articles/unknown-evidence.mdx'), join(copy, 'content/articles/unknown-evidence.mdx'));
    await cp(join(root, 'tests/fixtures/bad-articles/raw-script.mdx'), join(copy, 'content/articles/raw-script.mdx'));
    const started = performance.now();
    const cli = await script('check-content', ['--root', copy]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(
      [
        '2 problems to fix:',
        'content/articles/raw-script.mdx:19 — body — <script> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
        'content/articles/unknown-evidence.mdx:9 — questions[0].answer — "very helpful" is not one of the allowed values — Write the answer\'s direction, one of: helps, linked, no-clear-effect, little-or-no-benefit, harms, unclear (see "Grading evidence" in CONTRIBUTING.md).',
      ].join('\n'),
    );
    expect(cli.output).toMatch(/2 problems must be fixed before the site can be published/);
  });
});

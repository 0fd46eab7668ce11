/**
 * The editors' workflow end to end, on temporary copies of the project built with `npm run build`:
 * a valid new article appears everywhere with no code change; HTML in frontmatter text stays text on
 * every page, the feed, the JSON-LD and the search index; a broken article stops the build with the
 * same message `npm run check:content` prints, before anything is written. Also checks the real build
 * (from the global setup) for the "Report a problem with this page" link and the article's date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isoDay } from '../../src/lib/dates';
import { SITE } from '../../src/site.config';
import { publishedArticles } from '../support/articles';
import { fileForPath, htmlFiles, listFiles, readPage } from '../support/dist';
import { loadIndex, pathOf, searchAll } from '../support/pagefind';
import { startStaticServer } from '../../scripts/static-server.ts';
import { goto, launchBrowser, newContext } from '../support/browser';
import { buildCopy, copyProject, PROJECT_ROOT, removeCopy, type BuildResult, type SiteCopy } from './setup/siteCopy';

const fixture = (path: string) => readFile(join(PROJECT_ROOT, 'tests/fixtures', path), 'utf8');
const SLUG = 'fermented-foods-fixture-article';
const HOSTILE = 'hostile-frontmatter-fixture';
const PICTURE_ALT = 'A plain green picture for the fixture article';
const HOSTILE_TITLE = `Hostile fixture <script>alert('title')</script> & <b>bold</b>`;
const linksTo = (element: HTMLElement | null, slug: string) =>
  (element?.querySelectorAll('a[href]') ?? []).some((link) => link.getAttribute('href')!.endsWith(`/articles/${slug}/`));

describe('a valid new article dropped into content/articles/', () => {
  let copy: SiteCopy;
  let build: BuildResult;
  const page = (path: string) => readPage(copy.dist, fileForPath(copy.dist, path)!);
  const read = (path: string) => readFileSync(join(copy.dist, path), 'utf8');

  beforeAll(async () => {
    // Dated today, so it is the newest article and belongs on the hub.
    const today = isoDay(new Date());
    // With a picture next to it, as the editors' guide describes.
    const article = (await fixture(`good-articles/${SLUG}.mdx`))
      .replace(/^(published|updated|lastReviewed): .*$/gm, `$1: ${today}`)
      .replace(/^questions:/m, `image:\n  src: ./${SLUG}.png\n  alt: "${PICTURE_ALT}"\nquestions:`);
    copy = await copyProject({
      [`content/articles/${SLUG}.mdx`]: article,
      [`content/articles/${HOSTILE}.mdx`]: await fixture(`good-articles/${HOSTILE}.mdx`),
    });
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f7d66' } })
      .png()
      .toFile(join(copy.root, `content/articles/${SLUG}.png`));
    build = await buildCopy(copy);
  }, 240_000);
  afterAll(() => removeCopy(copy));

  it('builds, with the content checks passing first', () => {
    expect(build.ok, build.output).toBe(true);
    expect(build.output).toMatch(/^Checked \d+ articles, .*: no problems\.$/m);
  });

  it('has its own page, with a "Report a problem with this page" e-mail that names it', () => {
    const html = page(`/articles/${SLUG}/`);
    expect(html.querySelector('h1')?.text).toBe('A fixture article: fermented foods and the gut–skin axis');
    const report = html.querySelectorAll('a').find((link) => link.text.trim() === 'Report a problem with this page');
    expect(report?.getAttribute('href')).toMatch(new RegExp(`^mailto:${SITE.contactEmail}\\?subject=`));
    expect(decodeURIComponent(report!.getAttribute('href')!)).toContain(`/articles/${SLUG}/`);
  });

  it('shows its picture at the top: resized to WebP in three widths, with its alt text, loaded at once', () => {
    const image = page(`/articles/${SLUG}/`).querySelector('article img');
    expect(image?.getAttribute('alt')).toBe(PICTURE_ALT);
    expect(image?.getAttribute('loading')).toBe('eager');
    const candidates = (image?.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(' '));
    expect(candidates.map(([, width]) => width)).toEqual(['400w', '800w', '1200w']);
    for (const [url] of candidates) {
      expect(url).toMatch(/\.webp$/);
      expect(existsSync(join(copy.dist, url!)), url).toBe(true);
    }
  });

  it('is on the hub among the newest articles', () => {
    expect(linksTo(page('/').querySelector('section[aria-labelledby="newest"]'), SLUG)).toBe(true);
  });

  it('is on the first page of each of its topics and of /articles/', () => {
    for (const path of ['/topics/diet/', '/topics/microbiome/', '/articles/']) expect(linksTo(page(path).querySelector('main'), SLUG), path).toBe(true);
  });

  it('is in the related articles of other articles on its topics', () => {
    const relatedFrom = htmlFiles(copy.dist)
      .filter((file) => file.startsWith('articles/') && !file.includes(SLUG))
      .filter((file) => linksTo(readPage(copy.dist, file).querySelector('section[aria-labelledby="related"]'), SLUG));
    expect(relatedFrom.length).toBeGreaterThan(0);
  });

  it('is in the sitemap and the feed', () => {
    const sitemap = listFiles(copy.dist)
      .filter((path) => /^sitemap-\d+\.xml$/.test(path))
      .map(read)
      .join('\n');
    expect(sitemap).toContain(`/articles/${SLUG}/</loc>`);
    expect(read('rss.xml')).toContain(`/articles/${SLUG}/</link>`);
  });

  it('is found by search, by a word that only its body contains', async () => {
    const results = await searchAll(await loadIndex(copy.dist), 'FIXTUREKEYWORD');
    expect(results.map((result) => pathOf(result.url))).toEqual([`/articles/${SLUG}/`]);
  });

  describe('HTML and script in frontmatter text stay text', () => {
    it('no page, feed or sitemap turns it into markup', () => {
      // In HTML, "<" inside a quoted attribute value is plain text; what matters is which elements exist.
      const elements = htmlFiles(copy.dist).flatMap((file) => {
        const html = readPage(copy.dist, file);
        return [
          // JSON-LD holds the text as JSON data (checked below); no other script may contain it.
          ...html
            .querySelectorAll('script:not([type="application/ld+json"])')
            .filter((script) => script.text.includes("alert('"))
            .map(() => `${file}: <script>`),
          ...html
            .querySelectorAll('img[onerror], b')
            .filter((el) => el.text === 'bold' || el.hasAttribute('onerror'))
            .map((el) => `${file}: <${el.tagName.toLowerCase()}>`),
        ];
      });
      expect(elements).toEqual([]);
      const raw = listFiles(copy.dist)
        .filter((file) => /\.(xml|json|txt)$/.test(file))
        .flatMap((file) =>
          ["<script>alert('", '<img src=x', '<b>bold</b>'].filter((markup) => read(file).includes(markup)).map((markup) => `${file}: ${markup}`),
        );
      expect(raw).toEqual([]);
    });

    it('the article page shows every field as typed', () => {
      const html = page(`/articles/${HOSTILE}/`);
      expect(html.querySelector('h1')?.text).toBe(HOSTILE_TITLE);
      expect(html.querySelector('title')?.text).toContain(HOSTILE_TITLE);
      expect(html.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        `A test article whose text fields contain HTML <img src=x onerror=alert('description')> that must be shown as text.`,
      );
      expect(html.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain(HOSTILE_TITLE);
      expect(html.text).toContain(`Text fields are shown as typed: <script>alert('takeaway')</script>.`);
      // The only scripts on the page are the site's own: none carries the article's text as code.
      for (const script of html.querySelectorAll('script:not([type="application/ld+json"])')) expect(script.text).not.toContain('alert(');
    });

    it('the JSON-LD holds the title as a string and cannot be closed early', () => {
      const blocks = page(`/articles/${HOSTILE}/`).querySelectorAll('script[type="application/ld+json"]');
      for (const block of blocks) expect(block.innerHTML).not.toMatch(/<\/?script/i);
      const data = blocks.map((block) => JSON.parse(block.innerHTML));
      expect(data.find((block) => block['@type'] === 'MedicalWebPage')?.headline).toBe(HOSTILE_TITLE);
      expect(data.find((block) => block['@type'] === 'BreadcrumbList')?.itemListElement.at(-1).name).toBe(HOSTILE_TITLE);
    });

    it('the feed escapes it', () => {
      const feed = read('rss.xml');
      const item = feed.split('<item>').find((chunk) => chunk.includes(`/articles/${HOSTILE}/`))!;
      const title = /<title>([\s\S]*?)<\/title>/.exec(item)![1]!;
      const decoded = title
        .replace(/^<!\[CDATA\[|\]\]>$/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;|&#39;/g, "'")
        .replace(/&amp;/g, '&');
      expect(decoded).toBe(HOSTILE_TITLE);
      expect(title).not.toContain('<script>');
    });

    it("the body's dangerous-looking text reaches the page as text, and its capitalised HTTPS link is marked external", () => {
      const html = page(`/articles/${HOSTILE}/`);
      const body = html.querySelector('article .prose')!;
      // Typography turns the quotes curly; what matters is that the tag is text, not an element.
      expect(body.text).toMatch(/the sign <script>alert\(.body.\)<\/script> written with entities/);
      expect(body.text).toContain('{process.env.HOME}');
      expect(body.text).not.toContain("An editor's note");
      expect(body.querySelectorAll('script, iframe, img, svg, style, meta, form').map((element) => element.tagName)).toEqual([]);
      for (const href of ['HTTPS://www.nhs.uk/conditions/atopic-eczema/', 'https://www.nhs.uk/conditions/acne/']) {
        const link = body.querySelectorAll('a').find((a) => a.getAttribute('href') === href);
        expect(link?.getAttribute('rel'), href).toBe('noopener noreferrer external');
        expect(link?.getAttribute('target'), href).toBe('_blank');
      }
    });

    it('in a browser, with our headers: no dialog, no navigation away and no CSP violation', async () => {
      const server = await startStaticServer(copy.dist);
      const browser = await launchBrowser();
      try {
        const context = await newContext(browser);
        // Recorded in the page from its first moment, before any of its own code could run.
        await context.addInitScript(() => {
          (window as unknown as { violations: string[] }).violations = [];
          document.addEventListener('securitypolicyviolation', (event) =>
            (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
          );
        });
        const tab = await context.newPage();
        const dialogs: string[] = [];
        const navigations: string[] = [];
        tab.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        tab.on('framenavigated', (frame) => navigations.push(frame.url()));
        const url = `${server.url}/articles/${HOSTILE}/`;
        await goto(tab, url);
        // Give anything scheduled (a meta refresh, a timer) its chance to fire.
        await tab.waitForTimeout(1500);
        await tab.mouse.move(200, 400);
        expect(dialogs).toEqual([]);
        expect(navigations.filter((address) => address !== url)).toEqual([]);
        expect(await tab.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
        expect(await tab.locator('abbr[title="immunoglobulin E"]').count()).toBe(1);
      } finally {
        await browser.close();
        await server.close();
      }
    }, 60_000);

    it('the search index stores it as text', async () => {
      const [record] = await searchAll(await loadIndex(copy.dist), 'HOSTILEFIXTUREMARKER');
      expect(record?.meta.title).toBe(HOSTILE_TITLE);
      expect(record?.excerpt).not.toMatch(/<(?!\/?mark>)/);
    });
  });
});

describe('a broken article', () => {
  it('fails the build with the message the check prints, and nothing is published', async () => {
    const copy = await copyProject({
      'content/articles/unknown-topic.mdx': await fixture('bad-articles/unknown-topic.mdx'),
      'content/articles/raw-script.mdx': await fixture('bad-articles/raw-script.mdx'),
    });
    const build = await buildCopy(copy);
    expect(build.ok).toBe(false);
    expect(build.output).toContain('The content has problems, so nothing was built.');
    expect(build.output).toContain(
      'content/articles/raw-script.mdx:19 — body — <script> is not allowed in an article — Remove it: articles cannot run code or embed other pages. Ask a maintainer if you need something interactive.',
    );
    expect(build.output).toContain(
      'content/articles/unknown-topic.mdx:5 — topics[1] — "microbiom" is not a topic — Did you mean "microbiome"? Use one of: microbiome, diet, probiotics, inflammation, skin-conditions, medication-safety, or ask a maintainer to add a topic.',
    );
    expect(existsSync(copy.dist)).toBe(false);
    await removeCopy(copy);
  }, 120_000);
});

describe('every published article in the real build', () => {
  const dist = inject('distDir');
  it.each(publishedArticles().map((article) => [article.slug, article]))(
    '%s has a "Report a problem with this page" e-mail naming it, and shows its latest date',
    (slug, article) => {
      const html = readPage(dist, fileForPath(dist, `/articles/${slug}/`)!);
      const report = html.querySelectorAll('a').find((link) => link.text.trim() === 'Report a problem with this page');
      expect(decodeURIComponent(report?.getAttribute('href') ?? '')).toContain(`/articles/${slug}/`);
      const day = (value: unknown) => isoDay(new Date(String(value instanceof Date ? isoDay(value) : value)));
      expect(html.querySelector('[data-article-dates] time')?.getAttribute('datetime')).toBe(
        day(article.data.updated) > day(article.data.published) ? day(article.data.updated) : day(article.data.published),
      );
    },
  );
});

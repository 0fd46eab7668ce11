import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedArticles, readYaml } from '../support/articles';
import { fileForPath, htmlFiles, listFiles, readPage, urlPathOf } from '../support/dist';

const dist = inject('distDir');
const articles = publishedArticles();
const pages = htmlFiles(dist);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('every published article is published everywhere', () => {
  it('writes "et al." with one full stop in every reference list', () => {
    const doubled = pages.filter((file) => /et al\.\./.test(read(file))).map(urlPathOf);
    expect(doubled).toEqual([]);
  });

  let sitemap: string;
  let feed: string;
  beforeAll(() => {
    sitemap = listFiles(dist)
      .filter((path) => /^sitemap-\d+\.xml$/.test(path))
      .map(read)
      .join('\n');
    feed = read('rss.xml');
  });

  it('has articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(articles.map((article) => [article.slug]))('%s has a page, a sitemap entry and a feed item', (slug) => {
    expect(fileForPath(dist, `/articles/${slug}/`)).toBeDefined();
    expect(sitemap).toContain(`/articles/${slug}/</loc>`);
    expect(feed).toContain(`/articles/${slug}/</link>`);
  });

  it('lists every topic page in the sitemap and points robots.txt at the sitemap', () => {
    for (const topic of ['microbiome', 'diet', 'probiotics', 'inflammation', 'skin-conditions', 'medication-safety']) {
      expect(sitemap).toContain(`/topics/${topic}/</loc>`);
    }
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });
});

describe('drafts and underscore files', () => {
  it('never reach any page, the feed or the sitemap', () => {
    const markers = ['DRAFTFIXTUREMARKER', 'UNDERSCOREFIXTUREMARKER', 'unpublished-draft-fixture', 'underscore-fixture', 'Draft fixture'];
    const leaks = listFiles(dist)
      .filter((file) => /\.(html|xml|txt|json)$/.test(file))
      .flatMap((path) => markers.filter((marker) => read(path).includes(marker)).map((marker) => `${path}: ${marker}`));
    expect(leaks).toEqual([]);
  });
});

describe('links', () => {
  it('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    const idsByFile = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!idsByFile.has(file))
        idsByFile.set(
          file,
          new Set(
            readPage(dist, file)
              .querySelectorAll('[id]')
              .map((el) => el.id),
          ),
        );
      return idsByFile.get(file)!;
    };
    for (const page of pages) {
      for (const link of readPage(dist, page).querySelectorAll('a[href]')) {
        const href = link.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${urlPathOf(page)}`);
        const target = fileForPath(dist, url.pathname);
        if (!target) broken.push(`${page}: ${href} (no such page)`);
        else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('every page', () => {
  it.each(pages.map((page) => [page]))('%s has a title, description, canonical URL, Open Graph tags, a skip link and landmarks', (page) => {
    const html = readPage(dist, page);
    expect(html.querySelector('title')?.text.trim()).toBeTruthy();
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(30);
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
      expect(html.querySelector(`meta[property="${property}"]`), property).not.toBeNull();
    }
    expect(html.querySelector('a[href="#main"]')).not.toBeNull();
    expect(html.querySelector('main#main')).not.toBeNull();
    expect(html.querySelector('header[role="banner"], header')).not.toBeNull();
    expect(html.querySelector('footer')).not.toBeNull();
  });
});

describe('share images', () => {
  const shareImageOf = (page: string) => new URL(readPage(dist, page).querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname;

  it('gives every page a share image that exists and is 1200 × 630, a large-image card and the size in its tags', async () => {
    const used = new Set(pages.map(shareImageOf));
    for (const path of used) {
      const metadata = await sharp(join(dist, path)).metadata();
      expect([path, metadata.format, metadata.width, metadata.height]).toEqual([path, 'png', 1200, 630]);
    }
    const home = readPage(dist, 'index.html');
    expect(home.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    expect(home.querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe('1200');
  });

  it("shows an article its main topic's picture, a topic and a condition their own, and other pages the site's", () => {
    const article = articles[0]!;
    expect(shareImageOf(fileForPath(dist, `/articles/${article.slug}/`)!)).toBe(`/share/topic-${article.data.topics[0]}.png`);
    expect(shareImageOf(fileForPath(dist, '/topics/diet/')!)).toBe('/share/topic-diet.png');
    expect(shareImageOf(fileForPath(dist, '/conditions/acne/')!)).toBe('/share/condition-acne.png');
    expect(shareImageOf('index.html')).toBe('/share/site.png');
  });

  it('draws one picture per topic and condition and one for the site, however many articles there are', () => {
    const drawn = listFiles(dist).filter((path) => path.startsWith('share/'));
    expect(drawn.length).toBe(1 + readYaml<unknown[]>('topics.yaml').length + readYaml<unknown[]>('conditions.yaml').length);
  });
});

describe('structured data', () => {
  it.each(articles.map((article) => [article.slug]))('%s carries MedicalWebPage and BreadcrumbList JSON-LD, claiming no medical review', (slug) => {
    const html = readPage(dist, fileForPath(dist, `/articles/${slug}/`)!);
    const blocks = html.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text));
    const page = blocks.find((block) => block['@type'] === 'MedicalWebPage');
    const crumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
    expect(page).toBeDefined();
    // No clinician has reviewed the articles, so none may claim a review (src/lib/review.ts).
    expect(page.reviewedBy).toBeUndefined();
    expect(page.lastReviewed).toBeUndefined();
    expect(html.text).not.toMatch(/Last reviewed|Medically reviewed/);
    expect(html.querySelector('[data-evidence-check]')?.text).toMatch(
      /^Evidence checked by the editorial team on \d{1,2} \w+ \d{4}; next check due \w+ \d{4}$/,
    );
    expect(page.url).toMatch(new RegExp(`/articles/${slug}/$`));
    expect(crumbs.itemListElement.length).toBe(3);
  });
});

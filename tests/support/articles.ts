/** Reads articles straight from content/ for tests that compare the source with the built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const CONTENT_DIR = new URL('../../content/', import.meta.url).pathname;

export interface SourceArticle {
  slug: string;
  file: string;
  // Frontmatter as YAML gives it, of any shape: tests read the fields they check directly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: Record<string, any>;
  body: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frontmatter of any shape (see SourceArticle.data)
export function splitFrontmatter(text: string): { data: Record<string, any>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('No frontmatter found');
  return { data: parse(match[1]!) ?? {}, body: match[2]! };
}

/** Every article file that the site publishes: not a draft and not starting with "_". */
export function publishedArticles(dir = join(CONTENT_DIR, 'articles')): SourceArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => {
      const file = join(dir, name);
      return { slug: name.replace(/\.mdx$/, ''), file, ...splitFrontmatter(readFileSync(file, 'utf8')) };
    })
    .filter((article) => article.data.draft !== true);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a data file of any shape unless the caller names one
export function readYaml<T = any>(name: string): T {
  return parse(readFileSync(join(CONTENT_DIR, name), 'utf8'));
}

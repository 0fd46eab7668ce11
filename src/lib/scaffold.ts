/**
 * Fills in the article template for `npm run new:article` (scripts/new-article.ts): the title,
 * the topics and today's date, keeping it a draft. Pure text in, text out.
 */
import { slug as slugify } from 'github-slugger';

export interface NewArticle {
  title: string;
  topics: string[];
  /** The editor's calendar day, YYYY-MM-DD. */
  date: string;
}

/** The longest file name the scaffolder makes from a title: longer addresses are hard to read and share. */
export const MAX_SLUG_LENGTH = 70;

/** A title as a file name (without .mdx), in full: lower case words joined by hyphens. */
const fullSlug = (title: string) =>
  slugify(title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');

/** A file name (without .mdx) from a title: lower case, hyphens, at most MAX_SLUG_LENGTH characters, cut at a word. */
export function slugFromTitle(title: string): string {
  const full = fullSlug(title);
  if (full.length <= MAX_SLUG_LENGTH) return full;
  return full.slice(0, MAX_SLUG_LENGTH + 1).replace(/-[^-]*$/, '');
}

/** Whether slugFromTitle had to leave words of the title out. */
export const slugIsShortened = (title: string) => fullSlug(title).length > MAX_SLUG_LENGTH;

/** `slug`, or `slug-2`, `slug-3` … whichever is not taken. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  let candidate = slug;
  for (let n = 2; taken(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}

/** The template with the new article's title, topics and dates; everything else (comments, TODOs, draft: true) kept. */
export function fillTemplate(template: string, article: NewArticle): string {
  const set = (text: string, field: string, value: string) => {
    const line = new RegExp(`^${field}:.*$`, 'm');
    if (!line.test(text)) throw new Error(`The template has no "${field}:" line.`);
    return text.replace(line, `${field}: ${value}`);
  };
  let text = template.replace(/^# The article template\..*\n(#.*\n)*/m, '');
  text = set(text, 'title', JSON.stringify(article.title));
  text = set(text, 'topics', `[${article.topics.join(', ')}]`);
  for (const field of ['published', 'updated', 'lastReviewed']) text = set(text, field, article.date);
  return set(text, 'draft', 'true');
}

/** Today's date where the editor is (not UTC), YYYY-MM-DD. */
export function localDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

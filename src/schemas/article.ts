import { reference, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { EVIDENCE_LEVELS } from '../lib/evidence';

/** Search engines cut descriptions past ~160 characters and treat very short ones as thin. */
export const DESCRIPTION_LENGTH = { min: 70, max: 160 } as const;

const isoDate = (field: string) =>
  z.coerce.date({
    error: `${field} must be a date written as YYYY-MM-DD, e.g. 2026-11-25.`,
  });

/**
 * An article: `content/articles/<slug>.mdx`. The file name is the URL slug.
 * Files whose name starts with `_` (such as `_template.mdx`) are never published.
 */
export const articleSchema = ({ image }: SchemaContext) =>
  z
    .object({
      /** Headline, sentence case, 20–90 characters. */
      title: z.string().min(20, 'Write a title of at least 20 characters.').max(90, 'Keep the title under 90 characters.'),
      /** Meta description shown in search results and link previews: plain text, 70–160 characters. */
      description: z
        .string()
        .min(DESCRIPTION_LENGTH.min, `Write a description of at least ${DESCRIPTION_LENGTH.min} characters so search results have a useful summary.`)
        .max(DESCRIPTION_LENGTH.max, `Shorten the description to ${DESCRIPTION_LENGTH.max} characters or fewer; search engines cut longer ones.`),
      /** One plain-language paragraph shown under the title: what the reader will learn and the bottom line. */
      summary: z.string().min(100, 'Write a summary paragraph of at least 100 characters.').max(700),
      /** Topic ids from `content/topics.yaml`; the first is the article's main topic. At least one. */
      topics: z.array(reference('topics')).min(1, 'List at least one topic, e.g. topics: [diet].'),
      /** Date first published, YYYY-MM-DD. */
      published: isoDate('published'),
      /** Date of the last meaningful change, YYYY-MM-DD; the same as `published` for a new article. */
      updated: isoDate('updated'),
      /** Date the article was last checked against current evidence, YYYY-MM-DD. */
      lastReviewed: isoDate('lastReviewed'),
      /** Overall strength of the evidence behind the article's main claims (see the editorial policy). */
      evidence: z.enum(EVIDENCE_LEVELS, {
        error: `evidence must be one of: ${EVIDENCE_LEVELS.join(', ')}.`,
      }),
      /** Three to five one-sentence takeaways, shown in a box at the top of the article. */
      keyTakeaways: z
        .array(z.string().min(10))
        .min(3, 'Give at least 3 key takeaways.')
        .max(5, 'Give at most 5 key takeaways.'),
      /** Bibliography keys from `content/bibliography.yaml`, in the order they are first cited. */
      references: z.array(reference('bibliography')).min(3, 'Cite at least 3 sources.'),
      /** Who wrote the article; ids from `content/authors.yaml`. Default: the editorial team. */
      authors: z.array(reference('authors')).prefault(['editorial-team']),
      /** Who reviewed the article; ids from `content/authors.yaml`. Default: the editorial team. */
      reviewers: z.array(reference('authors')).prefault(['editorial-team']),
      /** Optional image at the top of the article. `alt` describes it for people who cannot see it. */
      image: z
        .object({
          src: image(),
          alt: z.string().min(5, 'Describe the image in alt (at least 5 characters) for readers who cannot see it.'),
        })
        .optional(),
      /** `true` keeps the article out of the built site, the feed, the sitemap and search. Default: false. */
      draft: z.boolean().default(false),
    })
    .refine((article) => article.updated >= article.published, {
      message: 'updated must be on or after published.',
      path: ['updated'],
    })
    .refine((article) => article.lastReviewed >= article.published, {
      message: 'lastReviewed must be on or after published.',
      path: ['lastReviewed'],
    });

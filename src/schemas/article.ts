import { z } from 'astro/zod';
import { ANSWERS, CERTAINTIES } from '../lib/evidence';
import { sentencesOf, wordOverlap } from '../lib/prose';
import { noDuplicates, type FieldDoc, type SchemaTools } from './tools';

/** Search engines cut descriptions past ~160 characters and treat very short ones as thin. */
export const DESCRIPTION_LENGTH = { min: 70, max: 160 } as const;

/** What CONTRIBUTING.md shows for a field (see editorDocs.ts). */
const doc = (field: FieldDoc) => field;

/** The short answer under the title: answer first, then the one thing to do (issue #12's "answer first"). */
export const SUMMARY_RULES = { sentences: { min: 2, max: 3 }, length: { min: 100, max: 420 } } as const;
/** A takeaway that shares this much of its wording with a sentence of the summary repeats it. */
export const TAKEAWAY_REPEAT_OVERLAP = 0.75;

const within = (value: number, { min, max }: { min: number; max: number }) => value >= min && value <= max;

/** Whether a short answer keeps SUMMARY_RULES (the schema's messages say which part it breaks). */
export const keepsSummaryRules = (summary: string) =>
  within(summary.length, SUMMARY_RULES.length) && within(sentencesOf(summary).length, SUMMARY_RULES.sentences);

/** The sentence of the summary a takeaway repeats (TAKEAWAY_REPEAT_OVERLAP), if any. */
export const repeatedSummarySentence = (takeaway: string, summary: string) =>
  sentencesOf(summary).find((sentence) => wordOverlap(takeaway, sentence) >= TAKEAWAY_REPEAT_OVERLAP);

const DATE_EXAMPLE = '2026-11-25';
const DATE_MESSAGE = `Write the date as YYYY-MM-DD, e.g. ${DATE_EXAMPLE}.`;
/** No article predates the site's sources; an earlier year is a typo (Astro would show 0001 as 1901). */
export const EARLIEST_DAY = '2000-01-01';

/**
 * A real calendar day written YYYY-MM-DD, not before EARLIEST_DAY. The checker reads YAML 1.2, so it sees
 * the text the editor wrote (and can tell 2026-02-30 from a typo); Astro's js-yaml hands over a Date.
 */
const isoDate = () =>
  z.union([z.date(), z.string()], { error: DATE_MESSAGE }).transform((value, context) => {
    const fail = (problem: string, message: string) => {
      context.issues.push({ code: 'custom', message, params: { problem }, input: value });
      return z.NEVER;
    };
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return fail(`"${text}" is not a date written YYYY-MM-DD`, DATE_MESSAGE);
    const date = new Date(text);
    if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(text))
      return fail(`${text} is not a real day`, 'Check the day and the month, e.g. 2026-02-28 (months have 28 to 31 days).');
    // The hint names a fixed example, not today: a schema's verdict must not change with the clock.
    if (text < EARLIEST_DAY) return fail(`${text} is before ${EARLIEST_DAY}`, `Check the year: write it in full, e.g. ${DATE_EXAMPLE}.`);
    return date;
  });

/**
 * An article: `content/articles/<slug>.mdx`. The file name is the URL slug.
 * Files whose name starts with `_` (such as `_template.mdx`) are never published.
 *
 * Each field's `.meta()` says what editors should put there and shows an example; CONTRIBUTING.md's
 * frontmatter table is generated from it (`npm run docs:contributing`), and a test keeps them in step.
 * A field with `.default()`/`.prefault()` may be left out; the default is shown in that table.
 */
export const articleSchema = ({ image, reference }: SchemaTools) =>
  z
    .object({
      title: z
        .string({ error: 'Write a headline in quotes, e.g. title: "Probiotics for eczema: what the trials show".' })
        .min(20, 'Write a title of at least 20 characters.')
        .max(90, 'Keep the title under 90 characters.')
        .meta(
          doc({
            description: 'Headline, in sentence case, 20–90 characters. Plain text: HTML is shown as typed.',
            example: '"Probiotics for eczema: what the trials show"',
          }),
        ),
      description: z
        .string({ error: 'Write a one-sentence description in quotes.' })
        .min(DESCRIPTION_LENGTH.min, `Write a description of at least ${DESCRIPTION_LENGTH.min} characters so search results have a useful summary.`)
        .max(DESCRIPTION_LENGTH.max, `Shorten the description to ${DESCRIPTION_LENGTH.max} characters or fewer; search engines cut longer ones.`)
        .meta(
          doc({
            description: `Shown in search results and link previews: plain text, ${DESCRIPTION_LENGTH.min}–${DESCRIPTION_LENGTH.max} characters.`,
            example: '"Do probiotics treat or prevent eczema? What the trials and guidelines found."',
          }),
        ),
      summary: z
        .string({ error: 'Write the short answer in quotes.' })
        .min(SUMMARY_RULES.length.min, `Write a short answer of at least ${SUMMARY_RULES.length.min} characters.`)
        .max(SUMMARY_RULES.length.max, `Shorten the short answer to ${SUMMARY_RULES.length.max} characters or fewer; the body is the place for detail.`)
        .superRefine((summary, context) => {
          const count = sentencesOf(summary).length;
          const { min, max } = SUMMARY_RULES.sentences;
          if (!within(count, SUMMARY_RULES.sentences))
            context.addIssue({
              code: 'custom',
              message: `Write ${min} or ${max} sentences: the answer to the headline question first, then the one thing to do. Write "for example" rather than "e.g.", whose full stops count as sentence ends.`,
              params: { problem: `has ${count} ${count === 1 ? 'sentence' : 'sentences'}` },
            });
        })
        .meta(
          doc({
            description: `The short answer under the title: ${SUMMARY_RULES.sentences.min}–${SUMMARY_RULES.sentences.max} sentences, ${SUMMARY_RULES.length.min}–${SUMMARY_RULES.length.max} characters. The first answers the headline question, as surely as its grade allows; the next says what to do.`,
            example: '"Probiotics probably make little or no difference to eczema someone already has. Keep using moisturisers and prescribed treatments."',
          }),
        ),
      topics: z
        .array(reference('topics'), { error: 'List the topics in square brackets, e.g. topics: [diet, microbiome].' })
        .min(1, 'List at least one topic, e.g. topics: [diet].')
        .superRefine(noDuplicates)
        .meta(
          doc({
            description: 'Topic ids from `content/topics.yaml`; the first is the main topic (breadcrumbs, previous/next). At least one.',
            example: '[probiotics, skin-conditions]',
          }),
        ),
      conditions: z
        .array(reference('conditions'), { error: 'List the conditions in square brackets, e.g. conditions: [eczema].' })
        .superRefine(noDuplicates)
        .default([])
        .meta(
          doc({
            description:
              "Skin conditions the article is about, ids from `content/conditions.yaml`: the article is listed on each condition's page. Leave out when it is about none.",
            example: '[eczema]',
          }),
        ),
      published: isoDate().meta(doc({ description: 'Date first published, YYYY-MM-DD. Not in the future.', example: '2026-11-25' })),
      updated: isoDate().meta(
        doc({
          description: 'Date of the last meaningful change, YYYY-MM-DD: the same as `published` for a new article, never before it.',
          example: '2026-11-25',
        }),
      ),
      lastReviewed: isoDate().meta(
        doc({
          description: 'Date the article was last checked against current evidence, YYYY-MM-DD. Due again after the review cycle (12 months).',
          example: '2026-11-25',
        }),
      ),
      questions: z
        .array(
          z.object({
            question: z
              .string({ error: 'Write the question in quotes, e.g. question: "Do probiotics treat eczema?".' })
              .min(15, 'Write the question in full (at least 15 characters).')
              .max(110, 'Keep the question under 110 characters.')
              .regex(/\?$/, 'End the question with a question mark.'),
            answer: z.enum(ANSWERS, { error: `Write the answer's direction, one of: ${ANSWERS.join(', ')} (see "Grading evidence" in CONTRIBUTING.md).` }),
            certainty: z.enum(CERTAINTIES, {
              error: `Write how sure the answer is, one of: ${CERTAINTIES.join(', ')} (see "Grading evidence" in CONTRIBUTING.md).`,
            }),
            sources: z
              .array(reference('bibliography'), {
                error: 'List the sources the answer rests on in square brackets, e.g. sources: [makrgeorgou2018probiotics].',
              })
              .min(1, 'Name at least one source the answer rests on.')
              .superRefine(noDuplicates),
          }),
          { error: 'List the questions one per "- question:" line (copy the layout of content/articles/_template.mdx).' },
        )
        .min(1, 'Grade at least one question, or set guide: true for a practical guide.')
        .max(6, 'Grade at most 6 questions: keep the ones the article answers.')
        .optional()
        .meta(
          doc({
            description: `The questions the article answers, each graded: \`answer\` (${ANSWERS.join(', ')}), \`certainty\` (${CERTAINTIES.join(', ')}) and the \`sources\` it rests on (keys in \`references\`). The first is the headline question, shown at the top and on cards.`,
            requiredUnless: '`guide: true`',
            example: '[{ question: "Do probiotics treat eczema?", answer: little-or-no-benefit, certainty: moderate, sources: [makrgeorgou2018probiotics] }]',
          }),
        ),
      guide: z
        .boolean({ error: 'Write guide: true or guide: false.' })
        .default(false)
        .meta(
          doc({
            description: '`true` for a practical guide (how to buy or choose something): it grades no questions and says so. Leave out `questions`.',
            example: 'true',
          }),
        ),
      keyTakeaways: z
        .array(
          z.string({ error: 'Write each takeaway as a sentence in quotes.' }).min(10, 'Write each takeaway as a full sentence (at least 10 characters).'),
          {
            error: 'List the takeaways one per line, each starting with "- ".',
          },
        )
        .min(3, 'Give at least 3 key takeaways.')
        .max(5, 'Give at most 5 key takeaways.')
        .superRefine(noDuplicates)
        .meta(
          doc({
            description:
              'Three to five takeaways of a sentence or two, shown in a box after the body. Each adds a point the summary does not make (a figure, a safety rule, what to do, when to get help).',
            example: '["Probiotics probably do not treat eczema.", "…", "…"]',
          }),
        ),
      references: z
        .array(reference('bibliography'), { error: 'List the bibliography keys in square brackets, e.g. references: [salem2018gut, bowe2011acne].' })
        .min(3, 'Cite at least 3 sources.')
        .superRefine(noDuplicates)
        .meta(
          doc({
            description: 'Keys from `content/bibliography.yaml`, one per source cited with `<Cite id="…" />` in the body. At least 3.',
            example: '[salem2018gut, oneill2016gut, bowe2011acne]',
          }),
        ),
      authors: z
        .array(reference('authors'))
        .min(1, 'Name at least one author, or leave authors out for the editorial team.')
        .superRefine(noDuplicates)
        .prefault(['editorial-team'])
        .meta(doc({ description: 'Who wrote the article: ids from `content/authors.yaml`.', example: '[editorial-team]' })),
      reviewers: z
        .array(reference('authors'))
        .min(1, 'Name at least one reviewer, or leave reviewers out for the editorial team.')
        .superRefine(noDuplicates)
        .prefault(['editorial-team'])
        .meta(doc({ description: 'Who reviewed the article: ids from `content/authors.yaml`.', example: '[editorial-team]' })),
      image: z
        .object({
          src: image(),
          alt: z
            .string({ error: 'Add alt: a short description of the image for readers who cannot see it.' })
            .min(5, 'Describe the image in alt (at least 5 characters) for readers who cannot see it.'),
        })
        .optional()
        .meta(
          doc({
            description: 'Optional picture at the top: `src` is the image file next to the article, `alt` describes it for readers who cannot see it.',
            example: '{ src: ./gut-lining.png, alt: "Diagram of the gut lining" }',
          }),
        ),
      draft: z
        .boolean({ error: 'Write draft: true or draft: false.' })
        .default(false)
        .meta(doc({ description: '`true` keeps the article out of the built site, the feed, the sitemap and search.', example: 'true' })),
    })
    .refine((article) => article.updated >= article.published, {
      message: 'Set updated to the same day as published or later.',
      path: ['updated'],
      params: { problem: 'is before published' },
    })
    .refine((article) => article.guide || article.questions, {
      message:
        'Add questions: the questions the article answers, each graded (copy the layout of content/articles/_template.mdx); for a practical guide, write guide: true instead.',
      path: ['questions'],
      params: { problem: 'is missing: every article that is not a practical guide grades the questions it answers' },
    })
    .refine((article) => !(article.guide && article.questions), {
      message: 'Remove guide: true if the article grades evidence, or remove questions if it is a practical guide.',
      path: ['guide'],
      params: { problem: 'is true, but a practical guide grades no questions and this article lists some' },
    })
    .superRefine((article, context) => {
      // The takeaways come after the body: each should add a point, not say the short answer again.
      article.keyTakeaways.forEach((takeaway, index) => {
        const repeated = repeatedSummarySentence(takeaway, article.summary);
        if (repeated)
          context.addIssue({
            code: 'custom',
            path: ['keyTakeaways', index],
            message: 'Make each takeaway a point the summary does not make: a figure, a safety rule, what to do or when to get help.',
            params: { problem: `repeats the summary's sentence "${repeated}"` },
          });
      });
    })
    .refine((article) => article.lastReviewed >= article.published, {
      message: 'Set lastReviewed to the same day as published or later.',
      path: ['lastReviewed'],
      params: { problem: 'is before published' },
    });

/**
 * The editor components' attributes, one zod schema each (after Starlight's `schemas/badge.ts`): each
 * component's `Props` is derived from its schema, and the content checker validates what an editor wrote
 * against the same schema, so a component and the checks can never disagree on what it takes.
 * Attribute values are always plain text in quotes: `{…}` is code and is refused before these run.
 */
import { z } from 'astro/zod';
import { URGENCY_TIERS } from '../lib/urgentCare';

/** Ids of topics, glossary terms, sources and authors: lower-case words and digits joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idText = (example: string) => z.string().regex(ID_PATTERN, `Write an id of lower-case letters, digits and hyphens, e.g. "${example}".`);

/** When to get medical help is not a callout: it is <UrgentCare>, in a fixed tier. */
export const CALLOUT_TYPES = ['note', 'warning'] as const;

export const calloutProps = z
  .object({
    /** note: background or an aside; warning: a safety point that is not about where to get help. Default: note. */
    type: z.enum(CALLOUT_TYPES, { error: `Use type="${CALLOUT_TYPES.join('", type="')}", or leave type out for a note.` }).default('note'),
    /** The box's heading, e.g. "When to see a clinician". */
    title: z
      .string({ error: 'Give it a title, e.g. <Callout type="warning" title="Before you start">.' })
      .trim()
      .min(2, 'Write a title of at least 2 characters, e.g. title="Before you start".'),
  })
  .strict();

export const citeProps = z
  .object({
    /** The bibliography key, as listed in the article's `references`. */
    id: idText('salem2018gut'),
  })
  .strict();

export const termProps = z
  .object({
    /** The glossary id, from content/glossary.yaml. */
    id: idText('dysbiosis'),
  })
  .strict();

export const urgentCareProps = z
  .object({
    /** emergency: call 999 / A&E; urgent: the same day (NHS 111, urgent GP); soon: a routine GP, pharmacist or nurse visit. */
    tier: z.enum(URGENCY_TIERS, {
      error: `Use tier="${URGENCY_TIERS.join('", tier="')}": emergency for 999/A&E signs, urgent for the same day, soon for a routine appointment.`,
    }),
  })
  .strict();

export const bowelWarningSignsProps = z.object({}).strict();

/** The components editors may write, what each is for, and whether it wraps text (`<Term>word</Term>`) or stands alone. */
export const EDITOR_COMPONENTS = {
  Callout: { props: calloutProps, content: 'markdown', example: '<Callout type="warning" title="Before you start">…</Callout>' },
  Cite: { props: citeProps, content: 'none', example: '<Cite id="salem2018gut" />' },
  Term: { props: termProps, content: 'text', example: '<Term id="dysbiosis">dysbiosis</Term>' },
  UrgentCare: { props: urgentCareProps, content: 'list', example: '<UrgentCare tier="emergency">\n- you have trouble breathing\n</UrgentCare>' },
  BowelWarningSigns: { props: bowelWarningSignsProps, content: 'none', example: '<BowelWarningSigns />' },
} as const;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;

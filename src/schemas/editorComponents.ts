/**
 * The editor components' attributes, one zod schema each (after Starlight's `schemas/badge.ts`): each
 * component's `Props` is derived from its schema, and the content checker validates what an editor wrote
 * against the same schema, so a component and the checks can never disagree on what it takes.
 * Attribute values are always plain text in quotes: `{…}` is code and is refused before these run.
 */
import { z } from 'astro/zod';

/** Ids of topics, glossary terms, sources and authors: lower-case words and digits joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idText = (example: string) =>
  z.string().regex(ID_PATTERN, `Write an id of lower-case letters, digits and hyphens, e.g. "${example}".`);

export const CALLOUT_TYPES = ['note', 'warning', 'clinician'] as const;

export const calloutProps = z
  .object({
    /** note: background or aside; warning: a safety point; clinician: when to get medical help. Default: note. */
    type: z.enum(CALLOUT_TYPES, { error: `Use type="${CALLOUT_TYPES.join('", type="')}", or leave type out for a note.` }).default('note'),
    /** The box's heading, e.g. "When to see a clinician". */
    title: z.string({ error: 'Give it a title, e.g. <Callout type="warning" title="Before you start">.' }).trim().min(2, 'Write a title of at least 2 characters, e.g. title="Before you start".'),
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

/** The components editors may write, what each is for, and whether it wraps text (`<Term>word</Term>`) or stands alone. */
export const EDITOR_COMPONENTS = {
  Callout: { props: calloutProps, content: 'markdown', example: '<Callout type="warning" title="Before you start">…</Callout>' },
  Cite: { props: citeProps, content: 'none', example: '<Cite id="salem2018gut" />' },
  Term: { props: termProps, content: 'text', example: '<Term id="dysbiosis">dysbiosis</Term>' },
} as const;

export type EditorComponentName = keyof typeof EDITOR_COMPONENTS;

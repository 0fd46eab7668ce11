import type { reference, SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { ICON_GALLERY, isIconName } from '../lib/icons';
import { classifyUrl } from '../lib/urlPolicy';

/**
 * What a schema needs from its surroundings. The content collections pass Astro's own helpers;
 * the content checker (`npm run check:content`, src/lib/checks/) passes stricter ones that also
 * check that a referenced id exists and that an image file is there. Taking them as arguments keeps
 * the schemas free of `astro:content` at run time, so the very same rules run in both places.
 */
export interface SchemaTools {
  /** Astro's `reference(collection)`: an id in another collection, e.g. a topic or a source. */
  reference: typeof reference;
  /** Astro's `image()`: a path to an image file, relative to the article. */
  image: SchemaContext['image'];
}

/** What the editors' guide shows for a field: written for editors, read from the schema at run time. */
// A type alias rather than an interface, so it fits zod's `.meta()` (which takes any object of strings).
export type FieldDoc = {
  /** What to put there. */
  description: string;
  /** A value as it would be written in the frontmatter. */
  example?: string;
  /** When an optional field is required after all, e.g. "unless `guide: true`" (a rule checked across fields). */
  requiredUnless?: string;
};

/**
 * A list in which every item appears once (`topics: [diet, diet]` or `references: [a, a, a]` would
 * otherwise pass "at least one topic" or "at least 3 sources" with fewer). Items that are references
 * are compared by id.
 */
export function noDuplicates(
  items: unknown[],
  context: { addIssue: (issue: { code: 'custom'; message: string; path: number[]; params: { problem: string }; input: unknown }) => void },
) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key =
      typeof item === 'object' && item !== null && 'id' in item
        ? String((item as { id: unknown }).id)
        : typeof item === 'string'
          ? item.trim().toLowerCase()
          : JSON.stringify(item);
    const first = seen.get(key);
    if (first === undefined) return void seen.set(key, index);
    const shown = typeof item === 'object' && item !== null && 'id' in item ? String((item as { id: unknown }).id) : String(item);
    context.addIssue({
      code: 'custom',
      message: `Remove the second "${shown}": each item is listed once.`,
      path: [index],
      params: { problem: `"${shown}" is listed twice (also item ${first + 1})` },
      input: item,
    });
  });
}

/** A web address under the site's URL policy (src/lib/urlPolicy.ts): https only, written in full. */
export const httpsUrl = (example: string) =>
  z.string({ error: `Write the address in full, e.g. ${example}.` }).superRefine((url, context) => {
    const verdict = classifyUrl(url, 'the address');
    if (verdict.kind === 'external') return;
    const problem = verdict.kind === 'refused' ? verdict.problem : `"${url}" is not a web address`;
    const fix = verdict.kind === 'refused' ? verdict.fix : `Write the address in full, starting with https://, e.g. ${example}.`;
    context.addIssue({ code: 'custom', message: fix, params: { problem }, input: url });
  });

/** An icon from the site's set (src/lib/icons.ts), by name, e.g. `salad`. */
export const iconName = () =>
  z.string({ error: `Name an icon from ${ICON_GALLERY}, e.g. icon: salad.` }).refine(isIconName, {
    message: `Pick an icon from ${ICON_GALLERY} and write its name as shown there, e.g. icon: salad.`,
    params: { problem: 'is not an icon in the site’s set' },
  });

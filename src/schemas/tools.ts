import type { reference, SchemaContext } from 'astro:content';

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
};

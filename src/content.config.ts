import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { bibliographySchema } from './schemas/bibliography';
import { conditionSchema } from './schemas/condition';
import { glossarySchema } from './schemas/glossary';
import { topicSchema } from './schemas/topic';
import { slugOfPath } from './lib/checks/mdxBody';

/** Content lives in `content/` at the project root, apart from the code. */
const CONTENT_DIR = './content';

/** The schemas take Astro's helpers as arguments, so the content checker can run them outside Astro. */
const tools = (context: SchemaContext) => ({ ...context, reference });

/**
 * Astro calls a schema function once per entry (its `image()` resolves paths from that entry's file), and
 * building the article schema costs more than validating with it: on 5,000 articles it was half of the
 * content sync. So articles without a picture, nearly all of them, share one schema built once; an article
 * with `image:` gets its own, built with its own image(). Both are the same articleSchema.
 */
let sharedArticleSchema: ReturnType<typeof articleSchema> | undefined;
function sharedArticleSchemaFor(context: SchemaContext) {
  sharedArticleSchema ??= articleSchema(tools(context));
  let chosen = sharedArticleSchema;
  return z.preprocess(
    (data) => {
      const hasImage = typeof data === 'object' && data !== null && 'image' in data;
      chosen = hasImage ? articleSchema(tools(context)) : sharedArticleSchema!;
      return data;
    },
    z.lazy(() => chosen),
  );
}

export const collections = {
  // A leading underscore (e.g. `_template.mdx`) keeps a file out of the collection altogether.
  articles: defineCollection({
    // The id (the URL) always comes from the file name: Astro's default would let a `slug:` field take
    // over another article's address. The checker refuses `slug:` as well, with a message.
    loader: glob({ pattern: ['**/*.mdx', '!**/_*'], base: `${CONTENT_DIR}/articles`, generateId: ({ entry }) => slugOfPath(entry) }),
    schema: sharedArticleSchemaFor,
  }),
  topics: defineCollection({ loader: file(`${CONTENT_DIR}/topics.yaml`), schema: (context) => topicSchema(tools(context)) }),
  conditions: defineCollection({ loader: file(`${CONTENT_DIR}/conditions.yaml`), schema: (context) => conditionSchema(tools(context)) }),
  glossary: defineCollection({ loader: file(`${CONTENT_DIR}/glossary.yaml`), schema: (context) => glossarySchema(tools(context)) }),
  bibliography: defineCollection({ loader: file(`${CONTENT_DIR}/bibliography.yaml`), schema: bibliographySchema }),
  authors: defineCollection({ loader: file(`${CONTENT_DIR}/authors.yaml`), schema: authorSchema }),
};

import { defineCollection, reference, type SchemaContext } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { bibliographySchema } from './schemas/bibliography';
import { glossarySchema } from './schemas/glossary';
import { topicSchema } from './schemas/topic';

/** Content lives in `content/` at the project root, apart from the code. */
const CONTENT_DIR = './content';

/** The schemas take Astro's helpers as arguments, so the content checker can run them outside Astro. */
const tools = (context: SchemaContext) => ({ ...context, reference });

export const collections = {
  // A leading underscore (e.g. `_template.mdx`) keeps a file out of the collection altogether.
  articles: defineCollection({
    loader: glob({ pattern: ['**/*.mdx', '!**/_*'], base: `${CONTENT_DIR}/articles` }),
    schema: (context) => articleSchema(tools(context)),
  }),
  topics: defineCollection({ loader: file(`${CONTENT_DIR}/topics.yaml`), schema: (context) => topicSchema(tools(context)) }),
  glossary: defineCollection({ loader: file(`${CONTENT_DIR}/glossary.yaml`), schema: (context) => glossarySchema(tools(context)) }),
  bibliography: defineCollection({ loader: file(`${CONTENT_DIR}/bibliography.yaml`), schema: bibliographySchema }),
  authors: defineCollection({ loader: file(`${CONTENT_DIR}/authors.yaml`), schema: authorSchema }),
};

import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { bibliographySchema } from './schemas/bibliography';
import { glossarySchema } from './schemas/glossary';
import { topicSchema } from './schemas/topic';

/** Content lives in `content/` at the project root, apart from the code. */
const CONTENT_DIR = './content';

export const collections = {
  // A leading underscore (e.g. `_template.mdx`) keeps a file out of the collection altogether.
  articles: defineCollection({
    loader: glob({ pattern: ['**/*.mdx', '!**/_*'], base: `${CONTENT_DIR}/articles` }),
    schema: articleSchema,
  }),
  topics: defineCollection({ loader: file(`${CONTENT_DIR}/topics.yaml`), schema: topicSchema }),
  glossary: defineCollection({ loader: file(`${CONTENT_DIR}/glossary.yaml`), schema: glossarySchema }),
  bibliography: defineCollection({ loader: file(`${CONTENT_DIR}/bibliography.yaml`), schema: bibliographySchema }),
  authors: defineCollection({ loader: file(`${CONTENT_DIR}/authors.yaml`), schema: authorSchema }),
};

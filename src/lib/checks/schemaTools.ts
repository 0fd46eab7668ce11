/**
 * The checker's versions of Astro's schema helpers (see src/schemas/tools.ts). Astro's `reference()`
 * only checks that an id is a string, and its `image()` needs the build; these also check that the id
 * exists and the image file is there, and say what to do when not.
 */
import { z } from 'astro/zod';
import type { SchemaTools } from '../../schemas/tools';
import { imageProblem } from './files';
import { didYouMean } from './suggest';

export type CollectionName = 'topics' | 'conditions' | 'bibliography' | 'authors' | 'glossary';
export type KnownIds = Record<CollectionName, Set<string>> & {
  /** Collections whose data file could not be read: their ids are not checked (the file's own problem is reported). */
  unreadable?: Set<string>;
};

const WHERE: Record<CollectionName, { file: string; noun: string; add: string }> = {
  topics: { file: 'content/topics.yaml', noun: 'a topic', add: 'or ask a maintainer to add a topic' },
  conditions: { file: 'content/conditions.yaml', noun: 'a condition', add: 'or add the condition there' },
  bibliography: {
    file: 'content/bibliography.yaml',
    noun: 'a key in content/bibliography.yaml',
    add: 'or add the source there (see "How to cite" in CONTRIBUTING.md)',
  },
  authors: { file: 'content/authors.yaml', noun: 'an author in content/authors.yaml', add: 'or add the person there (real people only)' },
  glossary: { file: 'content/glossary.yaml', noun: 'a glossary term', add: 'or add the term there' },
};

/** What to say when an id is not known: the likely intended id, or the list to choose from. */
export function unknownId(collection: CollectionName, id: string, known: Set<string>): { problem: string; fix: string } {
  const { file, noun, add } = WHERE[collection];
  const hint = didYouMean(id, known);
  const choices = collection === 'topics' || collection === 'conditions' ? `Use one of: ${[...known].join(', ')}` : `Use a key from ${file}`;
  return { problem: `"${id}" is not ${noun}`, fix: `${hint ? hint.trim() + ' ' : ''}${choices}, ${add}.` };
}

/** Schema helpers for one file (`file` is relative to `root`; images are resolved from its folder). */
export function checkerSchemaTools(root: string, file: string, known: KnownIds): SchemaTools {
  const reference = (collection: string) =>
    z
      .string({
        error: `Write the ${collection === 'topics' ? 'topic id' : collection === 'conditions' ? 'condition id' : 'key'} as plain text, e.g. ${collection === 'topics' ? 'diet' : collection === 'conditions' ? 'eczema' : 'salem2018gut'}.`,
      })
      .transform((id, context) => {
        const set = known[collection as CollectionName];
        if (set && !set.has(id) && !known.unreadable?.has(collection)) {
          const { problem, fix } = unknownId(collection as CollectionName, id, set);
          context.issues.push({ code: 'custom', message: fix, params: { problem }, input: id });
          return z.NEVER;
        }
        return { id, collection };
      });
  const image = () =>
    z.string({ error: 'Write src as the image file name next to the article, e.g. src: ./gut-lining.png.' }).transform((src, context) => {
      const problem = imageProblem(root, file, src);
      if (problem) {
        context.issues.push({ code: 'custom', message: problem.fix, params: { problem: problem.problem }, input: src });
        return z.NEVER;
      }
      return { src, width: 0, height: 0, format: src.split('.').pop() ?? '' };
    });
  return { reference, image } as unknown as SchemaTools;
}

import { z } from 'astro/zod';
import { noDuplicates, type SchemaTools } from './tools';

/** A glossary term. Stored in `content/glossary.yaml`; its id is the anchor on /glossary/. */
export const glossarySchema = ({ reference }: Pick<SchemaTools, 'reference'>) =>
  z.object({
    /** The term as readers see it, e.g. "Short-chain fatty acids". */
    term: z.string().min(2),
    /** One or two plain-language sentences, shown in place in articles (a popover) and on the glossary page. */
    definition: z
      .string()
      .min(20, 'Write the definition as one or two full sentences (at least 20 characters).')
      .max(300, 'Shorten the definition to 300 characters or fewer (one or two sentences): it opens in place, over the article.'),
    /**
     * Other names for the same thing, e.g. "SCFA" or "eczema". Search treats them as synonyms,
     * so adding an alias here makes search find the term's articles by that word. Default: none.
     */
    aliases: z.array(z.string().trim().min(2)).superRefine(noDuplicates).default([]),
    /**
     * The topic this term belongs to; the term is listed on that topic's page. Leave it out for
     * general research terms (e.g. meta-analysis, placebo) that belong to no single topic.
     */
    topic: reference('topics').optional(),
  });

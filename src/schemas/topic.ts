import { z } from 'astro/zod';
import { CHAIN_STAGES } from '../lib/chain';
import { iconName, noDuplicates, type SchemaTools } from './tools';

/** A topic: one of the hub's main themes. Stored in `content/topics.yaml`. */
export const topicSchema = ({ reference }: Pick<SchemaTools, 'reference'>) =>
  z.object({
    /** Display name, e.g. "Probiotics". */
    name: z.string().min(2),
    /** One plain-language sentence that says what the topic covers. Shown on the hub card and the topic page. */
    definition: z.string().min(20).max(300),
    /**
     * Other names readers use for this topic, everyday words included ("good bacteria"). Search treats them
     * as synonyms of the name: a page that uses one is also found by the others. Default: none.
     */
    aliases: z.array(z.string().trim().min(2)).superRefine(noDuplicates).default([]),
    /** The glossary entry for the same idea, if there is one ("Probiotics" → probiotic): its names and the topic's become one set of search synonyms. */
    term: reference('glossary').optional(),
    /**
     * How this topic connects to others, e.g. `{ to: microbiome, verb: "feeds" }` reads
     * "Diet feeds the microbiome". Drives the hub's chain (the relation into the next stage) and the topic page's "How it connects".
     */
    relations: z
      .array(
        z.object({
          /** The id of the topic this one points to. */
          to: reference('topics'),
          /** A short verb phrase, e.g. "feeds", "influences", "can harm". */
          verb: z.string().min(2).max(30),
        }),
      )
      .default([]),
    /**
     * Where the topic sits in the chain the hub draws, from what people eat and take to the skin:
     * `lever` (diet, probiotics, medicines) → `gut` → `inflammation` → `skin`.
     */
    stage: z.enum(CHAIN_STAGES, { error: `Use one of: ${CHAIN_STAGES.join(', ')}.` }),
    /** A shorter name for the chain and the hub's links, e.g. "Medicines" for "Medication safety". Default: the name. */
    shortName: z.string().min(2).max(20).optional(),
    /** The name as it reads inside a sentence, e.g. "the gut microbiome". Default: the name in lower case. */
    nameInSentence: z.string().min(2).max(40).optional(),
    /** The topic's icon on cards, the chain and links: a name from the Lucide set, e.g. `salad`. */
    icon: iconName(),
    /** Position on the hub (lower first). */
    order: z.number().int(),
  });

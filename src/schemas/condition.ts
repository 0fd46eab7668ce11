import { z } from 'astro/zod';
import { URGENCY_TIERS, type UrgencyTier } from '../lib/urgentCare';
import { iconName, noDuplicates, type SchemaTools } from './tools';

const sign = z.string().trim().min(10, 'Write each sign as a phrase a reader can recognise (at least 10 characters).').max(200);

/**
 * A skin condition readers come with: acne, eczema, rosacea, psoriasis. Stored in `content/conditions.yaml`.
 * Its page says what the condition is, what the gut link is and is not, when to get help, and lists
 * the articles that name it in their `conditions`.
 */
export const conditionSchema = ({ reference }: Pick<SchemaTools, 'reference'>) =>
  z.object({
    /** Display name, e.g. "Eczema (atopic dermatitis)". */
    name: z.string().min(3).max(60),
    /** What the condition is, in one or two plain sentences. */
    whatItIs: z.string().min(60).max(400),
    /** What the research says about its link with the gut, in plain words. */
    gutLink: z.string().min(60).max(500),
    /** What that research does not show, so readers are not misled. */
    notShown: z.string().min(60).max(500),
    /** The glossary entry for the condition: its names and the condition's are one set of search synonyms. */
    term: reference('glossary'),
    /** Everyday names readers search by ("spots", "red face"), as search synonyms of the condition. Default: none. */
    aliases: z.array(z.string().trim().min(2).max(40)).superRefine(noDuplicates).default([]),
    /** When to get help, by urgent-care tier (the wording of each tier comes from src/lib/urgentCare.ts). */
    urgentCare: z.object(
      Object.fromEntries(URGENCY_TIERS.map((tier) => [tier, z.array(sign).min(1).superRefine(noDuplicates).optional()])) as Record<
        UrgencyTier,
        z.ZodOptional<z.ZodArray<typeof sign>>
      >,
    ),
    /** The condition's icon on cards and links: a name from the Lucide set, e.g. `circle-dot`. */
    icon: iconName(),
    /** Position in lists (lower first). */
    order: z.number().int(),
  });

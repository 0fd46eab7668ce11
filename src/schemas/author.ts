import { z } from 'astro/zod';

/**
 * A person or team that writes or reviews articles. Stored in `content/authors.yaml`.
 * Only add real people, with their consent and their real credentials.
 */
export const authorSchema = z.object({
  /** Name as shown in the byline. */
  name: z.string().min(2),
  /** Whether this is a team (shown as an Organization in structured data) or a person. */
  kind: z.enum(['team', 'person']),
  /** Qualifications, e.g. "MD, board-certified dermatologist". Leave out rather than guess. */
  credentials: z.string().optional(),
  /** One or two sentences about the author, shown on the about page. */
  bio: z.string().min(10),
});

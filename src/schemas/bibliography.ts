import { z } from 'astro/zod';
import { httpsUrl } from './tools';

export const SOURCE_TYPES = [
  'systematic-review',
  'meta-analysis',
  'rct',
  'guideline',
  'review',
  'cohort',
  'cross-sectional',
  'case-control',
  'trial',
  'other',
] as const;

/**
 * A DOI such as `10.3389/fmicb.2018.01459`, written without the `https://doi.org/` prefix: the pattern
 * Crossref recommends, which matches the DOIs of modern articles (and never spaces, quotes or `<`).
 */
export const DOI_PATTERN = /^10\.\d{4,9}\/[-._;()/:a-z0-9]+$/i;
/** A PubMed ID: digits only, no leading zero. */
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;

/** One source in `content/bibliography.yaml`. Articles cite it by its id. */
export const bibliographySchema = z
  .object({
    /** What kind of source this is; shown next to the reference. */
    type: z.enum(SOURCE_TYPES),
    /** Authors as "Surname Initials"; after six, end the list with "et al.". An organisation may be the author. */
    authors: z.array(z.string().min(1)).min(1),
    /** Title exactly as published. */
    title: z.string().min(5),
    /** Journal name, or the publishing organisation for a web page (e.g. "World Health Organization"). */
    journal: z.string().min(2),
    /** Year of publication. */
    year: z.number().int().min(1900).max(2100),
    /** Volume, if any. */
    volume: z.string().optional(),
    /** Pages or article number, if any. */
    pages: z.string().optional(),
    /** DOI without the `https://doi.org/` prefix, e.g. `10.1038/nrgastro.2014.66`. */
    doi: z.string().regex(DOI_PATTERN, 'A DOI starts with "10." and has a slash, e.g. 10.1038/nrgastro.2014.66 (no https://doi.org/ prefix).').optional(),
    /** PubMed ID, digits only, e.g. `24912386`. */
    pmid: z.string().regex(PMID_PATTERN, 'A PubMed ID is digits only, e.g. 24912386.').optional(),
    /** Address of the source when it has neither DOI nor PubMed ID (e.g. a WHO or FDA page). */
    url: httpsUrl('https://www.who.int/news-room/fact-sheets/detail/antimicrobial-resistance').optional(),
    /** Where an editor confirmed this source exists (not shown to readers). */
    verifiedAt: httpsUrl('https://pubmed.ncbi.nlm.nih.gov/24912386/').optional(),
  })
  .refine((source) => source.doi || source.pmid || source.url, {
    message: 'Give at least one of doi, pmid or url so readers can find the source.',
    path: ['doi'],
  });

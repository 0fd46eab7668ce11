/**
 * The site's rules for a source, beyond its schema (editorial policy, "How we choose sources"):
 * - a journal article has a DOI or a PubMed ID; only guidelines and agency pages may rest on a URL alone;
 * - `verifiedAt` is the page an editor checked the source against, so it must be a primary page: PubMed,
 *   PMC, the DOI resolver, the publisher or the issuing agency. Aggregators, mirrors, repositories,
 *   document-sharing sites and redirect wrappers are not, so the hosts are an allow-list;
 * - the authors follow one rule: up to six names, then "et al." as the last item; group authors as written.
 *
 * A missing `verifiedAt` is an error. The other three are warnings for now: fifteen sources of the
 * existing bibliography still need checking on their primary page, which cannot be done from here (no
 * live browser), and inventing a PubMed page for them would be worse. Make them errors once they pass.
 */
import type { Problem } from './problem';
import type { Collection } from './crossCollection';

/** Types that are not journal articles, and so may have no DOI or PubMed ID. */
const WEB_PAGE_TYPES = new Set(['guideline', 'other']);

/** Hosts of primary pages: the indexes and resolver, publishers, and agencies (any sub-domain). Add a publisher here when a source needs one. */
export const PRIMARY_HOSTS = [
  // Indexes and the DOI resolver.
  'pubmed.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  'www.ncbi.nlm.nih.gov',
  'doi.org',
  // Publishers.
  'bmj.com',
  'biomedcentral.com',
  'bjgpopen.org',
  'brill.com',
  'cell.com',
  'clinicalnutritionjournal.com',
  'cochranelibrary.com',
  'dovepress.com',
  'frontiersin.org',
  'jamanetwork.com',
  'karger.com',
  'mdpi.com',
  'medicaljournals.se',
  'medicaljournalssweden.se',
  'microbiologyresearch.org',
  'nature.com',
  'nejm.org',
  'onlinelibrary.wiley.com',
  'academic.oup.com',
  'link.springer.com',
  'sciencedirect.com',
  'tandfonline.com',
  'thelancet.com',
  'wjgnet.com',
  'journals.plos.org',
  'journals.lww.com',
  'jaad.org',
  'jacionline.org',
  'annallergy.org',
  'jaci-inpractice.org',
  'gastrojournal.org',
  'cambridge.org',
  'sagepub.com',
  // Agencies and guideline bodies.
  'gov.uk',
  'nhs.uk',
  'nice.org.uk',
  'fda.gov',
  'nih.gov',
  'cdc.gov',
  'who.int',
  'europa.eu',
  'pharmacyregulation.org',
] as const;

const isPrimary = (url: string) => {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return PRIMARY_HOSTS.some((allowed) => host === allowed.replace(/^www\./, '') || host.endsWith(`.${allowed}`));
};

export function sourceRuleProblems(collection: Collection | undefined): Problem[] {
  if (!collection) return [];
  const problems: Problem[] = [];
  const report = (severity: Problem['severity']) => (index: number, field: string, id: string, problem: string, fix: string) =>
    problems.push({ file: collection.source.file, line: collection.source.lineOf([index, field]), field: `${id}.${field}`, problem, fix, severity });
  const error = report('error');
  const warning = report('warning');
  for (const { id, index, value } of collection.entries) {
    const { type, doi, pmid, verifiedAt, authors } = value as { type?: string; doi?: unknown; pmid?: unknown; verifiedAt?: unknown; authors?: unknown };
    if (typeof type === 'string' && !WEB_PAGE_TYPES.has(type) && !doi && !pmid) {
      warning(
        index,
        'doi',
        id,
        `a ${type} needs a DOI or a PubMed ID`,
        'Find the article on PubMed (pubmed.ncbi.nlm.nih.gov) and add its pmid, and its doi if it has one. Only guidelines and agency pages (type: guideline or other) may have a url alone.',
      );
    }
    if (verifiedAt === undefined) {
      error(
        index,
        'verifiedAt',
        id,
        'is missing',
        'Add verifiedAt: the PubMed, PMC, publisher or agency page you checked the source against, e.g. verifiedAt: https://pubmed.ncbi.nlm.nih.gov/24912386/.',
      );
    } else if (typeof verifiedAt === 'string' && !isPrimary(verifiedAt)) {
      warning(
        index,
        'verifiedAt',
        id,
        `"${new URL(verifiedAt).hostname}" is not a primary page (PubMed, PMC, the publisher or the agency)`,
        "Check the source on its PubMed or PMC page, or the publisher's own page (https://doi.org/<doi> leads there), and write that address. Aggregators, repositories, mirrors and file-sharing sites do not count.",
      );
    }
    if (Array.isArray(authors)) {
      const etAl = authors.indexOf('et al.');
      if (etAl >= 0 && etAl !== 6) {
        warning(
          index,
          'authors',
          id,
          etAl < 6 ? `lists ${etAl} name${etAl === 1 ? '' : 's'} before "et al."` : '"et al." is not after the sixth name',
          'List the first six authors as on PubMed, then "et al." as the last item (or every author, if there are six or fewer).',
        );
      } else if (etAl < 0 && authors.length > 6) {
        warning(index, 'authors', id, `lists ${authors.length} authors`, 'Keep the first six, then write "et al." as the last item.');
      }
    }
  }
  return problems;
}

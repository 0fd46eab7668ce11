/**
 * Ids every article page carries besides its headings (see ArticleLayout and its components). Headings
 * may not take them, and links to them resolve (src/lib/checks/siteLinks.ts).
 */

/** The article's summary-of-findings table (components/evidence/EvidenceTable.astro). */
export const EVIDENCE_TABLE_ID = 'what-the-evidence-says';

export const ARTICLE_PAGE_IDS = ['main', 'key-takeaways', 'toc-heading', EVIDENCE_TABLE_ID, 'references', 'related'];

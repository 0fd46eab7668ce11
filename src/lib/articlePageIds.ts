/**
 * Ids every article page carries besides its headings, defined once: the components that write them import
 * them from here, headings may not take them, and links to them resolve (src/lib/checks/siteLinks.ts).
 * Citation anchors (`cite-…`, `ref-…`) are made by src/lib/citations.ts.
 */
export const PAGE_IDS = {
  /** The main content, the skip link's target (layouts/BaseLayout.astro). */
  main: 'main',
  keyTakeaways: 'key-takeaways',
  tableOfContents: 'toc-heading',
  /** The article's summary-of-findings table (components/evidence/EvidenceTable.astro). */
  evidenceTable: 'what-the-evidence-says',
  references: 'references',
  related: 'related',
} as const;

export const EVIDENCE_TABLE_ID = PAGE_IDS.evidenceTable;

export const ARTICLE_PAGE_IDS: readonly string[] = Object.values(PAGE_IDS);

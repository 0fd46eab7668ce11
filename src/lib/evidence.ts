/**
 * The evidence scale, defined once. The article schema, the badge, the editorial policy page,
 * search filters and the editors' guide all read from here.
 */
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'limited', 'emerging'] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const EVIDENCE: Record<EvidenceLevel, { label: string; meaning: string }> = {
  strong: {
    label: 'Strong evidence',
    meaning:
      'Consistent results from systematic reviews or meta-analyses of randomised controlled trials, or firm recommendations in clinical guidelines.',
  },
  moderate: {
    label: 'Moderate evidence',
    meaning:
      'Some randomised trials or consistent observational studies, but with real limitations, small effects or some disagreement between studies.',
  },
  limited: {
    label: 'Limited evidence',
    meaning:
      'Few or small trials, mainly observational data, or results that disagree. Findings may change as better studies appear.',
  },
  emerging: {
    label: 'Emerging evidence',
    meaning:
      'Mostly laboratory, animal or early human studies. A plausible idea that has not yet been tested well in people.',
  },
};

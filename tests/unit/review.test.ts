import { describe, expect, it } from 'vitest';
import { clinicalReviewers, evidenceCheck } from '../../src/lib/review';
import { medicalWebPage } from '../../src/lib/structuredData';

const team = { name: 'Gut–Skin Axis editorial team', kind: 'team' as const };
const clinician = { name: 'A. Example', kind: 'person' as const, credentials: 'MRCP (Dermatology)' };
const article = {
  path: '/articles/x/',
  title: 'T',
  description: 'D',
  published: new Date('2026-11-01'),
  updated: new Date('2026-11-01'),
  lastReviewed: new Date('2026-11-25'),
  topics: [],
  authors: [team],
};

describe('review status', () => {
  it('counts only named people with credentials as clinical reviewers', () => {
    expect(clinicalReviewers([team, { ...clinician, credentials: '' }, { name: 'B', kind: 'person' as const }])).toEqual([]);
    expect(clinicalReviewers([team, clinician])).toEqual([clinician]);
  });

  it('says the editorial team checked the evidence, and when the next check is due', () => {
    expect(evidenceCheck(new Date('2026-11-25'))).toEqual({
      checked: 'Evidence checked by the editorial team on 25 November 2026',
      nextDue: 'next check due November 2027',
    });
  });

  it('puts reviewedBy and lastReviewed in the structured data only for a clinical reviewer', () => {
    const unreviewed = medicalWebPage({ ...article, reviewers: [team] }) as Record<string, unknown>;
    expect(unreviewed.reviewedBy).toBeUndefined();
    expect(unreviewed.lastReviewed).toBeUndefined();
    const reviewed = medicalWebPage({ ...article, reviewers: [team, clinician] }) as Record<string, unknown>;
    expect(reviewed.reviewedBy).toEqual([{ '@type': 'Person', name: 'A. Example' }]);
    expect(reviewed.lastReviewed).toBe('2026-11-25');
  });
});

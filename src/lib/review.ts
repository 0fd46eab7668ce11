/**
 * What the site may claim about review, stated once. No clinician has reviewed the articles yet: the
 * editorial team checks each one against current evidence, and the page says exactly that. A
 * "Medically reviewed by" line, and `reviewedBy`/`lastReviewed` in the structured data, appear only for
 * a real person listed in content/authors.yaml with credentials.
 */
import { formatDate } from './dates';
import { reviewDueDate } from './dates';

export interface Party {
  name: string;
  kind: 'team' | 'person';
  credentials?: string;
}

/** Reviewers who can stand behind a medical review: named people with stated credentials. */
export const clinicalReviewers = <T extends Party>(reviewers: T[]) =>
  reviewers.filter((reviewer) => reviewer.kind === 'person' && Boolean(reviewer.credentials?.trim()));

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Evidence checked by the editorial team on 25 November 2026", and when the next check is due. */
export function evidenceCheck(lastReviewed: Date): { checked: string; nextDue: string } {
  return {
    checked: `Evidence checked by the editorial team on ${formatDate(lastReviewed)}`,
    nextDue: `next check due ${MONTH_YEAR.format(reviewDueDate(lastReviewed))}`,
  };
}

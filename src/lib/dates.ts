import { SITE } from '../site.config';

const LONG_DATE = new Intl.DateTimeFormat(SITE.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 November 2026". Dates are calendar days, so they are formatted in UTC to avoid off-by-one shifts. */
export const formatDate = (date: Date) => LONG_DATE.format(date);

/** "2026-11-25", for `<time datetime>` and JSON-LD. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The date on which an article reviewed on `lastReviewed` is due for its next review. */
export function reviewDueDate(lastReviewed: Date, cycleMonths: number = SITE.reviewCycleMonths): Date {
  const due = new Date(lastReviewed);
  due.setUTCMonth(due.getUTCMonth() + cycleMonths);
  return due;
}

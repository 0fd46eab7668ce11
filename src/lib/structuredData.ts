/**
 * Schema.org structured data for search engines. Built from content; URLs come from urls.ts.
 */
import { SITE } from '../site.config';
import { isoDay } from './dates';
import { ANSWER, CERTAINTY, type GradedQuestion } from './evidence';
import { clinicalReviewers, type Party } from './review';
import { absoluteUrl, homeUrl } from './urls';

export interface Crumb {
  name: string;
  href?: string;
}

export function breadcrumbList(trail: Crumb[], currentPath: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.href ?? currentPath),
    })),
  };
}

export function medicalWebPage(article: {
  path: string;
  title: string;
  description: string;
  published: Date;
  updated: Date;
  lastReviewed: Date;
  /** Graded questions, headline first; none for a practical guide. */
  questions?: GradedQuestion[];
  topics: string[];
  authors: Party[];
  reviewers: Party[];
}) {
  const party = (who: Party) => ({
    '@type': who.kind === 'team' ? 'Organization' : 'Person',
    name: who.name,
  });
  const clinicians = clinicalReviewers(article.reviewers);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': absoluteUrl(article.path),
    url: absoluteUrl(article.path),
    name: article.title,
    headline: article.title,
    description: article.description,
    inLanguage: SITE.locale,
    datePublished: isoDay(article.published),
    dateModified: isoDay(article.updated),
    about: article.topics.map((name) => ({ '@type': 'Thing', name })),
    author: article.authors.map(party),
    // Each graded question with its answer in words, as the page shows it: a grade never stands without its question.
    ...(article.questions?.length
      ? {
          hasPart: article.questions.map((graded) => ({
            '@type': 'Question',
            name: graded.question,
            acceptedAnswer: { '@type': 'Answer', text: `${ANSWER[graded.answer].label} (${CERTAINTY[graded.certainty].label.toLowerCase()} evidence).` },
          })),
        }
      : {}),
    // A medical review is claimed only for named clinicians (src/lib/review.ts); the editorial team's evidence check is not one.
    ...(clinicians.length ? { reviewedBy: clinicians.map(party), lastReviewed: isoDay(article.lastReviewed) } : {}),
    publisher: { '@type': 'Organization', name: SITE.title, url: absoluteUrl(homeUrl()) },
    isPartOf: { '@type': 'WebSite', name: SITE.title, url: absoluteUrl(homeUrl()) },
  };
}
